"""Practice and quiz scoring, as pure functions: a scenario's answers judged against
the guide, the run's scores added up, what to read again.

The screens of a run are built by its step kinds (flows/kinds/ask.py, feedback.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.contacts import ROLES
from flows.run import Run
from flows.schema import OUTCOMES, Flow, Question, Scenario
from flows.step import steps_of

# --- the source flow: signal groups and outcomes ----------------------------------


def signal_groups(source: Flow) -> list[str]:
    """The indicator groups of the source flow, in the order the guide lists them."""
    return list(source.cached("signal_groups", lambda: list(dict.fromkeys(i.group for i in source.indicators))))


def outcomes(source: Flow) -> list[str]:
    """The outcomes the source flow can end in, in the fixed order."""

    def find() -> list[str]:
        found = {s.ends_in() for s in steps_of(source)}
        return [o for o in OUTCOMES if o in found]

    return list(source.cached("outcomes", find))


def outcome_roles(source: Flow, outcome: str) -> list[str]:
    """The contact roles of the source flow's end step for this outcome (its contacts,
    not the country's rules beside them: practice is about what to do next)."""
    roles = next((s.roles() for s in steps_of(source) if s.ends_in() == outcome), [])
    return [r for r in roles if r in ROLES]


def action_label(outcome: str) -> str:
    """The button label of a first action, by the outcome it leads to."""
    return f"practice-act-{outcome.lower()}"


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
    run.groups = run.groups + [g for g in dict.fromkeys(j.missed + j.wrong) if g not in run.groups]
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
        run.missed = run.missed + [run.at]


def read_again(flow: Flow, run: Run) -> list[str]:
    """What to read again: the `read` messages of the items answered wrongly, each once."""
    read: list[str] = []
    for at in run.missed:
        item = flow.items.get(run.order[at]) if at < len(run.order) else None
        for msg in item.read if item else []:
            if msg not in read:
                read.append(msg)
    return read


def summary_args(flow: Flow, run: Run | None) -> dict[str, Any]:
    """The run's scores, what to read again and which signal groups to look up again."""
    run = run or Run()
    args: dict[str, Any] = dict(run.args())
    args["read"] = read_again(flow, run)
    args["groups"] = [f"learn-group-{g}" for g in run.groups]
    return args
