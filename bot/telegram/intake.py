"""Updates in hand: each handled through the application's update processor, and counted until done.

Both ways of receiving (long polling, the webhook) hand their updates here, so
that stopping can wait for the updates in hand to be saved and answered, and
give up on them after a grace period without pretending they were done: a
cancelled one is reported as not done, so Telegram sends it again to the next
start (see polling.py and webhook.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram import Update
from telegram.ext import Application

from bot.telegram.bootstrap import set_within

log = logging.getLogger(__name__)


class Intake:
    def __init__(self, app: Application):
        self._app = app
        self._tasks: set[asyncio.Task] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def in_hand(self) -> int:
        return len(self._tasks)

    def take(self, update: Update, when_done: Callable[[bool], None] | None = None) -> asyncio.Task:
        """Start handling `update`; `when_done(True)` once it was handled, `(False)` if it was abandoned."""
        task = asyncio.create_task(self._handle(update))
        self._tasks.add(task)
        self._idle.clear()

        def finished(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if not self._tasks:
                self._idle.set()
            if not t.cancelled() and t.exception() is not None:
                log.error("handling an update failed: %s", type(t.exception()).__name__)
            if when_done is not None:
                when_done(not t.cancelled())

        task.add_done_callback(finished)
        return task

    async def _handle(self, update: Update) -> None:
        # The same path python-telegram-bot's own fetcher takes: the processor orders each
        # chat's updates and bounds how many run at once; process_update runs the handlers
        # and sends their errors to the error handler, so this only raises when cancelled.
        await self._app.update_processor.process_update(update, self._app.process_update(update))

    async def drain(self, grace_seconds: float) -> int:
        """Wait until every update in hand is done, at most `grace_seconds`; then abandon the
        rest. Returns how many were abandoned."""
        if await set_within(self._idle, grace_seconds):
            return 0
        left = list(self._tasks)
        log.warning(
            "%d update(s) not finished in %.0f s; Telegram sends them again at the next start", len(left), grace_seconds
        )
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)
        return len(left)
