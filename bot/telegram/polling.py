"""Long polling that confirms to Telegram only the updates that were handled.

Telegram keeps an update, and sends it again, until a getUpdates call names a
higher offset. python-telegram-bot's own poller names that offset as soon as it
has fetched an update, before the update is handled: a process killed right
then loses it. This poller confirms only up to the oldest update still in hand.
So no update is lost: on SIGTERM the updates in hand are finished (saved and
answered) and then confirmed; after a SIGKILL or a power cut the unconfirmed
ones come again to the next start. One handled but not yet confirmed may come
twice; the store remembers the ids it applied and applies it once.

The price: while an update is in hand, Telegram answers getUpdates at once with
the updates it still holds, so the poller asks again only when one finishes or
after BUSY_POLL_SECONDS; and updates beyond the first BATCH behind one in hand
wait until it is done (one chat waiting out flood control for a while, with
over a hundred updates queued behind it: rare for a first-line bot).

Updates are fetched as plain JSON and read one by one (unreadable.py): one that
python-telegram-bot cannot read is counted, skipped and confirmed, and the rest
of the batch is handled; read together, it would fail the batch at the same
offset forever. A Bot API that answers at once although asked to wait (a proxy,
a test server) gets at most one empty poll every MIN_EMPTY_POLL_SECONDS, so an
idle bot never spins.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Bot
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError, TimedOut

from bot.telegram.bootstrap import MAX_DELAY_SECONDS, keep_trying, seconds_of, set_within
from bot.telegram.intake import Intake
from bot.telegram.unreadable import Reader, kind_of, update_id_of

log = logging.getLogger(__name__)

# How long one getUpdates call may wait for an update.
POLL_TIMEOUT_SECONDS = 30
BUSY_POLL_SECONDS = 0.5
BATCH = 100
REMEMBERED_DONE = 1000
# A long poll that came back empty sooner than this waits out the rest before the next.
MIN_EMPTY_POLL_SECONDS = 1.0
# Beyond the long poll's own timeout, how long the answer may take to arrive.
READ_MARGIN_SECONDS = 10
# The one call that confirms the finished updates at a stop must not hold the stop up.
CONFIRM_TIMEOUT_SECONDS = 10


class Offsets:
    """Which updates are in hand or done, and the offset that confirms only the done ones."""

    def __init__(self) -> None:
        self._in_hand: set[int] = set()
        # Done recently, in order; bounded, oldest forgotten first. Remembered beyond the
        # offset: a getUpdates sent before one finished still brings it back.
        self._done: dict[int, None] = {}
        self._next: int | None = None  # one past the highest update id taken

    def is_new(self, update_id: int, asked: int | None) -> bool:
        """Whether an update brought by a getUpdates sent with offset `asked` is to be handled.
        At or above `asked`, one in hand or done is only Telegram holding it until it is
        confirmed. Below `asked` it was confirmed, and Telegram sends it again (it may, after
        a failure on its side): handled, and the store applies it once."""
        if asked is not None and update_id < asked:
            return True
        return update_id not in self._in_hand and update_id not in self._done

    def taken(self, update_id: int) -> None:
        self._in_hand.add(update_id)
        self._next = max(self._next or 0, update_id + 1)

    def finished(self, update_id: int, handled: bool) -> None:
        if not handled:
            return  # abandoned at a stop: stays owed, so it is never confirmed
        self._in_hand.discard(update_id)
        self._done[update_id] = None
        if len(self._done) > REMEMBERED_DONE:
            del self._done[next(iter(self._done))]

    @property
    def busy(self) -> bool:
        return bool(self._in_hand)

    @property
    def offset(self) -> int | None:
        """Confirms everything below it; None before the first update."""
        return min(self._in_hand) if self._in_hand else self._next


class Poller:
    def __init__(
        self,
        bot: Bot,
        intake: Intake,
        allowed_updates: Sequence[str],
        on_poll: Callable[[int], None] = lambda skipped: None,
        grace_seconds: float = 20,
    ):
        self._bot = bot
        self._intake = intake
        self._allowed = list(allowed_updates)
        self._on_poll = on_poll  # after every answer from Telegram: the heartbeat, with the updates skipped
        self._reader = Reader(bot)
        self._grace = grace_seconds
        self.offsets = Offsets()
        self._wake = asyncio.Event()
        self._stopping = False

    async def run(self, stop: asyncio.Event, ready: Callable[[], None]) -> None:
        """Receive until `stop` is set; then finish the updates in hand and confirm them."""
        # A webhook left registered would make every getUpdates fail.
        if not await keep_trying(self._bot.delete_webhook, stop, "removing the webhook"):
            return
        self._on_poll(self.skipped)  # Telegram answered
        ready()
        polling = asyncio.create_task(self._poll(), name="firstline polling")
        stopping = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait({polling, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if polling.done():
                polling.result()  # raises what ended it (a token Telegram no longer accepts)
        finally:
            # Cancelling a getUpdates in flight is safe: what it would have brought is unconfirmed.
            self._stopping = True  # in case a library swallows the cancellation
            polling.cancel()
            stopping.cancel()
            await asyncio.gather(polling, stopping, return_exceptions=True)
            await self._finish()

    @property
    def skipped(self) -> int:
        """Updates that could not be read, and were skipped, since the start."""
        return self._reader.skipped

    async def _poll(self) -> None:
        delay = 1.0
        while not self._stopping:
            self._wake.clear()
            busy = self.offsets.busy
            asked = self.offsets.offset
            started = time.monotonic()
            try:
                updates = await self._get_updates(asked, timeout=0 if busy else POLL_TIMEOUT_SECONDS)
            except InvalidToken:
                raise
            except TimedOut:
                continue  # a long poll cut short on the way: ask again
            except RetryAfter as e:
                await asyncio.sleep(seconds_of(e.retry_after))
                continue
            except Exception as e:  # network trouble, Telegram's 5xx, an answer that is not a list
                if isinstance(e, Conflict):
                    log.warning(
                        "another program is receiving this bot's updates (a second Firstline with the same token?)"
                    )
                else:
                    log.warning("receiving updates failed (%s); trying again in %.0f s", type(e).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_DELAY_SECONDS)
                continue
            delay = 1.0
            taken = sum(self._take(data) for data in updates if self._is_new(data, asked))
            self._on_poll(self.skipped)
            if busy and not taken:
                # Telegram only repeated what is in hand: wait for one to finish.
                await set_within(self._wake, BUSY_POLL_SECONDS)
            elif not taken:
                # Empty, or only skipped ones: a Bot API that ignores the timeout must not make us spin.
                await asyncio.sleep(max(0.0, started + MIN_EMPTY_POLL_SECONDS - time.monotonic()))

    async def _get_updates(self, offset: int | None, timeout: int) -> list[Any]:
        """The updates as plain JSON, each read on its own later (see the module's docstring).
        Bot._post is python-telegram-bot's own path for every call (raw.py says why it is safe)."""
        data = {"offset": offset, "limit": BATCH, "timeout": timeout, "allowed_updates": self._allowed}
        result = await self._bot._post("getUpdates", data, read_timeout=timeout + READ_MARGIN_SECONDS)  # noqa: SLF001
        if not isinstance(result, list):
            raise TelegramError(f"getUpdates answered {type(result).__name__}, not a list")
        return result

    def _is_new(self, data: Any, asked: int | None) -> bool:
        update_id = update_id_of(data)
        if update_id is None:
            # Without an id it cannot be confirmed; Telegram never sends one.
            log.warning("one update could not be read (%s, no update_id); skipped", kind_of(data))
            return False
        return self.offsets.is_new(update_id, asked)

    def _take(self, data: Any) -> bool:
        """Hand the update on; an unreadable one is confirmed at once. True when handed on."""
        update_id = data["update_id"]
        self.offsets.taken(update_id)
        update = self._reader.read(data)
        if update is None:
            self.offsets.finished(update_id, handled=True)  # recorded and skipped: confirmed
            return False

        def done(handled: bool) -> None:
            self.offsets.finished(update_id, handled)
            self._wake.set()

        self._intake.take(update, done)
        return True

    async def _finish(self) -> None:
        in_hand = self._intake.in_hand
        if in_hand:
            log.info("finishing %d update(s) in hand", in_hand)
        await self._intake.drain(self._grace)
        offset = self.offsets.offset
        if offset is None:
            return
        try:
            async with asyncio.timeout(CONFIRM_TIMEOUT_SECONDS):
                # Raw: what it brings is not read (it comes again at the next start).
                await self._bot._post(
                    "getUpdates", {"offset": offset, "limit": 1, "timeout": 0, "allowed_updates": self._allowed}
                )  # noqa: SLF001
        except (TelegramError, TimeoutError) as e:
            # Not confirmed: they come again at the next start, and are applied once.
            log.warning("could not confirm the last updates to Telegram (%s)", type(e).__name__)
