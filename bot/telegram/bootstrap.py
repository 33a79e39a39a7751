"""Set-up calls to Telegram (delete or set the webhook) tried until they succeed or the bot is stopped.

A restart must not depend on the network being up at that moment, so network
trouble is waited out. A refusal that waiting cannot fix (a wrong token, a
webhook URL Telegram rejects) is raised at once, for the operator to see.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram.error import BadRequest, InvalidToken, RetryAfter, TelegramError

log = logging.getLogger(__name__)

MAX_DELAY_SECONDS = 60.0


class StartError(Exception):
    """The bot cannot start as configured; the message says why, in words for the operator."""


async def keep_trying(call: Callable[[], Awaitable[object]], stop: asyncio.Event, what: str) -> bool:
    """True once `call` succeeded; False if `stop` was set first."""
    delay = 1.0
    while not stop.is_set():
        try:
            await call()
            return True
        except InvalidToken:
            raise
        except BadRequest as e:
            raise StartError(f"Telegram refused {what}: {e.message}") from None
        except RetryAfter as e:
            wait = seconds_of(e.retry_after)
        except TelegramError as e:  # network trouble, Telegram's 5xx
            log.warning("%s failed (%s); trying again in %.0f s", what, type(e).__name__, delay)
            wait, delay = delay, min(delay * 2, MAX_DELAY_SECONDS)
        if await set_within(stop, wait):
            return False
    return False


async def set_within(event: asyncio.Event, seconds: float) -> bool:
    """Wait for `event` at most `seconds`; True if it was set.

    Not asyncio.wait_for: on Python 3.11 it can swallow a cancellation that arrives as
    the wait ends, and a stop would then hang on a poller that did not stop."""
    if event.is_set():
        return True
    waiter = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait({waiter}, timeout=seconds)
    finally:
        waiter.cancel()
    return event.is_set()


def seconds_of(retry_after: object) -> float:
    # python-telegram-bot gives an int or a timedelta, depending on a setting.
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)
