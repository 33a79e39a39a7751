"""Updates python-telegram-bot cannot read: recorded as such (their kind only) and skipped.

A message without a date, a callback query without chat_instance, a user
without is_bot: python-telegram-bot raises on them. Fetched in one batch with
others, one such update would fail the whole batch, be asked for again at the
same offset, and hold up every chat behind it. So each update is read on its
own; one that cannot be read is counted, logged as "one update could not be
read" with its kind (message, callback_query...), never its content, and
confirmed to Telegram like a handled one. The count is shown by `firstline
health`, `firstline doctor` and /healthz (bot/health.py).
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Update

log = logging.getLogger(__name__)


class Reader:
    """Reads updates one by one, and counts those it could not."""

    def __init__(self, bot: Bot):
        self._bot = bot
        self.skipped = 0

    def read(self, data: Any) -> Update | None:
        """The update, or None when it cannot be read (recorded and counted)."""
        try:
            update = Update.de_json(data, self._bot)
            if update is None or not isinstance(update.update_id, int):
                raise ValueError("no update")
            return update
        except Exception as e:
            self.skipped += 1
            # Its kind and the kind of error only: the update holds ids, names and text.
            log.warning(
                "one update could not be read (%s, %s); skipped (%d so far)",
                kind_of(data),
                type(e).__name__,
                self.skipped,
            )
            return None


def kind_of(data: Any) -> str:
    """What sort of update this is (message, callback_query...), from its keys: nothing identifying."""
    if not isinstance(data, dict):
        return f"not an object but {type(data).__name__}"
    kinds = sorted(k for k in data if k != "update_id" and k in Update.ALL_TYPES)
    return ", ".join(kinds) if kinds else "of no known kind"


def update_id_of(data: Any) -> int | None:
    value = data.get("update_id") if isinstance(data, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
