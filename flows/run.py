"""A practice or quiz run: the part of a session a practice or quiz flow uses.

The dealt item ids, where the volunteer is, what they picked for the current item,
and running scores. Nothing about the volunteer is kept but ids and numbers, and all
of it goes when the flow is left.

Randomness comes from the session's seed (an adapter seeds a new session with fresh
entropy); dealing returns the next seed, so runs differ one after another and the
same session always deals the same way.
"""

from __future__ import annotations

import random

from pydantic import BaseModel

from flows.schema import Flow, Question, Scenario

SEED_BITS = 32


class Run(BaseModel):
    """A practice or quiz run: item ids and scores, nothing else. Changed by replacing
    its fields, never by editing its lists: sessions share them between copies."""

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
        return {
            "n": self.at + 1,
            "total": len(self.order),
            "found": self.found,
            "expected": self.expected,
            "wrong": self.wrong,
            "right": self.right,
            "done": self.done,
        }


def deal(ids: list[str], size: int | None, seed: int) -> tuple[list[str], int]:
    """`size` of the ids (all when None) in an order drawn from `seed`, and the next seed."""
    rng = random.Random(seed)
    order = list(ids)
    rng.shuffle(order)
    return order[: size or len(order)], rng.getrandbits(SEED_BITS)
