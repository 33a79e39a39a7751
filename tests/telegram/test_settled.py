"""What is loaded at start is kept out of the garbage collector's way while the bot serves (bot/settled.py)."""

from __future__ import annotations

import gc


async def test_what_is_loaded_at_start_is_out_of_the_collectors_way_while_serving(bot):
    # The library alone is tens of thousands of objects; a full collection walking them all
    # stalled an update for ~75 ms (make bench). Frozen while serving, they are not walked.
    assert gc.get_freeze_count() > 10_000
    await bot.stop()
    # Given back once the bot stops: a process that serves again (the tests) keeps no garbage for good.
    assert gc.get_freeze_count() == 0
