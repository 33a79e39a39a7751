"""`branch`: no screen; goes to the first case whose condition holds, else `otherwise`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from flows.annex import holds
from flows.schema import Case, Id, register
from flows.session import Session
from flows.step import Ctx, Step


@register
class BranchStep(Step):
    kind: Literal["branch"] = "branch"
    cases: list[Case] = Field(min_length=1)
    otherwise: Id

    shows_screen = False

    def targets(self) -> list[str]:
        return [c.next for c in self.cases] + [self.otherwise]

    def through(self, ctx: Ctx, s: Session) -> str:
        return next((c.next for c in self.cases if holds(c.when, ctx.flow, s)), self.otherwise)
