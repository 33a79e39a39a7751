"""The webhook server, meant to sit behind a reverse proxy that terminates TLS, and its health endpoint.

python-telegram-bot's own webhook server answers Telegram as soon as an update
is queued, before it is handled, and has no room for a second route. This one,
on the same tornado, serves:
- POST /<FIRSTLINE_WEBHOOK_PATH>: an update, refused (403) without the right
  secret token, answered 200 only once it is handled (saved and replied). A
  process killed before that never said 200, so Telegram sends the update again.
  An update python-telegram-bot cannot read is counted and answered 200 (read
  as such by unreadable.py): Telegram would otherwise send it again and again.
- GET (or HEAD) /healthz: 200 "ok" while serving and the session store answers, 503 while
  stopping or when it does not. For the container's health check and for
  monitoring; it says nothing else but, once one was, how many updates were
  skipped ("skipped 2").
The secret is checked as soon as the headers are in, before any of the body is
read: a stranger cannot make the bot hold a body. Timeouts, the connection cap
and what happens when descriptors run out: bot/telegram/guarded_server.py.
On SIGTERM the listening socket closes (Telegram finds no one and tries again
later; a request on a connection still open gets 503), the updates in hand are
finished and answered, then the connections close. The webhook stays
registered, so Telegram keeps the updates that come meanwhile.
"""

from __future__ import annotations

import asyncio
import errno
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import tornado.web
from telegram import Bot

from bot.health import HEALTH_PATH, skipped_line
from bot.telegram.bootstrap import StartError, keep_trying, set_within
from bot.telegram.guarded_server import GuardedHTTPServer, close_unread
from bot.telegram.intake import Intake
from bot.telegram.unreadable import Reader

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # an update is a few kilobytes
MAX_CONNECTIONS = 40  # Telegram's default: updates it may send at once
HEALTH_TIMEOUT_SECONDS = 5
# After the updates in hand are done, the time their answers get to leave.
ANSWER_SECONDS = 5
LISTEN_HINTS = {
    errno.EADDRINUSE: "another program uses that port; stop it or set another FIRSTLINE_WEBHOOK_PORT",
    errno.EACCES: "ports below 1024 need privileges the bot does not have; keep 8443 and let the proxy listen on 443",
    errno.EADDRNOTAVAIL: "this machine has no such address; check FIRSTLINE_WEBHOOK_LISTEN",
}


class WebhookServer:
    def __init__(
        self,
        bot: Bot,
        intake: Intake,
        *,
        url: str,
        listen: str,
        port: int,
        path: str,
        secret_token: str,
        allowed_updates: Sequence[str],
        healthy: Callable[[], Awaitable[Any]],
        grace_seconds: float = 20,
        extra_routes: Sequence[tuple] = (),
    ):
        self.bot, self.intake = bot, intake
        self.url, self.listen, self.port = url, listen, port
        self.path = "/" + path.strip("/")
        self._secret = secret_token.encode()
        self._allowed = list(allowed_updates)
        self.healthy = healthy
        self._grace = grace_seconds
        self.reader = Reader(bot)
        self._extra_routes = list(extra_routes)  # the web chat's, when both channels run in this process
        self.stopping = False
        self._requests = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    async def run(self, stop: asyncio.Event, ready: Callable[[], None]) -> None:
        """Serve until `stop` is set; then finish the updates in hand and answer them."""
        server = GuardedHTTPServer(_Routes(self), max_body_size=MAX_BODY_BYTES)
        try:
            # Listening before registering: Telegram's first call finds the server up.
            server.listen(self.port, address=self.listen)
        except OSError as e:
            raise StartError(
                f"cannot listen on {self.listen}:{self.port} ({e.strerror}): {LISTEN_HINTS.get(e.errno, 'check FIRSTLINE_WEBHOOK_LISTEN and FIRSTLINE_WEBHOOK_PORT')}"
            ) from None
        try:
            registered = await keep_trying(
                lambda: self.bot.set_webhook(
                    url=self.url,
                    secret_token=self._secret.decode(),
                    allowed_updates=self._allowed,
                    max_connections=MAX_CONNECTIONS,
                ),
                stop,
                "registering the webhook",
            )
            if registered:
                ready()
                await stop.wait()
        finally:
            self.stopping = True
            server.stop()
            in_hand = self.intake.in_hand
            if in_hand:
                log.info("finishing %d update(s) in hand", in_hand)
            await self.intake.drain(self._grace)
            await set_within(self._quiet, ANSWER_SECONDS)
            await server.close_all_connections()

    def accepts(self, given: str | None) -> bool:
        # Constant time: the secret must not leak through how long a refusal takes.
        return given is not None and hmac.compare_digest(given.encode(), self._secret)

    def request_started(self) -> None:
        self._requests += 1
        self._quiet.clear()

    def request_ended(self) -> None:
        self._requests -= 1
        if self._requests == 0:
            self._quiet.set()


class _Routes(tornado.web.Application):
    def __init__(self, server: WebhookServer):
        super().__init__(
            [
                (rf"{server.path}/?", _UpdateHandler, {"server": server}),
                (HEALTH_PATH, _HealthHandler, {"server": server}),
                *server._extra_routes,
            ]
        )

    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: a line per update would tell when people use the bot."""


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    """Streamed, so that prepare() refuses on the headers alone, before a byte of the body is read."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, server: WebhookServer) -> None:
        self.server = server
        self._body = bytearray()
        self._refused = False

    def prepare(self) -> None:
        refusal = self._refusal()
        if refusal:
            # Answered on the headers alone; the body is never read.
            self._refused = True
            self.set_status(refusal)
            self.set_header("Connection", "close")
            self.finish()

    def on_finish(self) -> None:
        if self._refused:
            close_unread(self.request.connection)

    def _refusal(self) -> int | None:
        server = self.server
        if server.stopping:
            return 503  # Telegram tries again, and the next start takes it
        if not server.accepts(self.request.headers.get(SECRET_HEADER)):
            return 403
        if not self.request.headers.get("Content-Type", "").startswith("application/json"):
            return 415
        return None

    def data_received(self, chunk: bytes) -> None:
        self._body += chunk  # at most MAX_BODY_BYTES: the server refuses a longer body

    async def post(self) -> None:
        server = self.server
        server.request_started()
        try:
            status = await self._handle()
            self.set_status(status)
            await self.finish()
        finally:
            server.request_ended()

    async def _handle(self) -> int:
        server = self.server
        if server.stopping:
            return 503  # stopped while the body came
        try:
            data = json.loads(self._body)
        except ValueError:
            data = None  # counted below as an update that could not be read
        update = server.reader.read(data)  # never logs the body: it holds ids and text
        if update is None:
            return 200  # skipped: sent again, it would be unreadable again
        task = server.intake.take(update)
        await asyncio.wait({task})
        # Abandoned at a stop: not answered 200, so Telegram sends it again.
        return 503 if task.cancelled() else 200


class _HealthHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        if self.server.stopping:
            self.set_status(503)
            self.finish("stopping\n")
            return
        try:
            async with asyncio.timeout(HEALTH_TIMEOUT_SECONDS):
                await self.server.healthy()
        except Exception as e:
            log.warning("health check: the session store did not answer (%s)", type(e).__name__)
            self.set_status(503)
            self.finish("session store not answering\n")
            return
        self.finish("ok\n" + skipped_line(self.server.reader.skipped))

    async def head(self) -> None:
        await self.get()  # tornado sends the status and headers only
