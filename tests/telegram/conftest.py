"""Fixtures: a fake Bot API on loopback, and the bot served against it in this process.

The bot talks to the fake over real HTTP exactly as it talks to Telegram; only
the base URL differs. Tests that need a separate process (SIGKILL, the canary,
the webhook) start `python -m bot.cli run` themselves (see tests/telegram/process.py).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.store import SessionStore, load_secret
from bot.telegram.main import serve
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.people import Person

# Shaped like nothing Telegram issues, so no scanner mistakes it for a leaked token.
TOKEN = "123456:TEST-not-a-real-token-firstline"


@pytest.fixture
async def api():
    api = FakeBotApi(TOKEN)
    await api.start()
    yield api
    await api.stop()


@dataclass
class RunningBot:
    settings: Settings
    api: FakeBotApi
    stop_event: asyncio.Event
    task: asyncio.Task

    async def stop(self) -> None:
        """Stop as SIGTERM would: updates in hand are finished first."""
        self.stop_event.set()
        await asyncio.wait_for(self.task, 15)

    async def rows(self) -> int:
        store = await self.open_store()
        try:
            return await store.count()
        finally:
            await store.close()

    async def open_store(self) -> SessionStore:
        return await SessionStore.open(
            self.settings.database_path, load_secret(self.settings), self.settings.session_idle_hours
        )


def settings_for(api: FakeBotApi, data_dir: Path, **overrides) -> Settings:
    return Settings(bot_token=TOKEN, api_base_url=api.base_url, data_dir=data_dir, **overrides)


async def start_bot(api: FakeBotApi, rt, settings: Settings) -> RunningBot:
    stop = asyncio.Event()
    since = len(api.calls)
    task = asyncio.create_task(serve(settings, rt, stop))
    # Serving once it asks for updates.
    await api.wait_for(lambda: task.done() or api.calls_of("getUpdates", since=since))
    if task.done():
        task.result()  # raises what went wrong
    return RunningBot(settings, api, stop, task)


@pytest.fixture
async def bot(api, rt, tmp_path):
    running = await start_bot(api, rt, settings_for(api, tmp_path / "data"))
    # Commands and descriptions are registered in the background, one language after
    # another; wait for the last, so a test that counts API calls sees only its own.
    everyone = len(rt.library.languages) + 1  # each language, and the default
    await api.wait_for(lambda: len(api.calls_of("setMyShortDescription")) >= everyone, timeout=30)
    yield running
    if not running.task.done():
        await running.stop()


@pytest.fixture
def person(api):
    def make(user_id: int = 5550001, **kwargs) -> Person:
        return Person(api, user_id, **kwargs)

    return make


@pytest.fixture
def process(api, tmp_path):
    """Starts `firstline run` as a real process against the fake Bot API; stops what it started."""
    from tests.telegram.process import BotProcess  # it imports TOKEN from here

    started: list[BotProcess] = []

    def make(**env) -> BotProcess:
        p = BotProcess(api, tmp_path / "data", tmp_path / "bot.log", **env)
        started.append(p)
        return p

    yield make
    for p in started:
        p.ensure_stopped()
