"""The hardened tornado server in this process: what it does when descriptors run out or it is full."""

from __future__ import annotations

import asyncio
import errno
import logging
import resource
import socket
import time

import httpx
import pytest
import tornado.web
from tornado.netutil import bind_sockets

from bot.telegram import guarded_server
from bot.telegram.guarded_server import PAUSE_SECONDS, GuardedHTTPServer, OncePerMinute, connection_cap


class _Hello(tornado.web.RequestHandler):
    def get(self) -> None:
        self.finish("hello")

    def post(self) -> None:
        self.finish(f"got {len(self.request.body)}")


class _RunsOutOfDescriptors(socket.socket):
    """A listening socket whose accept fails with EMFILE until `until`, as when the process is out of descriptors."""

    until = 0.0
    failures = 0

    def accept(self):
        if time.monotonic() < self.until:
            self.failures += 1
            raise OSError(errno.EMFILE, "Too many open files")
        return super().accept()


def _listening(cls=socket.socket) -> tuple[socket.socket, int]:
    plain = bind_sockets(0, "127.0.0.1")[0]
    sock = cls(plain.family, plain.type, plain.proto, fileno=plain.detach())
    sock.setblocking(False)
    return sock, sock.getsockname()[1]


async def _stop(server: GuardedHTTPServer) -> None:
    server.stop()
    await server.close_all_connections()


async def test_an_accept_failure_pauses_accepting_and_is_said_once_without_a_traceback(caplog):
    caplog.set_level(logging.WARNING)
    sock, port = _listening(_RunsOutOfDescriptors)
    server = GuardedHTTPServer(tornado.web.Application([("/", _Hello)]))
    server.add_sockets([sock])
    window = 1.5
    sock.until = time.monotonic() + window
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            # Queued while accepting fails; taken once it works again.
            answer = await client.get(f"http://127.0.0.1:{port}/")
        assert answer.text == "hello"
    finally:
        await _stop(server)
    # Tried again after a pause, not in a loop: tornado's own accept tries thousands of times a second.
    assert 1 <= sock.failures <= window / PAUSE_SECONDS + 2, sock.failures
    said = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.name for r in said] == [guarded_server.__name__], [r.getMessage() for r in said]
    assert said[0].exc_info is None and "EMFILE" in said[0].getMessage()


def test_a_recurring_failure_is_said_at_most_once_a_minute(caplog):
    caplog.set_level(logging.WARNING)
    now = [0.0]
    say = OncePerMinute("cannot accept", clock=lambda: now[0])
    for _ in range(1000):
        say("EMFILE")
        now[0] += 0.059  # 1,000 failures in 59 s
    assert len(caplog.records) == 1
    now[0] = 61
    say("EMFILE")
    assert len(caplog.records) == 2 and "1000 times since the last line" in caplog.records[1].getMessage()


def test_the_connection_cap_stays_well_under_the_file_limit():
    assert connection_cap(1024) == 256
    assert connection_cap(64) == 16
    assert connection_cap(65536) == guarded_server.MAX_CONNECTIONS
    assert connection_cap(resource.RLIM_INFINITY) == guarded_server.MAX_CONNECTIONS


async def test_at_the_cap_the_longest_idle_connection_makes_room_for_a_new_one():
    sock, port = _listening()
    server = GuardedHTTPServer(tornado.web.Application([("/", _Hello)]), max_connections=4)
    server.add_sockets([sock])
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(10)]
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            assert (await client.get(f"http://127.0.0.1:{port}/")).text == "hello"
        assert server.open_connections <= 4
    finally:
        for s in idle:
            s.close()
        await _stop(server)


async def test_at_the_cap_a_connection_in_the_middle_of_a_request_is_kept():
    sock, port = _listening()
    server = GuardedHTTPServer(tornado.web.Application([("/", _Hello)]), max_connections=2)
    server.add_sockets([sock])
    busy = []
    try:
        for _ in range(2):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab")
            busy.append(s)
        # Both have sent their headers: neither waits for a request any more.
        deadline = time.monotonic() + 30
        while len(server._connections) < 2 or server._waiting:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.TransportError):
                await client.get(f"http://127.0.0.1:{port}/")  # no room: closed, not answered
        for s in busy:
            s.sendall(b"cde")
            s.settimeout(30)
            answer = await asyncio.to_thread(s.recv, 1024)
            assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"got 5"), answer
    finally:
        for s in busy:
            s.close()
        await _stop(server)
