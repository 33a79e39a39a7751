"""`firstline web`: the web chat on its own, with no Telegram token, database or data folder.

One tornado server, hardened as the webhook's is (bot/telegram/guarded_server.py:
header and body timeouts, a connection cap, quiet accept errors), plus a request
size limit. SIGTERM or Ctrl-C stops it: the listening socket closes, requests in
hand finish, then the connections close. A web-only process never talks to Telegram.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from pydantic import ValidationError

from bot.runtime import Runtime, load
from bot.telegram.guarded_server import GuardedHTTPServer
from bot.web.app import MAX_BODY_BYTES, WebApplication, WebChannel
from bot.web.settings import WebSettings, split_listen

log = logging.getLogger(__name__)

MAX_HEADER_BYTES = 16 * 1024
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# tornado's own loggers name client addresses at INFO ("Malformed HTTP message from …").
QUIET_LOGGERS = ("tornado", "asyncio")


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))


def main(listen: str | None = None) -> int:
    try:
        settings = WebSettings() if listen is None else WebSettings(web_listen=listen)
    except ValidationError as e:
        for err in e.errors():  # names and rules only: values may be keys
            name = str(err["loc"][0]) if err["loc"] else "?"
            print(f"firstline: FIRSTLINE_{name.upper()}: {err['msg']}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    return asyncio.run(_serve_until_signal(settings, load()))


async def _serve_until_signal(settings: WebSettings, runtime: Runtime) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(
            settings,
            runtime,
            stop,
            ready=lambda host, port: print(f"Firstline web chat: http://{_url_host(host)}:{port}/", flush=True),
        )
    except OSError as e:
        log.error("cannot listen on %s (%s)", settings.web_listen, e.strerror)
        return 1
    return 0


async def serve(
    settings: WebSettings,
    runtime: Runtime,
    stop: asyncio.Event,
    ready=lambda host, port: None,
    channel: WebChannel | None = None,
) -> None:
    host, port = split_listen(settings.web_listen)
    channel = channel or WebChannel.create(runtime, settings)
    server = GuardedHTTPServer(WebApplication(channel), max_body_size=MAX_BODY_BYTES, max_header_size=MAX_HEADER_BYTES)
    sockets = server_sockets(host, port)
    server.add_sockets(sockets)
    ready(host, sockets[0].getsockname()[1])
    try:
        await stop.wait()
    finally:
        server.stop()
        await server.close_all_connections()


def server_sockets(host: str, port: int):
    from tornado.netutil import bind_sockets

    return bind_sockets(port, address=host)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
