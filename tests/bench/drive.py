"""Driving simulated users through an Application and timing every update.

Two ways, for the bot and for the floor alike:
- one update in flight at a time (users interleaved round-robin): the time an
  update takes is the bot's own cost, with nothing queued before it — p50/p99;
- `in_flight` users at once, through the application's update processor, as
  the bot runs live: updates per second.
Only the application's work is timed: making the update (a dict, then
Update.de_json, as a poller would) and finding the button to tap are the test
harness's, left out for the bot and the floor alike. In the run with many users
at once the harness's time is measured (it runs between awaits, so nothing else
runs meanwhile) and taken off the wall time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
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
    cpu: float = 0.0  # CPU seconds of this thread in process_update, all updates (sequential runs only)

    @property
    def rate(self) -> float:
        return self.updates / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.per_update)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


Before = Callable[[User], None]  # told of each user's next update before it goes in (the floor's plan)


def _nothing(user: User) -> None:
    pass


def _no_clock() -> float:
    return 0.0


async def one_at_a_time(
    app: Application,
    api: InProcessBotApi,
    people: list[User],
    strict: bool,
    before: Before = _nothing,
    cpu_too: bool = False,
) -> Timing:
    """`cpu_too`: the CPU time of process_update on this thread too (reading that clock is a
    system call, so only when asked)."""
    per_update: list[float] = []
    active = list(people)
    clock = time.perf_counter
    cpu_clock = time.thread_time if cpu_too else _no_clock
    cpu = 0.0
    while active:
        for user in active:
            before(user)
            update = Update.de_json(user.next_update(api, strict), app.bot)
            t, c = clock(), cpu_clock()
            await app.process_update(update)
            cpu += cpu_clock() - c
            per_update.append(clock() - t)
        finished = [u for u in active if u.done]
        for u in finished:
            api.forget(u.chat_id)  # the fake's side of the chat: not the bot's memory
        active = [u for u in active if not u.done]
    return Timing(len(per_update), sum(per_update), per_update, cpu)


async def many_at_once(
    app: Application, api: InProcessBotApi, people: list[User], in_flight: int, strict: bool, before: Before = _nothing
) -> Timing:
    """`in_flight` users tapping at once, each waiting for the bot's reply before the next tap."""
    queue = list(reversed(people))
    count = 0
    harness = 0.0
    processor = app.update_processor
    clock = time.perf_counter

    async def user_loop() -> None:
        nonlocal count, harness
        while queue:
            user = queue.pop()
            while not user.done:
                t = clock()
                before(user)
                update = Update.de_json(user.next_update(api, strict), app.bot)
                harness += clock() - t
                await processor.process_update(update, app.process_update(update))
                count += 1
            api.forget(user.chat_id)

    started = clock()
    await asyncio.gather(*(user_loop() for _ in range(in_flight)))
    return Timing(count, clock() - started - harness, [])
