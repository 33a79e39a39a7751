"""The dialogue engine: a pure function (library, session, event) -> (session, reply).

No I/O and no Telegram here. A reply carries message ids and arguments, never
rendered strings, so one run renders in any language. Every screen carries a
nonce; a button pressed with another nonce is out of date and the current
screen is shown again.
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel

from flows import runs
from flows.annex import assessment_args, holds, mark, raise_mark
from flows.drill import Run
from flows.library import Library
from flows.outputs import BACK, DOCUMENTS, DONE, EXIT, FINISH, MENU, NEXT, PERSON_LANG_PREFIX, Button, Msg, Reply, Screen
from flows.runs import action_label
from flows.schema import (
    AskStep,
    ChecklistStep,
    ChoiceStep,
    DealStep,
    EndStep,
    FeedbackStep,
    Flow,
    MarksStep,
    Option,
    ReferenceStep,
)

# The engine's public names that adapters and tests use.
__all__ = ["advance", "screen", "Session", "Start", "Press", "Typed", "Show", "Event", "EngineError",
           "Msg", "Button", "Screen", "Reply", "DOCUMENTS", "BACK", "MENU", "EXIT", "DONE", "NEXT", "FINISH",
           "mark", "action_label"]

MENU_FLOW = "menu"
# A flow whose branches loop without a screen would hang; the loader forbids it,
# this is the belt to those braces.
MAX_AUTO_STEPS = 100


class Session(BaseModel):
    """All the engine remembers: no names, no text, no ids of people."""

    lang: str = "en"
    country: str | None = None
    flow: str | None = None
    step: str | None = None
    trail: list[str] = []
    flags: list[str] = []
    ticks: list[str] = []
    raised: dict[str, int] = {}
    nonce: int = 0
    person_lang: str | None = None  # the language of the person, for screens shown to them
    # Where the order of practice scenarios and quiz questions comes from: an adapter
    # seeds a new session with fresh entropy; each deal moves it on.
    seed: int = 0
    run: Run | None = None  # a practice or quiz run: item ids and scores only


class Start(BaseModel):
    """Start a flow, at its first step or at `at` (a deep link, the country question)."""

    kind: Literal["start"] = "start"
    flow: str
    at: str | None = None


class Press(BaseModel):
    kind: Literal["press"] = "press"
    action: str
    nonce: int | None = None  # None: trusted caller (terminal numbering is always current)


class Typed(BaseModel):
    """The user typed text; its content never reaches the engine."""

    kind: Literal["typed"] = "typed"


class Show(BaseModel):
    """Show the current screen again (after a restart, a /start with no payload…)."""

    kind: Literal["show"] = "show"


Event = Union[Start, Press, Typed, Show]


class EngineError(Exception):
    """A caller passed something the library does not have (a flow id)."""


def advance(lib: Library, session: Session, event: Event) -> tuple[Session, Reply]:
    s = session.model_copy(deep=True)
    if isinstance(event, Start):
        if event.flow not in lib.flows:
            raise EngineError(f"unknown flow '{event.flow}'")
        if event.at is not None and event.at not in lib.flows[event.flow].step_index:
            raise EngineError(f"flow '{event.flow}' has no step '{event.at}'")
        if event.at is not None and isinstance(lib.flows[event.flow].step(event.at), (AskStep, FeedbackStep)):
            raise EngineError(f"flow '{event.flow}': step '{event.at}' is inside a run; start at its deal step")
        _enter_flow(lib, s, event.flow, event.at)
        return s, _reply(lib, s)
    if s.flow not in lib.flows or s.step not in lib.flows[s.flow].step_index or not runs.in_order(lib.flows[s.flow], s):
        # No conversation yet, or one from a flow version that no longer exists.
        _enter_flow(lib, s, MENU_FLOW)
        return s, _reply(lib, s, [Msg(id="notice-restarted")] if session.flow else [])
    if isinstance(event, Show):
        return s, _reply(lib, s)
    if isinstance(event, Typed):
        return s, _reply(lib, s, [Msg(id="notice-use-buttons")])
    if event.nonce is not None and event.nonce != s.nonce:
        return s, _reply(lib, s, [Msg(id="notice-stale")])
    return _press(lib, s, event.action)


def _press(lib: Library, s: Session, action: str) -> tuple[Session, Reply]:
    flow = lib.flows[s.flow]
    step = flow.step(s.step)
    if action == EXIT:
        return Session(lang=s.lang, country=s.country, seed=s.seed), Reply(exit=True)
    if action == MENU:
        _enter_flow(lib, s, MENU_FLOW)
        return s, _reply(lib, s)
    if action == BACK and s.trail:
        s.step = s.trail.pop()
        return s, _reply(lib, s)
    if action.startswith(PERSON_LANG_PREFIX) and step.audience == "person":
        lang = action.removeprefix(PERSON_LANG_PREFIX)
        if lang not in lib.languages:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        s.person_lang = lang
        _stay(s)
        return s, _reply(lib, s)
    if isinstance(step, ChecklistStep):
        if action == DONE:
            _goto(lib, s, step.next)
        elif action in step.items:
            if action in s.ticks:
                s.ticks.remove(action)
            else:
                s.ticks.append(action)
            _stay(s)
        else:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        return s, _reply(lib, s)
    if isinstance(step, MarksStep):
        rows = {r.id for r in flow.rows}
        if action == DONE:
            _goto(lib, s, step.next)
        elif action in rows:
            raise_mark(flow, s, action)
            _stay(s)
        else:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        return s, _reply(lib, s)
    if isinstance(step, (AskStep, FeedbackStep)):
        target = runs.press(lib, flow, s, step, action)
        if target is None:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        if target == runs.STAY:
            _stay(s)
        else:
            _goto(lib, s, target)
            s.trail = []  # what a run has scored is final: no way back into it
        return s, _reply(lib, s)
    option = next((o for o in _visible_options(step, flow, s) if o.id == action), None)
    if option is None:
        return s, _reply(lib, s, [Msg(id="notice-stale")])
    if option.send:
        # Nothing changes, not even the nonce: the screen's buttons stay valid.
        reply = _reply(lib, s)
        reply.documents = [option.send]
        return s, reply
    _apply(lib, s, option)
    return s, _reply(lib, s)


def _apply(lib: Library, s: Session, option: Option) -> None:
    for flag in option.set_flags:
        if flag not in s.flags:
            s.flags.append(flag)
    if option.set_lang:
        s.lang = option.set_lang
    if option.set_country:
        s.country = option.set_country
    if option.flow:
        _enter_flow(lib, s, option.flow)
    else:
        _goto(lib, s, option.next)


def _enter_flow(lib: Library, s: Session, flow_id: str, at: str | None = None) -> None:
    s.flow, s.trail, s.flags, s.ticks, s.raised = flow_id, [], [], [], {}
    s.run, s.person_lang = None, None
    s.step = None
    _goto(lib, s, at or lib.flows[flow_id].start)


def _goto(lib: Library, s: Session, step_id: str) -> None:
    """Move to a step, passing through branches, and open a new screen."""
    flow = lib.flows[s.flow]
    for _ in range(MAX_AUTO_STEPS):
        step = flow.step(step_id)
        if isinstance(step, DealStep):
            runs.deal(flow, s, step)
            step_id = step.next
            continue
        if step.kind != "branch":
            break
        step_id = next((c.next for c in step.cases if holds(c.when, flow, s)), step.otherwise)
    else:
        raise EngineError(f"flow '{flow.id}': branches loop at step '{step_id}'")
    if step_id in s.trail:
        # Going back to a step seen before: the trail ends there, so it never grows in loops.
        del s.trail[s.trail.index(step_id) :]
    elif s.step is not None and s.step != step_id:
        s.trail.append(s.step)
    s.step = step_id
    s.nonce += 1


def _stay(s: Session) -> None:
    """The same step with changed state: a new nonce, so the old keyboard is stale."""
    s.nonce += 1


def _visible_options(step, flow: Flow, s: Session) -> list[Option]:
    return [o for o in getattr(step, "options", []) if o.when is None or holds(o.when, flow, s)]


# --- screens --------------------------------------------------------------------


def _reply(lib: Library, s: Session, notices: list[Msg] | None = None) -> Reply:
    return Reply(notices=notices or [], screen=screen(lib, s))


def screen(lib: Library, s: Session) -> Screen:
    flow = lib.flows[s.flow]
    step = flow.step(s.step)
    text = [Msg(id=step.text)]
    rows: list[list[Button]] = []
    outcome, contacts, ends = None, [], False
    if isinstance(step, (AskStep, FeedbackStep)):
        text, rows, contacts, ends = runs.screen_parts(lib, flow, s, step)
    elif isinstance(step, ChecklistStep):
        index = flow.indicator_index
        for n, item in enumerate(step.items, 1):
            ticked = "yes" if item in s.ticks else "no"
            how = index[item].how
            text.append(Msg(id="checklist-item", args={"n": n, "how": how, "ticked": ticked, "text": [f"indicator-{item}"]}))
        toggles = [
            Button(action=item, label=Msg(id="checklist-button", args={"n": n, "how": index[item].how, "ticked": "yes" if item in s.ticks else "no"}))
            for n, item in enumerate(step.items, 1)
        ]
        rows += [toggles[i : i + 3] for i in range(0, len(toggles), 3)]
        rows.append([Button(action=DONE, label=Msg(id=step.done))])
    elif isinstance(step, MarksStep):
        buttons = []
        for n, row in enumerate(flow.rows, 1):
            args = {"n": n, "row": [f"annex-row-{row.id}"], "mark": mark(flow, s, row.id)}
            text.append(Msg(id="marks-line", args=args))
            buttons.append(Button(action=row.id, label=Msg(id="marks-button", args=args)))
        rows += [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
        rows.append([Button(action=DONE, label=Msg(id=step.done))])
    else:
        if isinstance(step, ChoiceStep) and step.show == "assessment":
            text[0] = Msg(id=step.text, args=assessment_args(flow, s))
        if isinstance(step, ChoiceStep) and step.show == "summary":
            text[0] = Msg(id=step.text, args=runs.summary_args(flow, s))
        if isinstance(step, ReferenceStep):
            text += runs.reference_lines(lib.flows[flow.source], step.groups)
        rows += [[Button(action=o.id, label=Msg(id=o.label))] for o in _visible_options(step, flow, s)]
        if isinstance(step, EndStep):
            outcome, ends = step.outcome, True
        contacts = lib.contacts_for(s.country, step.contacts)
    person_lang = None
    if step.audience == "person":
        person_lang = s.person_lang or s.lang
        langs = [Button(action=PERSON_LANG_PREFIX + lang, label=Msg(id="person-lang-button", args={"lang": [f"lang-{lang}"], "current": "yes" if lang == person_lang else "no"}))
                 for lang in lib.languages]
        rows += [langs[i : i + 4] for i in range(0, len(langs), 4)]
    nav = [Button(action=BACK, label=Msg(id="nav-back"))] if s.trail else []
    if s.flow != MENU_FLOW:
        nav.append(Button(action=MENU, label=Msg(id="nav-menu")))
    nav.append(Button(action=EXIT, label=Msg(id="nav-exit")))
    rows.append(nav)
    return Screen(flow=s.flow, step=s.step, nonce=s.nonce, text=text, buttons=rows, person_lang=person_lang,
                  ends=ends, outcome=outcome, contacts=contacts)


