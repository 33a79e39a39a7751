"""The bot's commands and descriptions, registered in every interface language.

Telegram shows a user the list for their app's language and falls back to the
list registered without a language, which is the English one.
"""

from __future__ import annotations

import logging
from functools import partial

from telegram import Bot, BotCommand
from telegram.error import TelegramError

from flows.messages import REFERENCE, Catalog

log = logging.getLogger(__name__)

# In the order Telegram lists them; each has a description "tg-cmd-<name>".
COMMANDS = ("start", "screen", "learn", "practice", "contacts", "language", "country", "help", "exit", "forget")
# Commands that open a flow, and the flow they open.
FLOW_COMMANDS = {"screen": "screening", "contacts": "contacts", "learn": "learn", "practice": "practice"}
# Commands that open a step of the menu: (flow, step).
SETTING_COMMANDS = {"language": ("menu", "language"), "country": ("menu", "country")}


def command_list(catalog: Catalog, lang: str) -> list[BotCommand]:
    return [BotCommand(name, catalog.text(lang, f"tg-cmd-{name}")) for name in COMMANDS]


async def register(bot: Bot, catalog: Catalog, languages: tuple[str, ...]) -> None:
    """Commands, description and short description per language; a failure is logged and
    skipped, since the bot works without them."""
    for code in (None, *languages):
        lang = code or REFERENCE
        calls = (
            ("commands", partial(bot.set_my_commands, command_list(catalog, lang), language_code=code)),
            ("description", partial(bot.set_my_description, catalog.text(lang, "tg-description"), language_code=code)),
            (
                "short description",
                partial(bot.set_my_short_description, catalog.text(lang, "tg-short-description"), language_code=code),
            ),
        )
        for what, call in calls:
            try:
                await call()
            except TelegramError as e:
                log.warning(
                    "could not set the bot %s for %s: %s", what, code or "the default language", type(e).__name__
                )
