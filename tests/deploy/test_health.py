"""`firstline health` reports the store too, needs no token, reads --env-file; the bot feeds systemd's
watchdog (sd_notify over $NOTIFY_SOCKET) only while that check passes.

The poller's heartbeat alone said "ok" while every step failed to save: here the heartbeat is fresh
and the database is locked by another program (or damaged, or the disk is full), and health must
say unhealthy, and why.
"""

from __future__ import annotations

import asyncio
import io
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import health
from bot.settings import Settings

ROOT = Path(__file__).parents[2]


def make_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with sqlite3.connect(data / "sessions.sqlite3") as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE sessions (key BLOB PRIMARY KEY, conversation TEXT, hour INTEGER)")
    db.close()
    (data / "heartbeat").touch()  # the poller heard from Telegram just now
    return data


def run_health(tmp_path: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    """As a health check runs it: settings from a file that has no token in it."""
    env_file = tmp_path / "firstline.env"
    env_file.write_text(f"FIRSTLINE_DATA_DIR={data}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FIRSTLINE_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "health", "--env-file", str(env_file), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow  # starts `firstline health` as a process
def test_health_without_a_token_reads_the_env_file_and_says_ok_when_steps_can_be_saved(tmp_path):
    done = run_health(tmp_path, make_data(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ok: ") and "takes writes" in done.stdout


@pytest.mark.slow  # starts `firstline health` as a process
def test_health_is_unhealthy_while_the_database_is_locked_though_the_poller_is_alive(tmp_path):
    data = make_data(tmp_path)
    other = sqlite3.connect(data / "sessions.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock, as a stuck backup would
        done = run_health(tmp_path, data)
    finally:
        other.close()
    assert done.returncode == 1, done.stdout
    assert done.stdout.startswith("unhealthy: steps cannot be saved") and "locked" in done.stdout, done.stdout
    assert run_health(tmp_path, data).returncode == 0, "and well again once the lock is gone"


@pytest.mark.slow  # starts `firstline health` as a process
def test_health_is_unhealthy_when_the_database_is_damaged(tmp_path):
    data = make_data(tmp_path)
    database = data / "sessions.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA journal_mode=DELETE")
        db.executemany("INSERT INTO sessions VALUES (?, ?, 0)", [(os.urandom(32), "x" * 200) for _ in range(200)])
    db.close()
    raw = bytearray(database.read_bytes())
    raw[4096 : 4096 + 300] = b"\xff" * 300  # the head of a page of the table overwritten
    database.write_bytes(bytes(raw))
    done = run_health(tmp_path, data)
    assert done.returncode == 1 and done.stdout.startswith("unhealthy: "), done.stdout


@pytest.mark.slow  # starts `firstline health` as a process
def test_health_is_unhealthy_when_the_disk_is_nearly_full(tmp_path, monkeypatch):
    data = make_data(tmp_path)
    monkeypatch.setattr(health, "free_bytes", lambda folder: 2 * 2**20)
    well, why = health.check(Settings(bot_token="-", data_dir=data))
    assert not well and "only 2 MiB free" in why


# --- systemd's watchdog ------------------------------------------------------------------------


@pytest.fixture
def notify_socket(tmp_path, monkeypatch):
    """Where systemd would listen: a unix datagram socket named in $NOTIFY_SOCKET."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "200000")  # WatchdogSec=0.2s: a ping every 0.1 s
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    yield sock
    sock.close()


def received(sock: socket.socket) -> list[bytes]:
    got = []
    while True:
        try:
            got.append(sock.recv(1024))
        except BlockingIOError:
            return got


@pytest.mark.slow  # waits for the watchdog's real intervals
async def test_the_bot_feeds_the_watchdog_while_healthy_and_stops_while_steps_cannot_be_saved(tmp_path, notify_socket):
    data = make_data(tmp_path)
    settings = Settings(bot_token="-", data_dir=data)
    task = asyncio.create_task(health.keep_watchdog(settings))
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while b"WATCHDOG=1" not in received(notify_socket):
            assert loop.time() < deadline, "no WATCHDOG=1 while healthy"
            await asyncio.sleep(0.05)
        other = sqlite3.connect(data / "sessions.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            await asyncio.sleep(0.3)  # a check that began before the lock may still ping once
            received(notify_socket)
            # Each check now waits out the lock (health.LOCK_WAIT_SECONDS) and fails: over two
            # rounds of checks, not one ping.
            await asyncio.sleep(2 * health.LOCK_WAIT_SECONDS + 1)
            assert received(notify_socket) == []
        finally:
            other.close()
        deadline = loop.time() + 30
        while b"WATCHDOG=1" not in received(notify_socket):
            assert loop.time() < deadline, "no WATCHDOG=1 once healthy again"
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_notify_does_nothing_outside_systemd(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert health.notify("WATCHDOG=1") is False
    assert health.watchdog_seconds() is None


# --- compose's health check stops an unhealthy bot, for its restart policy -----------------------


def test_stop_unhealthy_stops_a_bot_that_has_run_long_enough_and_spares_one_still_starting(tmp_path, monkeypatch):
    data = make_data(tmp_path)
    os.utime(data / "heartbeat", (0, 0))  # Telegram silent for ages
    env_file = tmp_path / "firstline.env"
    env_file.write_text(f"FIRSTLINE_DATA_DIR={data}\n")
    bot = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        out = io.StringIO()
        assert health.main(out, env_file, stop_bot=True, bot_pid=bot.pid) == 1
        assert "not stopping the bot: it started" in out.getvalue() and bot.poll() is None
        monkeypatch.setattr(health, "STALE_SECONDS", 0)  # as if it had run for more than 2 minutes
        out = io.StringIO()
        assert health.main(out, env_file, stop_bot=True, bot_pid=bot.pid) == 1
        assert "stopped the bot" in out.getvalue()
        assert bot.wait(30) == -signal.SIGTERM
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait(15)
    monkeypatch.undo()
    out = io.StringIO()
    os.utime(data / "heartbeat")
    assert health.main(out, env_file, stop_bot=True, bot_pid=bot.pid) == 0 and "stopped" not in out.getvalue()
