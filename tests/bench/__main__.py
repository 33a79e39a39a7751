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
import sys
import tempfile
from pathlib import Path

from tests.bench import coldstart, profile, report, web
from tests.bench.apps import firstline_app, floor_app, record_plans
from tests.bench.drive import many_at_once, one_at_a_time
from tests.bench.users import FIRST_CHAT, screening_scripts, users
from tests.telegram.inprocess import InProcessBotApi


class ErrorCount(logging.Handler):
    """Counts failed updates: the bench must run clean to mean anything."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--users", type=int, default=10_000, help="users for the throughput run; each leaves a stored session")
    parser.add_argument("--sample", type=int, default=400, help="users for the one-at-a-time run (p50/p99)")
    parser.add_argument("--floor-users", type=int, default=3000, help="users for the floor's throughput run (it keeps no sessions)")
    parser.add_argument("--in-flight", type=int, default=32, help="users tapping at once in the throughput run")
    parser.add_argument("--cpu", type=int, default=None, help="the core to run on (default: the first allowed)")
    parser.add_argument("--profile", action="store_true", help="print where an update's time goes even when every target is met")
    args = parser.parse_args(argv)
    cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
    # Before any thread exists, so aiosqlite's thread inherits the one core too.
    os.sched_setaffinity(0, {cpu})
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    errors = ErrorCount()
    logging.getLogger().addHandler(errors)
    with tempfile.TemporaryDirectory(prefix="firstline-bench-") as tmp:
        figures = asyncio.run(_bench(args, Path(tmp)))
        figures.commit = profile.commit_latency(Path(tmp))
        try:
            figures.cold_start, figures.cold_stages = coldstart.measure(cpu)
        except RuntimeError as e:  # the figures above still count
            print(f"cold start could not be measured: {e}", file=sys.stderr)
            figures.cold_start = [float("nan")]
        missed = report.missed(figures)
        breakdown = asyncio.run(_profile(Path(tmp))) if args.profile or missed else None
    figures.errors = errors.count
    figures.cpu = cpu
    print(report.text(figures))
    if breakdown:
        print()
        print(f"Targets missed: {', '.join(missed)}." if missed else "Where the time goes (--profile):")
        print(breakdown)
    # The web chat, on the same core in the same run (tests/bench/web.py).
    web_figures = asyncio.run(web.measure(in_flight=args.in_flight))
    print()
    print(web.text(web_figures, cpu))
    return 0 if errors.count == 0 else 1


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

    floor_api = InProcessBotApi(keep=False, record=False)
    floor = floor_app(floor_api, current)
    await floor.initialize()
    figures.floor_seq = await one_at_a_time(floor, floor_api, users(scripts, args.sample, sample_chats), strict=False, before=plan)
    figures.floor_many = await many_at_once(floor, floor_api, users(scripts, min(args.floor_users, args.users - args.sample), FIRST_CHAT), args.in_flight, strict=False, before=plan)
    await floor.shutdown()
    current.clear()

    api = InProcessBotApi(keep=False, record=False)
    app, store = await firstline_app(rt, api, tmp / "data")
    try:
        figures.bot_seq = await one_at_a_time(app, api, users(scripts, args.sample, sample_chats), strict=True)
        figures.bot_many = await many_at_once(app, api, users(scripts, args.users - args.sample, FIRST_CHAT), args.in_flight, strict=True)
        figures.rss_sessions = report.rss()
        figures.sessions = await store.count()
        figures.db_bytes = await report.database_bytes(store, tmp / "data" / "sessions.sqlite3")
    finally:
        await app.shutdown()
        await store.close()
    return figures


async def _profile(tmp: Path, people: int = 150) -> str:
    """Where the time of an update goes, on a fresh bot: by part of a turn, then by function."""
    from bot.runtime import load

    rt = load()
    scripts = screening_scripts(rt)
    out = []
    for n, view in enumerate((profile.parts, profile.hotspots)):
        api = InProcessBotApi(keep=False, record=False)
        app, store = await firstline_app(rt, api, tmp / f"profile-{n}")
        try:
            out.append(await view(app, api, users(scripts, people, FIRST_CHAT)))
        finally:
            await app.shutdown()
            await store.close()
    return "\n\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
