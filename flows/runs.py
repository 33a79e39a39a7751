"""Practice and quiz runs inside the engine: dealing, presses and their screens.

The scoring itself is in flows/drill.py; this module turns a run into screens
(message ids and arguments) and decides where a press inside a run leads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import drill
from flows.contacts import Listed
from flows.drill import Run
from flows.library import Library
from flows.outputs import DONE, FINISH, NEXT, Button, Msg
from flows.schema import AskStep, DealStep, FeedbackStep, Flow, Question

if TYPE_CHECKING:
    from flows.engine import Session

STAY = "_stay"  # a press that changes the run but not the step (a toggle)
# Wrong picks explained one by one with the guide's signs of the group; beyond this
# many they are named together, so the feedback still fits one screen.
MAX_HINTS = 3
OPTION_LETTERS = "ABCDEFGH"


def deal(flow: Flow, s: Session, step: DealStep) -> None:
    """A new run of the flow's items. The seed is mixed with the nonce, so a
    session that no adapter seeded still varies from one run to the next."""
    order, s.seed = drill.deal(list(flow.items), step.size, s.seed ^ s.nonce)
    s.run = Run(order=order)


def in_order(flow: Flow, s: Session) -> bool:
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


def press(lib: Library, flow: Flow, s: Session, step: AskStep | FeedbackStep, action: str) -> str | None:
    """Apply a press inside a run. Returns the step to go to, STAY for a toggle,
    or None for a button this screen does not have."""
    run = s.run
    item = run.item(flow)
    if isinstance(step, FeedbackStep):
        if action == NEXT and not run.last:
            run.at, run.picks, run.answer = run.at + 1, [], None
            return step.next
        return step.done if action == FINISH else None
    if step.ask == "signals" and action != DONE:
        if action not in drill.signal_groups(lib.flows[flow.source]):
            return None
        if action in run.picks:
            run.picks.remove(action)
        else:
            run.picks.append(action)
        return STAY
    if step.ask == "signals":
        choices = [DONE]
    elif step.ask == "action":
        choices = drill.outcomes(lib.flows[flow.source])
    else:
        choices = [o.id for o in item.options]
    if action not in choices:
        return None
    if step.ask != "signals":
        run.answer = action
    if isinstance(flow.step(step.next), FeedbackStep):
        if isinstance(item, Question):
            drill.score_question(run, item)
        else:
            drill.score_scenario(run, lib.flows[flow.source], item)
    return step.next


def action_label(outcome: str) -> str:
    """The button label of a first action, by the outcome it leads to."""
    return f"practice-act-{outcome.lower()}"


def screen_parts(lib: Library, flow: Flow, s: Session, step: AskStep | FeedbackStep):
    """Text, buttons and contacts of a run's ask or feedback screen (navigation aside)."""
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
            # The contacts the right first action would call, as the screening's outcome lists them
            # (without descriptions: the feedback above is long enough).
            contacts, ends = lib.contacts_for(s.country, drill.outcome_roles(source, item.action), brief=True), True
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
