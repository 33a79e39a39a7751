"""`make bench`, web chat: screens per second on one core against tornado's bare floor.

    .venv/bin/python -m tests.bench.web [--visitors 140] [--many 420] [--in-flight 32] [--cpu 0]

Visitors go through complete screenings (every outcome, every language) as a
browser with JavaScript off does: one form POST per press, over keep-alive
connections, the sealed state read from each page and sent with the next press.
The floor is a bare tornado Application on a bare HTTPServer that answers the
very same POSTs with the very same HTML, recorded from a Firstline run just
before: it parses the same form fields and looks the answer up in a dict. So
the difference is Firstline's own work: open the sealed state, advance the
engine, render the page, seal the state, the headers and the hardened server.
Server and client share the one core and one event loop, for Firstline and the
floor alike; the client's work is the same for both.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import sys
import time
import urllib.parse
from dataclasses import dataclass, field

import tornado.httpserver
import tornado.web

from tests.bench.drive import Timing

TARGET_RATIO = 2.0  # p50 against the floor's
MAX_PAGE_BYTES = 30 * 1024
MAX_ASSET_BYTES = 20 * 1024
STATE = re.compile(rb'name="s" value="([^"]*)"')


@dataclass
class Script:
    """One visitor's presses, from the first page to an outcome."""

    lang: str
    presses: list[str]


def scripts() -> list[Script]:
    from bot.runtime import load
    from tests.web.stories import OUTCOMES, presses, story

    langs = load().library.languages
    out = []
    for name in sorted(OUTCOMES.values()):
        s = story(name)
        for lang in langs:
            out.append(Script(lang, [lang, s["country"].lower(), s["start"], *presses(s)]))
    return out


class Connection:
    """A keep-alive HTTP/1.1 connection doing form POSTs: as little client work as can be."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(reader, writer)

    async def post(self, body: bytes) -> bytes:
        self.writer.write(
            b"POST / HTTP/1.1\r\nHost: bench\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s"
            % (len(body), body)
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"the server answered {head.splitlines()[0]!r}")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        return await self.reader.readexactly(length)

    async def get(self) -> bytes:
        self.writer.write(b"GET / HTTP/1.1\r\nHost: bench\r\nAccept-Language: en\r\n\r\n")
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        return await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


def body(state: bytes, lang: str, action: str) -> bytes:
    return b"s=" + state + b"&lang=" + lang.encode() + b"&a=" + urllib.parse.quote(action).encode()


@dataclass
class Recording:
    first: list[bytes] = field(default_factory=list)  # each visitor's first page
    answers: dict[bytes, bytes] = field(default_factory=dict)  # request body -> page
    largest_page: int = 0


async def visit(
    conn: Connection, first: bytes, script: Script, times: list[float] | None, record: Recording | None = None
) -> int:
    page = first
    for action in script.presses:
        request = body(STATE.search(page).group(1), script.lang, action)
        start = time.perf_counter()
        page = await conn.post(request)
        if times is not None:
            times.append(time.perf_counter() - start)
        if record is not None:
            record.answers[request] = page
            record.largest_page = max(record.largest_page, len(page))
    return len(script.presses)


async def one_at_a_time(port: int, firsts: list[bytes], plan: list[Script]) -> Timing:
    conn = await Connection.open(port)
    times: list[float] = []
    start = time.perf_counter()
    for first, script in zip(firsts, plan):
        await visit(conn, first, script, times)
    seconds = time.perf_counter() - start
    conn.close()
    return Timing(len(times), seconds, times)


async def many_at_once(port: int, firsts: list[bytes], plan: list[Script], in_flight: int) -> Timing:
    queue = list(zip(firsts, plan))
    conns = [await Connection.open(port) for _ in range(in_flight)]
    done = 0

    async def worker(conn: Connection) -> None:
        nonlocal done
        while queue:
            first, script = queue.pop()
            pressed = await visit(conn, first, script, None)
            done += pressed  # not `done += await …`: that reads `done` before the wait

    start = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in conns))
    seconds = time.perf_counter() - start
    for c in conns:
        c.close()
    return Timing(done, seconds, [])


class _FloorHandler(tornado.web.RequestHandler):
    def initialize(self, answers: dict[bytes, bytes]) -> None:
        self.answers = answers

    def post(self) -> None:
        # The same form fields read as Firstline reads them, then the recorded page.
        self.get_body_argument("s"), self.get_body_argument("a"), self.get_body_argument("lang")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(self.answers[self.request.body])


class _QuietFloor(tornado.web.Application):
    def log_request(self, handler) -> None:
        pass


def _listen(server: tornado.httpserver.HTTPServer) -> int:
    from tornado.netutil import bind_sockets

    sockets = bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    return sockets[0].getsockname()[1]


@dataclass
class WebFigures:
    floor_seq: Timing
    floor_many: Timing
    web_seq: Timing
    web_many: Timing
    in_flight: int
    largest_page: int
    assets: int

    @property
    def ratio(self) -> float:
        return self.web_seq.percentile(50) / self.floor_seq.percentile(50)


async def measure(visitors: int = 140, many: int = 420, in_flight: int = 32) -> WebFigures:
    from bot.runtime import load
    from bot.telegram.guarded_server import GuardedHTTPServer
    from bot.web.app import MAX_BODY_BYTES, STATIC, WebApplication, WebChannel
    from bot.web.settings import WebSettings

    rt = load()
    import base64

    from bot.web.seal import new_key

    settings = WebSettings(
        web_listen="127.0.0.1:0", web_requests_per_minute=10**9, web_key=base64.b64encode(new_key()).decode()
    )
    server = GuardedHTTPServer(WebApplication(WebChannel.create(rt, settings)), max_body_size=MAX_BODY_BYTES)
    port = _listen(server)
    every = scripts()
    plan_seq = [every[i % len(every)] for i in range(visitors)]
    plan_many = [every[i % len(every)] for i in range(many)]

    async def firsts(n: int) -> list[bytes]:
        conn = await Connection.open(port)
        pages = [await conn.get() for _ in range(n)]
        conn.close()
        return pages

    # Record what Firstline answers, for the floor to answer the same.
    recording = Recording()
    rec_seq, rec_many = await firsts(visitors), await firsts(many)
    conn = await Connection.open(port)
    for first, script in zip(rec_seq + rec_many, plan_seq + plan_many):
        await visit(conn, first, script, None, recording)
    conn.close()

    floor = tornado.httpserver.HTTPServer(_QuietFloor([(r"/", _FloorHandler, {"answers": recording.answers})]))
    floor_port = _listen(floor)
    floor_seq = await one_at_a_time(floor_port, rec_seq, plan_seq)
    floor_many = await many_at_once(floor_port, rec_many, plan_many, in_flight)
    floor.stop()
    await floor.close_all_connections()

    web_seq = await one_at_a_time(port, await firsts(visitors), plan_seq)
    web_many = await many_at_once(port, await firsts(many), plan_many, in_flight)
    server.stop()
    await server.close_all_connections()
    assets = sum((STATIC / name).stat().st_size for name in ("app.css", "app.js"))
    return WebFigures(floor_seq, floor_many, web_seq, web_many, in_flight, recording.largest_page, assets)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def text(f: WebFigures, cpu: int) -> str:
    rows = [
        ("floor (bare tornado, recorded HTML), one at a time", f.floor_seq),
        ("firstline web, one at a time", f.web_seq),
    ]
    lines = [
        f"Firstline web chat: complete screenings as form POSTs over keep-alive HTTP on loopback; one core (cpu {cpu})",
        "",
        f"{'':52}{'screens/s':>10}{'p50 ms':>10}{'p99 ms':>10}",
    ]
    lines += [f"{name:52}{t.rate:>10.0f}{_ms(t.percentile(50)):>10}{_ms(t.percentile(99)):>10}" for name, t in rows]
    lines += [
        f"{f'floor, {f.in_flight} at once':52}{f.floor_many.rate:>10.0f}",
        f"{f'firstline web, {f.in_flight} at once':52}{f.web_many.rate:>10.0f}",
        f"  {f.web_seq.updates} presses one at a time, {f.web_many.updates} with {f.in_flight} connections at once; the floor the same",
        "",
        f"cost against the floor: {f.ratio:.2f} x at p50, {f.floor_many.rate / f.web_many.rate:.2f} x in screens/s",
        f"largest page: {f.largest_page} bytes; the page's own CSS and script: {f.assets} bytes",
        "",
        "targets:",
        f"  p50 <= {TARGET_RATIO} x the floor           {f.ratio:8.2f}   {'met' if f.ratio <= TARGET_RATIO else 'MISSED'}",
        f"  a page < {MAX_PAGE_BYTES} bytes          {f.largest_page:8d}   {'met' if f.largest_page < MAX_PAGE_BYTES else 'MISSED'}",
        f"  CSS + script < {MAX_ASSET_BYTES} bytes    {f.assets:8d}   {'met' if f.assets < MAX_ASSET_BYTES else 'MISSED'}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.web")
    parser.add_argument("--visitors", type=int, default=140, help="screenings one press at a time (p50/p99)")
    parser.add_argument("--many", type=int, default=420, help="screenings for the run with many at once")
    parser.add_argument("--in-flight", type=int, default=32, help="connections pressing at once")
    parser.add_argument("--cpu", type=int, default=None, help="the core to run on (default: the first allowed)")
    args = parser.parse_args(argv)
    cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    figures = asyncio.run(measure(args.visitors, args.many, args.in_flight))
    print(text(figures, cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
