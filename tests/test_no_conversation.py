"""Without a conversation (a refusal, or no acceptable interpreter) the signs noticed by
observing the person are still recorded before the decision, so the annex is not empty."""

import flows
from flows import Press, Session, Start
from flows.annex import marks

NO_INTERPRETER = ["safe", "continue", "adult", "not-understood", "none", "continue"]
REFUSED = ["safe", "continue", "adult", "understood", "refuses", "continue"]


def _walk(rt, actions):
    s, reply = flows.advance(rt.library, Session(lang="en", country="NL"), Start(flow="screening"))
    for a in actions:
        s, reply = flows.advance(rt.library, s, Press(action=a, nonce=s.nonce))
    return s, reply


def _walk_on(rt, s, *actions):
    for a in actions:
        s, reply = flows.advance(rt.library, s, Press(action=a, nonce=s.nonce))
    return s, reply


def _actions(reply):
    return [b.action for row in reply.screen.buttons for b in row]


def test_the_observation_screen_offers_every_observed_indicator_and_only_those(rt):
    flow = rt.library.flows["screening"]
    _, reply = _walk(rt, NO_INTERPRETER)
    assert reply.screen.step == "watch"
    observed = [i.id for i in flow.indicators if i.how == "observe"]
    assert [a for a in _actions(reply) if not a.startswith("_")] == observed


def test_observed_signs_reach_the_annex_and_no_interpreter_can_be_postponed(rt):
    flow = rt.library.flows["screening"]
    s, reply = _walk(rt, [*NO_INTERPRETER, "threat-fear", "isolation-speaks-for"])
    assert reply.screen.step == "safety-again", "an escort who answers for her: safety is asked again"
    s, reply = _walk_on(rt, s, "safe", "_done")
    assert reply.screen.step == "no-talk-adult" and "later" in _actions(reply)
    assert {row for row, m in marks(flow, s).items() if m} == {"threat", "isolation"}
    s, reply = flows.advance(rt.library, s, Press(action="later", nonce=s.nonce))
    assert reply.screen.step == "out-later" and reply.screen.contacts


def test_a_refusal_is_respected_but_not_postponed_for_an_interpreter(rt):
    _, reply = _walk(rt, [*REFUSED, "_done"])
    assert reply.screen.step == "no-talk-adult" and "later" not in _actions(reply)
