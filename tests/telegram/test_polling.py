"""The poller's bookkeeping (which offset confirms only handled updates) and its heartbeat for `firstline health`."""

from __future__ import annotations

import time

import pytest

from bot import health
from bot.telegram import main
from bot.telegram.polling import Offsets
from tests.telegram.conftest import settings_for, start_bot

# python-telegram-bot warns about its own use of a deprecated attribute when it meets a 429.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def test_the_offset_stays_at_the_oldest_update_in_hand():
    o = Offsets()
    assert o.offset is None  # nothing seen: Telegram's default
    for update_id in (10, 11, 12):
        o.taken(update_id)
    o.finished(11, handled=True)
    o.finished(12, handled=True)
    assert o.offset == 10 and o.busy  # 11 and 12 are done, but 10 is not: nothing confirmed yet
    o.finished(10, handled=True)
    assert o.offset == 13 and not o.busy


def test_an_update_abandoned_at_a_stop_is_never_confirmed():
    o = Offsets()
    o.taken(20)
    o.taken(21)
    o.finished(21, handled=True)
    o.finished(20, handled=False)
    assert o.offset == 20  # Telegram sends 20 (and 21, applied once by the store) to the next start


def test_what_telegram_holds_for_us_is_not_taken_twice_but_a_true_redelivery_is():
    o = Offsets()
    o.taken(30)
    assert not o.is_new(30, asked=30)  # in hand: Telegram repeats it until confirmed
    o.finished(30, handled=True)
    # A getUpdates sent before 30 finished brings it back: done, not taken again.
    assert not o.is_new(30, asked=30)
    assert o.is_new(31, asked=30)
    # Confirmed (asked past it), and sent again anyway: Telegram may, after a failure on its side.
    assert o.is_new(30, asked=31)


async def test_polling_keeps_a_heartbeat_that_firstline_health_reads(bot, api, person, tmp_path):
    path = health.heartbeat_path(bot.settings)
    await api.wait_for(path.exists)
    assert path.stat().st_mode & 0o077 == 0 and path.read_bytes() == b""  # only its time says anything
    await person().send("/start")
    well, why = health.check(bot.settings)
    assert well and why.startswith("ok: Telegram answered"), why

    later = time.time() + health.STALE_SECONDS + 10  # as if Telegram had not answered since
    well, why = health.check(bot.settings, now=lambda: later)
    assert not well and "no answer from Telegram for" in why
    elsewhere = bot.settings.model_copy(update={"data_dir": tmp_path / "never-run"})
    well, why = health.check(elsewhere)
    assert not well and "no heartbeat yet" in why


async def test_a_stop_gives_up_on_an_update_after_the_grace_period_without_confirming_it(
    api, rt, tmp_path, person, monkeypatch, caplog
):
    monkeypatch.setattr(main, "STOP_GRACE_SECONDS", 0.5)
    running = await start_bot(api, rt, settings_for(api, tmp_path / "data"))
    api.flood("sendMessage", retry_after=60)  # the reply would wait a minute
    update = await person().send("/start", expect=None)
    await api.wait_for(lambda: any(c.status == 429 for c in api.calls_of("sendMessage")))
    started = time.monotonic()
    await running.stop()
    assert time.monotonic() - started < 5
    assert "1 update(s) not finished" in caplog.text
    # Not confirmed: Telegram hands it to the next start (which sees it was saved, and shows the screen).
    assert not any(c.params.get("offset", 0) > update["update_id"] for c in api.calls_of("getUpdates"))
