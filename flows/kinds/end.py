"""`end`: where a flow ends, with an outcome (or none) and the contacts it calls for."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from flows.contacts import SECTIONS
from flows.errors import FlowError
from flows.kinds.choice import OptionsStep
from flows.schema import Id, register
from flows.session import Session
from flows.step import Body, Ctx


@register
class EndStep(OptionsStep):
    """`options` may lead on (to more information, another flow)."""

    kind: Literal["end"] = "end"
    outcome: Literal["unsafe", "A", "B", "C", "D"] | None = None
    contacts: list[Id] = []
    may_show_person = True

    def can_end(self) -> bool:
        return True

    def ends_in(self) -> str | None:
        return self.outcome

    def roles(self) -> list[str]:
        return self.contacts

    def sums_up_a_screening(self, ctx: Ctx) -> bool:
        return bool(self.outcome and ctx.flow.rows)

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        if ctx.flow.requires_outcome and self.outcome is None:
            raise FlowError(path, self.id, "no-outcome", "this flow must end in an outcome, this end has none")
        for role in self.contacts:
            if role not in SECTIONS:
                raise FlowError(path, self.id, "unknown-target", f"unknown contact role '{role}'")

    def body(self, ctx: Ctx, s: Session) -> Body:
        body = super().body(ctx, s)
        body.outcome, body.ends = self.outcome, True
        body.contacts = ctx.lib.contacts_for(s.country, self.contacts)
        return body
