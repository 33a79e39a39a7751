"""Rendering a screen shown before costs a look-up, and never shows another screen's words (issue 13)."""

from __future__ import annotations

import flows
from bot.render import render
from bot.sessions import new_session
from flows import Msg, Press, SetCountry, Start


def _at_outcome(rt):
    session = new_session(rt.library, "en", seed=1)
    session, _ = flows.advance(rt.library, session, SetCountry(country="NL"))
    return flows.advance(rt.library, session, Start(flow="contacts"))


def test_a_screen_rendered_again_is_remembered(rt):
    session, reply = flows.advance(rt.library, new_session(rt.library, "en", seed=1), Start(flow="menu"))
    first = render(rt.catalog, "en", reply.screen)
    _, again = flows.advance(rt.library, session, flows.Show())
    assert render(rt.catalog, "en", again.screen) is first  # not formatted again


def test_what_differs_renders_differently(rt):
    _, reply = flows.advance(rt.library, new_session(rt.library, "en", seed=1), Start(flow="menu"))
    plain = render(rt.catalog, "en", reply.screen)
    assert render(rt.catalog, "nl", reply.screen).text != plain.text
    noticed = render(rt.catalog, "en", reply.screen, [Msg(id="notice-stale")])
    assert noticed.text != plain.text and noticed.text.endswith(plain.text)
    assert render(rt.catalog, "en", reply.screen, [Msg(id="notice-use-buttons")]).text != noticed.text
    strict = render(rt.catalog, "en", reply.screen, strict=True)
    assert strict == plain and strict is not plain


def test_a_remembered_screen_matches_a_fresh_render_everywhere(rt):
    # Every screen the contacts flow shows, remembered or not, reads as a fresh render.
    session, reply = _at_outcome(rt)
    for _ in range(20):
        remembered = render(rt.catalog, "en", reply.screen)
        assert remembered == render(rt.catalog, "en", reply.screen, strict=True)
        actions = [b.action for row in reply.screen.buttons for b in row if not b.action.startswith("_")]
        if not actions:
            break
        session, reply = flows.advance(rt.library, session, Press(action=actions[0], nonce=session.nonce))
