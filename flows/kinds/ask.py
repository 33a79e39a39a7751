"""`ask`: a question about the run's current item, then `next` (an ask or the feedback).

`signals`: toggle the signal groups seen in a scenario, then `done`; `action`: pick the
first action (an outcome); `answer`: pick an option of a quiz question. `text` is a
heading with $n and $total, above the item's text; `prompt` says what to do, below it.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Literal, cast

from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Answer, Id, MsgId, Question, Scenario, register
from flows.scoring import action_label, outcomes, score_question, score_scenario, signal_groups
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep, step_at

OPTION_LETTERS = "ABCDEFGH"


@register
class AskStep(ScreenStep):
    kind: Literal["ask"] = "ask"
    ask: Literal["signals", "action", "answer"]
    prompt: MsgId | None = None  # shown after the item's text
    done: MsgId = "common-done"
    next: Id

    BUTTON_MESSAGES = ("common-done", "practice-group-button", "quiz-option-button")
    in_run = True
    asks = True

    def targets(self) -> list[str]:
        return [self.next]

    def choices(self, ctx: Ctx) -> list[str]:
        """What can be picked: signal groups or outcomes of the source flow, or quiz answers."""
        source = ctx.source
        if self.ask == "answer":
            return [o.id for q in ctx.flow.questions for o in q.options]
        if source is None:
            return []
        return signal_groups(source) if self.ask == "signals" else outcomes(source)

    def actions(self, ctx: Ctx) -> list[str]:
        return [DONE, *self.choices(ctx)]

    def messages(self, ctx: Ctx) -> set[str]:
        ids = {self.text} | ({self.prompt} if self.prompt else set())
        source = ctx.source
        if self.ask == "signals":
            groups = signal_groups(source) if source else []
            ids |= {self.done, "practice-group-button", *(f"learn-group-{g}" for g in groups)}
        if self.ask == "action" and source:
            ids |= {action_label(o) for o in outcomes(source)}
        return ids

    def needs_source(self) -> bool:
        return self.ask != "answer"

    def needs_items(self) -> bool:
        return True

    def check_run(self, ctx: Ctx, path: Path) -> None:
        if (self.ask == "answer") != bool(ctx.flow.questions):
            needed = "questions" if self.ask == "answer" else "scenarios"
            raise FlowError(path, self.id, "schema", f"an '{self.ask}' question needs {needed} in the flow")
        if not step_at(ctx.flow, self.next).in_run:
            raise FlowError(path, self.id, "unknown-target", f"'{self.next}' is neither an ask nor a feedback step")

    def in_order(self, ctx: Ctx, s: Session) -> bool:
        item = s.run.item(ctx.flow) if s.run else None
        return item is not None and (self.ask == "answer") == isinstance(item, Question)

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        assert s.run is not None  # in_order holds
        run = s.run = s.run.model_copy()
        if self.ask == "signals" and action != DONE:
            if action not in signal_groups(ctx.the_source()):
                return None
            run.picks = [p for p in run.picks if p != action] if action in run.picks else [*run.picks, action]
            return STAY
        if self.ask == "signals":
            choices = [DONE]
        elif self.ask == "action":
            choices = outcomes(ctx.the_source())
        else:
            choices = [o.id for o in self._question(ctx, s).options]
        if action not in choices:
            return None
        if self.ask != "signals":
            run.answer = action
        if step_at(ctx.flow, self.next).scores:
            item = run.item(ctx.flow)
            if isinstance(item, Question):
                score_question(run, item)
            elif item is not None:
                score_scenario(run, ctx.the_source(), item)
        return Move(to=self.next, closes_run=True)

    def _question(self, ctx: Ctx, s: Session) -> Question:
        return cast(Question, s.run.item(ctx.flow) if s.run else None)

    def body(self, ctx: Ctx, s: Session) -> Body:
        assert s.run is not None  # in_order holds
        run = s.run
        item = cast("Scenario | Question", run.item(ctx.flow))
        text = [Msg(id=self.text, args=dict(run.args())), Msg(id=item.text)]
        rows: list[list[Button]] = []
        if self.prompt:
            text.append(Msg(id=self.prompt))
        if self.ask == "signals":
            # One group a row, named with its element: labels stay whole on a phone.
            for g in signal_groups(ctx.the_source()):
                args: dict[str, str | int | list[str]] = {
                    "ticked": "yes" if g in run.picks else "no",
                    "text": [f"learn-group-{g}"],
                }
                rows.append([Button(action=g, label=Msg(id="practice-group-button", args=args))])
            rows.append([Button(action=DONE, label=Msg(id=self.done))])
        elif self.ask == "action":
            rows = [[Button(action=o, label=Msg(id=action_label(o)))] for o in outcomes(ctx.the_source())]
        else:
            question = self._question(ctx, s)
            if len(question.options) > 2:
                # Multiple choice: the options in full in the text, lettered; a button may cut its label short.
                for letter, o in zip(OPTION_LETTERS, shuffled(question, s.seed), strict=False):
                    args = {"n": letter, "text": [o.label]}
                    text.append(Msg(id="quiz-option", args=args))
                    rows.append([Button(action=o.id, label=Msg(id="quiz-option-button", args=args))])
            else:
                rows = [[Button(action=o.id, label=Msg(id=o.label))] for o in question.options]
        return Body(text=text, rows=rows)


def shuffled(question: Question, seed: int) -> list[Answer]:
    """A multiple-choice question's options in an order drawn from the run's seed (set
    when the run was dealt), so the right answer is not always in one place; the same
    run shows the same order every time its screen is drawn again."""
    options = list(question.options)
    random.Random(f"{seed}:{question.id}").shuffle(options)
    return options


def check_asks_from(ctx: Ctx, origin: str, first: str, path: Path) -> None:
    """From a place a new item is asked (a deal, a feedback), the asks lead to a feedback,
    picking the answer on the way."""
    answering = "answer" if ctx.flow.questions else "action"
    seen: list[str] = []
    at = step_at(ctx.flow, first)
    while at.asks and at.id not in seen:
        seen.append(at.id)
        at = step_at(ctx.flow, cast(AskStep, at).next)
    if not at.scores:
        raise FlowError(path, seen[-1] if seen else origin, "no-outcome", "these questions never reach a feedback step")
    if not any(cast(AskStep, step_at(ctx.flow, a)).ask == answering for a in seen):
        raise FlowError(
            path, origin, "schema", f"the questions from here reach feedback without an '{answering}' question"
        )
