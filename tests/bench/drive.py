"""Driving simulated users through an Application and timing every update.

Two ways, for the bot and for the floor alike:
- one update in flight at a time (users interleaved round-robin): the time an
  update takes is the bot's own cost, with nothing queued before it — p50/p99;
- `in_flight` users at once, through the application's update processor, as
  the bot runs live: updates per second.
Only Application.process_update is timed; making the update and finding the
button to tap are the test harness's work.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application

from tests.bench.users import User
from tests.telegram.inprocess import InProcessBotApi


@dataclass
class Timing:
    updates: int
    seconds: float  # wall time of the whole run
    per_update: list[float]  # seconds, one per update (sequential runs only)

    @property
    def rate(self) -> float:
        return self.updates / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.per_update)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


async def one_at_a_time(app: Application, api: InProcessBotApi, people: list[User], strict: bool) -> Timing:
    per_update: list[float] = []
    active = list(people)
    clock = time.perf_counter
    started = clock()
    while active:
        for user in active:
            update = Update.de_json(user.next_update(api, strict), app.bot)
            t = clock()
            await app.process_update(update)
            per_update.append(clock() - t)
        finished = [u for u in active if u.done]
        for u in finished:
            api.forget(u.chat_id)  # the fake's side of the chat: not the bot's memory
        active = [u for u in active if not u.done]
    return Timing(len(per_update), clock() - started, per_update)


async def many_at_once(app: Application, api: InProcessBotApi, people: list[User], in_flight: int, strict: bool) -> Timing:
    """`in_flight` users tapping at once, each waiting for the bot's reply before the next tap."""
    queue = list(reversed(people))
    count = 0
    processor = app.update_processor

    async def user_loop() -> None:
        nonlocal count
        while queue:
            user = queue.pop()
            while not user.done:
                update = Update.de_json(user.next_update(api, strict), app.bot)
                await processor.process_update(update, app.process_update(update))
                count += 1
            api.forget(user.chat_id)

    started = time.perf_counter()
    await asyncio.gather(*(user_loop() for _ in range(in_flight)))
    return Timing(count, time.perf_counter() - started, [])
