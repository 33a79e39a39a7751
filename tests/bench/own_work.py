"""The bot's own CPU per update, measured in a process of its own.

The throughput runs before it leave a heap behind them (a second application and a
store of 10,000 sessions, built and closed): measured in the same process, the own
work read about 20 µs higher than in a new one, a weight no bot that serves its
users carries. So the bench starts a new process, pinned to the same core, that
builds a bot, lets one run of users go uncounted (the first pays alone for every
screen made and rendered once) and then times RUNS runs, each with users of its own,
new to the bot (their first load reads the disk, as a new user's does); then one
more with every stage timed, for the breakdown.

    .venv/bin/python -m tests.bench.own_work DIR [PEOPLE]   # the child; the bench reads its figures
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.telegram.stages import NOT_OWN, Stages
from tests.bench import profile
from tests.bench.apps import firstline_app
from tests.bench.users import FIRST_CHAT, screening_scripts, users
from tests.telegram.inprocess import InProcessBotApi

ROOT = Path(__file__).parents[2]
RUNS = profile.RUNS
PEOPLE = 150  # users a run


def measure(cpu: int, people: int = PEOPLE) -> tuple[list[profile.OwnWork], profile.OwnWork]:
    """RUNS runs of the own work with only the stages not its own timed, and a breakdown by stage."""
    with tempfile.TemporaryDirectory(prefix="firstline-own-") as tmp:
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.own_work", tmp, str(people)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
        )
    if child.returncode != 0:
        raise RuntimeError(f"the own-work child failed ({child.returncode}): {child.stderr[-2000:]}")
    figures = json.loads(child.stdout)
    return [profile.OwnWork(**r) for r in figures["runs"]], profile.OwnWork(**figures["breakdown"])


async def _measure(tmp: Path, people: int) -> tuple[list[profile.OwnWork], profile.OwnWork]:
    from bot.runtime import load

    rt = load()
    scripts = screening_scripts(rt)
    stages = Stages()
    api = InProcessBotApi(keep=False, record=False)
    app, store = await firstline_app(rt, api, tmp / "own-work", stages)
    try:
        await profile.own_work(app, api, stages, users(scripts, people, FIRST_CHAT - people))  # not counted
        stages.only = frozenset(NOT_OWN)
        runs = [
            await profile.own_work(app, api, stages, users(scripts, people, FIRST_CHAT + n * people))
            for n in range(RUNS)
        ]
        stages.only = None
        breakdown = await profile.own_work(app, api, stages, users(scripts, people, FIRST_CHAT + RUNS * people))
        return runs, breakdown
    finally:
        await app.shutdown()
        await store.close()


if __name__ == "__main__":
    measured, stages_run = asyncio.run(_measure(Path(sys.argv[1]), int(sys.argv[2])))
    print(json.dumps({"runs": [dataclasses.asdict(r) for r in measured], "breakdown": dataclasses.asdict(stages_run)}))
