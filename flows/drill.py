"""Practice and quiz runs: dealing, judging and scoring, as pure functions.

A run is the part of a session that a practice or quiz flow uses: the dealt item
ids, where the volunteer is, what they picked for the current item, and running
scores. Nothing about the volunteer is kept but ids and numbers, and all of it
goes when the flow is left.

Randomness comes from the session's seed (an adapter seeds a new session with
fresh entropy); dealing returns the next seed, so runs differ one after another
and the same session always deals the same way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pydantic import BaseModel

from flows.contacts import ROLES
from flows.schema import OUTCOMES, Flow, Question, Scenario

SEED_BITS = 32


class Run(BaseModel):
    """A practice or quiz run: item ids and scores, nothing else."""

    order: list[str] = []  # the dealt items, in the order they are asked
    at: int = 0  # index in `order` of the current item
    picks: list[str] = []  # signal groups ticked for the current scenario
    answer: str | None = None  # the action or option picked for the current item
    found: int = 0  # signal groups rightly picked, over the run
    expected: int = 0  # signal groups the scenarios so far showed
    wrong: int = 0  # signal groups picked that a story did not show
    right: int = 0  # first actions (or quiz answers) right
    done: int = 0  # items scored
    missed: list[int] = []  # positions in `order` of the items answered wrongly
    groups: list[str] = []  # signal groups missed or wrongly picked (to look up again)

    def item(self, flow: Flow) -> Scenario | Question | None:
        """The current item, or None when the run is over or its item is gone."""
        if self.at >= len(self.order):
            return None
        return flow.items.get(self.order[self.at])

    @property
    def last(self) -> bool:
        return self.at + 1 >= len(self.order)

    def args(self) -> dict[str, int]:
        """The numbers a run's screens show."""
        return {"n": self.at + 1, "total": len(self.order), "found": self.found, "expected": self.expected,
                "wrong": self.wrong, "right": self.right, "done": self.done}


def deal(ids: list[str], size: int | None, seed: int) -> tuple[list[str], int]:
    """`size` of the ids (all when None) in an order drawn from `seed`, and the next seed."""
    rng = random.Random(seed)
    order = list(ids)
    rng.shuffle(order)
    return order[: size or len(order)], rng.getrandbits(SEED_BITS)


# --- the source flow: signal groups and outcomes ----------------------------------


def signal_groups(source: Flow) -> list[str]:
    """The indicator groups of the source flow, in the order the guide lists them."""
    return list(dict.fromkeys(i.group for i in source.indicators))


def group_element(source: Flow, group: str) -> str:
    """ACT, MEANS or PURPOSE: the element of the annex rows the group's indicators are read in."""
    rows = {r.id: r.element for r in source.rows}
    return next(rows[i.row] for i in source.indicators if i.group == group)


def outcomes(source: Flow) -> list[str]:
    """The outcomes the source flow can end in, in the fixed order."""
    found = {getattr(s, "outcome", None) for s in source.steps if s.kind == "end"}
    return [o for o in OUTCOMES if o in found]


def outcome_roles(source: Flow, outcome: str) -> list[str]:
    """The contact roles of the source flow's end step for this outcome (its contacts,
    not the country's rules beside them: practice is about what to do next)."""
    roles = next((s.contacts for s in source.steps if s.kind == "end" and s.outcome == outcome), [])
    return [r for r in roles if r in ROLES]


# --- judging ------------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    """A scenario's answers against the guide, each list in the guide's group order."""

    expected: list[str]  # the groups the story shows
    right: list[str]  # ... that were picked
    missed: list[str]  # ... that were not
    also: list[str]  # picked, not required, but fair readings of the story
    wrong: list[str]  # picked, not in the story
    signs: dict[str, list[str]]  # group -> the story's indicator ids in it
    action_right: bool


def expected_groups(source: Flow, scenario: Scenario) -> list[str]:
    groups = {source.indicator_index[i].group for i in scenario.signals}
    return [g for g in signal_groups(source) if g in groups]


def judge(source: Flow, scenario: Scenario, picks: list[str], answer: str | None) -> Judgement:
    order = signal_groups(source)
    expected = expected_groups(source, scenario)
    picked = set(picks)
    signs: dict[str, list[str]] = {}
    for i in scenario.signals:
        signs.setdefault(source.indicator_index[i].group, []).append(i)
    return Judgement(
        expected=expected,
        right=[g for g in expected if g in picked],
        missed=[g for g in expected if g not in picked],
        also=[g for g in order if g in picked and g in scenario.also and g not in expected],
        wrong=[g for g in order if g in picked and g not in expected and g not in scenario.also],
        signs=signs,
        action_right=answer == scenario.action,
    )


def score_scenario(run: Run, source: Flow, scenario: Scenario) -> Judgement:
    """Adds the current scenario's answers to the run's scores; returns the judgement."""
    j = judge(source, scenario, run.picks, run.answer)
    run.found += len(j.right)
    run.expected += len(j.expected)
    run.wrong += len(j.wrong)
    _count(run, j.action_right)
    for g in j.missed + j.wrong:
        if g not in run.groups:
            run.groups.append(g)
    return j


def score_question(run: Run, question: Question) -> bool:
    right = run.answer == question.answer
    _count(run, right)
    return right


def _count(run: Run, right: bool) -> None:
    run.done += 1
    if right:
        run.right += 1
    elif run.at not in run.missed:
        run.missed.append(run.at)


def read_again(flow: Flow, run: Run) -> list[str]:
    """What to read again: the `read` messages of the items answered wrongly, each once."""
    read: list[str] = []
    for at in run.missed:
        item = flow.items.get(run.order[at]) if at < len(run.order) else None
        for msg in getattr(item, "read", []):
            if msg not in read:
                read.append(msg)
    return read
