"""What is loaded at start lives as long as the bot: kept out of the garbage collector's way.

A full collection of Python's cyclic garbage collector walks every container object
there is: the flow library, the catalogue, python-telegram-bot's and pydantic's
machinery, some 150,000 of them once the bot is ready. One took about 75 ms on the
development machine, stalling whichever update was running, and came every few
thousand updates. Moved to the permanent generation once everything is loaded, they
are no longer walked; full collections walk only what came since. Nothing frozen is
garbage (a collection runs first), so memory stays as it was.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def settle() -> None:
    """Out of the collector's sight, what exists now (collected first: nothing frozen is garbage)."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def settled() -> Iterator[None]:
    """While serving: settled; given back to the collector after, so a process that serves
    more than once (the tests) leaves no garbage behind for good."""
    settle()
    try:
        yield
    finally:
        gc.unfreeze()
