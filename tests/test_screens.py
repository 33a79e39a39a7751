"""Screens are remembered by what their making read of the session (flows/screens.py):
a tap that shows a look seen before costs a look-up, and never shows another look."""

from __future__ import annotations

import pytest

import flows
from bot.render import render
from flows import Press, Session, Start, screens
from flows.screens import made_afresh


@pytest.fixture(autouse=True)
def _no_looks_yet(rt):
    """Other tests in this process may have filled the step's looks up to their bound; these
    tests count on what they make staying remembered."""
    rt.library.looks.clear()


def _watch(rt, **fields) -> tuple[Session, flows.Reply]:
    """The screening's checklist of signs seen by observing."""
    return flows.advance(rt.library, Session(country="NL", **fields), Start(flow="screening", at="watch"))


def _items(rt) -> list[str]:
    """The checklist's signs whose tick keeps it on screen (a sign of danger leads on)."""
    lib = rt.library
    s, _ = _watch(rt)
    signs = lib.flows["screening"].step_index["watch"].items
    return [a for a in signs if flows.advance(lib, s, Press(action=a, nonce=s.nonce))[0].step == "watch"]


def test_the_same_look_is_made_once_and_shares_its_shape(rt):
    s, first = _watch(rt, seed=1)
    _, again = _watch(rt, seed=2, lang="nl")  # the checklist reads neither the seed nor the language
    assert again.screen.shape is first.screen.shape and again.screen.text is first.screen.text
    assert again.screen == first.screen  # Screen equality leaves the shape out; the nonces are alike here
    # The worker's language is the renderer's business: the same shape renders in each.
    assert render(rt.catalog, "nl", again.screen).text != render(rt.catalog, "en", first.screen).text


def test_a_field_the_screen_reads_makes_another_look(rt):
    s, before = _watch(rt)
    item = _items(rt)[0]
    s, after = flows.advance(rt.library, s, Press(action=item, nonce=s.nonce))
    assert after.screen.shape is not before.screen.shape
    assert after.screen.nonce == s.nonce and after.screen != before.screen
    assert after.screen == made_afresh(rt.library, s)
    # Untick: the first look again, remembered, under the new nonce.
    s, back = flows.advance(rt.library, s, Press(action=item, nonce=s.nonce))
    assert back.screen.shape is before.screen.shape and back.screen.nonce == s.nonce != before.screen.nonce


def test_a_way_back_or_none_are_two_looks_whatever_the_trail(rt):
    lib = rt.library
    s, first = _watch(rt)
    a, with_back = flows.advance(lib, s.model_copy(update={"trail": ["intro"]}), flows.Show())
    b, other_trail = flows.advance(lib, s.model_copy(update={"trail": ["intro", "consent"]}), flows.Show())
    assert with_back.screen.shape is other_trail.screen.shape is not first.screen.shape
    assert [b.action for b in with_back.screen.buttons[-1]][0] == flows.BACK
    assert flows.BACK not in [b.action for b in first.screen.buttons[-1]]


def test_making_a_screen_may_not_change_the_session(rt):
    s, _ = _watch(rt)
    reading = screens._Reading(s)
    assert reading.ticks == [] and reading.read == {"ticks"}
    with pytest.raises(TypeError, match="changed the session's 'ticks'"):
        reading.ticks = ["x"]


def test_a_step_remembers_a_bounded_number_of_looks(rt, monkeypatch):
    monkeypatch.setattr(screens, "MAX_LOOKS", 3)
    lib = rt.library
    s, reply = _watch(rt)
    items = _items(rt)[:6]
    assert len(items) == 6
    for item in items:  # six ticks, six looks of one step
        s, reply = flows.advance(lib, s, Press(action=item, nonce=s.nonce))
        assert reply.screen == made_afresh(lib, s)
    looks = lib.looks[("screening", "watch", False)]
    assert all(len(made) <= 3 for made in looks.values())
