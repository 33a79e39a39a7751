"""`checklist`: toggle buttons, one per indicator, then `next`.

`hub`: a `groups` step listing this checklist; its buttons to the other groups are
shown here too, so a worker goes straight from one group they noticed something in to
the next. `danger`: the step that asks about safety again when a sign of danger
(an indicator marked `danger`) is ticked; it returns here, the tick kept."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep, Step, in_rows, step_at, unique


@register
class ChecklistStep(ScreenStep):
    kind: Literal["checklist"] = "checklist"
    items: list[Id] = Field(min_length=1)
    done: MsgId = "common-done"
    next: Id
    hub: Id | None = None
    danger: Id | None = None

    MESSAGES = ("checklist-item", "checklist-button", "common-done")
    BUTTON_MESSAGES = ("checklist-button", "common-done")

    def targets(self) -> list[str]:
        return [self.next, *([self.danger] if self.danger else [])]

    def actions(self, ctx: Ctx) -> list[str]:
        return [DONE, *self.items, *self._jumps(ctx)]

    def _hub(self, ctx: Ctx) -> Step | None:
        return step_at(ctx.flow, self.hub) if self.hub and self.hub in ctx.flow.step_index else None

    def _jumps(self, ctx: Ctx) -> list[str]:
        hub = self._hub(ctx)
        return hub.opens() if hub else []

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.done}

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        for item in self.items:
            if item not in ctx.flow.indicator_index:
                raise FlowError(path, self.id, "unknown-target", f"unknown indicator '{item}'")
        if unique(self.items):
            raise FlowError(path, self.id, "duplicate-id", "an indicator is listed twice")
        if self.hub is not None and self.id not in self._jumps(ctx):
            raise FlowError(path, self.id, "unknown-target", f"hub '{self.hub}' is not a groups step listing this one")
        if self.danger is None and any(ctx.flow.indicator_index[i].danger for i in self.items):
            raise FlowError(path, self.id, "schema", "it lists a sign of danger: it needs a `danger` step")

    def assesses(self, ctx: Ctx) -> set[str]:
        index = ctx.flow.indicator_index
        return {index[i].row for i in self.items}

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == DONE:
            return Move(to=self.next)
        if action in self._jumps(ctx):
            return Move(to=action)
        if action not in self.items:
            return None
        ticking = action not in s.ticks
        s.ticks = [*s.ticks, action] if ticking else [t for t in s.ticks if t != action]
        if ticking and self.danger and ctx.flow.indicator_index[action].danger:
            return Move(to=self.danger)
        return STAY

    def _parts(self, ctx: Ctx) -> dict[tuple[str, str], tuple[Msg, Button]]:
        """Each item's line and button, ticked and not, made once: screens share them."""

        def make() -> dict[tuple[str, str], tuple[Msg, Button]]:
            index = ctx.flow.indicator_index
            parts = {}
            for n, item in enumerate(self.items, 1):
                how = index[item].how
                for ticked in ("yes", "no"):
                    text = [f"indicator-{item}"]
                    line = Msg(id="checklist-item", args={"n": n, "how": how, "ticked": ticked, "text": text})
                    label = Msg(id="checklist-button", args={"n": n, "how": how, "ticked": ticked})
                    parts[item, ticked] = (line, Button(action=item, label=label))
            return parts

        return self.cached("parts", make)

    def body(self, ctx: Ctx, s: Session) -> Body:
        parts = self._parts(ctx)
        text = [Msg(id=self.text)]
        toggles = []
        for item in self.items:
            line, button = parts[item, "yes" if item in s.ticks else "no"]
            text.append(line)
            toggles.append(button)
        hub = self._hub(ctx)
        bar = hub.bar(ctx, s, current=self.id) if hub else []
        return Body(text=text, rows=[*in_rows(toggles, 3), *bar, [Button(action=DONE, label=Msg(id=self.done))]])
