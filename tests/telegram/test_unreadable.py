"""Updates python-telegram-bot cannot read: skipped and counted, never logged, never a stall.

The bot runs as its own process with its own loggers and every library's at
DEBUG, and its whole output (stderr: the log, as journald or docker keeps it)
is scanned for the canary: a library that logs a raw update must not get it out.
"""

from __future__ import annotations

import asyncio
import copy
import json

import httpx
import pytest

from bot import health
from bot.settings import Settings
from tests.deploy.test_doctor import line, run_doctor
from tests.telegram.canary import CANARY, CANARY_ID, TYPED, scan
from tests.telegram.conftest import TOKEN
from tests.telegram.process import free_port

pytestmark = pytest.mark.slow  # starts the real bot process

CHATTIEST = {"FIRSTLINE_LOG_LEVEL": "DEBUG", "FIRSTLINE_LIBRARY_LOG_LEVEL": "DEBUG"}


def poisoned(api, canary) -> list[dict]:
    """What three updates python-telegram-bot 22 refuses hold, each full of the canary's details."""
    no_date = canary.new_message(text=TYPED)
    del no_date["date"]
    no_is_bot = canary.new_message(text=TYPED)
    no_is_bot["from"] = {k: v for k, v in no_is_bot["from"].items() if k != "is_bot"}
    query = {
        "id": api.new_callback_id(),
        "from": canary.user,
        "message": copy.deepcopy(no_is_bot),
        "data": "x:" + TYPED,
    }
    query["message"]["from"] = canary.user  # without chat_instance
    return [{"message": no_date}, {"message": no_is_bot}, {"callback_query": query}]


async def test_an_unreadable_update_is_skipped_and_confirmed_other_chats_are_answered_and_nothing_leaks(
    api, person, process, tmp_path, monkeypatch
):
    bot = process(**CHATTIEST)
    await bot.start()
    canary = person(user_id=CANARY_ID, **CANARY)
    bad = poisoned(api, canary)
    for content in bad[:2]:
        await api.queue(api.new_update(**content))
    # Another user's /start right behind them, in the same batch or the next: answered.
    other = person(user_id=5550002)
    await other.send("/start")
    await api.queue(api.new_update(**bad[2]))
    last = await other.send("/start")
    # Each skipped one was confirmed: Telegram was asked for updates past them all.
    await api.wait_for(
        lambda: any((c.params.get("offset") or 0) > last["update_id"] for c in api.calls_of("getUpdates"))
    )

    settings = Settings(bot_token=TOKEN, data_dir=tmp_path / "data")
    await api.wait_for(lambda: health.skipped_in((tmp_path / "data" / "heartbeat").read_bytes()) == 3, timeout=3)
    well, why = health.check(settings)
    assert well and "; 3 updates could not be read and were skipped (see the log)" in why, why
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data")
    assert "3 since it started" in line(out, "WARN  Updates the running bot could not read"), out

    assert await bot.terminate() == 0
    log = bot.log_path.read_text()
    assert (
        log.count("one update could not be read (message, ") == 2
        and "one update could not be read (callback_query, " in log
    )
    assert "DEBUG telegram.ext.ExtBot" in log and "DEBUG httpcore" in log  # the libraries did speak, at their chattiest
    assert "Traceback" not in log
    assert scan([bot.log_path]) == []


async def test_the_webhook_answers_an_unreadable_update_200_counts_it_and_serves_the_next(
    api, person, process, tmp_path
):
    port = free_port()
    secret = "webhook-secret_for-tests-only"
    bot = process(
        FIRSTLINE_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        FIRSTLINE_WEBHOOK_PORT=str(port),
        FIRSTLINE_WEBHOOK_SECRET=secret,
        **CHATTIEST,
    )
    await bot.start(ready_method="setWebhook")
    canary = person(user_id=CANARY_ID, **CANARY)
    other = person(user_id=5550002)
    start = other.new_message(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
    url = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient() as client:
        for _ in range(50):  # the server may need a moment after setWebhook
            try:
                answer = await client.post(
                    f"{url}/telegram", content=json.dumps(api.new_update(**poisoned(api, canary)[0])), headers=headers
                )
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.1)
        assert answer.status_code == 200  # else Telegram sends it again, and again
        since = len(api.calls)
        assert (
            await client.post(f"{url}/telegram", content=json.dumps(api.new_update(message=start)), headers=headers)
        ).status_code == 200
        await api.wait_for_call("sendMessage", since, lambda c: c.params["chat_id"] == other.chat_id)
        healthz = await client.get(f"{url}/healthz")
        assert healthz.status_code == 200 and healthz.text == "ok\nskipped 1\n"

    settings = Settings(bot_token=TOKEN, data_dir=tmp_path / "data", webhook_url=f"{url}/telegram", webhook_port=port)
    well, why = await asyncio.to_thread(health.check, settings)
    assert well and "; 1 update could not be read and was skipped (see the log)" in why, why
    assert await bot.terminate() == 0
    assert "one update could not be read (message, KeyError)" in bot.log_path.read_text()
    assert scan([bot.log_path]) == []
