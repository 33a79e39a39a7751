"""A screening left part-way for the menu (a contact, a Learn card) is kept paused:
the menu's Screening button, or a command that opens the screening, asks whether to
continue where it was or to start again. Nothing ticked or marked is dropped silently."""

import flows
from flows import Press, Session, Start


def press(lib, s, *actions):
    reply = None
    for a in actions:
        s, reply = flows.advance(lib, s, Press(action=a, nonce=s.nonce))
    return s, reply


TO_CHECKLIST = ("safe", "continue", "adult", "understood", "consents", "ind-purpose")


def mid_screening(lib):
    s, _ = flows.advance(lib, Session(country="NL"), Start(flow="screening"))
    s, _ = press(lib, s, *TO_CHECKLIST, "purpose-hands-over-money", "ind-recruitment", "recruit-no-contract")
    s, _ = press(lib, s, "ind-threat")  # on to the threat group
    s.raised = {"labour": 3}  # as if marked on the annex screen earlier, then gone back
    return s


def test_a_command_that_opens_the_screening_asks_first(rt):
    lib = rt.library
    s = mid_screening(lib)
    step, trail = s.step, s.trail
    s, reply = press(lib, s, flows.MENU)
    s, reply = flows.advance(lib, s, Start(flow="screening"))  # the /screening command
    assert reply.screen.step == "resume"
    assert reply.screen.text[0].args == {"ticks": 2, "marks": 1}
    s, reply = press(lib, s, "continue")
    assert (reply.screen.flow, reply.screen.step, s.trail) == ("screening", step, trail)
    assert s.ticks == ["purpose-hands-over-money", "recruit-no-contract"] and s.raised == {"labour": 3}
    assert s.paused is None


def test_learn_and_contacts_between_keep_the_paused_screening(rt):
    lib = rt.library
    s = mid_screening(lib)
    s, _ = press(lib, s, flows.MENU, "learn")
    s, _ = press(lib, s, flows.MENU, "contacts")
    s, reply = press(lib, s, flows.MENU, "screening")
    assert reply.screen.step == "resume"
    s, reply = press(lib, s, "restart")
    assert (reply.screen.step, s.ticks, s.raised, s.paused) == ("safety", [], {}, None)


def test_nothing_to_resume_at_the_first_screen_or_at_an_outcome(rt):
    lib = rt.library
    s, _ = flows.advance(lib, Session(country="NL"), Start(flow="screening"))
    s, reply = press(lib, s, flows.MENU, "screening")
    assert reply.screen.step == "safety", "nothing was answered yet: no question"
    s, reply = press(lib, s, "unsafe")
    assert reply.screen.outcome == "unsafe"
    s, reply = press(lib, s, flows.MENU, "screening")
    assert reply.screen.step == "safety", "a screening that reached its outcome is over"


def test_quick_exit_forgets_the_paused_screening_too(rt):
    lib = rt.library
    s, _ = press(lib, mid_screening(lib), flows.MENU)
    assert s.paused is not None
    s, reply = press(lib, s, flows.EXIT)
    assert reply.exit and s.paused is None


def test_a_paused_step_this_version_no_longer_has_starts_afresh(rt):
    lib = rt.library
    s, _ = press(lib, mid_screening(lib), flows.MENU, "screening")
    s.paused = s.paused.model_copy(update={"step": "a-step-of-an-old-release"})
    s, reply = press(lib, s, "continue")
    assert (reply.screen.step, s.ticks, s.paused) == ("safety", [], None)


def test_a_stored_session_round_trips_with_its_paused_screening(rt):
    s, _ = press(rt.library, mid_screening(rt.library), flows.MENU)
    again = Session.model_validate_json(s.model_dump_json())
    assert again.paused == s.paused and again.paused.ticks == ["purpose-hands-over-money", "recruit-no-contract"]
