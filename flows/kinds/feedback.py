"""`feedback`: the run's current item scored and explained.

`more` (a button label) goes on to the next item at `next`; `finish` (a button label)
goes to `done`, the summary, at any time and as the only way after the last item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, cast

from flows.errors import FlowError
from flows.kinds.ask import check_asks_from
from flows.outputs import FINISH, NEXT, Button, Msg
from flows.run import Run
from flows.schema import Flow, Id, MsgId, Question, Scenario, register
from flows.scoring import action_label, judge, outcome_roles
from flows.session import Session
from flows.step import Body, Ctx, Move, ScreenStep, step_at

# Wrong picks explained one by one with the guide's signs of the group; beyond this
# many they are named together, so the feedback still fits one screen.
MAX_HINTS = 3
PRACTICE_MESSAGES = (
    "practice-signals-result",
    "practice-group-right",
    "practice-group-missed",
    "practice-sign",
    "practice-group-also",
    "practice-also",
    "practice-group-wrong",
    "practice-groups-wrong",
    "practice-action-right",
    "practice-action-wrong",
    "practice-score",
)
QUIZ_MESSAGES = ("quiz-right", "quiz-wrong", "quiz-score", "quiz-option", "quiz-option-button")


@register
class FeedbackStep(ScreenStep):
    kind: Literal["feedback"] = "feedback"
    more: MsgId
    finish: MsgId
    next: Id
    done: Id

    in_run = True
    scores = True

    def targets(self) -> list[str]:
        return [self.next, self.done]

    def actions(self, ctx: Ctx) -> list[str]:
        return [NEXT, FINISH]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.more, self.finish}

    def needs_items(self) -> bool:
        return True

    def check_run(self, ctx: Ctx, path: Path) -> None:
        if not step_at(ctx.flow, self.next).asks:
            raise FlowError(path, self.id, "unknown-target", f"'{self.next}' is not an ask step")
        if step_at(ctx.flow, self.done).in_run:
            raise FlowError(path, self.id, "unknown-target", f"'{self.done}' is inside the run; 'done' leads out of it")

    def check_wiring(self, ctx: Ctx, path: Path) -> None:
        check_asks_from(ctx, self.id, self.next, path)

    def in_order(self, ctx: Ctx, s: Session) -> bool:
        return s.run is not None and s.run.item(ctx.flow) is not None and s.run.answer is not None

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        assert s.run is not None  # in_order holds
        if action == NEXT and not s.run.last:
            s.run = s.run.model_copy(update={"at": s.run.at + 1, "picks": [], "answer": None})
            return Move(to=self.next, closes_run=True)
        return Move(to=self.done, closes_run=True) if action == FINISH else None

    def body(self, ctx: Ctx, s: Session) -> Body:
        assert s.run is not None  # in_order holds
        run = s.run
        item = cast("Scenario | Question", run.item(ctx.flow))
        body = Body(text=[Msg(id=self.text, args=dict(run.args()))])
        if isinstance(item, Question):
            body.text += question_feedback(item, run)
        else:
            source = ctx.the_source()
            body.text += scenario_feedback(source, item, run)
            # The contacts the right first action would call, as the screening's outcome lists them
            # (without descriptions: the feedback above is long enough).
            roles = outcome_roles(source, item.action)
            body.contacts, body.ends = ctx.lib.contacts_for(s.country, roles, brief=True), True
        if not run.last:
            body.rows.append([Button(action=NEXT, label=Msg(id=self.more))])
        body.rows.append([Button(action=FINISH, label=Msg(id=self.finish))])
        return body


def scenario_feedback(source: Flow, scenario: Scenario, run: Run) -> list[Msg]:
    """Every signal group found, missed (with the story's signs of it) or wrongly
    picked (with why not), then the first action and the guide's reasoning."""
    j = judge(source, scenario, run.picks, run.answer)

    def group(g: str) -> list[str]:
        return [f"learn-group-{g}"]

    result = {"found": len(j.right), "expected": len(j.expected), "wrong": len(j.wrong)}
    lines = [Msg(id="practice-signals-result", args=dict(result))]
    for g in j.expected:
        if g in j.right:
            lines.append(Msg(id="practice-group-right", args={"text": group(g)}))
        else:
            lines.append(Msg(id="practice-group-missed", args={"text": group(g)}))
            lines += [Msg(id="practice-sign", args={"text": [f"indicator-{i}"]}) for i in j.signs[g]]
    for g in j.also:
        lines.append(
            Msg(id="practice-group-also", args={"text": group(g), "note": [scenario.notes.get(g, "practice-also")]})
        )
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
        answer = run.answer or ""
        note = scenario.notes.get(answer, f"practice-when-{answer.lower()}")
        args = {"chosen": [action_label(answer)], "answer": right, "note": [note]}
        lines.append(Msg(id="practice-action-wrong", args=dict(args)))
    lines.append(Msg(id=scenario.why))
    lines.append(Msg(id="practice-score", args=dict(run.args())))
    return lines


def question_feedback(question: Question, run: Run) -> list[Msg]:
    labels = {o.id: o.label for o in question.options}
    args = {"chosen": [labels[run.answer or ""]], "answer": [labels[question.answer]]}
    verdict = "quiz-right" if run.answer == question.answer else "quiz-wrong"
    return [Msg(id=verdict, args=dict(args)), Msg(id=question.why), Msg(id="quiz-score", args=dict(run.args()))]
