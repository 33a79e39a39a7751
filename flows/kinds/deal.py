"""`deal`: no screen; deals a new practice or quiz run, then goes to its first ask.

A run deals the flow's scenarios (practice) or questions (quiz) in a shuffled order;
for each item `ask` steps collect the answers, then a `feedback` step scores them;
after the last item (or when the volunteer stops) a choice step with `show: summary`
sums the run up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from flows.errors import FlowError
from flows.kinds.ask import check_asks_from
from flows.run import Run, deal
from flows.schema import Id, register
from flows.session import Session
from flows.step import Ctx, Step, step_at


@register
class DealStep(Step):
    """Deals `size` items (all when not given) in an order drawn from the session's seed."""

    kind: Literal["deal"] = "deal"
    size: int | None = Field(default=None, ge=1)
    next: Id

    shows_screen = False
    starts_run = True

    def targets(self) -> list[str]:
        return [self.next]

    def needs_items(self) -> bool:
        return True

    def check_run(self, ctx: Ctx, path: Path) -> None:
        if not step_at(ctx.flow, self.next).asks:
            raise FlowError(path, self.id, "unknown-target", f"'{self.next}' is not an ask step")

    def check_wiring(self, ctx: Ctx, path: Path) -> None:
        check_asks_from(ctx, self.id, self.next, path)

    def through(self, ctx: Ctx, s: Session) -> str:
        """The seed is mixed with the nonce, so a session that no adapter seeded still
        varies from one run to the next."""
        order, s.seed = deal(list(ctx.flow.items), self.size, s.seed ^ s.nonce)
        s.run = Run(order=order)
        return self.next
