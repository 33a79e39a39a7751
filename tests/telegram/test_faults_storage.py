"""The session database locked, read-only or full, or held by another program when the bot starts.

Each time: the user is told in words that their step was not taken, the
operator is told what is wrong and what to do (once, not per update), nothing
crashes and nothing is half-written: the screen the user sees stays the one the
store holds, and once the fault is gone the same button goes on from there.

Simulated honestly but not literally (the tests run as root, so file modes do
not stop them): "locked" is another connection holding SQLite's write lock;
"read-only" is the bot's connection set to PRAGMA query_only, which fails every
write with SQLITE_READONLY as a read-only file or mount does; "full" is SQLite's
page limit (PRAGMA max_page_count) reached, which fails a write with SQLITE_FULL
as a full disk does.
"""

from __future__ import annotations

import logging
import sqlite3

import pytest

from bot import store as store_module
from bot.records import decode
from tests.telegram.helpers import country_option, engine_text
from tests.telegram.local import LocalBot
from tests.telegram.process import BotProcess

FAILED = "handling an update failed"


@pytest.fixture
async def local(rt, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    bot = await LocalBot(rt, tmp_path / "data").start()
    yield bot
    await bot.stop()
    assert bot.errors == [], "an update ended in an exception"
    assert FAILED not in caplog.text


async def at_safety_answered(bot: LocalBot, rt, chat_id: int = 5550101):
    worker = bot.user(chat_id)
    await worker.send("/start")
    await worker.tap(country_option(rt, "NL"))
    await worker.tap("screening")
    await worker.tap("safe")
    assert worker.text() == engine_text(rt, "en", ["safe"])
    return worker


def told_cannot_save(bot: LocalBot, rt, since: int) -> bool:
    """An alert (not a passing toast) with the storage message answered the tap."""
    text = rt.catalog.text("en", "tg-storage-unavailable")
    return any(
        c.method == "answerCallbackQuery" and c.params.get("text") == text and c.params.get("show_alert")
        for c in bot.api.calls[since:]
    )


async def stored_step(bot: LocalBot, chat_id: int) -> tuple[str, int]:
    """What the database itself holds for the chat (not the store's memory), read afresh."""
    db = sqlite3.connect(bot.settings.database_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (record,) = db.execute("SELECT conversation FROM sessions WHERE key = ?", (bot.store.key(chat_id),)).fetchone()
    finally:
        db.close()
    session = decode(record).session
    return session.step, session.nonce


async def test_a_locked_database_is_waited_for_then_reported_and_nothing_moves(local, rt, caplog):
    worker = await at_safety_answered(local, rt)
    before = await stored_step(local, worker.chat_id)
    other = sqlite3.connect(local.settings.database_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        since = len(local.api.calls)
        await worker.tap("continue")
        assert told_cannot_save(local, rt, since)
        assert worker.text() == engine_text(rt, "en", ["safe"])  # the screen did not move
        assert "session store unavailable: the session database is locked by another program" in caplog.text
        await worker.tap("continue")  # still locked: told again, the operator not again
        assert caplog.text.count("session store unavailable") == 1
    finally:
        other.rollback()
        other.close()
    assert await stored_step(local, worker.chat_id) == before  # nothing half-written
    await worker.tap("continue")  # the same button, now that the lock is gone
    assert worker.text() == engine_text(rt, "en", ["safe", "continue"])
    assert "session store available again" in caplog.text


async def test_a_read_only_database_is_reported_and_the_step_not_taken(local, rt, caplog):
    worker = await at_safety_answered(local, rt)
    before = await stored_step(local, worker.chat_id)
    await local.store._db.execute("PRAGMA query_only=ON")
    since = len(local.api.calls)
    await worker.tap("continue")
    assert told_cannot_save(local, rt, since)
    assert "the session database is read-only" in caplog.text
    # A new user's first message is answered in a message, not a toast.
    newcomer = local.user(5550102, lang="nl")
    await newcomer.send("/start")
    assert newcomer.messages() and list(newcomer.messages().values())[-1][0] == rt.catalog.text(
        "nl", "tg-storage-unavailable"
    )
    await local.store._db.execute("PRAGMA query_only=OFF")
    assert await stored_step(local, worker.chat_id) == before
    await worker.tap("continue")
    assert worker.text() == engine_text(rt, "en", ["safe", "continue"])
    await newcomer.send("/start")
    assert newcomer.text() == engine_text(rt, "nl", [], flow="setup", at="country", country=None)


async def test_a_full_database_is_reported_and_nothing_half_written(local, rt, caplog):
    worker = await at_safety_answered(local, rt)
    db = local.store._db
    async with db.execute("PRAGMA page_count") as cur:
        (pages,) = await cur.fetchone()
    await db.execute(f"PRAGMA max_page_count={pages}")
    # Fill what room is left in those pages, as a disk fills up.
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for n in range(10_000):
            await db.execute("INSERT INTO sessions VALUES (?, ?, 0)", (n.to_bytes(32, "big"), "x" * 200))
    newcomer = local.user(5550103)
    await newcomer.send("/start")
    assert list(newcomer.messages().values())[-1][0] == rt.catalog.text("en", "tg-storage-unavailable")
    assert "the disk holding the session database is full" in caplog.text
    await db.execute("PRAGMA max_page_count=1073741823")  # space again
    await newcomer.send("/start")
    assert newcomer.text() == engine_text(rt, "en", [], flow="setup", at="country", country=None)
    assert (await stored_step(local, worker.chat_id))[0] == "needs"  # the worker's row is whole


async def test_a_database_unusable_at_start_does_not_stop_the_bot(rt, tmp_path, caplog, monkeypatch):
    """No crash loop: the bot starts, tells users and the operator, and uses the database
    as soon as it can."""
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(store_module, "REOPEN_SECONDS", 0)
    path = tmp_path / "data" / "sessions.sqlite3"
    path.parent.mkdir(mode=0o700)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the database, readers shut out too
    bot = await LocalBot(rt, tmp_path / "data").start()
    try:
        worker = bot.user(5550104)
        await worker.send("/start")
        assert list(worker.messages().values())[-1][0] == rt.catalog.text("en", "tg-storage-unavailable")
        assert "session store unavailable: the session database is locked" in caplog.text
        holder.rollback()
        holder.close()
        await worker.send("/start")
        assert worker.text() == engine_text(rt, "en", [], flow="setup", at="country", country=None)
        assert "session store available again" in caplog.text
    finally:
        await bot.stop()
    assert bot.errors == []


async def test_quick_exit_clears_the_screen_even_when_the_database_cannot_delete(local, rt):
    worker = await at_safety_answered(local, rt)
    await local.store._db.execute("PRAGMA query_only=ON")
    await worker.tap("_exit")
    assert worker.messages() == {}  # every message of the conversation deleted
    await worker.send("/start")  # the session is forgotten here, though the row could not go yet
    assert list(worker.messages().values())[-1][0] == rt.catalog.text("en", "tg-storage-unavailable")
    await local.store._db.execute("PRAGMA query_only=OFF")
    await worker.send("/start")
    assert worker.text() == engine_text(rt, "en", [], flow="setup", at="country", country=None)  # begun afresh


@pytest.mark.slow  # starts the real bot process
async def test_the_bot_process_stays_up_with_its_database_held_by_another_program(api, person, rt, tmp_path):
    """No crash loop under systemd or compose: the real process, started while another
    program holds the database, runs, answers with the storage message and says why."""
    path = tmp_path / "data" / "sessions.sqlite3"
    path.parent.mkdir(mode=0o700)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    proc = BotProcess(api, tmp_path / "data", tmp_path / "bot.log")
    try:
        await proc.start()
        await person().send("/start", expect="message")
        assert api.calls_of("sendMessage")[-1].params["text"] == rt.catalog.text("en", "tg-storage-unavailable")
        assert proc.proc.poll() is None  # still running
        holder.rollback()
        holder.close()
        assert await proc.terminate() == 0
    finally:
        proc.ensure_stopped()
    log = (tmp_path / "bot.log").read_text()
    assert "session store unavailable: the session database is locked" in log
    assert "Traceback" not in log
