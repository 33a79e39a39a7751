"""Screens shown to the person: their language first, the worker's underneath, in every pair."""

import itertools

import pytest

import flows
from bot.render import TELEGRAM_TEXT_LIMIT, render
from flows import Press, Session, Start
from tests.shipped import LANGUAGES

PAIRS = list(itertools.permutations(LANGUAGES, 2))
TO_TRUST = ["safe", "continue", "adult", "understood"]


@pytest.fixture(scope="module")
def person_steps(rt):
    return [s.id for s in rt.library.flows["screening"].steps if getattr(s, "audience", "worker") == "person"]


def press(lib, s, *actions):
    reply = None
    for a in actions:
        s, reply = flows.advance(lib, s, Press(action=a, nonce=s.nonce))
    return s, reply


def test_the_screening_has_the_four_kinds_of_person_screen(person_steps):
    assert {"person-consent", "person-referral", "person-rights"} <= set(person_steps)
    assert {f"person-contacts-{o}" for o in "abcd"} <= set(person_steps)


def test_picking_the_persons_language_stays_on_the_screen_and_a_new_flow_forgets_it(rt):
    s, _ = flows.advance(rt.library, Session(lang="en", country="NL"), Start(flow="screening"))
    s, reply = press(rt.library, s, *TO_TRUST, "show-person", "_p-nl")
    assert reply.screen.step == "person-consent" and reply.screen.person_lang == "nl" and s.person_lang == "nl"
    s, reply = press(rt.library, s, "_p-xx")
    assert reply.notices[0].id == "notice-stale" and s.person_lang == "nl"
    s, reply = press(rt.library, s, "consents")
    assert reply.screen.step == "observe" and reply.screen.person_lang is None
    s, reply = press(rt.library, s, flows.MENU)
    assert s.person_lang is None


def test_a_language_button_on_a_worker_screen_is_refused(rt):
    s, _ = flows.advance(rt.library, Session(lang="en", country="NL"), Start(flow="screening"))
    s, reply = press(rt.library, s, "_p-nl")
    assert reply.notices[0].id == "notice-stale" and s.person_lang is None


@pytest.mark.parametrize("worker,person", PAIRS, ids=[f"{w}-{p}" for w, p in PAIRS])
def test_every_person_screen_in_every_pair_of_languages(rt, person_steps, worker, person):
    cat = rt.catalog
    for step in person_steps:
        s = Session(lang=worker, country="NL", person_lang=person)
        s, reply = flows.advance(rt.library, s, Start(flow="screening", at=step))
        s, reply = press(rt.library, s, f"_p-{person}")
        out = render(cat, worker, reply.screen, strict=True)
        theirs = cat.render(person, reply.screen.text[0], strict=True)
        mine = cat.render(worker, reply.screen.text[0], strict=True)
        assert out.text.index(theirs) < out.text.index(cat.text(worker, "person-divider")) < out.text.rindex(mine)
        assert len(out.text) <= TELEGRAM_TEXT_LIMIT
        answers = [b for row in reply.screen.buttons for b in row if not b.action.startswith("_")]
        assert answers
        for button, shown in zip(answers, [b for row in out.buttons for b in row if not b.action.startswith("_")]):
            theirs_label, mine_label = (
                cat.render(person, button.label, strict=True),
                cat.render(worker, button.label, strict=True),
            )
            assert shown.label == (mine_label if theirs_label == mine_label else f"{theirs_label} / {mine_label}")
        if reply.screen.contacts:
            heading = cat.text(person, "contacts-heading")
            assert heading in out.text


def test_the_persons_yes_answers_the_screening(rt):
    s, _ = flows.advance(rt.library, Session(lang="en", country="NL"), Start(flow="screening"))
    s, reply = press(rt.library, s, *TO_TRUST, "show-person", "_p-nl", "refuses")
    assert reply.screen.step == "refused"  # respected; what can be observed is still noted
