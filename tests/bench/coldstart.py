"""Cold start to ready, measured from outside: a new Python process that imports the bot,
loads and validates every flow, locale and contact directory, opens the session store
and initialises the application (getMe answered in process), then says "ready".

    .venv/bin/python -m tests.bench.coldstart   # the child; the bench times it
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
RUNS = 5


def measure(cpu: int, runs: int = RUNS) -> list[float]:
    """Seconds from starting the process to its "ready", for each run."""
    times = []
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
            if line.strip() != b"ready" or child.returncode != 0:
                raise RuntimeError(f"the cold-start child failed ({child.returncode}): {line!r}")
    return times


def summary(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), max(times)


async def _ready(data_dir: Path) -> None:
    from bot.runtime import load
    from bot.settings import Settings
    from bot.store import SessionStore
    from bot.telegram.main import build_application
    from tests.telegram.conftest import TOKEN
    from tests.telegram.inprocess import InProcessBotApi

    rt = load()  # every flow, locale and directory, validated
    settings = Settings(bot_token=TOKEN, data_dir=data_dir)
    store = await SessionStore.open(settings.database_path, b"c" * 32, settings.session_idle_hours)
    api = InProcessBotApi()
    app = build_application(settings, rt, store, requests=(api.request(), api.request()))
    await app.initialize()
    print("ready", flush=True)
    await app.shutdown()
    await store.close()


if __name__ == "__main__":
    import asyncio

    asyncio.run(_ready(Path(sys.argv[1]) / "data"))
