"""Stopping the bot process loses no update: SIGTERM finishes the ones in hand, and even a SIGKILL
leaves Telegram holding the ones not yet handled. And the webhook's health endpoint.

Each runs `python -m bot.cli run` against the fake Bot API. Telegram's flood control
(a 429 with retry_after) holds a reply, so that an update is in hand when the signal comes.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest

from flows import Msg
from tests.telegram.helpers import country_option, engine_text
from tests.telegram.process import ROOT, free_port

# python-telegram-bot warns about its own use of a deprecated attribute when it meets a 429.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
]  # slow: the real bot process, SIGTERM and SIGKILL


def confirmed(api, update: dict, before: float | None = None) -> bool:
    """Whether a getUpdates call (made before `before`) told Telegram the update was handled."""
    return any(
        c.params.get("offset", 0) > update["update_id"] and (before is None or c.at < before)
        for c in api.calls_of("getUpdates")
    )


async def test_sigterm_in_polling_finishes_the_updates_in_hand_then_confirms_them(api, person, process, rt, tmp_path):
    bot = process()
    await bot.start()
    api.flood("sendMessage", retry_after=2, times=2)  # both replies wait 2 s
    workers = [person(user_id=5550101), person(user_id=5550102)]
    updates = [await w.send("/start", expect=None) for w in workers]
    await api.wait_for(lambda: len([c for c in api.calls_of("sendMessage") if c.status == 429]) == 2)

    assert await bot.terminate() == 0
    for worker, update in zip(workers, updates):
        reply = next(
            c for c in api.calls_of("sendMessage") if c.params["chat_id"] == worker.chat_id and c.status == 200
        )
        assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)
        # Told to Telegram only once answered, and told before the bot exited.
        assert not confirmed(api, update, before=reply.at)
        assert confirmed(api, update)
    log = (tmp_path / "bot.log").read_text()
    assert "finishing 2 update(s) in hand" in log and "Firstline stopped" in log


async def test_sigkill_with_updates_in_hand_loses_none(api, person, process, rt):
    first = process()
    await first.start()
    worker = person()
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))

    # The tap on "screening" is saved, but its screen waits out flood control; the /help
    # typed after it waits behind it (one chat's updates go in order). Then the process dies.
    api.flood("editMessageText", retry_after=60)
    tap = await worker.choose("screening", expect="answer")
    await api.wait_for(lambda: any(c.status == 429 for c in api.calls_of("editMessageText")))
    since = len(api.calls)
    typed = await worker.send("/help", expect=None)
    await api.wait_for_call("getUpdates", since)  # fetched, and in hand
    await asyncio.sleep(0.3)
    await first.kill()
    assert not confirmed(api, tap) and not confirmed(api, typed)

    # Telegram still holds both: the next start handles /help, after the tap it had saved.
    second = process()
    await second.start()
    with_help = engine_text(rt, "en", [], notices=[Msg(id="tg-help")])
    await api.wait_for(lambda: worker.screen()["text"] == with_help)
    assert await second.terminate() == 0
    assert confirmed(api, typed)


WEBHOOK_SECRET = "webhook-secret_for-tests-only"


async def test_webhook_health_endpoint_and_sigterm_answering_the_update_in_hand(api, person, process, rt, tmp_path):
    port = free_port()
    env = dict(
        FIRSTLINE_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        FIRSTLINE_WEBHOOK_PORT=str(port),
        FIRSTLINE_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    bot = process(**env)
    await bot.start(ready_method="setWebhook")
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient() as client:
        health = await client.get(f"{base}/healthz")
        assert (health.status_code, health.text) == (200, "ok\n")
    well = await asyncio.to_thread(_health_command, bot.env)
    assert well.returncode == 0 and well.stdout.startswith("ok:"), well.stdout

    worker = person()
    message = worker.new_message(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    update = json.dumps(api.new_update(message=message))
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    api.flood("sendMessage", retry_after=2)
    async with httpx.AsyncClient(timeout=30) as client:
        in_hand = asyncio.create_task(client.post(f"{base}/telegram", content=update, headers=headers))
        await api.wait_for(lambda: any(c.status == 429 for c in api.calls_of("sendMessage")))
        bot.proc.terminate()  # SIGTERM

        # From now on nothing new is taken: Telegram keeps it for the next start.
        await asyncio.sleep(0.5)
        async with httpx.AsyncClient(timeout=5) as fresh:
            for path in ("/telegram", "/healthz"):
                try:
                    late = await fresh.request(
                        "POST" if path == "/telegram" else "GET",
                        f"{base}{path}",
                        content=update if path == "/telegram" else None,
                        headers=headers,
                    )
                    assert late.status_code == 503, path
                except httpx.ConnectError:
                    pass  # the listening socket is closed: as good as a refusal
        # The update in hand is answered 200 only once its reply went out.
        answered = await in_hand
        assert answered.status_code == 200
    assert await asyncio.to_thread(bot.proc.wait, 30) == 0
    reply = [c for c in api.calls_of("sendMessage") if c.status == 200]
    assert len(reply) == 1
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)
    assert api.calls_of("deleteWebhook") == []  # registered still: Telegram holds what comes meanwhile
    unwell = await asyncio.to_thread(_health_command, bot.env)
    assert unwell.returncode == 1 and "not running" in unwell.stdout
    assert "finishing 1 update(s) in hand" in (tmp_path / "bot.log").read_text()


def _health_command(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "health"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
