"""The web chat over plain HTTP, as a browser with JavaScript off uses it."""

from __future__ import annotations

import base64
import html
import logging
import re
import time

import pytest

from bot.web import view
from bot.web.app import SECURITY_HEADERS, WebChannel
from bot.web.seal import new_key
from bot.web.settings import WebSettings
from bot.web.view import tel
from tests.web.served import Served, Visitor, local_settings, request
from tests.web.stories import OUTCOMES, expected_end, story, walk

MAX_PAGE_BYTES = 30 * 1024
MAX_OWN_ASSETS_BYTES = 20 * 1024


def key() -> str:
    return base64.b64encode(new_key()).decode()


@pytest.fixture(scope="module")
def served(rt):
    with Served(rt) as s:
        yield s


def assert_headers(response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("lang", ["en", "bg", "el"])
@pytest.mark.parametrize("outcome", sorted(OUTCOMES))
def test_a_screening_reaches_each_outcome_with_plain_posts(rt, served, outcome, lang):
    s = story(OUTCOMES[outcome])
    visitor = Visitor(served.port)
    page = walk(visitor, s, lang)
    first_line, phones = expected_end(rt, s, lang)
    assert first_line in html.unescape(page.text)
    assert [tel(p) for p in phones] == [link.removeprefix("tel:") for link in page.tel_links]
    assert page.lang == lang and page.form_lang == lang
    assert len(visitor.last.body) < MAX_PAGE_BYTES
    assert_headers(visitor.last)


def test_the_person_screen_is_in_her_language(rt, served):
    visitor = Visitor(served.port)
    visitor.setup("nl", "NL")
    for action in ["screening", "safe", "continue", "adult", "not-understood", "present", "show-person"]:
        visitor.press(action)
    page = visitor.press("_p-el")
    assert page.lang == "nl" and page.person_lang == "el"
    assert rt.catalog.text("el", "lang-el") in page.text


def test_the_first_page_speaks_the_browsers_language_and_explains_quick_exit(rt, served):
    page = Visitor(served.port, accept_language="fr-BE,fr;q=0.9,en;q=0.5").open()
    assert page.lang == "fr"
    assert html.unescape(rt.catalog.text("fr", "web-exit-hint")) in html.unescape(page.text)
    assert page.title == rt.catalog.text("fr", "web-title")


def test_the_language_picker_names_each_language_in_itself(rt, served):
    page = Visitor(served.port, accept_language="el").open()
    labels = [label for _, label in page.buttons]
    for lang in rt.library.languages:
        assert rt.catalog.text(lang, f"lang-{lang}") in labels


# --- refused states ------------------------------------------------------------------------


def _refused(rt, response, lang: str) -> None:
    assert response.status == 200
    page = response.page()
    assert page.lang == lang
    assert page.heading == rt.catalog.text(lang, "web-expired-title")
    assert "Traceback" not in response.text
    assert_headers(response)


def _tamper(state: str) -> str:
    i = len(state) // 2
    return state[:i] + ("A" if state[i] != "A" else "B") + state[i + 1 :]


@pytest.mark.parametrize("how", ["tampered", "truncated", "empty", "garbage"])
def test_a_state_not_as_sealed_gets_the_expired_page_in_the_pages_language(rt, served, how):
    visitor = Visitor(served.port)
    visitor.setup("el", "GR")
    state = visitor.page.state
    bad = {"tampered": _tamper(state), "truncated": state[:20], "empty": "", "garbage": "%%%not base64"}[how]
    response = request(served.port, "POST", "/", form={"s": bad, "lang": "el", "a": "screening"})
    _refused(rt, response, "el")


def test_without_the_pages_language_the_expired_page_follows_the_browser(rt, served):
    response = request(
        served.port, "POST", "/", form={"s": "x", "a": "screening"}, headers={"Accept-Language": "ro-RO,ro;q=0.9"}
    )
    _refused(rt, response, "ro")
    response = request(served.port, "POST", "/", form={"s": "x", "lang": "klingon"}, headers={"Accept-Language": "es"})
    _refused(rt, response, "es")


def test_a_page_from_another_key_is_refused(rt, served):
    with Served(rt, local_settings(web_key=key())) as other:
        visitor = Visitor(other.port)
        visitor.setup("fr", "FR")
        response = request(served.port, "POST", "/", form={"s": visitor.page.state, "lang": "fr", "a": "screening"})
    _refused(rt, response, "fr")


def test_a_page_older_than_the_session_timeout_is_refused(rt):
    now = [1_000_000.0]
    settings = local_settings(session_idle_hours=1)
    with Served(rt, settings, WebChannel.create(rt, settings, clock=lambda: now[0])) as s:
        visitor = Visitor(s.port)
        visitor.setup("nl", "NL")
        now[0] += 3599
        assert visitor.press("screening").heading == rt.catalog.text("nl", "web-heading-screening")
        now[0] += 3601
        response = request(s.port, "POST", "/", form={"s": visitor.page.state, "lang": "nl", "a": "safe"})
    _refused(rt, response, "nl")


def test_the_previous_key_is_accepted_for_one_timeout_after_a_rotation(rt):
    old, new = key(), key()
    with Served(rt, local_settings(web_key=old)) as before:
        visitor = Visitor(before.port)
        visitor.setup("en", "NL")
        state = visitor.page.state
    now = [time.time()]  # the page was sealed by the real clock just now
    rotated = local_settings(web_key=new, web_key_previous=old, session_idle_hours=1)
    with Served(rt, rotated, WebChannel.create(rt, rotated, clock=lambda: now[0])) as after:
        ok = request(after.port, "POST", "/", form={"s": state, "lang": "en", "a": "screening"})
        assert ok.page().heading == rt.catalog.text("en", "web-heading-screening")
        fresh = ok.page().state
        now[0] += 3600 + 1  # one timeout after the start: only the new key opens pages
        _refused(rt, request(after.port, "POST", "/", form={"s": state, "lang": "en", "a": "screening"}), "en")
        now[0] -= 2  # a page the new key sealed is good for its whole timeout
        assert request(
            after.port, "POST", "/", form={"s": fresh, "lang": "en", "a": "safe"}
        ).page().heading == rt.catalog.text("en", "web-heading-screening")
    with Served(rt, local_settings(web_key=new)) as without_previous:
        _refused(
            rt, request(without_previous.port, "POST", "/", form={"s": state, "lang": "en", "a": "screening"}), "en"
        )


# --- stateless: any instance with the key serves any press -----------------------------------


def test_two_instances_with_one_key_share_a_screening_press_by_press(rt):
    shared = key()
    s = story(OUTCOMES["B"])
    with Served(rt, local_settings(web_key=shared)) as one, Served(rt, local_settings(web_key=shared)) as two:
        visitor = Visitor(one.port, two.port)
        page = walk(visitor, s, "ro")
        # Presses alternate between the instances: each served half of a whole screening.
        assert visitor.turn >= 10
    first_line, _ = expected_end(rt, s, "ro")
    assert first_line in html.unescape(page.text)


# --- headers, cookies, logs, limits -----------------------------------------------------------


def test_every_kind_of_response_carries_the_headers_and_no_cookie(rt, served):
    visitor = Visitor(served.port)
    visitor.setup("en", "NL")
    responses = [
        visitor.last,
        request(served.port, "GET", "/"),
        request(served.port, "GET", "/static/app.css"),
        request(served.port, "GET", "/static/app.js"),
        request(served.port, "GET", "/c/nl/NL"),
        request(served.port, "GET", "/nowhere"),
        request(served.port, "GET", "/c/xx/NL"),
        request(served.port, "POST", "/", form={"s": "bad"}),
        request(served.port, "POST", "/download", form={"s": visitor.page.state, "a": "screening"}),
        request(served.port, "GET", "/healthz"),
        request(served.port, "GET", "/robots.txt"),
        request(served.port, "PUT", "/"),
    ]
    for response in responses:
        assert_headers(response)
    assert [r.status for r in responses] == [200, 200, 200, 200, 200, 404, 404, 200, 404, 200, 200, 405]
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp


def test_pages_name_no_third_party_and_run_no_inline_script(served):
    body = request(served.port, "GET", "/").text
    assert (
        re.findall(r'(?:src|href)="(https?:[^"]*)"', body) == [WebSettings().web_exit_url] * 2
    )  # the quick-exit links only
    assert "<script>" not in body and " style=" not in body and "onclick" not in body
    assert '<meta name="robots" content="noindex, nofollow">' in body


def test_the_logs_hold_no_address_and_no_form_content(rt, caplog):
    settings = local_settings(web_behind_proxy=True)
    address, marker = "203.0.113.77", "zq-marker-xj"
    with caplog.at_level(logging.DEBUG), Served(rt, settings) as s:
        headers = {"X-Forwarded-For": address, "Accept-Language": "nl"}
        first = request(s.port, "GET", "/", headers=headers).page()
        request(s.port, "POST", "/", form={"s": first.state, "lang": "nl", "a": "en", "note": marker}, headers=headers)
        request(s.port, "POST", "/", form={"s": marker, "lang": marker, "a": marker}, headers=headers)
        request(s.port, "GET", f"/c/{marker}", headers=headers)
        request(
            s.port,
            "POST",
            "/",
            raw=b"\xff\xfe" + marker.encode(),
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
        )
    text = caplog.text
    assert address not in text and "127.0.0.1" not in text and marker not in text and first.state not in text
    access = [r.getMessage() for r in caplog.records if r.name == "bot.web.access"]
    assert access[:3] == [access[0], access[1], access[2]] and re.fullmatch(r"GET / 200 \d+\.\dms", access[0])
    assert any(re.fullmatch(r"POST / 200 \d+\.\dms", line) for line in access)
    assert any(re.fullmatch(r"GET \(other\) 404 \d+\.\dms", line) for line in access)


def test_a_client_pressing_too_fast_is_asked_to_wait_in_its_language(rt):
    settings = WebSettings(web_listen="127.0.0.1:0", web_requests_per_minute=5)
    with Served(rt, settings) as s:
        statuses = [request(s.port, "GET", "/", headers={"Accept-Language": "bg"}).status for _ in range(5)]
        refused = request(s.port, "GET", "/", headers={"Accept-Language": "bg"})
        assert request(s.port, "GET", "/static/app.css").status == 200  # its own files are not counted
    assert statuses == [200] * 5 and refused.status == 429
    assert refused.page().heading == rt.catalog.text("bg", "web-busy-title")
    assert s.channel.limit.tracked == 1


def test_a_request_larger_than_the_limit_is_refused(rt, served):
    import socket

    # Refused on the headers alone: the body is never sent (sending it would race the close).
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:
        sock.sendall(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 102400\r\n\r\n"
        )
        answer = sock.recv(65536)
    # tornado refuses it on the Content-Length (400); behind the webhook's larger limit, the route does (413).
    assert answer.startswith((b"HTTP/1.1 400", b"HTTP/1.1 413")), answer[:100]


def test_pages_and_own_files_are_small(rt, served):
    css = request(served.port, "GET", "/static/app.css").body
    js = request(served.port, "GET", "/static/app.js").body
    assert len(css) + len(js) < MAX_OWN_ASSETS_BYTES


def test_every_kind_of_page_is_under_30_kb_in_every_language(rt, served):
    from tests.web.screens import every_kind

    for lang in rt.library.languages:
        for kind, path, form in every_kind(served.port, lang):
            response = request(
                served.port, "POST" if form else "GET", path, form=form, headers={"Accept-Language": lang}
            )
            assert len(response.body) < MAX_PAGE_BYTES, (lang, kind, len(response.body))
            assert response.page().lang == lang, (lang, kind)


def test_templates_escape_what_they_show(rt, served):
    page = view.chrome(rt, "en", '<script>alert("x")</script>')
    page.text = ["a & b <b>"]
    out = (
        served.channel.templates.load("message.html")
        .generate(page=page, root="/", exit_url="https://example.org/", again="again")
        .decode()
    )
    assert "<script>alert" not in out and "&lt;script&gt;" in out and "a &amp; b &lt;b&gt;" in out


# --- downloads and the card's contacts page ---------------------------------------------------


def _to_outcome(served_port: int, lang: str = "en") -> Visitor:
    visitor = Visitor(served_port)
    walk(visitor, story(OUTCOMES["B"]), lang)
    return visitor


def test_the_annex_pdf_downloads_after_a_warning(rt, served):
    visitor = _to_outcome(served.port, "fr")
    warned = visitor.press("pdf")
    assert rt.catalog.text("fr", "web-download-warning") in html.unescape(warned.text)
    assert warned.downloads == [("pdf", rt.catalog.text("fr", "web-download-annex-pdf"))]
    response = visitor.download("pdf")
    assert response.status == 200 and response.body.startswith(b"%PDF")
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert_headers(response)


def _card_qr(rt, settings: WebSettings) -> tuple[str, object]:
    import io

    import zxingcpp
    from PIL import Image

    with Served(rt, settings) as s:
        visitor = Visitor(s.port)
        visitor.setup("nl", "NL")
        visitor.press("contacts")
        visitor.press("emergency")
        warned = visitor.press("card")
        assert warned.downloads
        response = visitor.download("card")
    assert response.status == 200 and response.headers["Content-Type"] == "image/png"
    codes = zxingcpp.read_barcodes(Image.open(io.BytesIO(response.body)))
    return codes[0].text, response


def test_the_cards_code_opens_the_web_contacts_page_when_a_public_address_is_set(rt):
    link, _ = _card_qr(rt, local_settings(public_url="https://help.example.org/"))
    assert link == "https://help.example.org/c/nl/NL"


def test_the_cards_code_keeps_the_telegram_link_otherwise(rt):
    link, _ = _card_qr(rt, local_settings(telegram_bot_username="firstline_test_bot"))
    assert link == "https://t.me/firstline_test_bot?start=contacts_nl_NL"


def test_the_contacts_page_lists_a_countrys_numbers_in_a_language(rt, served):
    response = request(served.port, "GET", "/c/bg/NL")
    page = response.page()
    assert response.status == 200 and page.lang == "bg" and page.state is None
    assert page.heading == rt.catalog.text("bg", "card-title")
    assert "tel:112" in page.tel_links and len(page.tel_links) > 3
    assert request(served.port, "GET", "/c/bg/ZZ").status == 404


async def test_on_the_webhooks_larger_server_the_web_routes_keep_their_own_size_limit(rt):
    import httpx
    from tornado.netutil import bind_sockets

    from bot.telegram.guarded_server import GuardedHTTPServer
    from bot.telegram.webhook import MAX_BODY_BYTES as WEBHOOK_MAX
    from bot.web.app import MAX_BODY_BYTES, WebApplication

    server = GuardedHTTPServer(WebApplication(WebChannel.create(rt, local_settings())), max_body_size=WEBHOOK_MAX)
    sockets = bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    try:
        async with httpx.AsyncClient() as client:
            url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}/"
            response = await client.post(
                url,
                content=b"s=" + b"A" * (MAX_BODY_BYTES + 10),
                headers={"Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "ro"},
            )
    finally:
        server.stop()
        await server.close_all_connections()
    assert response.status_code == 413
    assert "Traceback" not in response.text and 'lang="ro"' in response.text


def test_a_remembered_page_differs_from_another_by_what_it_shows_and_always_by_its_state(rt, served):
    visitor = Visitor(served.port)
    visitor.setup("en", "NL")
    for action in ["screening", "safe", "continue", "adult", "understood", "consents", "ind-purpose"]:
        visitor.press(action)  # to the groups screen, then one group's checklist
    before = visitor.page
    item = next(a for a in before.actions if not a.startswith("_"))
    ticked = visitor.press(item)
    untick = visitor.press(item)
    assert ticked.buttons != before.buttons  # the ticked box shows
    assert untick.buttons == before.buttons and untick.text == before.text  # the same screen again…
    assert len({before.state, ticked.state, untick.state}) == 3  # …with a state of its own
    other = Visitor(served.port)
    other.setup("nl", "NL")
    assert other.page.lang == "nl" and other.page.buttons != Visitor(served.port).setup("en", "NL").buttons
