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
    `flow` starts another flow instead; `send` stays on the screen and asks the
    adapter for a document (engine.DOCUMENTS) made from the session."""

    id: Id
    label: MsgId
    next: Id | None = None
    flow: Id | None = None
    send: Id | None = None
    when: Condition | None = None
    set_flags: list[Id] = []
    set_lang: str | None = None
    set_country: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Option:
        if [self.next, self.flow, self.send].count(None) != 2:
            raise ValueError(f"option '{self.id}' needs exactly one of 'next', 'flow' or 'send'")
        return self


class Case(Strict):
    when: Condition
    next: Id


class StepBase(Strict):
    """`audience: person` marks a screen meant to be shown to the person: it is
    rendered in the person's language with the worker's underneath, and offers
    a row of languages to pick the person's."""

    id: Id
    text: MsgId
    audience: Literal["worker", "person"] = "worker"


class ChoiceStep(StepBase):
    """A screen with buttons. `show` adds computed arguments to the text:
    `assessment` what the marks show, `summary` the scores of the run just ended."""

    kind: Literal["choice"]
    options: list[Option] = Field(min_length=1)
    show: Literal["assessment", "summary"] | None = None
    contacts: list[Id] = []  # a contact section on a screen that goes on (step 2's primary needs)


class ReferenceStep(ChoiceStep):
    """A choice screen that also lists every indicator of `groups` (groups of the
    flow named by `source`), each marked as noticed by observing or by listening."""

    kind: Literal["reference"]
    groups: list[Id] = Field(min_length=1)


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


# --- practice and quiz runs -----------------------------------------------------
# A run deals the flow's scenarios (practice) or questions (quiz) in a shuffled
# order; for each item `ask` steps collect the answers, then a `feedback` step
# scores them; after the last item (or when the volunteer stops) a choice step
# with `show: summary` sums the run up.


class DealStep(Strict):
    """No screen: deals a new run of `size` items (all when not given) in an
    order drawn from the session's seed, then goes to `next` (an ask step)."""

    id: Id
    kind: Literal["deal"]
    size: int | None = Field(default=None, ge=1)
    next: Id


class AskStep(StepBase):
    """A question about the current item of the run, then `next` (an ask or a
    feedback step). `signals`: toggle the signal groups seen in a scenario, then
    `done`; `action`: pick the first action (an outcome); `answer`: pick an
    option of a quiz question. `text` is a heading with $n and $total, above the
    item's text; `prompt` says what to do, below it."""

    kind: Literal["ask"]
    ask: Literal["signals", "action", "answer"]
    prompt: MsgId | None = None  # shown after the item's text
    done: MsgId = "common-done"
    next: Id


class FeedbackStep(StepBase):
    """The current item scored and explained. `more` (a button label) goes on to
    the next item at `next`; `finish` (a button label) goes to `done`, the
    summary, at any time and as the only way after the last item."""

    kind: Literal["feedback"]
    more: MsgId
    finish: MsgId
    next: Id
    done: Id


Step = Annotated[
    Union[ChoiceStep, ReferenceStep, BranchStep, ChecklistStep, MarksStep, EndStep, DealStep, AskStep, FeedbackStep],
    Field(discriminator="kind"),
]


class Scenario(Strict):
    """A practice vignette written from the guide.

    `signals` are indicator ids of the source flow that the story shows: the
    groups they belong to are the signal groups to find. `also`: groups a careful
    reader may tick as well (neither missed nor wrong). `action`: the outcome the
    guide calls for first; `why` gives the guide's reasoning for it. `notes` explain
    why a tempting wrong pick (a signal group or an outcome) is wrong in this story.
    `read`: what to read again (message ids, e.g. labels of learn cards) when the
    action was wrong."""

    id: Id
    text: MsgId
    signals: list[Id] = []
    also: list[Id] = []
    action: Literal["unsafe", "A", "B", "C", "D"]
    why: MsgId
    notes: dict[str, MsgId] = {}  # keyed by a signal group or an outcome; the loader checks which
    read: list[MsgId] = []


class Answer(Strict):
    id: Id
    label: MsgId


class Question(Strict):
    """A quiz item: true/false or multiple choice, each answer explained by `why`."""

    id: Id
    text: MsgId
    options: list[Answer] = Field(min_length=2, max_length=8)
    answer: Id
    why: MsgId
    read: list[MsgId] = []

    @model_validator(mode="after")
    def _answer_is_an_option(self) -> Question:
        if self.answer not in [o.id for o in self.options]:
            raise ValueError(f"question '{self.id}': answer '{self.answer}' is not one of its options")
        return self


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
    """`source` names the flow whose indicators and outcomes this flow's
    scenarios and reference steps are about (the screening)."""

    id: Id
    start: Id
    title: MsgId
    requires_outcome: bool = False
    source: Id | None = None
    indicators: list[Indicator] = []
    rows: list[AnnexRow] = []
    scenarios: list[Scenario] = []
    questions: list[Question] = []
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_kind_of_run(self) -> Flow:
        if self.scenarios and self.questions:
            raise ValueError("a flow holds scenarios or questions, not both")
        return self

    @property
    def items(self) -> dict[str, Scenario | Question]:
        """The scenarios or questions a run of this flow deals, by id."""
        cached = self.__dict__.get("_items")
        if cached is None:
            cached = {i.id: i for i in (self.scenarios or self.questions)}
            self.__dict__["_items"] = cached
        return cached

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
