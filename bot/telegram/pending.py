"""Work owed to chats while Telegram cannot be reached, kept in memory until it is done.

Two kinds of work wait here:
- **Deletions.** Quick exit forgets the session at once; the chat id and the ids of
  the messages still to delete are kept here until Telegram confirms each one gone
  (or refuses it: too old, not the bot's to delete).
- **Screens.** A turn's step is saved before its reply is shown; when Telegram stays
  unreachable beyond the retries of one call (retries.py), the reply is lost and the
  user would face an out-of-date screen. The chat is noted here, and once Telegram
  answers again its current screen is shown, read from the stored session.

In memory only, by design: the store finds a chat by a keyed hash of its id, which
cannot be turned back into the id, so nothing here could be written down without
keeping the very id the store avoids keeping. A restart loses what is pending
(README, "What is kept").

One background task does the work, one round at a time: each chat's work is tried
once (`single_try`: no patient retries of its own), and the round stops at the first
sign that Telegram is still unreachable, then waits a little longer each time, never
longer than the last of DELAYS, so that work resumes within that long after Telegram
is back. Bounded: at most MAX_CHATS chats, each given up after GIVE_UP_SECONDS
(Telegram lets a bot delete a message for 48 hours). It runs until all is done or the
process stops.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from telegram import Bot
from telegram.error import TelegramError

from bot.store import StorageUnavailable
from bot.telegram.delivery import delete_messages
from bot.telegram.retries import single_try, transient

log = logging.getLogger(__name__)

# Seconds between rounds while Telegram cannot be reached: growing, then the last one for good.
DELAYS = (1.0, 2.0, 4.0, 5.0)
GIVE_UP_SECONDS = 48 * 3600
MAX_CHATS = 10_000
# At a stop, one last round for the deletions may take this long.
LAST_ROUND_SECONDS = 5

# (bot, chat id) -> shows the chat's current screen; raises what Telegram raised.
ShowAgain = Callable[[Bot, int], Awaitable[None]]
# (bot, chat id, language) -> tells the user that some messages could not be deleted.
Tell = Callable[[Bot, int, str], Awaitable[None]]


class Unreachable(Exception):
    """Telegram could not be reached (or the session store read): the round stops here."""


@dataclass
class Owed:
    since: float
    lang: str = "en"
    deletions: dict[int, float] = field(default_factory=dict)  # message id -> not before (monotonic)
    refused: int = 0  # deletions Telegram refused while in here: the user is told once all are done
    screen: bool = False  # the current screen is to be shown again


class Pending:
    def __init__(
        self,
        show_again: ShowAgain | None = None,
        tell: Tell | None = None,
        delays: tuple[float, ...] = DELAYS,
        give_up_seconds: float = GIVE_UP_SECONDS,
        max_chats: int = MAX_CHATS,
    ):
        self.show_again = show_again
        self.tell = tell
        self._delays = delays
        self._give_up = give_up_seconds
        self._max_chats = max_chats
        self._owed: dict[int, Owed] = {}  # chat id -> work, oldest first
        self._bot: Bot | None = None
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()
        self._outage = False  # told the operator that Telegram cannot be reached

    # --- noting work ---------------------------------------------------------------

    async def delete(self, bot: Bot, chat_id: int, message_ids: list[int], lang: str) -> list[int]:
        """Delete now what can be; keep the rest until Telegram confirms it. Returns the ids
        Telegram refused now; refusals later are told to the user (`tell`)."""
        with single_try():
            refused, left = await delete_messages(bot, chat_id, message_ids)
        if left:
            self.delete_later(bot, chat_id, left, lang)
        return refused

    def delete_later(self, bot: Bot, chat_id: int, message_ids: list[int], lang: str, after: float = 0) -> None:
        """Delete these messages in the background, not before `after` seconds from now."""
        owed = self._owe(bot, chat_id)
        owed.lang = lang
        due = time.monotonic() + after
        for message_id in message_ids:
            owed.deletions[message_id] = due
        self._wake.set()

    def screen_lost(self, bot: Bot, chat_id: int) -> None:
        """The chat's latest screen could not be shown: show it once Telegram answers."""
        self._owe(bot, chat_id).screen = True
        self._wake.set()

    def screen_shown(self, chat_id: int) -> None:
        """The chat's current screen reached it."""
        owed = self._owed.get(chat_id)
        if owed is not None:
            owed.screen = False

    def owes_screen(self, chat_id: int) -> bool:
        owed = self._owed.get(chat_id)
        return owed is not None and owed.screen

    def forget_screen(self, chat_id: int) -> None:
        """The session is gone (quick exit): there is no screen to show any more."""
        self.screen_shown(chat_id)

    @property
    def chats(self) -> int:
        return len(self._owed)

    def _owe(self, bot: Bot, chat_id: int) -> Owed:
        self._bot = bot
        owed = self._owed.get(chat_id)
        if owed is None:
            if len(self._owed) >= self._max_chats:
                del self._owed[next(iter(self._owed))]
                log.warning("too much work owed to chats while Telegram cannot be reached; the oldest was dropped")
            owed = self._owed[chat_id] = Owed(since=time.monotonic())
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._work())
        return owed

    # --- doing it ------------------------------------------------------------------

    async def _work(self) -> None:
        failures = 0
        while self._owed:
            self._wake.clear()
            try:
                await self._round()
            except Unreachable:
                if not self._outage:
                    log.warning(
                        "Telegram cannot be reached: %d chat(s) wait for messages to be deleted or a screen to be shown; trying again until it answers",
                        len(self._owed),
                    )
                    self._outage = True
                delay = self._delays[min(failures, len(self._delays) - 1)]
                failures += 1
                await asyncio.sleep(delay)
                continue
            if self._outage:
                log.warning("Telegram answers again: the work owed to chats is being done")
                self._outage = False
            failures = 0
            if self._owed:
                # Only deletions not due yet are left (a notice that deletes itself).
                await self._until_due_or_woken()

    async def _until_due_or_woken(self) -> None:
        due = [t for owed in self._owed.values() for t in owed.deletions.values()]
        wait = max(0.0, min(due) - time.monotonic()) if due else None
        try:
            await asyncio.wait_for(self._wake.wait(), wait)
        except TimeoutError:
            pass

    async def _round(self) -> None:
        """Each chat's work tried once; Unreachable at the first sign Telegram still is."""
        for chat_id in list(self._owed):
            owed = self._owed.get(chat_id)
            if owed is None:
                continue
            if time.monotonic() - owed.since > self._give_up:
                del self._owed[chat_id]
                log.warning("work owed to a chat was given up after %.0f hours", self._give_up / 3600)
                continue
            try:
                await self._screen(chat_id, owed)
                await self._deletions(chat_id, owed)
            except Unreachable:
                raise
            except Exception as e:  # a fault of ours must not stop the work for every other chat
                log.error("work owed to a chat failed: %s; given up", type(e).__name__)
                owed.screen, owed.deletions = False, {}
            if not owed.screen and not owed.deletions:
                self._owed.pop(chat_id, None)

    async def _screen(self, chat_id: int, owed: Owed) -> None:
        if not owed.screen or self.show_again is None:
            owed.screen = False
            return
        try:
            with single_try():
                await self.show_again(self._bot, chat_id)
        except StorageUnavailable:
            raise Unreachable from None  # the session cannot be read just now: later, as for Telegram
        except TelegramError as e:
            if transient(e):
                raise Unreachable from None
            log.info("a screen owed to a chat could not be shown (%s)", type(e).__name__)
        owed.screen = False

    async def _deletions(self, chat_id: int, owed: Owed) -> None:
        now = time.monotonic()
        due = [m for m, t in owed.deletions.items() if t <= now]
        if not due:
            return
        with single_try():
            refused, left = await delete_messages(self._bot, chat_id, due)
        for message_id in due:
            if message_id not in left:
                del owed.deletions[message_id]
        owed.refused += len(refused)
        if left:
            raise Unreachable
        if owed.refused and self.tell is not None:
            owed.refused = 0
            try:
                with single_try():
                    await self.tell(self._bot, chat_id, owed.lang)
            except TelegramError as e:
                log.info("a chat could not be told that messages were left (%s)", type(e).__name__)

    async def close(self) -> None:
        """Stop: one last, short round for the deletions; the rest is lost with the process."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if any(o.deletions for o in self._owed.values()):
            for owed in self._owed.values():
                owed.screen = False
                owed.deletions = dict.fromkeys(owed.deletions, 0.0)  # notices too: nothing left behind
            try:
                await asyncio.wait_for(self._round(), LAST_ROUND_SECONDS)
            except (TimeoutError, Unreachable, TelegramError):
                pass
        if self._owed:
            log.warning(
                "stopping with work owed to %d chat(s) that Telegram could not take; it is lost", len(self._owed)
            )
            self._owed.clear()
