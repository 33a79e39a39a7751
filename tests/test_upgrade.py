"""A deployed bot keeps its users across an upgrade: sessions stored and buttons sent
by the release before the engine's restructure still load, show the same screen and
do the same thing (fixtures recorded by tests/upgrade_fixtures.py on that release)."""

import json

import pytest

import flows
from bot.records import decode
from bot.telegram import buttons
from flows import Press, Show
from tests.upgrade_fixtures import FIXTURES, normal_reply, normal_screen

CASES = json.loads((FIXTURES / "sessions.json").read_text(encoding="utf-8"))


def test_the_fixtures_cover_every_kind_of_screen():
    kinds = {c["kind"] for c in CASES}
    assert kinds >= {"choice", "checklist", "marks", "reference", "ask", "feedback", "end"}
    records = [c["record"] for c in CASES]
    for field in ('"ticks"', '"raised"', '"person_lang"', '"run"', '"trail"', '"flags"'):
        assert any(field in r for r in records), field


@pytest.mark.parametrize("case", CASES, ids=[f"{c['story']}-{c['at']}" for c in CASES])
def test_a_stored_session_shows_the_same_screen_and_its_buttons_do_the_same(rt, case):
    session = decode(case["record"]).session
    _, reply = flows.advance(rt.library, session, Show())
    assert normal_screen(reply.screen) == case["screen"]
    for cb in case["callbacks"]:
        assert buttons.decode(cb["data"]) == (cb["nonce"], cb["action"])
        _, reply = flows.advance(rt.library, session, Press(action=cb["action"], nonce=cb["nonce"]))
        assert normal_reply(reply) == cb["reply"], cb["data"]
