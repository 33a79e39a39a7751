"""The annex 1 table and the conditions that read it.

A row's mark is 1 (signs present) as soon as a ticked indicator belongs to it;
the worker sets it directly to 0-3 (2 evidence, 3 more information needed), never
below what the ticks show.
"""

from __future__ import annotations

from typing import Any

from flows.library import Library
from flows.schema import ELEMENTS, Condition, Flow
from flows.session import Session
from flows.step import Ctx, step_at

MAX_MARK = 3


def signed_rows(flow: Flow, s: Session) -> set[str]:
    """The rows a ticked indicator belongs to."""
    index = flow.indicator_index
    return {index[t].row for t in s.ticks if t in index}


def derived_mark(flow: Flow, s: Session, row: str) -> int:
    """1 (signs present) when any ticked indicator belongs to the row, else 0."""
    return int(row in signed_rows(flow, s))


def mark(flow: Flow, s: Session, row: str) -> int:
    return max(derived_mark(flow, s, row), s.raised.get(row, 0))


def marks(flow: Flow, s: Session) -> dict[str, int]:
    """Every row's mark, in the table's order (one pass over the ticks)."""
    signed = signed_rows(flow, s)
    return {r.id: max(int(r.id in signed), s.raised.get(r.id, 0)) for r in flow.rows}


def set_mark(flow: Flow, s: Session, row: str, value: int) -> bool:
    """Set the row's mark; False (nothing changed) below what the ticks show or past 3."""
    floor = derived_mark(flow, s, row)
    if not floor <= value <= MAX_MARK:
        return False
    # A new dict: sessions share theirs between copies.
    raised = {k: v for k, v in s.raised.items() if k != row}
    if value > floor:
        raised[row] = value
    s.raised = raised
    return True


def signs_by_element(flow: Flow, s: Session) -> dict[str, list[str]]:
    """The rows showing signs (1) or evidence (2), by element."""
    table = marks(flow, s)
    return {e: [r.id for r in flow.rows if r.element == e and table[r.id] in (1, 2)] for e in ELEMENTS}


def only_situation(flow: Flow, s: Session) -> bool:
    """Signs were ticked, every one of them a sign of the person's situation, and no
    other row shows signs (a mark the worker set counts as a sign too)."""
    index = flow.indicator_index
    ticked = [index[t] for t in s.ticks if t in index]
    if not ticked or not all(i.situation for i in ticked):
        return False
    found = {r for rows in signs_by_element(flow, s).values() for r in rows}
    return found <= {i.row for i in ticked}


def element_found(flow: Flow, s: Session, element: str) -> bool:
    table = marks(flow, s)
    return any(table[r.id] in (1, 2) for r in flow.rows if r.element == element)


def holds(cond: Condition, flow: Flow, s: Session) -> bool:
    if cond.flag is not None:
        return cond.flag in s.flags
    if cond.not_flag is not None:
        return cond.not_flag not in s.flags
    if cond.element is not None:
        return element_found(flow, s, cond.element)
    if cond.only_situation is not None:
        return only_situation(flow, s)
    if cond.no_element is not None:
        return not element_found(flow, s, cond.no_element)
    if cond.all is not None:
        return all(holds(c, flow, s) for c in cond.all)
    return any(holds(c, flow, s) for c in cond.any or [])


def assessment_args(flow: Flow, s: Session) -> dict[str, Any]:
    """What was found for each element, worded by the locale as signs that 'may point to'
    something, never as facts. Consent is said to be irrelevant only where there are
    signs of a means and of exploitation (an adult's consent does not count once a means
    was used to exploit them); signs of the person's situation alone (no papers, no
    local language) do not point to trafficking: smuggling is not trafficking."""
    args: dict[str, Any] = {}
    found = signs_by_element(flow, s)
    table = marks(flow, s)
    for element in ELEMENTS:
        args[element] = [f"annex-row-{r}" for r in found[element]]
    args["more"] = [f"annex-row-{r.id}" for r in flow.rows if table[r.id] == 3]
    child = "child" in s.flags
    args["child"] = "yes" if child else "no"
    args["consent"] = "child" if child else ("means" if found["means"] and found["purpose"] else "open")
    needed = ("act", "purpose") if child else ("act", "means", "purpose")
    if only_situation(flow, s):
        args["elements"] = "situation"
    elif all(found[e] for e in needed):
        args["elements"] = "all"
    else:
        args["elements"] = "some" if any(found[e] for e in needed) else "none"
    return args


# --- what was assessed: the annex summary never claims "no signs" for what nobody looked at


def seen_steps(flow: Flow, s: Session) -> list[str]:
    """The screens on the way to where the session is (the trail, which Back shortens), and it."""
    return [step for step in [*s.trail, s.step] if step is not None and step in flow.step_index]


def assessed_rows(lib: Library, flow: Flow, s: Session) -> set[str]:
    """The rows looked at: those of every checklist shown, all of them once the annex
    table was shown, and any row with a tick or a mark."""
    ctx = Ctx(lib, flow)
    rows = {row for step in seen_steps(flow, s) for row in step_at(flow, step).assesses(ctx)}
    return rows | {r for r, m in marks(flow, s).items() if m > 0}


def skipped_parts(lib: Library, flow: Flow, s: Session) -> dict[str, str]:
    """The kinds of screen that assess rows and were not shown on the way ('checklist',
    'marks'), each with 'all' or 'some' of its screens missed."""
    ctx, seen = Ctx(lib, flow), set(seen_steps(flow, s))
    parts: dict[str, list[bool]] = {}
    for step in flow.steps:
        if step_at(flow, step.id).assesses(ctx):
            parts.setdefault(step.kind, []).append(step.id in seen)
    return {kind: ("all" if not any(shown) else "some") for kind, shown in parts.items() if not all(shown)}


def skip_reason(flow: Flow, s: Session) -> str | None:
    """The message saying why parts were skipped: the last step on the way that names one,
    unless the annex table was shown after it. Such a step names a reason whichever way
    it was answered ("agrees to talk" too, or "no reason to suspect" for a child); once
    the table came after it, the way went on through the procedure, and whatever was
    left out was the worker's choice (a group with nothing noticed), not that reason."""
    reason = None
    for step in seen_steps(flow, s):
        if step in flow.skipped_because:
            reason = flow.skipped_because[step]
        elif flow.step_index[step].kind == "marks":
            reason = None
    return reason
