"""CPU time by stage of a turn, for the benchmark: explicit hooks, off unless switched on.

The turn names its stages (`with self.stages("engine"): ...`); nothing is patched by
name, so renaming or moving a function cannot silently break the figures. Switched off,
a stage costs one attribute read and a shared no-op context.
"""

from __future__ import annotations

import time
from collections import Counter

# Stages spent on work that is not the bot's own: the Bot API's calls and the wait for the
# disk. The bot's own CPU per update is the whole update's less these.
BOT_API = "Bot API calls"
COMMIT = "waiting for the durable commit"
NOT_OWN = (BOT_API, COMMIT)
# The whole of the bot's handler, around the stages above (python-telegram-bot's dispatch
# to the handler is outside it): for the breakdown by stage.
HANDLER = "the bot's handler (on_update)"


class _Off:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_OFF = _Off()


class _Timed:
    __slots__ = ("spent", "name", "start")

    def __init__(self, spent: Counter, name: str):
        self.spent, self.name = spent, name

    def __enter__(self) -> None:
        self.start = time.thread_time()

    def __exit__(self, *exc: object) -> None:
        self.spent[self.name] += time.thread_time() - self.start


class Stages:
    """CPU time of this thread (waiting on the disk or another thread is not counted) per
    named stage, summed while `on`; only the stages in `only` when it is set. Stages may
    nest: each counts its own span.

    Reading a thread's CPU clock is a system call (a few µs on a busy machine), and a stage
    reads it twice: every stage timed inside another adds to the outer one's figure. So the
    bot's own work is measured with only the stages not its own timed (`NOT_OWN`), and the
    breakdown by stage in a run of its own."""

    def __init__(self, only: frozenset[str] | None = None) -> None:
        self.on = False
        self.only = only
        self.spent: Counter = Counter()

    def __call__(self, name: str) -> _Off | _Timed:
        if not self.on or (self.only is not None and name not in self.only):
            return _OFF
        return _Timed(self.spent, name)


# The stages of a turn when nobody measures them.
OFF = Stages()
