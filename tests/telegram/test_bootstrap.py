"""Set-up calls wait out network trouble but not a refusal; a webhook port in use stops the start with words."""

from __future__ import annotations

import asyncio
import socket

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.telegram import bootstrap
from bot.telegram.bootstrap import StartError, keep_trying
from tests.telegram.process import BotProcess

# python-telegram-bot warns about its own retry_after attribute.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def failing(*errors: Exception):
    calls = []

    async def call():
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]

    return call, calls


async def test_network_trouble_and_flood_control_are_waited_out(monkeypatch):
    monkeypatch.setattr(bootstrap, "set_within", _no_wait)
    call, calls = failing(NetworkError("down"), RetryAfter(3), NetworkError("still down"))
    assert await keep_trying(call, asyncio.Event(), "registering the webhook") is True
    assert len(calls) == 4


async def test_a_refusal_stops_the_start_with_telegrams_reason():
    call, _ = failing(BadRequest("Bad webhook: An HTTPS URL must be provided for webhook"))
    with pytest.raises(StartError, match="Telegram refused registering the webhook: Bad webhook: An HTTPS URL"):
        await keep_trying(call, asyncio.Event(), "registering the webhook")


async def test_a_stop_ends_the_waiting():
    stop = asyncio.Event()
    call, calls = failing(*[NetworkError("down")] * 100)
    task = asyncio.create_task(keep_trying(call, stop, "removing the webhook"))
    await asyncio.sleep(0.05)
    stop.set()
    assert await asyncio.wait_for(task, 5) is False and len(calls) == 1


async def _no_wait(event: asyncio.Event, seconds: float) -> bool:
    return event.is_set()


@pytest.mark.slow  # starts the real bot process
async def test_a_webhook_port_in_use_stops_the_bot_with_words(api, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = BotProcess(
            api,
            tmp_path / "data",
            tmp_path / "bot.log",
            FIRSTLINE_WEBHOOK_URL=f"https://bot.example.org:{port}/telegram",
            FIRSTLINE_WEBHOOK_PORT=str(port),
        )
        try:
            await bot.start(ready_method="getMe")
        except AssertionError:
            pass  # it may be gone already
        assert await asyncio.to_thread(bot.proc.wait, 30) == 1
    log = (tmp_path / "bot.log").read_text()
    assert f"cannot listen on 127.0.0.1:{port}" in log and "another program uses that port" in log
    assert "Traceback" not in log
    assert api.calls_of("setWebhook") == []
