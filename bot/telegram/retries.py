"""Calls Telegram fails on its side are tried again, so no reply is lost.

A 429 Too Many Requests carries retry_after: python-telegram-bot's AIORateLimiter
waits that long and tries again. A 5xx, a dropped connection or a timeout says
nothing about when to try again: we try after a short pause that grows, about
half a minute in all, before giving up on the call. A call that timed out may
have reached Telegram, so a message can, rarely, come twice; a lost reply
would leave a worker without the next step. A 400 is an answer, never retried.

Work that has its own, longer retry schedule (bot/telegram/pending.py, after an
outage) asks for one try only (`single_try()`), so it notices at once that
Telegram answers again instead of sleeping through it here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextvars import ContextVar
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

# Seconds to wait before each new try after a server or network error.
SERVER_RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)

# Set by single_try(): calls made within it are not tried again after a server error.
_single = ContextVar("single_try", default=False)


@contextlib.contextmanager
def single_try():
    """Calls within go to Telegram once (a 429 is still waited out): for a caller that
    retries on its own schedule."""
    token = _single.set(True)
    try:
        yield
    finally:
        _single.reset(token)


def transient(error: BaseException) -> bool:
    """Telegram could not be reached or did not answer (a 5xx, a dropped connection, a
    timeout, flood control beyond our patience): the same call may work later. A 400 or
    403 is Telegram's answer, and stays the same."""
    return isinstance(error, RetryAfter) or (isinstance(error, NetworkError) and not isinstance(error, BadRequest))


class PatientRateLimiter(AIORateLimiter):
    async def process_request(
        self,
        callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ):
        delays = () if _single.get() else SERVER_RETRY_DELAYS
        for delay in (*delays, None):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as e:
                if delay is None:
                    raise
                # The method and the kind of error only: the message may quote the request.
                log.warning("Telegram call %s failed (%s); trying again in %.2g s", endpoint, type(e).__name__, delay)
                await asyncio.sleep(delay)


def patient_rate_limiter(max_retries: int, per_second: float = 30) -> PatientRateLimiter:
    """Paced to `per_second` messages in all (Telegram's limit is about 30) and 20 a minute in
    a group, or, with 0, not paced: only the 429 and 5xx handling."""
    if per_second:
        return PatientRateLimiter(overall_max_rate=per_second, max_retries=max_retries)
    return PatientRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=max_retries)
