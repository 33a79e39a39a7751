"""The flow schema: what a flow file may say, as pydantic models.

Flows are data. A flow is a list of steps; each step has a kind that the engine
knows how to show and advance. Conditions use a small fixed vocabulary and are
never evaluated as code.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

OUTCOMES = ("unsafe", "A", "B", "C", "D")
ELEMENTS = ("act", "means", "purpose")

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]  # length: the loader checks callback data
MsgId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(Strict):
    """Exactly one test. `element` is true when any annex row of that element
    carries signs (mark 1) or evidence (mark 2)."""

    flag: Id | None = None
    not_flag: Id | None = None
    element: Literal["act", "means", "purpose"] | None = None
    no_element: Literal["act", "means", "purpose"] | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        set_fields = [k for k in type(self).model_fields if getattr(self, k) is not None]
        if len(set_fields) != 1:
            raise ValueError(f"a condition needs exactly one test, got {set_fields or 'none'}")
        return self


class Option(Strict):
    """A button on a choice screen. `next` names a step of the same flow;
    `flow` starts another flow instead."""

    id: Id
    label: MsgId
    next: Id | None = None
    flow: Id | None = None
    when: Condition | None = None
    set_flags: list[Id] = []
    set_lang: str | None = None
    set_country: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Option:
        if (self.next is None) == (self.flow is None):
            raise ValueError(f"option '{self.id}' needs exactly one of 'next' or 'flow'")
        return self


class Case(Strict):
    when: Condition
    next: Id


class StepBase(Strict):
    id: Id
    text: MsgId


class ChoiceStep(StepBase):
    """A screen with buttons. `show` adds computed arguments to the text."""

    kind: Literal["choice"]
    options: list[Option] = Field(min_length=1)
    show: Literal["assessment"] | None = None


class BranchStep(Strict):
    """No screen: goes to the first case whose condition holds, else `otherwise`."""

    id: Id
    kind: Literal["branch"]
    cases: list[Case] = Field(min_length=1)
    otherwise: Id


class ChecklistStep(StepBase):
    """Toggle buttons, one per indicator, then `next`."""

    kind: Literal["checklist"]
    items: list[Id] = Field(min_length=1)
    done: MsgId = "common-done"
    next: Id


class MarksStep(StepBase):
    """The annex 1 table: a button per row raises its mark, then `next`."""

    kind: Literal["marks"]
    done: MsgId = "common-done"
    next: Id


class EndStep(StepBase):
    """Where a flow ends: an outcome (or none) and the contacts it calls for.
    `options` may lead on (to more information, another flow)."""

    kind: Literal["end"]
    outcome: Literal["unsafe", "A", "B", "C", "D"] | None = None
    contacts: list[Id] = []
    options: list[Option] = []


Step = Annotated[
    Union[ChoiceStep, BranchStep, ChecklistStep, MarksStep, EndStep],
    Field(discriminator="kind"),
]


class Indicator(Strict):
    """One indicator of the guide. `how` says whether it is noticed by observing
    the person or by listening to them; `row` is its annex 1 row."""

    id: Id
    group: Id
    how: Literal["observe", "listen"]
    row: Id


class AnnexRow(Strict):
    id: Id
    element: Literal["act", "means", "purpose"]


class Flow(Strict):
    id: Id
    start: Id
    title: MsgId
    requires_outcome: bool = False
    indicators: list[Indicator] = []
    rows: list[AnnexRow] = []
    steps: list[Step] = Field(min_length=1)

    def step(self, step_id: str) -> Step:
        return self.step_index[step_id]

    @property
    def step_index(self) -> dict[str, Step]:
        cached = self.__dict__.get("_step_index")
        if cached is None:
            cached = {s.id: s for s in self.steps}
            self.__dict__["_step_index"] = cached
        return cached

    @property
    def indicator_index(self) -> dict[str, Indicator]:
        cached = self.__dict__.get("_indicator_index")
        if cached is None:
            cached = {i.id: i for i in self.indicators}
            self.__dict__["_indicator_index"] = cached
        return cached
