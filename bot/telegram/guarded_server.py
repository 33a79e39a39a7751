"""tornado's HTTP server, hardened against slow and hostile clients.

The webhook port is reachable by whoever can reach the proxy in front of it,
and tornado's defaults trust the client: an hour to send the headers, no limit
on the body's pace, no limit on open connections, and an accept loop that,
once the process is out of file descriptors, raises on every attempt (a
traceback per attempt: hundreds of megabytes of log a minute). Here:
- the headers must arrive within HEADER_SECONDS of the connection (or of the
  previous answer on a kept-alive one), a body within BODY_SECONDS;
- at most `connection_cap()` connections are open, well under the file limit;
  a new one beyond that closes the one that has waited longest without sending
  a request (a half-open or idle connection), or, if every one is in the middle
  of a request, is itself closed;
- a request refused on its headers alone is answered, then its connection is
  closed after a short "lingering close" that discards, unread, what the client
  still sends: closing at once with bytes unread makes the kernel reset the
  connection, and the client would lose the answer (nginx does the same);
- an accept that fails (EMFILE and the like) pauses accepting for a moment and
  is logged at most once a minute, as one line with a count, never a traceback.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import resource
import socket
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from tornado import httputil
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream, StreamClosedError

log = logging.getLogger(__name__)

HEADER_SECONDS = 10  # Telegram sends its headers at once; a client still sending after this is not Telegram
BODY_SECONDS = 10  # an update is a few kilobytes
MAX_CONNECTIONS = 256  # Telegram opens at most 40; the rest is room for health checks
PAUSE_SECONDS = 0.5  # accepting rests this long after a failed accept, instead of spinning on it
LOG_EVERY_SECONDS = 60
ACCEPTS_PER_WAKEUP = 128  # as tornado: others get the loop between batches
LINGER_SECONDS = 2  # a refused client's unread bytes are discarded this long before closing
LINGER_BYTES = 1 << 20
MAX_LINGERING = 64  # beyond this, a refused connection is closed at once


def connection_cap(limit: int | None = None) -> int:
    """Open connections allowed: a quarter of the file limit, so the database,
    the Bot API client and the logs always have descriptors left."""
    if limit is None:
        limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if limit == resource.RLIM_INFINITY or limit < 0:
        return MAX_CONNECTIONS
    return max(4, min(MAX_CONNECTIONS, limit // 4))


class OncePerMinute:
    """Says a recurring failure once, then at most once a minute with how many times it happened since."""

    def __init__(self, what: str, every: float = LOG_EVERY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.what, self.every, self.clock = what, every, clock
        self._last: float | None = None
        self._unsaid = 0

    def __call__(self, detail: str = "") -> None:
        self._unsaid += 1
        now = self.clock()
        if self._last is not None and now - self._last < self.every:
            return
        times = f" ({self._unsaid} times since the last line)" if self._last is not None else ""
        log.warning("%s%s%s", self.what, f" ({detail})" if detail else "", times)
        self._last, self._unsaid = now, 0


class GuardedHTTPServer(HTTPServer):
    def initialize(self, *args: Any, max_connections: int | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("idle_connection_timeout", HEADER_SECONDS)
        kwargs.setdefault("body_timeout", BODY_SECONDS)
        super().initialize(*args, **kwargs)
        self.max_connections = max_connections or connection_cap()
        # Connections waiting for a request's headers, longest waiting first.
        self._waiting: dict[object, None] = {}
        self._closing: set[object] = set()  # closed by us, not yet gone from _connections
        self._accept_failed = OncePerMinute("the webhook server cannot accept a connection; it pauses briefly")
        self._full = OncePerMinute(
            f"the webhook server has {self.max_connections} connections open, its most: a new one closes the longest idle one, or is closed when none is idle"
        )

    @property
    def open_connections(self) -> int:
        return len(self._connections) - len(self._closing)

    # --- accepting -------------------------------------------------------------------

    def add_sockets(self, sockets: Iterable[socket.socket]) -> None:
        # tornado's stop() unregisters through self._handlers; ours are registered there too.
        for sock in sockets:
            self._sockets[sock.fileno()] = sock
            self._handlers[sock.fileno()] = self._accept_on(sock)

    def _accept_on(self, sock: socket.socket) -> Callable[[], None]:
        io_loop = IOLoop.current()
        state = {"removed": False, "paused": None}

        def accept(fd: Any, events: int) -> None:
            for _ in range(ACCEPTS_PER_WAKEUP):
                if state["removed"] or state["paused"] is not None:
                    return
                try:
                    connection, address = sock.accept()
                except (BlockingIOError, InterruptedError):
                    return
                except ConnectionAbortedError:
                    continue  # the client left while queued
                except OSError as e:
                    # The socket stays readable while the connection waits in the queue:
                    # trying again at once would spin, so rest a moment first.
                    reason = errno.errorcode.get(e.errno or 0, "unknown error")
                    self._accept_failed(f"{reason}: {e.strerror}" if e.strerror else reason)
                    pause()
                    return
                try:
                    self._handle_connection(connection, address)
                except Exception as e:  # one bad connection must not stop the others
                    self._accept_failed(type(e).__name__)
                    connection.close()

        def pause() -> None:
            io_loop.remove_handler(sock)
            state["paused"] = io_loop.call_later(PAUSE_SECONDS, resume)

        def resume() -> None:
            state["paused"] = None
            if not state["removed"]:
                io_loop.add_handler(sock, accept, IOLoop.READ)

        def remove() -> None:
            state["removed"] = True
            if state["paused"] is not None:
                io_loop.remove_timeout(state["paused"])
                state["paused"] = None
            else:
                io_loop.remove_handler(sock)

        io_loop.add_handler(sock, accept, IOLoop.READ)
        return remove

    # --- the connection cap -----------------------------------------------------------

    def handle_stream(self, stream: Any, address: tuple) -> None:
        if self.open_connections >= self.max_connections:
            self._full()
            if not self._close_longest_waiting():
                stream.close()  # every connection is in a request: the new one waits its turn at the client
                return
        super().handle_stream(stream, address)

    def _close_longest_waiting(self) -> bool:
        for conn in self._waiting:
            del self._waiting[conn]
            self._closing.add(conn)
            conn.stream.close()  # its serving loop ends and on_close follows
            return True
        return False

    def start_request(self, server_conn: object, request_conn: httputil.HTTPConnection) -> httputil.HTTPMessageDelegate:
        # Called when a connection starts waiting for its next request.
        self._waiting.pop(server_conn, None)
        self._waiting[server_conn] = None
        return _HeadersArrived(
            super().start_request(server_conn, request_conn), lambda: self._waiting.pop(server_conn, None)
        )

    def on_close(self, server_conn: object) -> None:
        self._waiting.pop(server_conn, None)
        self._closing.discard(server_conn)
        super().on_close(server_conn)


class _HeadersArrived(httputil.HTTPMessageDelegate):
    """Passes everything on; tells the server when the headers came, so the connection is no longer idle."""

    def __init__(self, inner: httputil.HTTPMessageDelegate, arrived: Callable[[], object]):
        self.inner, self.arrived = inner, arrived

    def headers_received(self, start_line: Any, headers: httputil.HTTPHeaders) -> Awaitable[None] | None:
        self.arrived()
        return self.inner.headers_received(start_line, headers)

    def data_received(self, chunk: bytes) -> Awaitable[None] | None:
        return self.inner.data_received(chunk)

    def finish(self) -> None:
        self.inner.finish()

    def on_connection_close(self) -> None:
        self.inner.on_connection_close()


_lingering: set[asyncio.Task] = set()


def close_unread(connection: httputil.HTTPConnection) -> None:
    """Closes a connection whose response is written but whose body was never read.

    Call from RequestHandler.on_finish. The client gets the answer, not a reset."""
    stream = connection.detach()  # type: ignore[attr-defined]  # HTTP1Connection
    if len(_lingering) >= MAX_LINGERING:
        stream.close()
        return
    task = asyncio.ensure_future(_linger(stream))
    _lingering.add(task)
    task.add_done_callback(_lingering.discard)


async def _linger(stream: IOStream) -> None:
    try:
        async with asyncio.timeout(LINGER_SECONDS):
            await stream.write(b"")  # the answer is out
            stream.socket.shutdown(socket.SHUT_WR)
            discarded = 0
            while discarded < LINGER_BYTES:
                discarded += len(await stream.read_bytes(65536, partial=True))
    except (TimeoutError, StreamClosedError, OSError):
        pass
    finally:
        stream.close()
