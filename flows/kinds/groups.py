"""`groups`: the indicator groups at a glance; a tap opens one group's checklist.

Mid-shift a worker skips the groups where they noticed nothing: they open only the
groups they saw something in (a checklist step each, which shows the same buttons
to move on to another group), then go on to `next`. Nothing is ticked for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol, cast

from pydantic import Field

from flows.errors import FlowError
from flows.outputs import DONE, Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import Body, Ctx, Move, ScreenStep, in_rows, step_at, unique


class _Checklist(Protocol):
    """What this kind reads of a checklist step (the checklist kind imports this one)."""

    text: str
    items: list[str]


def _checklist(ctx: Ctx, step_id: str) -> _Checklist:
    return cast(_Checklist, step_at(ctx.flow, step_id))


@register
class GroupsStep(ScreenStep):
    kind: Literal["groups"] = "groups"
    groups: list[Id] = Field(min_length=1)  # checklist steps, in the guide's order
    done: MsgId = "common-done"
    next: Id

    MESSAGES = ("groups-line", "groups-button")
    BUTTON_MESSAGES = ("groups-button",)

    def targets(self) -> list[str]:
        return [*self.groups, self.next]

    def actions(self, ctx: Ctx) -> list[str]:
        return [DONE, *self.groups]

    def opens(self) -> list[str]:
        return self.groups

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.done}

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        if unique(self.groups):
            raise FlowError(path, self.id, "duplicate-id", "a group is listed twice")
        for g in self.groups:
            if g not in ctx.flow.step_index or ctx.flow.step_index[g].kind != "checklist":
                raise FlowError(path, self.id, "unknown-target", f"group '{g}' is not a checklist step")

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == DONE:
            return Move(to=self.next)
        return Move(to=action) if action in self.groups else None

    def group_of(self, ctx: Ctx, step_id: str) -> str:
        """The indicator group a checklist step lists (its first item's)."""
        return ctx.flow.indicator_index[_checklist(ctx, step_id).items[0]].group

    def bar(self, ctx: Ctx, s: Session, current: str | None = None) -> list[list[Button]]:
        """A button a group: its number, short name and how many of its signs are ticked."""
        buttons = []
        for n, g in enumerate(self.groups, 1):
            items = _checklist(ctx, g).items
            args: dict[str, str | int | list[str]] = {
                "n": n,
                "group": self.group_of(ctx, g),
                "count": sum(1 for i in items if i in s.ticks),
                "current": "yes" if g == current else "no",
            }
            buttons.append(Button(action=g, label=Msg(id="groups-button", args=args)))
        return in_rows(buttons, 3)

    def body(self, ctx: Ctx, s: Session) -> Body:
        text = [Msg(id=self.text)]
        for n, g in enumerate(self.groups, 1):
            listing = _checklist(ctx, g)
            ticked = sum(1 for i in listing.items if i in s.ticks)
            text.append(Msg(id="groups-line", args={"n": n, "group": [listing.text], "count": ticked}))
        return Body(text=text, rows=[*self.bar(ctx, s), [Button(action=DONE, label=Msg(id=self.done))]])
