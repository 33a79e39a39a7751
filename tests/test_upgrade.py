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

# Issue 14 changed the screening's screens from `observe` to the assessment on purpose:
# the 13 groups at a glance replace "Start ➜" and the walk through every group (a
# checklist's "Done" now leads to the table, its other buttons open another group), the
# annex marks are set directly ("<row>=<mark>" instead of raising by one), and the
# assessment words its findings differently. Sessions stored there still load and show
# the same step; their old buttons either still lead to the same step, or lead to the
# table (a checklist's "Done"), or ask about safety again (a tick on a sign of danger),
# or are out of date (the current screen again, nothing
# lost) — never an error, never a reset.
GROUPS = ["purpose", "recruitment", "transport", "harbouring", "threat", "violence", "movement", "isolation"]
GROUPS += ["documents", "wages", "deception", "vulnerability", "debt"]
CHANGED = {"observe", "annex", "assessment"} | {f"ind-{g}" for g in GROUPS}
# Issue 14 also changed what follows when there is no conversation: the observed (👁) signs
# are noted first, so a refusal now leads to `refused` and "no interpreter" to
# `no-interpreter` (both then to the observation checklist) instead of straight to the
# decision; the decision's wording changed, and the child's no-talk screen no longer goes
# straight on to child protection (its old "Continue" is out of date): it asks whether
# what was observed gives sufficient reason to suspect exploitation.
CHANGED |= {"no-talk-adult", "no-talk-child"}
NO_TALK = {"no-talk-adult", "no-talk-child"}
OBSERVED_FIRST = {"trust": "refused", "person-consent": "refused", "interpreter": "no-interpreter"}


# Changed on purpose since, too: the contact sections (new roles, honest lines, descriptions
# in every language: issue 15) and the language and country pickers, now made from the
# library in a fixed order (issue 13). Their steps are held to the same promise.
CHANGED_FLOWS = {"contacts", "setup"}
PICKERS = {"country", "language", "needs"}


def _changed_screen(screen):
    step = screen["step"] or ""
    return (
        step in CHANGED
        or step in PICKERS
        or screen["flow"] in CHANGED_FLOWS
        or step.startswith(("out-", "person-contacts-"))
        or (screen["flow"] == "practice" and step == "feedback")  # lists the contacts of the right action
    )


def _changed(case):
    return _changed_screen(case["screen"]) or any(_changed_screen(cb["reply"]) for cb in case["callbacks"])


def _still_fits(old, new, was_at):
    if new["exit"] != old["exit"] or new["flow"] != old["flow"]:
        return False
    if new["step"] == old["step"]:
        return True
    stale = [n[0] for n in new["notices"]] == ["notice-stale"] and new["step"] == was_at
    from_checklist = was_at.startswith("ind-")
    observed_first = old["step"] in NO_TALK and new["step"] == OBSERVED_FIRST.get(was_at)
    return stale or observed_first or (from_checklist and new["step"] in ("annex", "safety-again"))


def test_the_fixtures_cover_every_kind_of_screen():
    kinds = {c["kind"] for c in CASES}
    assert kinds >= {"choice", "checklist", "marks", "reference", "ask", "feedback", "end"}
    records = [c["record"] for c in CASES]
    for field in ('"ticks"', '"raised"', '"person_lang"', '"run"', '"trail"', '"flags"'):
        assert any(field in r for r in records), field


def _options_unordered(screen: dict) -> dict:
    """Issue 14 shuffles a multiple-choice question's options from the run's seed (the
    previous release always put the right answer first, so pressing A scored 100 %). The
    same options must still be there, each lettered line with its own button, and every
    button still does what it did: only their order may differ from the recording."""
    lines = [t for t in screen["text"] if t[0] == "quiz-option"]
    if not lines:
        return screen
    options = sorted(
        (line[1]["text"], button)
        for line, button in zip(
            lines, [row for row in screen["buttons"] if row[0][1] == "quiz-option-button"], strict=True
        )
    )
    for text, row in options:
        assert row[0][2]["text"] == text  # a line and its button name the same option
    text = [t for t in screen["text"] if t[0] != "quiz-option"] + [["quiz-option", t] for t, _ in options]
    rest = [row for row in screen["buttons"] if row[0][1] != "quiz-option-button"]
    return {**screen, "text": text, "buttons": [[[row[0][0]]] for _, row in options] + rest}


def _shuffled(reply: dict) -> bool:
    """A press that leads to a multiple-choice question: its screen's digest cannot match."""
    return reply["flow"] == "quiz" and reply["step"] == "question"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['story']}-{c['at']}" for c in CASES])
def test_a_stored_session_shows_the_same_screen_and_its_buttons_do_the_same(rt, case):
    session = decode(case["record"]).session
    _, reply = flows.advance(rt.library, session, Show())
    if _changed(case):
        assert reply.screen.step == case["screen"]["step"] and not reply.notices
        for cb in case["callbacks"]:
            assert buttons.decode(cb["data"]) == (cb["nonce"], cb["action"])
            _, reply = flows.advance(rt.library, session, Press(action=cb["action"], nonce=cb["nonce"]))
            assert _still_fits(cb["reply"], normal_reply(reply), case["screen"]["step"]), cb["data"]
        return
    assert _options_unordered(normal_screen(reply.screen)) == _options_unordered(case["screen"])
    for cb in case["callbacks"]:
        assert buttons.decode(cb["data"]) == (cb["nonce"], cb["action"])
        _, reply = flows.advance(rt.library, session, Press(action=cb["action"], nonce=cb["nonce"]))
        got, recorded = normal_reply(reply), cb["reply"]
        if _shuffled(recorded) and len(reply.screen.buttons) > 3:
            got, recorded = {**got, "digest": None}, {**recorded, "digest": None}
        assert got == recorded, cb["data"]
