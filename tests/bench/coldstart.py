"""Cold start to ready, measured from outside: a new Python process that imports the bot,
loads and validates every flow, locale and contact directory, opens the session store
and initialises the application (getMe answered in process), then says "ready".

    .venv/bin/python -m tests.bench.coldstart   # the child; the bench times it
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
RUNS = 5
TOKEN = "123456:cold-start-not-a-real-token"  # initialize() asks the in-process Bot API only


def measure(cpu: int, runs: int = RUNS) -> tuple[list[float], dict[str, float]]:
    """Seconds from starting the process to its "ready", for each run; and the stages of the
    median run as the child timed them (its interpreter's own start is in the total only)."""
    times, stages = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="firstline-cold-") as tmp:
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.bench.coldstart", tmp],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
            )
            line = child.stdout.readline()
            times.append(time.perf_counter() - started)
            child.wait()
            word, _, parts = line.decode().partition(" ")
            if word != "ready" or child.returncode != 0:
                raise RuntimeError(f"the cold-start child failed ({child.returncode}): {line!r}")
            stages.append(json.loads(parts))
    median = sorted(range(runs), key=times.__getitem__)[runs // 2]
    return times, stages[median]


async def _ready(data_dir: Path, started: float) -> None:
    clock = time.perf_counter
    stages: dict[str, float] = {}
    mark = clock()
    from bot.runtime import load
    from bot.settings import Settings
    from bot.store import SessionStore
    from bot.telegram.main import build_application
    from tests.telegram.inprocess import InProcessBotApi

    stages["imports"], mark = clock() - started, clock()
    rt = load()  # every flow, locale and directory, validated
    stages["flows, locales, directories"], mark = clock() - mark, clock()
    settings = Settings(bot_token=TOKEN, data_dir=data_dir)
    store = await SessionStore.open(settings.database_path, b"c" * 32, settings.session_idle_hours)
    stages["session store"], mark = clock() - mark, clock()
    api = InProcessBotApi()
    app = build_application(settings, rt, store, requests=(api.request(), api.request()))
    await app.initialize()
    stages["application"] = clock() - mark
    print("ready", json.dumps(stages), flush=True)
    await app.shutdown()
    await store.close()


if __name__ == "__main__":
    _started = time.perf_counter()
    import asyncio

    asyncio.run(_ready(Path(sys.argv[1]) / "data", _started))
