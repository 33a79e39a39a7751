"""Set-up calls to Telegram (delete or set the webhook) tried until they succeed or the bot is stopped.

A restart must not depend on the network being up at that moment, so network
trouble is waited out. A refusal that waiting cannot fix (a wrong token, a
webhook URL Telegram rejects) is raised at once, for the operator to see.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from telegram.error import BadRequest, InvalidToken, RetryAfter, TelegramError

log = logging.getLogger(__name__)

MAX_DELAY_SECONDS = 60.0


async def keep_trying(call: Callable[[], Awaitable[object]], stop: asyncio.Event, what: str) -> bool:
    """True once `call` succeeded; False if `stop` was set first."""
    delay = 1.0
    while not stop.is_set():
        try:
            await call()
            return True
        except (InvalidToken, BadRequest):
            raise
        except RetryAfter as e:
            wait = _seconds(e.retry_after)
        except TelegramError as e:  # network trouble, Telegram's 5xx
            log.warning("%s failed (%s); trying again in %.0f s", what, type(e).__name__, delay)
            wait, delay = delay, min(delay * 2, MAX_DELAY_SECONDS)
        if await stopped_within(stop, wait):
            return False
    return False


async def stopped_within(stop: asyncio.Event, seconds: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
        return True
    except asyncio.TimeoutError:
        return False


def _seconds(retry_after: object) -> float:
    # python-telegram-bot gives an int or a timedelta, depending on a setting.
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)
