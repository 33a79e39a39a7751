"""Where an update's time goes: printed by `make bench` when a target is missed, or with --profile.

Two views of the bot handling updates one at a time: the share of each part of a
turn (CPU time on the bot's thread, measured around the parts), and the functions
that take the most time of their own (cProfile). And the disk: what one durable
commit costs on it now, which every update waits for once.
"""

from __future__ import annotations

import cProfile
import functools
import inspect
import io
import pstats
import sqlite3
import time
from collections import Counter
from pathlib import Path

from telegram.ext import Application

import bot.telegram.conversation as conversation
from bot.store import SessionStore
from tests.bench.drive import one_at_a_time

# The parts of a turn, as conversation.py calls them.
PARTS = {
    "session store: load": (SessionStore, "load"),
    "session store: save (on disk)": (SessionStore, "save"),
    "engine": (conversation.flows, "advance"),
    "rendering the screen": (conversation, "render"),
    "keyboard and text pieces": (conversation, "shown"),
    "Bot API: showing the screen": (conversation, "show"),
    "Bot API: answering the button": (conversation, "answer"),
    "the whole update (process_update)": (Application, "process_update"),
}


def commit_latency(directory: Path, commits: int = 200) -> tuple[float, float]:
    """p50 and p99 seconds of one single-row commit, WAL and synchronous=FULL as the store does."""
    db = sqlite3.connect(directory / "calibrate.sqlite3", isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
        times = []
        for n in range(commits):
            t = time.perf_counter()
            db.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (n % 20, "x" * 500))
            times.append(time.perf_counter() - t)
    finally:
        db.close()
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99)]


async def parts(app, api, people) -> str:
    """CPU time of each part of a turn on the bot's thread, per update."""
    spent: Counter = Counter()
    saved = {}
    for name, (owner, attr) in PARTS.items():
        original = getattr(owner, attr)
        saved[(owner, attr)] = original
        setattr(owner, attr, _timed(original, name, spent))
    try:
        timing = await one_at_a_time(app, api, people, strict=True)
    finally:
        for (owner, attr), original in saved.items():
            setattr(owner, attr, original)
    lines = [f"  {name:36} {spent[name] / timing.updates * 1e6:7.0f} µs" for name in PARTS]
    lines.append(f"  {'(wall time per update, p50)':36} {timing.percentile(50) * 1e6:7.0f} µs")
    return "\n".join(["CPU time per update on the bot's thread (one update at a time):", *lines])


async def hotspots(app, api, people, top: int = 18) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    await one_at_a_time(app, api, people, strict=True)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    body = out.getvalue()
    return "Functions by time of their own (cProfile, which slows everything down):\n" + body[body.find("   ncalls") :]


def _timed(function, name: str, spent: Counter):
    clock = time.thread_time  # CPU of this thread: waiting on the disk or a lock is not counted
    if _is_async(function):

        @functools.wraps(function)
        async def timed(*args, **kwargs):
            start = clock()
            try:
                return await function(*args, **kwargs)
            finally:
                spent[name] += clock() - start

    else:

        @functools.wraps(function)
        def timed(*args, **kwargs):
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += clock() - start

    return timed


def _is_async(function) -> bool:
    return inspect.iscoroutinefunction(function)
