"""Practice scenarios and quiz questions: the rules they follow and the messages they need."""

from __future__ import annotations

from pathlib import Path

from flows.errors import FlowError
from flows.kinds.feedback import PRACTICE_MESSAGES, QUIZ_MESSAGES
from flows.schema import Flow, Indicator
from flows.scoring import action_label, outcomes, signal_groups
from flows.step import unique


def check_scenarios(flow: Flow, path: Path, source: Flow | None) -> None:
    """Each scenario's signals, groups and outcome exist in the source flow, and a note
    explains only a wrong pick."""
    groups, outs = (signal_groups(source), outcomes(source)) if source else ([], [])
    index: dict[str, Indicator] = source.indicator_index if source else {}
    dup = unique([s.id for s in flow.scenarios])
    if dup:
        raise FlowError(path, None, "duplicate-id", f"scenario id '{dup}' given twice")
    for sc in flow.scenarios:
        where = f"scenario '{sc.id}'"
        if unique(sc.signals):
            raise FlowError(path, None, "duplicate-id", f"{where}: a signal is listed twice")
        unknown = next((i for i in sc.signals if i not in index), None)
        if unknown:
            raise FlowError(
                path, None, "unknown-target", f"{where}: '{unknown}' is not an indicator of '{flow.source}'"
            )
        if sc.action not in outs:
            raise FlowError(
                path, None, "unknown-target", f"{where}: '{sc.action}' is not an outcome of '{flow.source}'"
            )
        expected = {index[i].group for i in sc.signals}
        for g in sc.also:
            if g not in groups:
                raise FlowError(
                    path, None, "unknown-target", f"{where}: '{g}' is not a signal group of '{flow.source}'"
                )
            if g in expected:
                raise FlowError(
                    path, None, "schema", f"{where}: '{g}' is both a signal group of the story and an 'also'"
                )
        for key in sc.notes:
            if key not in groups and key not in outs:
                raise FlowError(
                    path,
                    None,
                    "unknown-target",
                    f"{where}: note on '{key}', neither a signal group nor an outcome of '{flow.source}'",
                )
            if key in expected or key == sc.action:
                raise FlowError(
                    path,
                    None,
                    "schema",
                    f"{where}: note on '{key}', but a note explains a wrong pick and '{key}' is right here",
                )


def check_questions(flow: Flow, path: Path) -> None:
    dup = unique([q.id for q in flow.questions])
    if dup:
        raise FlowError(path, None, "duplicate-id", f"question id '{dup}' given twice")
    for q in flow.questions:
        dup = unique([o.id for o in q.options])
        if dup:
            raise FlowError(path, None, "duplicate-id", f"question '{q.id}': option id '{dup}' given twice")


def item_messages(flow: Flow, source: Flow | None) -> set[str]:
    """The messages of the flow's scenarios or questions and of their feedback."""
    ids: set[str] = set()
    for sc in flow.scenarios:
        ids |= {sc.text, sc.why, *sc.notes.values(), *sc.read, *(f"indicator-{i}" for i in sc.signals)}
    if flow.scenarios and source:
        groups, outs = signal_groups(source), outcomes(source)
        ids |= set(PRACTICE_MESSAGES) | {f"learn-group-{g}" for g in groups} | {f"practice-hint-{g}" for g in groups}
        ids |= {action_label(o) for o in outs} | {f"practice-when-{o.lower()}" for o in outs}
    for q in flow.questions:
        ids |= {q.text, q.why, *q.read, *(o.label for o in q.options)}
    if flow.questions:
        ids |= set(QUIZ_MESSAGES)
    return ids
