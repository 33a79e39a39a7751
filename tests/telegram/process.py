"""The bot as a separate process (`python -m bot.cli run`), pointed at the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeBotApi

ROOT = Path(__file__).parents[2]


class BotProcess:
    def __init__(self, api: FakeBotApi, data_dir: Path, log_path: Path, **env: str):
        self.api, self.data_dir, self.log_path = api, data_dir, log_path
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FIRSTLINE_"))}
        self.env.update(
            TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.base_url, FIRSTLINE_DATA_DIR=str(data_dir), **env
        )
        self.proc: subprocess.Popen | None = None

    async def start(self, ready_method: str = "getUpdates") -> None:
        since = len(self.api.calls)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=self.env, stdout=log, stderr=log
            )
        await self.api.wait_for(
            lambda: self.proc.poll() is not None or self.api.calls_of(ready_method, since=since), timeout=30
        )
        assert self.proc.poll() is None, (
            f"the bot exited with {self.proc.returncode}: {self.log_path.read_text()[-2000:]}"
        )

    async def kill(self) -> None:
        """SIGKILL: no chance to clean up."""
        self.proc.kill()
        await asyncio.to_thread(self.proc.wait, 15)

    async def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return await asyncio.to_thread(self.proc.wait, 30)

    def ensure_stopped(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(15)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
