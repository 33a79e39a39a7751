"""`checklist`: toggle buttons, one per indicator, then `next`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep, in_rows, unique


@register
class ChecklistStep(ScreenStep):
    kind: Literal["checklist"] = "checklist"
    items: list[Id] = Field(min_length=1)
    done: MsgId = "common-done"
    next: Id

    MESSAGES = ("checklist-item", "checklist-button", "common-done")
    BUTTON_MESSAGES = ("checklist-button", "common-done")

    def targets(self) -> list[str]:
        return [self.next]

    def actions(self, ctx: Ctx) -> list[str]:
        return [DONE, *self.items]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.done}

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        for item in self.items:
            if item not in ctx.flow.indicator_index:
                raise FlowError(path, self.id, "unknown-target", f"unknown indicator '{item}'")
        if unique(self.items):
            raise FlowError(path, self.id, "duplicate-id", "an indicator is listed twice")

    def assesses(self, ctx: Ctx) -> set[str]:
        index = ctx.flow.indicator_index
        return {index[i].row for i in self.items}

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == DONE:
            return Move(to=self.next)
        if action not in self.items:
            return None
        s.ticks = [t for t in s.ticks if t != action] if action in s.ticks else [*s.ticks, action]
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
        return Body(text=text, rows=[*in_rows(toggles, 3), [Button(action=DONE, label=Msg(id=self.done))]])
