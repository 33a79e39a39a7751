"""The web chat's routes on tornado: load -> advance -> render, with the session sealed in the page.

    GET  /            a new conversation (in the browser's language)
    POST /            a press: the sealed state `s`, the pressed button `a`, the page's language `lang`
    POST /download    the annex PDF or the handover card the pressed option asks for
    GET  /c/<lang>/<COUNTRY>   a plain contacts page (the handover card's QR code), no state
    GET  /static/…    the page's own CSS and script
    GET  /healthz     for a web-only instance (a Telegram process serves its own)

Nothing is kept between requests: no cookies, no server-side session. Every
response carries the security headers; the access log has the method, the
route, the status and the time, never an address or a form field.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tornado.escape
import tornado.template
import tornado.web

from bot.runtime import Runtime
from bot.web import engine_port as port
from bot.web import view
from bot.web.ratelimit import RateLimit
from bot.web.seal import Refused, Sealer, new_key
from bot.web.settings import WebSettings

log = logging.getLogger(__name__)
access = logging.getLogger("bot.web.access")

HERE = Path(__file__).parent
STATIC = HERE / "static"
MAX_BODY_BYTES = 64 * 1024  # a press is a sealed state of a few hundred bytes and a button id
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex, nofollow",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
HTML = "text/html; charset=utf-8"
# What set_header would refuse (a line break would split a header): checked here, once.
if any(c in v for v in (*SECURITY_HEADERS.values(), HTML) for c in "\r\n\x00"):
    raise ValueError("a header value with a line break")
DOWNLOAD_TYPES = {"annex-pdf": "application/pdf", "handover-card": "image/png"}
# Pages remembered, less their sealed state: the same screen in the same language renders the
# same, and rendering is most of a press's own cost. About 5 KB each.
MAX_REMEMBERED_PAGES = 2048
STATE_MARK = "\x00state\x00"  # stands for the state in a remembered page; never in real text
STATE_CHARS = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class WebChannel:
    """What every request reads; nothing here changes per conversation."""

    runtime: Runtime
    settings: WebSettings
    sealer: Sealer
    limit: RateLimit
    templates: tornado.template.Loader
    # The Telegram bot's username when this process also runs Telegram (for the card's deep link).
    bot_username: Callable[[], str | None] = field(default=lambda: None)
    _pages: dict[tuple, tuple[bytes, bytes]] = field(default_factory=dict)

    @classmethod
    def create(cls, runtime: Runtime, settings: WebSettings, clock: Callable[[], float] = time.time) -> WebChannel:
        current, previous = settings.keys()
        if current is None:
            log.warning(
                "FIRSTLINE_WEB_KEY is not set: a random key is kept in memory, so pages expire on restart and only this instance can serve them"
            )
        sealer = Sealer(current or new_key(), previous, settings.timeout_seconds, clock)
        # Autoescaping on: every {{ }} is escaped, by tornado's xhtml_escape, remembered for the
        # catalogue's few thousand strings (they repeat on every page).
        templates = tornado.template.Loader(
            str(HERE / "templates"), autoescape="escape", whitespace="oneline", namespace={"escape": escape}
        )
        channel = cls(runtime, settings, sealer, RateLimit(settings.web_requests_per_minute), templates)
        if settings.telegram_bot_username:
            channel.bot_username = lambda: settings.telegram_bot_username
        return channel

    @property
    def languages(self) -> tuple[str, ...]:
        return self.runtime.library.languages

    def seal(self, session: port.Session) -> str:
        return self.sealer.seal(port.dump(session))

    def screen_html(
        self, lang: str, reply: port.Reply, state: str, pressed: str | None = None, first: bool = False
    ) -> bytes:
        """The page for an engine reply, with its sealed state."""
        key = (lang, first, pressed if reply.documents else None, port.screen_identity(reply))
        parts = self._pages.get(key)
        if parts is None:
            page = view.screen_page(self.runtime, lang, reply, STATE_MARK, pressed=pressed, first=first)
            html = self.templates.load("screen.html").generate(page=page, root="/", exit_url=self.settings.web_exit_url)
            before, mark, after = html.partition(STATE_MARK.encode())
            if not mark or STATE_MARK.encode() in after:
                raise RuntimeError("the state must appear once on a screen")
            if len(self._pages) >= MAX_REMEMBERED_PAGES:
                # Crude but bounded: most presses land on a few hundred screens per language; the
                # checklists' tick combinations are many, so at the cap all is dropped and rebuilt.
                self._pages.clear()
            parts = self._pages[key] = (before, after)
        # The template wrote the state raw (base64url has nothing to escape); held to that here too.
        if not STATE_CHARS.fullmatch(state):
            raise ValueError("a sealed state is base64url")
        return parts[0] + state.encode("ascii") + parts[1]

    def open(self, token: str) -> port.Session:
        data = self.sealer.open(token)
        try:
            return port.load(data)
        except ValueError:  # sealed by us, so only a release that changed the session's shape
            raise Refused("unreadable") from None


@functools.lru_cache(maxsize=8192)
def escape(value: Any) -> str:
    return tornado.escape.xhtml_escape(value)


def routes(channel: WebChannel, health: bool = True) -> list[tuple]:
    kw = {"channel": channel}
    table = [
        (r"/", ScreenHandler, kw),
        (r"/download", DownloadHandler, kw),
        (r"/c/([a-z]{2})/([A-Za-z]{2})", CardContactsHandler, kw),
        (r"/static/(app\.css|app\.js)", StaticHandler, {"path": str(STATIC), "channel": channel}),
        (r"/robots\.txt", RobotsHandler, kw),
        (r"/favicon\.ico", NoIconHandler, kw),
    ]
    if health:
        table.append((r"/healthz", HealthHandler, kw))
    return table


class WebApplication(tornado.web.Application):
    def __init__(self, channel: WebChannel):
        super().__init__(
            routes(channel),
            default_handler_class=NotFoundHandler,
            default_handler_args={"channel": channel},
            xsrf_cookies=False,
            compress_response=False,
        )

    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """tornado's access log names the client's address: our handlers log their own line instead."""


# --- handlers ---------------------------------------------------------------------------


class Base(tornado.web.RequestHandler):
    ROUTE = "?"  # the route's pattern, for the access log (never the path itself)

    def initialize(self, channel: WebChannel, **_: Any) -> None:
        self.channel = channel

    def set_default_headers(self) -> None:
        # Straight into the headers: these constants were checked once, at import (every
        # response pays set_header's checks otherwise, and a press is only a few of them).
        headers = self._headers
        for name, value in SECURITY_HEADERS.items():
            headers[name] = value
        del headers["Server"]

    def compute_etag(self) -> None:
        return None  # a page is never the same twice, and nothing is cached

    def prepare(self) -> None:
        length = self.request.headers.get("Content-Length")
        if length and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            raise tornado.web.HTTPError(413)
        if not self.channel.limit.allow(self.client()):
            raise tornado.web.HTTPError(429)

    def client(self) -> str:
        """The client's address, only ever hashed by the rate limit. Behind our proxy, the address
        it appended last to X-Forwarded-For (anything before that, the client may have made up)."""
        if self.channel.settings.web_behind_proxy:
            forwarded = self.request.headers.get("X-Forwarded-For", "")
            if forwarded:
                return forwarded.rsplit(",", 1)[-1].strip()
        return self.request.remote_ip or ""

    def on_finish(self) -> None:
        access.info(
            "%s %s %d %.1fms", self.request.method, self.ROUTE, self.get_status(), 1000 * self.request.request_time()
        )

    def log_exception(self, typ, value, tb) -> None:
        # tornado's own line names the client's address and the request: say only what failed, and where.
        if isinstance(value, tornado.web.HTTPError):
            return
        frames = traceback.extract_tb(tb)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        log.error("%s %s failed: %s at %s", self.request.method, self.ROUTE, typ.__name__ if typ else "?", where)

    def lang(self) -> str:
        """The language the page was in (a plain form field), else the browser's, else English."""
        given = self.get_body_argument("lang", None) if self.request.method == "POST" else None
        if given in self.channel.languages:
            return given
        return accepted_language(self.request.headers.get("Accept-Language", ""), self.channel.languages)

    def page(self, template: str, page: view.Page, **extra: Any) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        html = self.channel.templates.load(template).generate(
            page=page, root="/", exit_url=self.channel.settings.web_exit_url, **extra
        )
        self.finish(html)

    def html(self, html: bytes) -> None:
        self._headers["Content-Type"] = HTML
        self.finish(html)

    def message(self, heading: str, lines: list[str], lang: str | None = None) -> None:
        lang = lang or self.lang()
        cat = self.channel.runtime.catalog
        page = view.chrome(self.channel.runtime, lang, cat.text(lang, heading))
        page.text = [cat.text(lang, m) for m in lines]
        self.page("message.html", page, again=cat.text(lang, "web-start-again"))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # Never a traceback: a page in the person's language with a way to start again.
        self.clear_header("Content-Disposition")
        try:
            lang = self.lang()
        except Exception:
            lang = "en"
        messages = {
            429: ("web-busy-title", "web-busy"),
            404: ("web-missing-title", "web-missing"),
            413: ("web-error-title", "web-error"),
        }
        heading, line = messages.get(status_code, ("web-error-title", "web-error"))
        self.message(heading, [line], lang)


class ScreenHandler(Base):
    ROUTE = "/"
    SUPPORTED_METHODS = ("GET", "HEAD", "POST")

    def get(self) -> None:
        lib = self.channel.runtime.library
        session, reply = port.first_screen(lib, self.lang())
        self.html(self.channel.screen_html(session.lang, reply, self.channel.seal(session), first=True))

    def head(self) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")

    def post(self) -> None:
        channel, lib = self.channel, self.channel.runtime.library
        try:
            session = channel.open(self.get_body_argument("s", ""))
        except Refused:
            self.expired()
            return
        action = self.get_body_argument("a", None)
        if action == port.EXIT:
            # Quick exit is a link; a press of it anyway (a crafted form) starts afresh.
            session, reply = port.first_screen(lib, session.lang)
        elif action:
            session, reply = port.press(lib, session, action)
        else:
            session, reply = port.show(lib, session)
        if reply.exit or reply.screen is None:
            session, reply = port.first_screen(lib, session.lang)
        self.html(channel.screen_html(session.lang, reply, channel.seal(session), pressed=action))

    def expired(self) -> None:
        self.message("web-expired-title", ["web-expired"])


class DownloadHandler(Base):
    """The document the pressed option asks for, made in memory and sent as an attachment."""

    ROUTE = "/download"
    SUPPORTED_METHODS = ("POST",)

    async def post(self) -> None:
        channel = self.channel
        try:
            session = channel.open(self.get_body_argument("s", ""))
        except Refused:
            self.message("web-expired-title", ["web-expired"])
            return
        # The engine decides: the option is pressed again and must ask for a document.
        session, reply = port.press(channel.runtime.library, session, self.get_body_argument("a", ""))
        if not reply.documents or reply.documents[0] not in DOCUMENTS_MADE:
            raise tornado.web.HTTPError(404)
        name = reply.documents[0]
        maker = DOCUMENTS_MADE[name]
        # Drawing a PDF or a picture takes a while: not on the loop that serves everyone.
        data, filename = await asyncio.to_thread(maker, self, session)
        self.set_header("Content-Type", DOWNLOAD_TYPES[name])
        self.set_header("Content-Disposition", f'attachment; filename="{filename}"')
        self.finish(data)

    def card_link(self, lang: str, country: str) -> str:
        return card_link(self.channel, lang, country, f"{self.request.protocol}://{self.request.host}")


def card_link(channel: WebChannel, lang: str, country: str, here: str) -> str:
    """Where the card's QR code points: the web contacts page when a public address is set,
    else the Telegram deep link when the bot is known, else this server's own contacts page."""
    public = channel.settings.public_url
    if public:
        return f"{public.rstrip('/')}/c/{lang}/{country}"
    username = channel.bot_username()
    if username:
        return f"https://t.me/{username}?start=contacts_{lang}_{country}"
    return f"{here}/c/{lang}/{country}"


def _annex(handler: DownloadHandler, session: port.Session) -> tuple[bytes, str]:
    from bot.documents import annex_pdf

    return annex_pdf.annex_pdf(handler.channel.runtime, session, session.lang), annex_pdf.FILENAME


def _card(handler: DownloadHandler, session: port.Session) -> tuple[bytes, str]:
    from bot.documents import handover_card

    country = session.country or port.EU_WIDE
    link = handler.card_link(session.lang, country)
    scan = "card-scan" if link.startswith("https://t.me/") else "card-scan-web"
    return handover_card.handover_card(
        handler.channel.runtime, country, session.lang, link, scan=scan
    ), handover_card.FILENAME


DOCUMENTS_MADE: dict[str, Callable] = {"annex-pdf": _annex, "handover-card": _card}


class CardContactsHandler(Base):
    """The contacts the card lists, for the person who scans it: no state, no form, nothing recorded."""

    ROUTE = "/c/<lang>/<country>"
    SUPPORTED_METHODS = ("GET", "HEAD")

    def get(self, lang: str, country: str) -> None:
        rt, country = self.channel.runtime, country.upper()
        if lang not in self.channel.languages or country not in rt.library.directories:
            raise tornado.web.HTTPError(404)
        cat = rt.catalog
        page = view.chrome(rt, lang, cat.text(lang, "card-title"))
        page.text = [cat.text(lang, f"country-{country.lower()}"), cat.text(lang, "card-intro")]
        page.contacts = view.contacts(
            rt,
            lang,
            port.all_contacts(rt.library, country),
            cat.text(lang, "contacts-heading"),
            cat.text(lang, "contacts-none"),
        )
        self.page("card.html", page)

    def head(self, lang: str, country: str) -> None:
        self.get(lang, country)


class StaticHandler(tornado.web.StaticFileHandler, Base):
    ROUTE = "/static/<file>"

    def initialize(self, path: str, channel: WebChannel) -> None:
        tornado.web.StaticFileHandler.initialize(self, path)
        self.channel = channel

    def prepare(self) -> None:
        pass  # a page's own files are not counted against its rate

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def compute_etag(self) -> None:
        return None


class RobotsHandler(Base):
    ROUTE = "/robots.txt"

    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("User-agent: *\nDisallow: /\n")


class NoIconHandler(Base):
    ROUTE = "/favicon.ico"

    def prepare(self) -> None:
        pass

    def get(self) -> None:
        self.set_status(204)


class HealthHandler(Base):
    ROUTE = "/healthz"
    SUPPORTED_METHODS = ("GET", "HEAD")

    def prepare(self) -> None:
        pass  # monitoring is not rate limited

    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("ok\n")

    def head(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")


class NotFoundHandler(Base):
    ROUTE = "(other)"

    def prepare(self) -> None:
        super().prepare()
        raise tornado.web.HTTPError(404)


def accepted_language(header: str, languages: tuple[str, ...], default: str = "en") -> str:
    """The first of the browser's languages (by q-value) that we have."""
    ranked = []
    for n, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, n, tag.strip().lower().split("-")[0]))
    for q, _, lang in sorted(ranked):
        if q < 0 and lang in languages:
            return lang
    return default if default in languages else languages[0]
