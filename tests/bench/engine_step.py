"""The engine step alone: `advance` over the events of the recorded stories.

Every story of tests/stories is replayed once to collect (session, event) pairs; the
pairs are then timed, each run going over all of them, in CPU time of this process (the
work of other processes on a busy machine does not count). The figure is the median of
three runs of the mean time per event, in µs: no I/O, no rendering, no store.

    .venv/bin/python -m tests.bench.engine_step
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import yaml

import flows
from flows import Session, Start
from tests.story_runner import story_event

STORIES = Path(__file__).resolve().parent.parent / "stories"
TARGET_US = 40.0


def story_events(lib: Any) -> list[tuple[Any, Any]]:
    """Each story's events with the session each applies to, as the story runner plays them."""
    pairs: list[tuple[Any, Any]] = []
    for path in sorted(STORIES.glob("*.yaml")):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        session = Session(lang="en", country=story.get("country"))
        event: Any = Start(flow=story["start"], at=story.get("at"))
        steps = story.get("steps", [])
        for n in range(len(steps) + 1):
            pairs.append((session, event))
            session, reply = flows.advance(lib, session, event)
            if reply.exit or n == len(steps):
                break
            event = story_event(steps[n], session)
    return pairs


def measure(lib: Any, runs: int = 3, min_seconds: float = 0.3) -> list[float]:
    """The mean µs per event of each run; a run repeats the events for at least `min_seconds`."""
    pairs = story_events(lib)
    advance = flows.advance
    figures = []
    for _ in range(runs):
        count, start = 0, time.process_time()
        while True:
            for session, event in pairs:
                advance(lib, session, event)
            count += len(pairs)
            elapsed = time.process_time() - start
            if elapsed >= min_seconds:
                break
        figures.append(elapsed / count * 1e6)
    return figures


def line(lib: Any) -> str:
    figures = measure(lib)
    median = statistics.median(figures)
    mark = "ok" if median <= TARGET_US else "MISSED"
    runs = ", ".join(f"{f:.1f}" for f in figures)
    events = len(story_events(lib))
    return (
        f"Engine step alone: {median:.1f} µs per event (median of 3 runs: {runs}; {events} story events), "
        f"target ≤ {TARGET_US:.0f} µs: {mark}"
    )


if __name__ == "__main__":
    from bot.runtime import load

    print(line(load().library))
