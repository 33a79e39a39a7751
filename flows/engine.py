"""The dialogue engine: a pure function (library, session, event) -> (session, reply).

No I/O and no Telegram here. A reply carries message ids and arguments, never
rendered strings, so one run renders in any language. Every screen carries a
nonce; a button pressed with another nonce is out of date and the current
screen is shown again.

What a step shows and how it takes a press is its kind's (flows/kinds/); the engine
keeps what every press shares: navigation, the person's languages, stale buttons.
flows/screens.py makes the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flows import kinds as _kinds  # noqa: F401  (registers the step kinds)
from flows.errors import EngineError
from flows.library import Library
from flows.outputs import BACK, EXIT, MENU, PERSON_LANG_PREFIX, Msg, Reply
from flows.screens import MENU_FLOW, screen
from flows.session import (
    Event,
    Paused,
    Press,
    Seed,
    Session,
    SetCountry,
    SetLanguage,
    Show,
    Start,
    TypedText,
    shallow_copy,
)
from flows.step import Ctx, Move, Step, step_at, steps_of

# A flow whose branches loop without a screen would hang; the loader forbids it,
# this is the belt to those braces.
MAX_AUTO_STEPS = 100


def advance(lib: Library, session: Session, event: Event) -> tuple[Session, Reply]:
    # A shallow copy: the engine and the kinds replace a session's lists, never edit them,
    # so the caller's session stays as it was.
    s = shallow_copy(session)
    return _HANDLERS[type(event)](lib, s, event)


def _start(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if event.flow not in lib.flows:
        raise EngineError(f"unknown flow '{event.flow}'")
    flow = lib.flows[event.flow]
    if event.at is not None and event.at not in flow.step_index:
        raise EngineError(f"flow '{event.flow}' has no step '{event.at}'")
    if event.at is not None and step_at(flow, event.at).in_run:
        raise EngineError(f"flow '{event.flow}': step '{event.at}' is inside a run; start at its deal step")
    question = _resume_question(lib, event.flow) if event.at is None else None
    if question:
        _pause(lib, s, MENU_FLOW)  # a command given mid-way pauses the flow it leaves
    if question and s.paused and s.paused.flow == event.flow:
        # A command that opens a paused flow asks first, as the menu's button does.
        _enter_flow(lib, s, MENU_FLOW, question)
    else:
        _enter_flow(lib, s, event.flow, event.at)
    return s, _reply(lib, s)


def _resume_question(lib: Library, flow_id: str) -> str | None:
    """The menu's step that asks whether to continue a paused flow or start it again."""
    for step in steps_of(lib.flows[MENU_FLOW]):
        for option in getattr(step, "options", []):
            if option.flow == flow_id and option.paused:
                return str(option.paused)
    return None


def _current(lib: Library, s: Session) -> Step | None:
    """The session's step, or None when there is no conversation yet or it is from a flow
    version that no longer exists (or no longer fits it)."""
    flow = lib.flows.get(s.flow) if s.flow else None
    if flow is None or s.step not in flow.step_index:
        return None
    step = step_at(flow, s.step)
    return step if step.in_order(Ctx(lib, flow), s) else None


def _restart(lib: Library, s: Session, had_flow: bool) -> tuple[Session, Reply]:
    _enter_flow(lib, s, MENU_FLOW)
    return s, _reply(lib, s, [Msg(id="notice-restarted")] if had_flow else [])


def _show(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if _current(lib, s) is None:
        return _restart(lib, s, bool(s.flow))
    return s, _reply(lib, s)


def _typed(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if _current(lib, s) is None:
        return _restart(lib, s, bool(s.flow))
    return s, _reply(lib, s, [Msg(id="notice-use-buttons")])


def _press(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    step = _current(lib, s)
    if step is None:
        return _restart(lib, s, bool(s.flow))
    if event.nonce is not None and event.nonce != s.nonce:
        return s, _reply(lib, s, [Msg(id="notice-stale")])
    action: str = event.action
    if action == EXIT:
        return Session(lang=s.lang, country=s.country, seed=s.seed), Reply(exit=True)
    if action == MENU:
        _enter_flow(lib, s, MENU_FLOW)
        return s, _reply(lib, s)
    if action == BACK and s.trail:
        s.step, s.trail = s.trail[-1], s.trail[:-1]
        return s, _reply(lib, s)
    if action.startswith(PERSON_LANG_PREFIX) and step.for_person():
        return _person_lang(lib, s, action.removeprefix(PERSON_LANG_PREFIX))
    assert s.flow is not None  # _current found the step
    move = step.press(Ctx(lib, lib.flows[s.flow]), s, action)
    if move is None:
        return s, _reply(lib, s, [Msg(id="notice-stale")])
    return _make(lib, s, move)


def _person_lang(lib: Library, s: Session, lang: str) -> tuple[Session, Reply]:
    if lang not in lib.languages:
        return s, _reply(lib, s, [Msg(id="notice-stale")])
    s.person_lang = lang
    s.nonce += 1
    return s, _reply(lib, s)


def _make(lib: Library, s: Session, move: Move) -> tuple[Session, Reply]:
    if move.send:
        # Nothing changes, not even the nonce: the screen's buttons stay valid.
        reply = _reply(lib, s)
        reply.documents = [move.send]
        return s, reply
    if move.flow and move.resume:
        _resume(lib, s, move.flow)
    elif move.flow:
        _enter_flow(lib, s, move.flow)
    elif move.to:
        _goto(lib, s, move.to)
        if move.closes_run:
            s.trail = []
    else:
        s.nonce += 1  # the same step with changed state: the old keyboard is stale
    return s, _reply(lib, s)


def _set_language(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if event.lang not in lib.languages:
        raise EngineError(f"unknown language '{event.lang}'; known: {', '.join(lib.languages)}")
    s.lang = event.lang
    return s, _settled(lib, s)


def _set_country(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if event.country is not None and event.country not in lib.directories:
        raise EngineError(f"no contact directory for country '{event.country}'")
    s.country = event.country
    return s, _settled(lib, s)


def _seed(lib: Library, s: Session, event: Any) -> tuple[Session, Reply]:
    if event.seed < 0:
        raise EngineError(f"a seed is a whole number ≥ 0, not {event.seed}")
    s.seed = event.seed
    return s, _settled(lib, s)


def _settled(lib: Library, s: Session) -> Reply:
    """After a setting: the current screen, still valid (same nonce), if there is one."""
    return Reply(screen=screen(lib, s)) if _current(lib, s) is not None else Reply()


_HANDLERS: dict[type, Callable[[Library, Session, Any], tuple[Session, Reply]]] = {
    Start: _start,
    Show: _show,
    TypedText: _typed,
    Press: _press,
    SetLanguage: _set_language,
    SetCountry: _set_country,
    Seed: _seed,
}


def _enter_flow(lib: Library, s: Session, flow_id: str, at: str | None = None) -> None:
    _pause(lib, s, flow_id)
    s.flow, s.trail, s.flags, s.ticks, s.raised = flow_id, [], [], [], {}
    s.run, s.person_lang = None, None
    s.step = None
    _goto(lib, s, at or lib.flows[flow_id].start)


def _pause(lib: Library, s: Session, flow_id: str) -> None:
    """Leaving a resumable flow part-way keeps it paused; starting it again afresh is a
    choice the worker made (the menu asked), and drops the paused one."""
    if s.paused and s.paused.flow == flow_id:
        s.paused = None
    step = _current(lib, s)
    if s.flow is None or s.flow == flow_id or step is None or not lib.flows[s.flow].resumable:
        return
    if s.trail and step.ends_in() is None:
        s.paused = Paused(
            flow=s.flow,
            step=step.id,
            trail=s.trail,
            flags=s.flags,
            ticks=s.ticks,
            raised=s.raised,
            person_lang=s.person_lang,
        )


def _resume(lib: Library, s: Session, flow_id: str) -> None:
    """Back into a paused flow where it was left, all of it kept; a paused step that
    this version of the flow no longer has starts the flow afresh."""
    paused = s.paused
    flow = lib.flows.get(flow_id)
    if paused is None or paused.flow != flow_id or flow is None or paused.step not in flow.step_index:
        _enter_flow(lib, s, flow_id)
        return
    s.flow, s.step, s.trail, s.flags = paused.flow, paused.step, paused.trail, paused.flags
    s.ticks, s.raised, s.person_lang = paused.ticks, paused.raised, paused.person_lang
    s.run, s.paused = None, None
    if _current(lib, s) is None:
        _enter_flow(lib, s, flow_id)
        return
    s.nonce += 1


def _goto(lib: Library, s: Session, step_id: str) -> None:
    """Move to a step, passing through the steps without a screen, and open a new screen."""
    assert s.flow is not None
    ctx = Ctx(lib, lib.flows[s.flow])
    for _ in range(MAX_AUTO_STEPS):
        step = step_at(ctx.flow, step_id)
        if step.shows_screen:
            break
        step_id = step.through(ctx, s)
    else:
        raise EngineError(f"flow '{ctx.flow.id}': branches loop at step '{step_id}'")
    if step_id in s.trail:
        # Going back to a step seen before: the trail ends there, so it never grows in loops.
        s.trail = s.trail[: s.trail.index(step_id)]
    elif s.step is not None and s.step != step_id:
        s.trail = [*s.trail, s.step]
    s.step = step_id
    s.nonce += 1


def _reply(lib: Library, s: Session, notices: list[Msg] | None = None) -> Reply:
    return Reply(notices=notices or [], screen=screen(lib, s))
