"""What every step kind provides, and the little the kinds share.

A kind is a step model (flows/schema.py: StepModel) with methods: where it can go
(`targets`), which buttons it has (`actions`), which messages it needs (`messages`),
the rules a flow file must follow for it (`check`, `check_run`, `check_wiring`), how a
press is handled (`press`) and what its screen shows (`body`). The engine, the loader
and the scoring call these and never ask which kind a step is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal, cast

from flows.contacts import Listed
from flows.errors import FlowError
from flows.library import Library
from flows.outputs import Button, Msg
from flows.schema import Flow, MsgId, StepModel
from flows.session import Session


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a step reads besides the session: the library and the flow it is in."""

    lib: Library
    flow: Flow

    @property
    def source(self) -> Flow | None:
        """The flow this one's scenarios and reference steps are about, when it has one."""
        return self.lib.flows.get(self.flow.source) if self.flow.source else None

    def the_source(self) -> Flow:
        """The source flow, which the loader made sure exists for the steps that read it."""
        source = self.source
        if source is None:
            raise LookupError(f"flow '{self.flow.id}' has no source flow")
        return source


@dataclass(frozen=True, slots=True)
class Move:
    """Where a press leads: to a step (`to`), into another flow (`flow`), a document
    sent with nothing changed (`send`; `resume`: where that flow was paused), or, with none of these, the same step with
    changed state (a toggle: the old keyboard goes stale). `closes_run`: what a run
    has scored is final, the way back into it is cut."""

    to: str | None = None
    flow: str | None = None
    send: str | None = None
    closes_run: bool = False
    resume: bool = False  # with `flow`: continue it where it was paused


STAY = Move()


@dataclass(slots=True)
class Body:
    """What a kind puts on its screen; the engine adds what every screen shares."""

    text: list[Msg]
    rows: list[list[Button]] = field(default_factory=list)
    contacts: list[Listed] = field(default_factory=list)
    outcome: str | None = None
    ends: bool = False


class Step(StepModel):
    """A step of some kind. The defaults fit a step that shows no screen and goes nowhere."""

    # Messages the kind uses whatever the flow (all of them, and those shown on buttons).
    MESSAGES: ClassVar[tuple[str, ...]] = ()
    BUTTON_MESSAGES: ClassVar[tuple[str, ...]] = ()
    shows_screen: ClassVar[bool] = True
    in_run: ClassVar[bool] = False  # needs the run's current item (the asks and the feedback)
    starts_run: ClassVar[bool] = False  # the only way into a run
    asks: ClassVar[bool] = False  # asks about the run's current item
    scores: ClassVar[bool] = False  # scores the run's current item
    may_show_person: ClassVar[bool] = False  # `audience: person` allowed

    def targets(self) -> list[str]:
        """The steps of the same flow this step can lead to."""
        return []

    def actions(self, ctx: Ctx) -> list[str]:
        """The actions of its buttons (besides navigation), to check they fit callback data."""
        return []

    def messages(self, ctx: Ctx) -> set[str]:
        """The message ids it needs in every language."""
        return set()

    def can_end(self) -> bool:
        """It ends the flow, or hands over to another flow (checked on its own)."""
        return False

    def ends_in(self) -> str | None:
        """The outcome the flow ends in here, if it ends here with one."""
        return None

    def roles(self) -> list[str]:
        """The contact roles its screen gives."""
        return []

    def opens(self) -> list[str]:
        """The steps it opens as a hub: a checklist naming it as its `hub` jumps to these."""
        return []

    def bar(self, ctx: Ctx, s: Session, current: str | None = None) -> list[list[Button]]:
        """As a hub, the rows of buttons it lends to the screens of the steps it opens."""
        return []

    def needs_source(self) -> bool:
        """It reads the source flow's indicators or outcomes."""
        return False

    def needs_items(self) -> bool:
        """It needs the flow's scenarios or questions."""
        return False

    def for_person(self) -> bool:
        return False

    def assesses(self, ctx: Ctx) -> set[str]:
        """The annex rows a worker who saw this screen has looked at (and found nothing in,
        unless something is ticked or marked): the annex summary says "not assessed" for
        the others instead of "no signs"."""
        return set()

    def check(self, ctx: Ctx, path: Path) -> None:
        """The kind's own rules, beyond the schema (raise FlowError)."""

    def check_run(self, ctx: Ctx, path: Path) -> None:
        """The kind's rules about a practice or quiz run (checked after the graph's)."""

    def check_wiring(self, ctx: Ctx, path: Path) -> None:
        """Rules that follow the run's steps from this one (checked last)."""

    def through(self, ctx: Ctx, s: Session) -> str:
        """A step without a screen: what it does to the session, and the step to go on to."""
        raise NotImplementedError(f"step kind '{self.kind}' shows a screen")

    def in_order(self, ctx: Ctx, s: Session) -> bool:
        """The session fits this step (a run's steps need a current item)."""
        return True

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        """Apply a press of one of its buttons to the session (a fresh copy whose lists
        must be replaced, never changed in place); None for a button it does not have."""
        return None

    def body(self, ctx: Ctx, s: Session) -> Body:
        raise NotImplementedError(f"step kind '{self.kind}' shows no screen")


class ScreenStep(Step):
    """A step with a screen. `audience: person` marks a screen meant to be shown to the
    person: rendered in the person's language with the worker's underneath, with a row of
    languages to pick the person's."""

    text: MsgId
    audience: Literal["worker", "person"] = "worker"

    def for_person(self) -> bool:
        return self.audience == "person"

    def check(self, ctx: Ctx, path: Path) -> None:
        if self.audience == "person" and not self.may_show_person:
            raise FlowError(path, self.id, "schema", "only choice and end steps can be shown to the person")

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text}


def step_at(flow: Flow, step_id: str) -> Step:
    """The step, as the kind it is (every registered model is a Step)."""
    return cast(Step, flow.step_index[step_id])


def steps_of(flow: Flow) -> list[Step]:
    return cast(list[Step], flow.steps)


def unique(ids: list[str]) -> str | None:
    """The first id given twice, if any."""
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            return i
        seen.add(i)
    return None


def in_rows(buttons: list[Button], width: int) -> list[list[Button]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]
