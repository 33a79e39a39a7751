"""Where an update's time goes, and the bot's own CPU work per update.

The turn times its own stages through explicit hooks (bot/telegram/stages.py): nothing
here patches a function by name, so moving or renaming one cannot quietly break the
figures. The bot's own work is the CPU time of process_update on the bot's thread less
that of the Bot API calls (the in-process fake's and python-telegram-bot's request work)
and of the wait for the durable commit. And the disk: what one durable commit costs on it
now, which every update waits for once.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from bot.telegram.stages import HANDLER, NOT_OWN, Stages
from tests.bench.drive import one_at_a_time

TARGET_OWN_US = 150.0
# The figures set against the issues' targets are each the median of this many runs.
RUNS = 3


@dataclass
class OwnWork:
    """One run's CPU time per update, in µs: the whole update, and by stage."""

    updates: int
    whole: float
    stages: dict[str, float]

    @property
    def not_own(self) -> float:
        return sum(self.stages.get(name, 0.0) for name in NOT_OWN)

    @property
    def own(self) -> float:
        """process_update's CPU less the Bot API calls and the wait for the durable commit:
        python-telegram-bot's dispatch to the handler included (the floor pays it too)."""
        return self.whole - self.not_own


def commit_latency(directory: Path, commits: int = 200, name: str = "calibrate") -> tuple[float, float]:
    """p50 and p99 seconds of one single-row commit, WAL and synchronous=FULL as the store does."""
    db = sqlite3.connect(directory / f"{name}.sqlite3", isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER PRIMARY KEY, v TEXT)")
        times = []
        for n in range(commits):
            t = time.perf_counter()
            db.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (n % 20, "x" * 500))
            times.append(time.perf_counter() - t)
    finally:
        db.close()
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99)]


async def own_work(app, api, stages: Stages, people) -> OwnWork:
    """One run, one update at a time, with the turn's stage hooks on."""
    stages.spent.clear()
    stages.on = True
    try:
        timing = await one_at_a_time(app, api, people, strict=True, cpu_too=True)
    finally:
        stages.on = False
    per = 1e6 / timing.updates
    return OwnWork(timing.updates, timing.cpu * per, {name: spent * per for name, spent in stages.spent.items()})


def own_line(runs: list[OwnWork]) -> str:
    median = statistics.median(r.own for r in runs)
    mark = "ok" if median <= TARGET_OWN_US else "MISSED"
    figures = ", ".join(f"{r.own:.0f}" for r in runs)
    return (
        f"Bot's own CPU per update: {median:.0f} µs (median of {len(runs)} runs: {figures}; the CPU of process_update "
        f"less the Bot API calls and the wait for the durable commit), target ≤ {TARGET_OWN_US:.0f} µs: {mark}"
    )


def stages_text(run: OwnWork) -> str:
    """CPU by stage of a turn, then the rest of process_update. Every stage timed adds the
    cost of reading the clock to the one around it: the figures are a little high."""
    lines = ["CPU time per update on the bot's thread, by stage of a turn (a run of its own, every stage timed):"]
    handler = run.stages.get(HANDLER, 0.0)
    for name, us in sorted(run.stages.items(), key=lambda kv: -kv[1]):
        if name != HANDLER:
            note = "   (not the bot's own)" if name in NOT_OWN else ""
            lines.append(f"  {name:44} {us:7.0f} µs{note}")
    rest = handler - sum(us for name, us in run.stages.items() if name != HANDLER)
    lines.append(f"  {'the rest of the handler':44} {rest:7.0f} µs")
    lines.append(f"  {HANDLER:44} {handler:7.0f} µs")
    lines.append(f"  {'python-telegram-bot around the handler':44} {run.whole - handler:7.0f} µs")
    lines.append(f"  {'the whole update (process_update)':44} {run.whole:7.0f} µs")
    return "\n".join(lines)


async def hotspots(app, api, people, top: int = 18) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    await one_at_a_time(app, api, people, strict=True)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    body = out.getvalue()
    return "Functions by time of their own (cProfile, which slows everything down):\n" + body[body.find("   ncalls") :]
