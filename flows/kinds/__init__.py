"""The step kinds, one module each; importing this package registers them all.

A new kind is a module here: a model subclassing flows.step.Step (or ScreenStep),
decorated with flows.schema.register, imported below.
"""

from __future__ import annotations

from flows.kinds import ask, branch, checklist, choice, deal, end, feedback, groups, marks, recheck, reference

__all__ = [
    "ask",
    "branch",
    "checklist",
    "choice",
    "deal",
    "end",
    "feedback",
    "groups",
    "marks",
    "recheck",
    "reference",
]
