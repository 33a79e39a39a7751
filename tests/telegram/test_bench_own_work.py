"""make bench's own-work figure is wired to the turn: the stages not the bot's own are timed
in the counted runs and nothing else, every stage in the breakdown run (tests/bench/own_work.py)."""

from __future__ import annotations

import os

import pytest

from bot.telegram.stages import BOT_API, COMMIT, HANDLER, NOT_OWN
from tests.bench import own_work


@pytest.mark.slow  # starts a process that builds the bot
def test_the_own_work_child_times_what_it_subtracts_and_breaks_the_rest_down():
    runs, breakdown = own_work.measure(min(os.sched_getaffinity(0)), people=3)
    assert len(runs) == own_work.RUNS
    for run in runs:
        assert run.updates > 0 and set(run.stages) == set(NOT_OWN)
        assert run.stages[BOT_API] > 0 and run.stages[COMMIT] > 0  # a turn that lost a hook shows here
        assert 0 < run.own < run.whole
    assert {HANDLER, "engine", "rendering", "session store: save"} <= set(breakdown.stages)
    assert breakdown.stages[HANDLER] < breakdown.whole  # python-telegram-bot's dispatch is outside the handler
