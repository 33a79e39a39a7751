"""`marks`: the annex 1 table; each row's mark is set directly (0-3), then `next`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from flows.annex import MAX_MARK, derived_mark, marks, set_mark
from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep

SEP = "="  # an action is "<row>=<mark>", e.g. "threat=2"


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
        return [DONE, *(f"{r.id}{SEP}{v}" for r in ctx.flow.rows for v in range(MAX_MARK + 1))]

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
        row, _, value = action.partition(SEP)
        if row not in {r.id for r in ctx.flow.rows} or not value.isdigit():
            return None
        # A mark below what the ticks show has no button: such a press is out of date.
        return STAY if set_mark(ctx.flow, s, row, int(value)) else None

    def body(self, ctx: Ctx, s: Session) -> Body:
        text = [Msg(id=self.text)]
        rows = []
        table = marks(ctx.flow, s)
        for n, row in enumerate(ctx.flow.rows, 1):
            args: dict[str, str | int | list[str]] = {"n": n, "row": [f"annex-row-{row.id}"], "mark": table[row.id]}
            text.append(Msg(id="marks-line", args=args))
            # One keyboard row a table row: its possible marks, the current one shown as such.
            floor = derived_mark(ctx.flow, s, row.id)
            rows.append(
                [
                    Button(
                        action=f"{row.id}{SEP}{v}",
                        label=Msg(
                            id="marks-button",
                            args={"n": n, "mark": v, "current": "yes" if v == table[row.id] else "no"},
                        ),
                    )
                    for v in range(floor, MAX_MARK + 1)
                ]
            )
        return Body(text=text, rows=[*rows, [Button(action=DONE, label=Msg(id=self.done))]])
