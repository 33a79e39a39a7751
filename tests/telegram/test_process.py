"""The bot as its own process: the privacy canary, SIGKILL mid-conversation, the webhook.

Each starts `python -m bot.cli run` as `make run` does, with TELEGRAM_API_BASE_URL
pointing at the fake Bot API on loopback.
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from bot.settings import Settings
from bot.store import SessionStore, load_secret
from tests.telegram.canary import CANARY, CANARY_ID, TYPED, scan
from tests.telegram.conftest import TOKEN
from tests.telegram.helpers import country_option, engine_text, to_screening
from tests.telegram.process import free_port

pytestmark = pytest.mark.slow  # starts the real bot process


# --- the canary ---------------------------------------------------------------------


async def test_canary_no_identifying_data_in_the_database_its_wal_or_the_logs(api, person, process, rt, tmp_path):
    bot = process(FIRSTLINE_LOG_LEVEL="DEBUG")  # the chattiest the bot gets
    await bot.start()
    worker = person(user_id=CANARY_ID, **CANARY)
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))
    await worker.send(TYPED)
    await worker.choose("screening")
    await worker.choose("safe")
    await worker.send(TYPED)
    await worker.send_media("contact")
    await worker.send_media("photo")
    await worker.choose("continue")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe", "continue"])  # English: pt-BR is not on offer

    data_dir = tmp_path / "data"
    wal = data_dir / "sessions.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the WAL must be there to be scanned"
    files = sorted(p for p in data_dir.iterdir() if p.is_file())
    assert scan(files) == [], "while running"

    assert await bot.terminate() == 0
    log = tmp_path / "bot.log"
    assert "Firstline is running" in log.read_text() and "handled in" in log.read_text()  # real, and at debug level
    assert scan(sorted(p for p in data_dir.iterdir() if p.is_file()) + [log]) == [], "after a clean stop"
    # And the session really is in there, under its keyed hash.
    store = await SessionStore.open(
        data_dir / "sessions.sqlite3", load_secret(Settings(bot_token=TOKEN, data_dir=data_dir)), 12
    )
    try:
        stored = await store.load(store.key(CANARY_ID))
        assert stored.session.step == "child"
        assert await store.count() == 1
    finally:
        await store.close()
    # A record writes its numbers as steps from the one before, which a byte scan would not
    # see through: the record read back in full is scanned too.
    decoded = tmp_path / "record-read-back.json"
    decoded.write_text(stored.model_dump_json())
    assert scan([decoded]) == []


# --- SIGKILL ------------------------------------------------------------------------


async def test_killed_mid_conversation_it_resumes_at_the_last_step_seen(api, person, process, rt, tmp_path):
    first = process()
    await first.start()
    worker = person()
    await to_screening(worker, rt)
    await worker.choose("safe")
    await worker.choose("continue")
    seen = worker.screen()
    assert seen["text"] == engine_text(rt, "en", ["safe", "continue"])

    await first.kill()
    assert (tmp_path / "data" / "sessions.sqlite3-wal").exists()  # no clean shutdown happened

    second = process()
    await second.start()
    # The button the user still sees works: the step was saved before it was shown.
    await worker.choose("adult")
    assert worker.screen()["message_id"] == seen["message_id"]
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe", "continue", "adult"])
    await worker.send("/start")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe", "continue", "adult"])
    assert await second.terminate() == 0


# --- webhook ------------------------------------------------------------------------

WEBHOOK_SECRET = "webhook-secret_for-tests-only"


async def test_webhook_refuses_a_wrong_or_missing_secret(api, person, process, rt):
    port = free_port()
    bot = process(
        FIRSTLINE_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        FIRSTLINE_WEBHOOK_PORT=str(port),
        FIRSTLINE_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    await bot.start(ready_method="setWebhook")
    registered = api.calls_of("setWebhook")[-1].params
    assert registered["url"] == f"http://127.0.0.1:{port}/telegram"
    assert registered["secret_token"] == WEBHOOK_SECRET
    assert set(registered["allowed_updates"]) == {"message", "callback_query"}

    worker = person()
    message = worker.new_message(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    update = json.dumps(api.new_update(message=message))
    url = f"http://127.0.0.1:{port}/telegram"
    async with httpx.AsyncClient() as client:
        for headers in (
            {},
            {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
            {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET[:-1]},
        ):
            for _ in range(20):  # the server may need a moment after setWebhook
                try:
                    refused = await client.post(
                        url, content=update, headers={"Content-Type": "application/json", **headers}
                    )
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.1)
            assert refused.status_code == 403
        assert api.calls_of("sendMessage") == []  # nothing got through

        since = len(api.calls)
        accepted = await client.post(
            url,
            content=update,
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
        )
        assert accepted.status_code == 200
    await api.wait_for_call("sendMessage", since)
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)
    assert await bot.terminate() == 0
