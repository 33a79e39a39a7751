"""`recheck`: the safety question asked again mid-screening, when a sign means danger
may be present. `unsafe` leaves for `unsafe_next`; `safe` returns to the screen the
worker came from (the trail's last step), with everything on it kept."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from flows.errors import FlowError
from flows.outputs import Button, Msg
from flows.schema import Id, MsgId, register
from flows.session import Session
from flows.step import Body, Ctx, Move, ScreenStep

SAFE, UNSAFE = "safe", "unsafe"


@register
class RecheckStep(ScreenStep):
    kind: Literal["recheck"] = "recheck"
    safe: MsgId
    unsafe: MsgId
    unsafe_next: Id
    fallback: Id  # where `safe` goes when there is no screen to return to

    def targets(self) -> list[str]:
        return [self.unsafe_next, self.fallback]

    def actions(self, ctx: Ctx) -> list[str]:
        return [SAFE, UNSAFE]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.safe, self.unsafe}

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        if self.unsafe_next == self.id or self.fallback == self.id:
            raise FlowError(path, self.id, "unknown-target", "a recheck cannot lead to itself")

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == UNSAFE:
            return Move(to=self.unsafe_next)
        if action == SAFE:
            return Move(to=s.trail[-1] if s.trail else self.fallback)
        return None

    def body(self, ctx: Ctx, s: Session) -> Body:
        return Body(
            text=[Msg(id=self.text)],
            rows=[[Button(action=SAFE, label=Msg(id=self.safe))], [Button(action=UNSAFE, label=Msg(id=self.unsafe))]],
        )
