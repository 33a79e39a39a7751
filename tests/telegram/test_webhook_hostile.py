"""The webhook server under slow and hostile clients, as its own process.

A flood of half-open connections against a 1,024 descriptor limit, a client
that never finishes its body, a stranger announcing a megabyte: Telegram's
updates and the health check are still answered, and the log stays small.
"""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from bot.telegram.guarded_server import BODY_SECONDS, HEADER_SECONDS
from tests.telegram.helpers import engine_text
from tests.telegram.process import free_port

pytestmark = pytest.mark.slow  # starts the real bot process

SECRET = "webhook-secret_for-tests-only"
FD_LIMIT = 1024
FLOOD = 1100  # more than the bot has descriptors
BOUND = HEADER_SECONDS + 2  # the longest an answer may take while the flood stands
LOG_BYTES = 64 * 1024


@contextmanager
def descriptor_limit(soft: int):
    """The bot process inherits this limit; the test's own is restored at once after the start."""
    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, before)


def child_limit(pid: int) -> int:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max open files"):
            return int(line.split()[3])
    raise AssertionError("no open-files line")


async def start_webhook_bot(process, **env):
    port = free_port()
    bot = process(
        FIRSTLINE_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        FIRSTLINE_WEBHOOK_PORT=str(port),
        FIRSTLINE_WEBHOOK_SECRET=SECRET,
        **env,
    )
    await bot.start(ready_method="setWebhook")
    return bot, port


def start_update(api, worker) -> str:
    message = worker.new_message(text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])
    return json.dumps(api.new_update(message=message))


def open_half_open(port: int, count: int, deadline: float) -> list[socket.socket]:
    """Connections that never finish a request: half send nothing, half a request line and stop."""
    held: list[socket.socket] = []
    try:
        for i in range(count):
            if time.monotonic() > deadline:
                break
            s = socket.socket()
            held.append(s)
            s.settimeout(5)
            try:
                s.connect(("127.0.0.1", port))
                if i % 2:
                    s.send(b"POST /telegram HTTP/1.1\r\nHost: bot\r\n")
            except OSError:
                pass  # refused or timed out: still a descriptor spent on our side, and an attempt on theirs
    except BaseException:
        close_all(held)
        raise
    return held


def close_all(sockets: list[socket.socket]) -> None:
    for s in sockets:
        s.close()


async def test_a_flood_of_half_open_connections_leaves_health_and_updates_answered(api, person, process, rt, tmp_path):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < FLOOD + 200:
        if hard != resource.RLIM_INFINITY and hard < FLOOD + 200:
            pytest.skip("this machine lets the test open too few descriptors for the flood")
        resource.setrlimit(resource.RLIMIT_NOFILE, (FLOOD + 200, hard))
    with descriptor_limit(FD_LIMIT):
        bot, port = await start_webhook_bot(process)
    assert child_limit(bot.proc.pid) == FD_LIMIT
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "bot.log"

    held = await asyncio.to_thread(open_half_open, port, FLOOD, time.monotonic() + 60)
    try:
        assert len(held) == FLOOD
        worker = person()
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with httpx.AsyncClient(timeout=BOUND) as client:
            # Each within the bound: a timeout fails the test.
            health = await client.get(f"{base}/healthz")
            assert (health.status_code, health.text) == (200, "ok\n")
            head = await client.head(f"{base}/healthz")
            assert (head.status_code, head.content) == (200, b"")
            since = len(api.calls)
            answered = await client.post(f"{base}/telegram", content=start_update(api, worker), headers=headers)
            assert answered.status_code == 200
        # 200 comes only once the reply went out.
        assert api.calls_of("sendMessage", since=since)
        assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)
    finally:
        close_all(held)
    assert bot.proc.poll() is None
    log = log_path.read_bytes()
    assert len(log) < LOG_BYTES, f"{len(log)} bytes of log"
    assert b"Traceback" not in log
    assert await bot.terminate() == 0


async def test_a_body_that_never_completes_is_dropped_and_others_are_answered(api, process):
    bot, port = await start_webhook_bot(process)
    slow = socket.socket()
    try:
        await asyncio.to_thread(slow.connect, ("127.0.0.1", port))
        request = f"POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {SECRET}\r\nContent-Length: 1000\r\n\r\n"
        slow.sendall(request.encode() + b'{"update_id":')
        started = time.monotonic()
        async with httpx.AsyncClient(timeout=BOUND) as client:
            health = await client.get(f"http://127.0.0.1:{port}/healthz")
        assert health.status_code == 200
        # The server hangs up on the slow body: recv sees the end (or a reset), never our timeout.
        slow.settimeout(BODY_SECONDS + 20)
        try:
            got = await asyncio.to_thread(slow.recv, 1024)
        except ConnectionResetError:
            got = b""
        except TimeoutError:
            pytest.fail(f"the connection was still open {BODY_SECONDS + 20} s after its body stopped")
        assert got == b"", got  # dropped, not answered
        assert time.monotonic() - started >= BODY_SECONDS - 1  # it was given its time
    finally:
        slow.close()
    assert await bot.terminate() == 0


@pytest.mark.parametrize("secret", [None, "wrong"])
async def test_a_wrong_secret_is_refused_before_the_body_is_read(api, process, secret):
    bot, port = await start_webhook_bot(process)
    stranger = socket.socket()
    try:
        await asyncio.to_thread(stranger.connect, ("127.0.0.1", port))
        lines = ["POST /telegram HTTP/1.1", "Host: bot", "Content-Type: application/json", "Content-Length: 1000000"]
        if secret:
            lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
        # Only the headers: a server that waited for the megabyte would never answer.
        stranger.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        stranger.settimeout(BODY_SECONDS - 2)  # the body timeout would hang up without a word
        answer = await asyncio.to_thread(stranger.recv, 1024)
        assert answer.startswith(b"HTTP/1.1 403 "), answer
        # The rest of the body is not wanted: the server hangs up.
        try:
            stranger.sendall(b"x" * 65536)
            rest = await asyncio.to_thread(stranger.recv, 1024)
        except (ConnectionResetError, BrokenPipeError):
            rest = b""
        assert rest == b""
    finally:
        stranger.close()
    assert api.calls_of("sendMessage") == []
    assert await bot.terminate() == 0
