"""The flow schema: what a flow file may say, as pydantic models.

Flows are data. A flow is a list of steps; each step has a kind (flows/kinds/)
that says how it is shown and advanced. Conditions use a small fixed vocabulary and are
never evaluated as code.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

OUTCOMES = ("unsafe", "A", "B", "C", "D")
ELEMENTS = ("act", "means", "purpose")

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]  # length: the loader checks callback data
T = TypeVar("T")
MsgId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def cached(self, name: str, make: Callable[[], T]) -> T:
        """Something computed once from this part of a flow, which never changes once loaded
        (the engine builds screens from it on every update)."""
        key = f"_cached_{name}"
        if key not in self.__dict__:
            self.__dict__[key] = make()
        return cast(T, self.__dict__[key])


class Condition(Strict):
    """Exactly one test. `element` is true when any annex row of that element
    carries signs (mark 1) or evidence (mark 2)."""

    flag: Id | None = None
    not_flag: Id | None = None
    # Signs were ticked, all of them of the person's situation (Indicator.situation),
    # and no other row carries signs: signs that alone do not point to trafficking.
    only_situation: Literal[True] | None = None
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
    # With `flow`: when that flow was left part-way (the session keeps it paused), go to
    # this step of the same flow first, which asks whether to continue or start again.
    paused: Id | None = None
    # With `flow`: enter the flow where it was paused, with all that was ticked and marked.
    resume: bool = False

    @model_validator(mode="after")
    def _one_target(self) -> Option:
        if [self.next, self.flow, self.send].count(None) != 2:
            raise ValueError(f"option '{self.id}' needs exactly one of 'next', 'flow' or 'send'")
        if (self.paused is not None or self.resume) and self.flow is None:
            raise ValueError(f"option '{self.id}': 'paused' and 'resume' go with 'flow'")
        return self


class Case(Strict):
    when: Condition
    next: Id


class StepModel(Strict):
    """What the flow itself knows of a step: its id and its kind. What a kind says, shows
    and does is in flows/kinds/, one module a kind; each registers its model here."""

    id: Id
    kind: str
    # The section of the guide this step follows (a key of the flow's `guide.sections`):
    # data for whoever checks the flow against the guide, not shown.
    guide: Id | None = None


class Guide(Strict):
    """The printed guide a flow follows: its edition, year and project address as the
    guide prints them, and its section titles by key (steps name theirs in `guide`)."""

    edition: str
    year: int
    address: str
    sections: dict[Id, str] = Field(min_length=1)


KINDS: dict[str, type[StepModel]] = {}


def register(model: type[StepModel]) -> type[StepModel]:
    """Make a step kind known to flow files (a class decorator); its `kind` field names it."""
    name = model.model_fields["kind"].default
    if not isinstance(name, str):
        raise TypeError(f"{model.__name__}: a step kind needs a literal `kind` with a default")
    KINDS[name] = model
    return model


def _parse_step(raw: Any) -> Any:
    if isinstance(raw, StepModel) or not isinstance(raw, dict):
        return raw
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"unknown step kind {kind!r}; known: {', '.join(sorted(KINDS))}")
    return KINDS[kind].model_validate(raw)


# A step of any registered kind, parsed by the model its `kind` names.
Step = Annotated[StepModel, BeforeValidator(_parse_step)]


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
    # A sign that a controller may be present and listening: ticking it asks about
    # safety again (leave and call the police when it is not safe).
    danger: bool = False
    # A sign of the person's situation (no papers, no local language…): it makes them
    # vulnerable but is not by itself a means used to exploit them; alone, such signs
    # do not point to trafficking (smuggling is not trafficking).
    situation: bool = False


class AnnexRow(Strict):
    id: Id
    element: Literal["act", "means", "purpose"]


class Flow(Strict):
    """`source` names the flow whose indicators and outcomes this flow's
    scenarios and reference steps are about (the screening)."""

    id: Id
    start: Id
    requires_outcome: bool = False
    # Left part-way for another flow (the menu, a Learn card), it is kept paused, to be
    # continued or started again: nothing ticked or marked is dropped silently.
    resumable: bool = False
    # Why a path went past parts of the procedure (the indicator checklist, the annex
    # table), for the annex summary: step id -> message; the last such step on the way
    # to the outcome gives the reason.
    skipped_because: dict[Id, MsgId] = {}
    source: Id | None = None
    guide: Guide | None = None  # when given, every step names the guide's section it follows
    indicators: list[Indicator] = []
    rows: list[AnnexRow] = []
    scenarios: list[Scenario] = []
    questions: list[Question] = []
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _next_is_the_following_step(cls, data: Any) -> Any:
        """A step whose kind goes on to a `next` step goes, unless it says otherwise, to the
        step below it: a flow reads top to bottom."""
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            return data
        steps = list(data["steps"])
        for n, (raw, below) in enumerate(zip(steps, steps[1:], strict=False)):
            model = KINDS.get(str(raw.get("kind"))) if isinstance(raw, dict) else None
            goes_on = model is not None and "next" in model.model_fields and "next" not in raw
            if goes_on and isinstance(below, dict) and "id" in below:
                steps[n] = {**raw, "next": below["id"]}
        return {**data, "steps": steps}

    @model_validator(mode="after")
    def _one_kind_of_run(self) -> Flow:
        if self.scenarios and self.questions:
            raise ValueError("a flow holds scenarios or questions, not both")
        return self

    # The indexes are looked up a dozen times an update: cached_property keeps them in the
    # instance, a plain attribute read after the first (frozen models allow it).
    @cached_property
    def items(self) -> dict[str, Scenario | Question]:
        """The scenarios or questions a run of this flow deals, by id."""
        return {i.id: i for i in (self.scenarios or self.questions)}

    def step(self, step_id: str) -> StepModel:
        return self.step_index[step_id]

    @cached_property
    def step_index(self) -> dict[str, StepModel]:
        return {s.id: s for s in self.steps}

    @cached_property
    def indicator_index(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}
