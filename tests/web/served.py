"""The web chat served on loopback from a thread of this process, and a client that presses its buttons.

The client speaks plain HTTP as a browser with JavaScript off does: a GET for
the first page, then one form POST per press, with the page's hidden fields.
"""

from __future__ import annotations

import asyncio
import http.client
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser

from bot.runtime import Runtime
from bot.web.app import WebChannel
from bot.web.server import serve
from bot.web.settings import WebSettings


def local_settings(**kw) -> WebSettings:
    """On a free loopback port; every test's requests come from one address, so no rate limit
    unless the test sets one."""
    kw.setdefault("web_requests_per_minute", 1_000_000)
    return WebSettings(web_listen="127.0.0.1:0", **kw)


class Served:
    """`firstline web` in a thread: the same serve() the command runs, on a free port."""

    def __init__(self, runtime: Runtime, settings: WebSettings | None = None, channel: WebChannel | None = None):
        self.settings = settings or local_settings()
        self.channel = channel or WebChannel.create(runtime, self.settings)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(runtime,), daemon=True)
        self.port = 0

    def __enter__(self) -> Served:
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the web chat did not start")
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self, runtime: Runtime) -> None:
        async def main() -> None:
            self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()

            def ready(host: str, port: int) -> None:
                self.port = port
                self._ready.set()

            await serve(self.settings, runtime, self._stop, ready=ready, channel=self.channel)

        asyncio.run(main())


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def page(self) -> Page:
        return Page.parse(self.text)


def request(
    port: int, method: str, path: str, form: dict | None = None, headers: dict | None = None, raw: bytes | None = None
) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = raw if raw is not None else (urllib.parse.urlencode(form).encode() if form is not None else None)
    hdrs = dict(headers or {})
    if form is not None:
        hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
    try:
        conn.request(method, path, body=body, headers=hdrs)
        r = conn.getresponse()
        return Response(r.status, r.headers, r.read())
    finally:
        conn.close()


@dataclass
class Page:
    lang: str = ""
    title: str = ""
    heading: str = ""
    state: str | None = None
    form_lang: str | None = None
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (action, label)
    downloads: list[tuple[str, str]] = field(default_factory=list)  # (action, label)
    person_lang: str | None = None
    tel_links: list[str] = field(default_factory=list)
    text: str = ""

    @classmethod
    def parse(cls, html: str) -> Page:
        p = _Parser()
        p.feed(html)
        return p.page

    def action(self, pattern: str) -> str:
        """The action of the first button whose action id or label matches."""
        for action, label in self.buttons:
            if action == pattern or re.search(pattern, label):
                return action
        raise AssertionError(f"no button {pattern!r} on {self.heading!r}: {self.buttons}")

    @property
    def actions(self) -> list[str]:
        return [a for a, _ in self.buttons]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.page = Page()
        self._in: str | None = None
        self._button: dict | None = None
        self._texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.page.lang = a.get("lang", "")
        elif tag in ("title", "h1"):
            self._in = tag
        elif tag == "input" and a.get("type") == "hidden":
            if a.get("name") == "s":
                assert self.page.state is None, "the sealed state appears once per page"
                self.page.state = a.get("value")
            elif a.get("name") == "lang":
                self.page.form_lang = a.get("value")
        elif tag == "button":
            self._button = {"action": a.get("value"), "download": "formaction" in a, "label": ""}
        elif tag == "section" and "person" in (a.get("class") or ""):
            self.page.person_lang = a.get("lang")
        elif tag == "a" and (a.get("href") or "").startswith("tel:"):
            self.page.tel_links.append(a["href"])

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None
        if tag == "button" and self._button is not None:
            b = self._button
            (self.page.downloads if b["download"] else self.page.buttons).append((b["action"], b["label"].strip()))
            self._button = None

    def handle_data(self, data):
        if self._in == "title":
            self.page.title += data
        elif self._in == "h1":
            self.page.heading += data
        if self._button is not None:
            self._button["label"] += data
        self.page.text += data


class Visitor:
    """One person's conversation over plain form POSTs (JavaScript off), against one or more servers."""

    def __init__(self, *ports: int, accept_language: str = "en"):
        self.ports = list(ports)
        self.turn = 0
        self.headers = {"Accept-Language": accept_language}
        self.last: Response | None = None
        self.page: Page | None = None
        self.sent: dict | None = None  # the last form POSTed: sent again, it shows the same screen

    def _port(self) -> int:
        port = self.ports[self.turn % len(self.ports)]
        self.turn += 1
        return port

    def open(self) -> Page:
        return self._take(request(self._port(), "GET", "/", headers=self.headers))

    def press(self, action: str) -> Page:
        assert self.page is not None and action in self.page.actions, (
            f"no {action!r} on {self.page and self.page.heading!r}: {self.page and self.page.actions}"
        )
        self.sent = {"s": self.page.state, "lang": self.page.form_lang, "a": action}
        return self._take(request(self._port(), "POST", "/", form=self.sent, headers=self.headers))

    def first_option(self) -> Page:
        """Press the screen's first button that is not navigation."""
        return self.press(next(a for a in self.page.actions if not a.startswith("_")))

    def download(self, action: str) -> Response:
        return request(
            self._port(),
            "POST",
            "/download",
            form={"s": self.page.state, "lang": self.page.form_lang, "a": action},
            headers=self.headers,
        )

    def _take(self, response: Response) -> Page:
        assert response.status == 200, (response.status, response.text[:500])
        self.last, self.page = response, response.page()
        return self.page

    def setup(self, lang: str, country: str) -> Page:
        """Language and country, to the menu."""
        self.open()
        self.press(lang)
        return self.press(country.lower() if country != "EU" else "eu")
