"""The engine on its own: pure, deterministic, and hard to push off its path."""

import pytest

import flows
from flows import EngineError, Press, Session, Show, Start, TypedText
from flows.annex import mark


def start(rt, flow="screening", **session):
    return flows.advance(rt.library, Session(country="NL", **session), Start(flow=flow))


def press(rt, s, *actions):
    reply = None
    for a in actions:
        s, reply = flows.advance(rt.library, s, Press(action=a, nonce=s.nonce))
    return s, reply


TO_OBSERVE = ["safe", "continue", "adult", "understood", "consents"]  # to the groups at a glance
ALL_GROUPS_DONE = ["_done"]  # from the groups or any checklist, on to the table


def test_advance_does_not_change_the_session_it_was_given(rt):
    s0, _ = start(rt)
    before = s0.model_dump()
    flows.advance(rt.library, s0, Press(action="safe", nonce=s0.nonce))
    assert s0.model_dump() == before


def test_same_input_same_output(rt):
    a = press(rt, start(rt)[0], *TO_OBSERVE)
    b = press(rt, start(rt)[0], *TO_OBSERVE)
    assert a[0] == b[0] and a[1] == b[1]


def test_unsafe_ends_at_once_with_police(rt):
    s, reply = press(rt, start(rt)[0], "unsafe")
    assert reply.screen.outcome == "unsafe"
    assert {c.role for c in reply.screen.contacts} <= {"emergency", "police"}
    assert any(c.entry.phone == "112" for c in reply.screen.contacts)


def test_stale_button_shows_the_current_step_again(rt):
    s, _ = start(rt)
    old_nonce = s.nonce
    s, _ = press(rt, s, "safe")
    s2, reply = flows.advance(rt.library, s, Press(action="unsafe", nonce=old_nonce))
    assert reply.notices[0].id == "notice-stale"
    assert reply.screen.step == "needs"
    assert s2.step == "needs"


def test_forged_action_is_refused_and_nothing_moves(rt):
    s, _ = start(rt)
    s2, reply = flows.advance(rt.library, s, Press(action="out-b", nonce=s.nonce))
    assert reply.notices[0].id == "notice-stale"
    assert s2.step == "safety" and reply.screen.outcome is None


def test_typed_text_gets_a_hint_and_the_same_step(rt):
    s, _ = start(rt)
    s2, reply = flows.advance(rt.library, s, TypedText())
    assert [n.id for n in reply.notices] == ["notice-use-buttons"]
    assert s2.step == "safety"


def test_show_and_unknown_state_recover_to_a_screen(rt):
    s, reply = flows.advance(rt.library, Session(), Show())
    assert reply.screen.flow == "menu"
    gone = Session(flow="screening", step="a-step-from-an-old-version")
    s, reply = flows.advance(rt.library, gone, Press(action="x"))
    assert reply.screen.flow == "menu" and reply.notices[0].id == "notice-restarted"


def test_unknown_flow_or_step_is_an_error(rt):
    with pytest.raises(EngineError):
        flows.advance(rt.library, Session(), Start(flow="nope"))
    with pytest.raises(EngineError):
        flows.advance(rt.library, Session(), Start(flow="screening", at="nope"))


def test_back_returns_to_the_previous_screen(rt):
    s, _ = press(rt, start(rt)[0], "safe", "continue")
    s, reply = press(rt, s, "_back")
    assert reply.screen.step == "needs"
    s, reply = press(rt, s, "_back")
    assert reply.screen.step == "safety"
    assert not any(b.action == "_back" for row in reply.screen.buttons for b in row)


def test_every_screen_has_quick_exit_and_exit_forgets(rt):
    s, reply = start(rt)
    assert reply.screen.buttons[-1][-1].action == flows.EXIT
    s, _ = press(rt, s, "safe", "continue", "doubt")
    s, reply = press(rt, s, flows.EXIT)
    assert reply.exit and reply.screen is None
    assert s.flow is None and s.flags == [] and s.ticks == []


def test_child_in_doubt_is_presumed_a_child(rt):
    s, reply = press(rt, start(rt)[0], "safe", "continue", "doubt")
    assert reply.screen.step == "child-doubt" and "child" in s.flags
    s, reply = press(rt, s, "continue", "exploited")
    assert reply.screen.outcome == "A"
    assert reply.screen.contacts[0].role == "child-protection"


def test_ticks_toggle_and_derive_mark_one(rt):
    s, reply = press(
        rt,
        start(rt)[0],
        *TO_OBSERVE,
        "ind-purpose",
        "purpose-hands-over-money",
        "purpose-no-refusal",
        "purpose-no-refusal",
    )
    assert s.ticks == ["purpose-hands-over-money"]
    s, reply = press(rt, s, *ALL_GROUPS_DONE)
    assert reply.screen.step == "annex"
    flow = rt.library.flows["screening"]
    assert mark(flow, s, "sexual") == 1
    assert mark(flow, s, "threat") == 0


def test_a_mark_is_set_directly_but_never_below_the_ticks(rt):
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE, "ind-purpose", "purpose-hands-over-money", *ALL_GROUPS_DONE)
    flow = rt.library.flows["screening"]
    seen = []
    for value in (2, 3, 1, 0):
        s, _ = press(rt, s, f"sexual={value}")
        seen.append(mark(flow, s, "sexual"))
    assert seen == [2, 3, 1, 1]  # 0 is below what the ticks show: no such button, nothing changes
    seen = []
    for value in (1, 3, 2, 0):
        s, _ = press(rt, s, f"labour={value}")
        seen.append(mark(flow, s, "labour"))
    assert seen == [1, 3, 2, 0]


def test_assessment_needs_all_three_elements_for_an_adult(rt):
    s, reply = press(
        rt,
        start(rt)[0],
        *TO_OBSERVE,
        "ind-purpose",
        "purpose-hands-over-money",
        "ind-recruitment",
        "recruit-unknown-work",
        "_done",
        "_done",
    )
    args = reply.screen.text[0].args
    assert reply.screen.step == "assessment"
    assert args["elements"] == "some" and args["consent"] == "open"
    assert args["act"] == ["annex-row-recruitment"] and args["means"] == []


def test_for_a_child_act_and_purpose_suffice(rt):
    s, reply = press(
        rt,
        start(rt)[0],
        "safe",
        "continue",
        "child",
        "not-exploited",
        "understood",
        "consents",
        "ind-purpose",
        "purpose-hands-over-money",
        "ind-recruitment",
        "recruit-unknown-work",
        "_done",
        "_done",
    )
    args = reply.screen.text[0].args
    assert args["child"] == "yes" and args["elements"] == "all" and args["consent"] == "child"
    assert [b.action for b in sum(reply.screen.buttons, [])][0] == "child-next"


def test_mark_three_is_listed_as_more_information_needed(rt):
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE, *ALL_GROUPS_DONE)
    s, reply = press(rt, s, "documents=3", "_done")
    assert reply.screen.text[0].args["more"] == ["annex-row-documents"]
    assert reply.screen.text[0].args["means"] == []


def test_she_says_she_chose_it_depends_on_signs_of_a_means_and_of_exploitation(rt):
    s, _ = press(
        rt,
        start(rt)[0],
        *TO_OBSERVE,
        "ind-purpose",
        "purpose-hands-over-money",
        "ind-threat",
        "threat-fear",
        "_done",
        "_done",
    )
    s, reply = press(rt, s, "chose-freely")
    assert reply.screen.step == "chose-means"
    # A means without signs of exploitation: consent is not said to be irrelevant.
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE, "ind-threat", "threat-fear", "_done", "_done")
    s, reply = press(rt, s, "chose-freely")
    assert reply.screen.step == "chose-open"
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE, *ALL_GROUPS_DONE, "_done")
    s, reply = press(rt, s, "chose-freely")
    assert reply.screen.step == "chose-open"


def test_loops_do_not_grow_the_trail(rt):
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE, *ALL_GROUPS_DONE, "_done")
    length = len(s.trail)
    for _ in range(20):
        s, _ = press(rt, s, "chose-freely", "back")
    assert s.step == "assessment" and len(s.trail) == length


def test_a_full_session_stays_small(rt):
    s, _ = press(rt, start(rt)[0], *TO_OBSERVE)
    flow = rt.library.flows["screening"]
    for step_id in [
        f"ind-{g}"
        for g in (
            "purpose",
            "recruitment",
            "transport",
            "harbouring",
            "threat",
            "violence",
            "movement",
            "isolation",
            "documents",
            "wages",
            "deception",
            "vulnerability",
            "debt",
        )
    ]:
        s, _ = press(rt, s, step_id)
        for item in flow.step(step_id).items:
            s, reply = press(rt, s, item)
            if reply.screen.step == "safety-again":  # a sign of danger: still safe
                s, _ = press(rt, s, "safe")
    assert len(s.ticks) == 48
    assert len(s.model_dump_json()) < 2048


def test_language_country_and_seed_are_events_that_keep_the_screen(rt):
    from flows import Seed, SetCountry, SetLanguage

    lib = rt.library
    s, first = flows.advance(lib, Session(), Start(flow="menu"))
    s, reply = flows.advance(lib, s, SetLanguage(lang="nl"))
    s, reply = flows.advance(lib, s, SetCountry(country="NL"))
    s, reply = flows.advance(lib, s, Seed(seed=7))
    assert (s.lang, s.country, s.seed) == ("nl", "NL", 7)
    assert reply.screen.nonce == first.screen.nonce == s.nonce  # the buttons on show stay valid
    with pytest.raises(EngineError):
        flows.advance(lib, s, SetLanguage(lang="xx"))
    with pytest.raises(EngineError):
        flows.advance(lib, s, SetCountry(country="XX"))
    s, reply = flows.advance(lib, Session(), SetLanguage(lang="fr"))
    assert s.lang == "fr" and reply.screen is None  # no conversation yet: nothing to show


def test_advance_never_changes_the_session_it_is_given(rt):
    """The engine copies a session shallowly and replaces what it changes: every press of
    every recorded screen (ticks, marks, runs, the trail) leaves the caller's session as it was."""
    import json

    from bot.records import decode
    from tests.upgrade_fixtures import FIXTURES

    for case in json.loads((FIXTURES / "sessions.json").read_text(encoding="utf-8")):
        session = decode(case["record"]).session
        before = session.model_dump()
        for cb in case["callbacks"]:
            flows.advance(rt.library, session, Press(action=cb["action"], nonce=cb["nonce"]))
            assert session.model_dump() == before, (case["story"], cb["action"])
