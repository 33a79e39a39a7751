"""Both channels in one process on one server; `firstline web` alone never talks to Telegram."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.telegram.people import Person
from tests.telegram.process import free_port
from tests.web.served import Page

ROOT = Path(__file__).parents[2]
SECRET = "webhook-secret_for-tests-only"


async def _get(client: httpx.AsyncClient, url: str) -> httpx.Response:
    for _ in range(100):  # the server may need a moment after setWebhook
        try:
            return await client.get(url)
        except httpx.ConnectError:
            await asyncio.sleep(0.1)
    raise AssertionError(f"{url} never answered")


async def test_the_webhook_health_and_web_chat_share_one_server(api, process, rt):
    port = free_port()
    bot = process(
        FIRSTLINE_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        FIRSTLINE_WEBHOOK_PORT=str(port),
        FIRSTLINE_WEBHOOK_SECRET=SECRET,
        FIRSTLINE_WEB="1",
    )
    await bot.start(ready_method="setWebhook")
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient() as client:
        first = await _get(client, base + "/")
        assert first.status_code == 200 and "Set-Cookie" not in first.headers
        page = Page.parse(first.text)
        assert page.state and "en" in page.actions
        assert (await client.get(base + "/healthz")).text == "ok\n"
        pressed = await client.post(base + "/", data={"s": page.state, "lang": "en", "a": "nl"})
        assert Page.parse(pressed.text).lang == "nl"
        # And the Telegram update on the same port.
        worker = Person(api, 5550042)
        update = json.dumps(
            api.new_update(
                message=worker.new_message(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
            )
        )
        since = len(api.calls)
        accepted = await client.post(
            base + "/telegram",
            content=update,
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        assert accepted.status_code == 200
    await api.wait_for_call("sendMessage", since)
    assert await bot.terminate() == 0
    log = bot.log_path.read_text()
    assert re.search(r"bot\.web\.access: POST / 200", log) and "127.0.0.1" not in log


async def test_firstline_web_needs_no_token_and_never_calls_telegram(api, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FIRSTLINE_"))}
    # Even with a bot token in its environment, a web-only instance leaves Telegram alone.
    env.update(TELEGRAM_BOT_TOKEN="123456:TEST-not-a-real-token-firstline", TELEGRAM_API_BASE_URL=api.base_url)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "web", "--listen", "127.0.0.1:0"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 60)
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        async with httpx.AsyncClient() as client:
            page = Page.parse((await client.get(url)).text)
            assert (await client.post(url, data={"s": page.state, "lang": "en", "a": "fr"})).status_code == 200
    finally:
        proc.terminate()
        stderr = await asyncio.to_thread(lambda: proc.communicate(timeout=30)[1])
    assert proc.returncode == 0, stderr
    assert api.calls == []
    assert list(tmp_path.iterdir()) == []  # no data folder, no database, no file of any kind


async def test_with_long_polling_the_web_chat_gets_its_own_port_in_the_same_process(api, process):
    port = free_port()
    bot = process(FIRSTLINE_WEB="1", FIRSTLINE_WEB_LISTEN=f"127.0.0.1:{port}")
    await bot.start(ready_method="getUpdates")
    async with httpx.AsyncClient() as client:
        page = Page.parse((await _get(client, f"http://127.0.0.1:{port}/")).text)
        assert page.state and "en" in page.actions
    assert await bot.terminate() == 0
