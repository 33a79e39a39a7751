"""`marks`: the annex 1 table; a button per row raises its mark, then `next`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from flows.annex import marks, raise_mark
from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep, in_rows


@register
class MarksStep(ScreenStep):
    kind: Literal["marks"] = "marks"
    done: MsgId = "common-done"
    next: Id

    MESSAGES = ("marks-line", "marks-button", "common-done")
    BUTTON_MESSAGES = ("marks-button", "common-done")

    def targets(self) -> list[str]:
        return [self.next]

    def actions(self, ctx: Ctx) -> list[str]:
        return [DONE, *sorted(r.id for r in ctx.flow.rows)]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.done}

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        if not ctx.flow.rows:
            raise FlowError(path, self.id, "unknown-target", "a marks step needs annex rows in the flow")

    def assesses(self, ctx: Ctx) -> set[str]:
        return {r.id for r in ctx.flow.rows}  # every row is on the table's screen

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == DONE:
            return Move(to=self.next)
        if action not in {r.id for r in ctx.flow.rows}:
            return None
        raise_mark(ctx.flow, s, action)
        return STAY

    def body(self, ctx: Ctx, s: Session) -> Body:
        text = [Msg(id=self.text)]
        buttons = []
        table = marks(ctx.flow, s)
        for n, row in enumerate(ctx.flow.rows, 1):
            args: dict[str, str | int | list[str]] = {
                "n": n,
                "row": [f"annex-row-{row.id}"],
                "mark": table[row.id],
            }
            text.append(Msg(id="marks-line", args=args))
            buttons.append(Button(action=row.id, label=Msg(id="marks-button", args=args)))
        return Body(text=text, rows=[*in_rows(buttons, 3), [Button(action=DONE, label=Msg(id=self.done))]])
