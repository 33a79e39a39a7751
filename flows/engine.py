"""The dialogue engine: a pure function (library, session, event) -> (session, reply).

No I/O and no Telegram here. A reply carries message ids and arguments, never
rendered strings, so one run renders in any language. Every screen carries a
nonce; a button pressed with another nonce is out of date and the current
screen is shown again.
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, Field

from flows import drill
from flows.contacts import Listed
from flows.drill import Run
from flows.library import Library
from flows.schema import (
    AskStep,
    ChecklistStep,
    ChoiceStep,
    Condition,
    DealStep,
    EndStep,
    FeedbackStep,
    Flow,
    MarksStep,
    Option,
    Question,
    ReferenceStep,
)

# Actions every screen understands; step ids and option ids cannot start with "_".
BACK, MENU, EXIT, DONE = "_back", "_menu", "_exit", "_done"
# In a practice or quiz run: on to the next item; to the summary.
NEXT, FINISH = "_next", "_finish"
# Wrong picks explained one by one with the guide's signs of the group; beyond this
# many they are named together, so the feedback still fits one screen.
MAX_HINTS = 3
OPTION_LETTERS = "ABCDEFGH"
MENU_FLOW = "menu"
# Documents an option can ask for with `send:` (made by bot/documents/): the
# annex 1 summary of a screening, and a card with a country's contacts.
DOCUMENTS = ("annex-pdf", "handover-card")
MAX_MARK = 3
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
    # Where the order of practice scenarios and quiz questions comes from: an adapter
    # seeds a new session with fresh entropy; each deal moves it on.
    seed: int = 0
    run: Run | None = None  # a practice or quiz run: item ids and scores only


class Msg(BaseModel):
    """A message id with arguments. A list argument holds message ids that the
    renderer formats and joins; other arguments are used as they are."""

    id: str
    args: dict[str, Union[str, int, list[str]]] = {}


class Button(BaseModel):
    action: str
    label: Msg


class Screen(BaseModel):
    flow: str
    step: str
    nonce: int
    text: list[Msg]
    buttons: list[list[Button]]
    ends: bool = False  # an end step: its contacts (or the lack of them) are shown
    outcome: str | None = None
    contacts: list[Listed] = []


class Reply(BaseModel):
    notices: list[Msg] = []
    screen: Screen | None = None
    exit: bool = False
    documents: list[str] = []  # names from DOCUMENTS for the adapter to make and send


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
    if s.flow not in lib.flows or s.step not in lib.flows[s.flow].step_index or not _run_in_order(lib.flows[s.flow], s):
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
            _raise_mark(flow, s, action)
            _stay(s)
        else:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        return s, _reply(lib, s)
    if isinstance(step, (AskStep, FeedbackStep)):
        return _press_run(lib, flow, s, step, action)
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
    s.run = None
    s.step = None
    _goto(lib, s, at or lib.flows[flow_id].start)


def _goto(lib: Library, s: Session, step_id: str) -> None:
    """Move to a step, passing through branches, and open a new screen."""
    flow = lib.flows[s.flow]
    for _ in range(MAX_AUTO_STEPS):
        step = flow.step(step_id)
        if isinstance(step, DealStep):
            _deal(flow, s, step)
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


# --- marks and conditions -------------------------------------------------------


def derived_mark(flow: Flow, s: Session, row: str) -> int:
    """1 (signs present) when any ticked indicator belongs to the row, else 0."""
    index = flow.indicator_index
    return int(any(index[t].row == row for t in s.ticks if t in index))


def mark(flow: Flow, s: Session, row: str) -> int:
    return max(derived_mark(flow, s, row), s.raised.get(row, 0))


def _raise_mark(flow: Flow, s: Session, row: str) -> None:
    """Cycle the mark upwards; it never drops below what the ticks show."""
    floor = derived_mark(flow, s, row)
    current = mark(flow, s, row)
    new = current + 1 if current < MAX_MARK else floor
    if new > floor:
        s.raised[row] = new
    else:
        s.raised.pop(row, None)


def element_found(flow: Flow, s: Session, element: str) -> bool:
    return any(mark(flow, s, r.id) in (1, 2) for r in flow.rows if r.element == element)


def holds(cond: Condition, flow: Flow, s: Session) -> bool:
    if cond.flag is not None:
        return cond.flag in s.flags
    if cond.not_flag is not None:
        return cond.not_flag not in s.flags
    if cond.element is not None:
        return element_found(flow, s, cond.element)
    if cond.no_element is not None:
        return not element_found(flow, s, cond.no_element)
    if cond.all is not None:
        return all(holds(c, flow, s) for c in cond.all)
    return any(holds(c, flow, s) for c in cond.any or [])


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
        text, rows, contacts, ends = _run_screen(lib, flow, s, step)
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
            text[0] = Msg(id=step.text, args=summary_args(flow, s))
        if isinstance(step, ReferenceStep):
            text += reference_lines(lib.flows[flow.source], step.groups)
        rows += [[Button(action=o.id, label=Msg(id=o.label))] for o in _visible_options(step, flow, s)]
        if isinstance(step, EndStep):
            outcome, ends = step.outcome, True
            contacts = lib.contacts_for(s.country, step.contacts)
    nav = [Button(action=BACK, label=Msg(id="nav-back"))] if s.trail else []
    if s.flow != MENU_FLOW:
        nav.append(Button(action=MENU, label=Msg(id="nav-menu")))
    nav.append(Button(action=EXIT, label=Msg(id="nav-exit")))
    rows.append(nav)
    return Screen(flow=s.flow, step=s.step, nonce=s.nonce, text=text, buttons=rows, ends=ends, outcome=outcome, contacts=contacts)


def assessment_args(flow: Flow, s: Session) -> dict:
    """What was found for each element, worded by the locale as 'may point to'."""
    args: dict = {}
    for element in ("act", "means", "purpose"):
        args[element] = [f"annex-row-{r.id}" for r in flow.rows if r.element == element and mark(flow, s, r.id) in (1, 2)]
    args["more"] = [f"annex-row-{r.id}" for r in flow.rows if mark(flow, s, r.id) == 3]
    child = "child" in s.flags
    args["child"] = "yes" if child else "no"
    args["consent"] = "child" if child else ("means" if args["means"] else "open")
    needed = ("act", "purpose") if child else ("act", "means", "purpose")
    args["elements"] = "all" if all(args[e] for e in needed) else ("some" if any(args[e] for e in needed) else "none")
    return args


# --- practice and quiz runs -------------------------------------------------------


def _deal(flow: Flow, s: Session, step: DealStep) -> None:
    """A new run of the flow's items. The seed is mixed with the nonce, so a
    session that no adapter seeded still varies from one run to the next."""
    order, s.seed = drill.deal(list(flow.items), step.size, s.seed ^ s.nonce)
    s.run = Run(order=order)


def _run_in_order(flow: Flow, s: Session) -> bool:
    """A run's steps need a current item that fits them (and an answer, for feedback)."""
    step = flow.step(s.step)
    if not isinstance(step, (AskStep, FeedbackStep)):
        return True
    item = s.run.item(flow) if s.run else None
    if item is None:
        return False
    if isinstance(step, FeedbackStep):
        return s.run.answer is not None
    return (step.ask == "answer") == isinstance(item, Question)


def _press_run(lib: Library, flow: Flow, s: Session, step: AskStep | FeedbackStep, action: str) -> tuple[Session, Reply]:
    run = s.run
    item = run.item(flow)
    if isinstance(step, FeedbackStep):
        if action == NEXT and not run.last:
            run.at, run.picks, run.answer = run.at + 1, [], None
            _goto(lib, s, step.next)
        elif action == FINISH:
            _goto(lib, s, step.done)
        else:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
    elif step.ask == "signals" and action != DONE:
        if action not in drill.signal_groups(lib.flows[flow.source]):
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        if action in run.picks:
            run.picks.remove(action)
        else:
            run.picks.append(action)
        _stay(s)
        return s, _reply(lib, s)
    else:
        if step.ask == "signals":
            choices = [DONE]
        elif step.ask == "action":
            choices = drill.outcomes(lib.flows[flow.source])
        else:
            choices = [o.id for o in item.options]
        if action not in choices:
            return s, _reply(lib, s, [Msg(id="notice-stale")])
        if step.ask != "signals":
            run.answer = action
        if isinstance(flow.step(step.next), FeedbackStep):
            if isinstance(item, Question):
                drill.score_question(run, item)
            else:
                drill.score_scenario(run, lib.flows[flow.source], item)
        _goto(lib, s, step.next)
    s.trail = []  # what a run has scored is final: no way back into it
    return s, _reply(lib, s)


def action_label(outcome: str) -> str:
    """The button label of a first action, by the outcome it leads to."""
    return f"practice-act-{outcome.lower()}"


def _run_screen(lib: Library, flow: Flow, s: Session, step: AskStep | FeedbackStep):
    run = s.run
    item = run.item(flow)
    text = [Msg(id=step.text, args=run.args())]
    rows: list[list[Button]] = []
    contacts: list[Listed] = []
    ends = False
    if isinstance(step, AskStep):
        text.append(Msg(id=item.text))
        if step.prompt:
            text.append(Msg(id=step.prompt))
        if step.ask == "signals":
            # One group a row, named with its element: labels stay whole on a phone.
            for g in drill.signal_groups(lib.flows[flow.source]):
                args = {"ticked": "yes" if g in run.picks else "no", "text": [f"learn-group-{g}"]}
                rows.append([Button(action=g, label=Msg(id="practice-group-button", args=args))])
            rows.append([Button(action=DONE, label=Msg(id=step.done))])
        elif step.ask == "action":
            rows = [[Button(action=o, label=Msg(id=action_label(o)))] for o in drill.outcomes(lib.flows[flow.source])]
        elif len(item.options) > 2:
            # Multiple choice: the options in full in the text, lettered; a button may cut its label short.
            for letter, o in zip(OPTION_LETTERS, item.options):
                args = {"n": letter, "text": [o.label]}
                text.append(Msg(id="quiz-option", args=args))
                rows.append([Button(action=o.id, label=Msg(id="quiz-option-button", args=args))])
        else:
            rows = [[Button(action=o.id, label=Msg(id=o.label))] for o in item.options]
    else:
        if isinstance(item, Question):
            text += question_feedback(item, run)
        else:
            source = lib.flows[flow.source]
            text += scenario_feedback(source, item, run)
            # The contacts the right first action would call, as the screening's outcome lists them.
            contacts, ends = lib.contacts_for(s.country, drill.outcome_roles(source, item.action)), True
        if not run.last:
            rows.append([Button(action=NEXT, label=Msg(id=step.more))])
        rows.append([Button(action=FINISH, label=Msg(id=step.finish))])
    return text, rows, contacts, ends


def scenario_feedback(source: Flow, scenario, run: Run) -> list[Msg]:
    """Every signal group found, missed (with the story's signs of it) or wrongly
    picked (with why not), then the first action and the guide's reasoning."""
    j = drill.judge(source, scenario, run.picks, run.answer)

    def group(g: str) -> list[str]:
        return [f"learn-group-{g}"]

    lines = [Msg(id="practice-signals-result", args={"found": len(j.right), "expected": len(j.expected), "wrong": len(j.wrong)})]
    for g in j.expected:
        if g in j.right:
            lines.append(Msg(id="practice-group-right", args={"text": group(g)}))
        else:
            lines.append(Msg(id="practice-group-missed", args={"text": group(g)}))
            lines += [Msg(id="practice-sign", args={"text": [f"indicator-{i}"]}) for i in j.signs[g]]
    for g in j.also:
        lines.append(Msg(id="practice-group-also", args={"text": group(g), "note": [scenario.notes.get(g, "practice-also")]}))
    # A wrong pick is explained by the story's note on it, else by the group's signs in
    # the guide; past MAX_HINTS of the latter they are named together, to fit one screen.
    plain = [g for g in j.wrong if g not in scenario.notes]
    for g in j.wrong:
        if g in scenario.notes or len(plain) <= MAX_HINTS:
            note = scenario.notes.get(g, f"practice-hint-{g}")
            lines.append(Msg(id="practice-group-wrong", args={"text": group(g), "note": [note]}))
    if len(plain) > MAX_HINTS:
        lines.append(Msg(id="practice-groups-wrong", args={"text": [f"learn-group-{g}" for g in plain]}))
    right = [action_label(scenario.action)]
    if j.action_right:
        lines.append(Msg(id="practice-action-right", args={"answer": right}))
    else:
        note = scenario.notes.get(run.answer, f"practice-when-{run.answer.lower()}")
        lines.append(Msg(id="practice-action-wrong", args={"chosen": [action_label(run.answer)], "answer": right, "note": [note]}))
    lines.append(Msg(id=scenario.why))
    lines.append(Msg(id="practice-score", args=run.args()))
    return lines


def question_feedback(question: Question, run: Run) -> list[Msg]:
    labels = {o.id: o.label for o in question.options}
    args = {"chosen": [labels[run.answer]], "answer": [labels[question.answer]]}
    verdict = "quiz-right" if run.answer == question.answer else "quiz-wrong"
    return [Msg(id=verdict, args=args), Msg(id=question.why), Msg(id="quiz-score", args=run.args())]


def summary_args(flow: Flow, s: Session) -> dict:
    """The run's scores, what to read again and which signal groups to look up again."""
    run = s.run or Run()
    args: dict = dict(run.args())
    args["read"] = drill.read_again(flow, run)
    args["groups"] = [f"learn-group-{g}" for g in run.groups]
    return args


def reference_lines(source: Flow, groups: list[str]) -> list[Msg]:
    """Every indicator of the groups, each marked as noticed by observing or by listening."""
    lines: list[Msg] = []
    for g in groups:
        lines.append(Msg(id="learn-indicator-group", args={"text": [f"indicator-group-{g}"]}))
        lines += [Msg(id="learn-indicator-line", args={"how": i.how, "text": [f"indicator-{i.id}"]}) for i in source.indicators if i.group == g]
    return lines
