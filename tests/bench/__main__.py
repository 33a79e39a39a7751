"""`make bench`: the bot's figures beside python-telegram-bot's bare floor, in one run.

    .venv/bin/python -m tests.bench [--users 10000] [--sample 400] [--floor-users 3000]
                                    [--in-flight 32] [--cpu 0] [--profile]

Pinned to one core (the bot is one asyncio thread; aiosqlite's thread shares the core).
Prints the figures against the targets of issue 7, and where an update's time goes when
a target is missed (or with --profile); then the web chat's figures beside tornado's
bare floor (tests/bench/web.py, also runnable alone). Exits non-zero only if an update failed: a
benchmark measures, it does not pass or fail.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
from pathlib import Path

from tests.bench import coldstart, engine_step, own_work, profile, report, web
from tests.bench.apps import firstline_app, floor_app, record_plans
from tests.bench.drive import many_at_once, one_at_a_time
from tests.bench.users import FIRST_CHAT, screening_scripts, users
from tests.telegram.inprocess import InProcessBotApi

RUNS = profile.RUNS


class ErrorCount(logging.Handler):
    """Counts failed updates: the bench must run clean to mean anything."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument(
        "--users", type=int, default=10_000, help="users for the throughput run; each leaves a stored session"
    )
    parser.add_argument("--sample", type=int, default=400, help="users for the one-at-a-time run (p50/p99)")
    parser.add_argument(
        "--floor-users", type=int, default=3000, help="users for the floor's throughput run (it keeps no sessions)"
    )
    parser.add_argument("--in-flight", type=int, default=32, help="users tapping at once in the throughput run")
    parser.add_argument("--cpu", type=int, default=None, help="the core to run on (default: the first allowed)")
    parser.add_argument(
        "--profile", action="store_true", help="print where an update's time goes even when every target is met"
    )
    args = parser.parse_args(argv)
    cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
    # Before any thread exists, so aiosqlite's thread inherits the one core too.
    os.sched_setaffinity(0, {cpu})
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    errors = ErrorCount()
    logging.getLogger().addHandler(errors)
    with tempfile.TemporaryDirectory(prefix="firstline-bench-") as tmp:
        figures = asyncio.run(_bench(args, Path(tmp)))
        figures.commits = [profile.commit_latency(Path(tmp), name=f"calibrate-{n}") for n in range(RUNS)]
        try:
            figures.cold_start, figures.cold_stages = coldstart.measure(cpu)
        except RuntimeError as e:  # the figures above still count
            print(f"cold start could not be measured: {e}", file=sys.stderr)
            figures.cold_start = [float("nan")]
        missed = report.missed(figures)
        own, breakdown = own_work.measure(cpu)
        hotspots = asyncio.run(_hotspots(Path(tmp))) if args.profile or missed else None
    figures.errors = errors.count
    figures.cpu = cpu
    print(report.text(figures))
    print()
    print(_engine_line())
    print(profile.own_line(own))
    print(report.core_lines(figures))
    if args.profile or missed or statistics.median(r.own for r in own) > profile.TARGET_OWN_US:
        print()
        if missed:
            print(f"Targets missed: {', '.join(missed)}.")
        print(profile.stages_text(breakdown))
    if hotspots:
        print()
        print(hotspots)
    # The web chat, on the same core in the same run (tests/bench/web.py).
    web_figures = asyncio.run(web.measure(in_flight=args.in_flight))
    print()
    print(web.text(web_figures, cpu))
    return 0 if errors.count == 0 else 1


def _engine_line() -> str:
    from bot.runtime import load

    return engine_step.line(load().library)


async def _bench(args, tmp: Path) -> report.Figures:
    from bot.runtime import load

    rt = load()
    scripts = screening_scripts(rt)
    figures = report.Figures(users=args.users, sample=args.sample, in_flight=args.in_flight)
    figures.rss_ready = report.rss()
    # Every user leaves one stored session: `users` in all, `sample` of them from the one-at-a-time run.
    sample_chats = FIRST_CHAT + args.users

    # The floor first: the same users making the same Bot API calls as the bot will.
    plans = await record_plans(rt, scripts, tmp / "plans")
    current: dict = {}

    def plan(user) -> None:
        current[user.chat_id] = plans[(user.script.story, user.lang)][user.at]

    # Users at once, in RUNS rounds, each the floor's then the bot's share: a round's two runs
    # are close in time, so a machine busy with other work weighs on both alike.
    floor_api = InProcessBotApi(keep=False, record=False)
    floor = floor_app(floor_api, current)
    api = InProcessBotApi(keep=False, record=False)
    app, store = await firstline_app(rt, api, tmp / "data")
    await floor.initialize()
    try:
        figures.floor_seq = await one_at_a_time(
            floor, floor_api, users(scripts, args.sample, sample_chats), strict=False, before=plan
        )
        bot_sample = users(scripts, args.sample, sample_chats)
        figures.bot_seq = await one_at_a_time(app, api, bot_sample, strict=True)
        floor_users, bot_users = (
            min(args.floor_users, args.users - args.sample) // RUNS,
            (args.users - args.sample) // RUNS,
        )
        for n in range(RUNS):
            floor_round = users(scripts, floor_users, FIRST_CHAT + n * floor_users)
            floor_many = await many_at_once(floor, floor_api, floor_round, args.in_flight, strict=False, before=plan)
            bot_many = await many_at_once(
                app, api, users(scripts, bot_users, FIRST_CHAT + n * bot_users), args.in_flight, strict=True
            )
            figures.rounds.append((floor_many, bot_many))
        current.clear()
        figures.rss_sessions = report.rss()
        figures.sessions = await store.count()
        figures.db_bytes = await report.database_bytes(store, tmp / "data" / "sessions.sqlite3")
    finally:
        await floor.shutdown()
        await app.shutdown()
        await store.close()
    return figures


async def _hotspots(tmp: Path, people: int = 150) -> str:
    from bot.runtime import load

    rt = load()
    api = InProcessBotApi(keep=False, record=False)
    app, store = await firstline_app(rt, api, tmp / "hotspots")
    try:
        return await profile.hotspots(app, api, users(screening_scripts(rt), people, FIRST_CHAT))
    finally:
        await app.shutdown()
        await store.close()


if __name__ == "__main__":
    sys.exit(main())
