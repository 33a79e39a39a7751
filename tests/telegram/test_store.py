"""The session store: keyed hash, secret file, schema versions, WAL, idle purge, forgetting."""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from bot.store import MIGRATIONS, Conversation, SchemaTooNew, SessionStore, load_secret
from flows import Session

SECRET = b"s" * 32


class Clock:
    def __init__(self, hour: int):
        self.now = hour

    def __call__(self) -> int:
        return self.now


def settings(tmp_path, **kw) -> Settings:
    return Settings(bot_token="1:x", data_dir=tmp_path / "data", **kw)


def test_a_secret_is_generated_once_into_an_owner_only_file(tmp_path):
    s = settings(tmp_path)
    first = load_secret(s)
    assert len(first) >= 32
    assert stat.S_IMODE(s.secret_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(s.data_dir.stat().st_mode) == 0o700
    assert load_secret(s) == first  # the same key across restarts


def test_a_secret_file_others_can_read_is_made_private(tmp_path):
    s = settings(tmp_path)
    load_secret(s)
    s.secret_path.chmod(0o644)
    load_secret(s)
    assert stat.S_IMODE(s.secret_path.stat().st_mode) == 0o600


def test_a_secret_from_the_environment_must_be_long_enough(tmp_path, monkeypatch):
    with pytest.raises(ValidationError):
        settings(tmp_path, secret="too short")
    monkeypatch.setenv("FIRSTLINE_SECRET", "e" * 40)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:x")
    from_env = Settings(data_dir=tmp_path / "data")
    assert load_secret(from_env) == b"e" * 40
    assert not from_env.secret_path.exists()


async def test_sessions_are_keyed_by_a_keyed_hash_of_the_chat_id(tmp_path):
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    other = await SessionStore.open(tmp_path / "o.db", b"t" * 32, 12)
    try:
        key = store.key(5550001)
        assert key == store.key(5550001) and len(key) == 32
        assert key != other.key(5550001)  # without the secret, no way from id to key
        assert key != hashlib.sha256(b"5550001").digest()
    finally:
        await store.close()
        await other.close()


async def test_the_schema_is_versioned_and_the_database_in_wal_mode(tmp_path):
    path = tmp_path / "s.db"
    store = await SessionStore.open(path, SECRET, 12)
    await store.save(store.key(1), Conversation(session=Session(flow="menu", step="home")))
    await store.close()
    store = await SessionStore.open(path, SECRET, 12)  # migrating again changes nothing
    assert (await store.load(store.key(1))).session.step == "home"
    await store.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(len(MIGRATIONS),)]
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert {r[1] for r in db.execute("PRAGMA table_info(sessions)")} == {"key", "conversation", "hour"}
    db.close()


async def test_a_database_from_a_newer_version_is_left_alone(tmp_path):
    path = tmp_path / "s.db"
    await (await SessionStore.open(path, SECRET, 12)).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(SchemaTooNew):
        await SessionStore.open(path, SECRET, 12)


async def test_idle_sessions_are_purged_and_never_loaded(tmp_path):
    clock = Clock(1000)
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12, hour=clock)
    try:
        for chat in (1, 2):
            await store.save(store.key(chat), Conversation(session=Session()))
        clock.now = 1010
        await store.save(store.key(2), Conversation(session=Session()))  # 2 is active again
        clock.now = 1013
        assert await store.load(store.key(1)) is None  # idle 13 h: gone even before a purge
        assert await store.purge() == 0
        clock.now = 1023
        assert await store.purge() == 1
        assert await store.count() == 0
    finally:
        await store.close()


async def test_an_unreadable_record_is_dropped_not_fatal(tmp_path):
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    try:
        key = store.key(1)
        await store._db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?)", (key, '{"session": {"nonce": "x"}}', store.hour())
        )
        assert await store.load(key) is None
        assert await store.count() == 0
    finally:
        await store.close()


async def test_a_forgotten_session_leaves_no_trace_in_the_database_or_its_wal(tmp_path):
    path = tmp_path / "s.db"
    store = await SessionStore.open(path, SECRET, 12)
    try:
        marker = "marker-of-a-forgotten-screening"
        for n in range(3):  # several versions of the row, as a conversation writes them
            await store.save(store.key(1), Conversation(session=Session(flow=marker, step=f"step-{n}")))
        await store.save(store.key(2), Conversation(session=Session(flow="menu")))
        assert marker.encode() in path.read_bytes() + (tmp_path / "s.db-wal").read_bytes()
        assert await store.delete(store.key(1))
        files = [p for p in tmp_path.iterdir() if p.name.startswith("s.db")]
        assert all(marker.encode() not in p.read_bytes() for p in files)
        assert (await store.load(store.key(2))).session.flow == "menu"  # the others stay
    finally:
        await store.close()


async def test_a_tap_after_a_save_parses_no_json(tmp_path, monkeypatch):
    # The row just saved is kept decoded: the next turn's load costs no parsing (issue 13).
    import bot.store as store_module

    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    key = store.key(1)
    await store.save(key, Conversation(session=Session(flow="screening", step="safety", nonce=3)))
    parsed = []
    monkeypatch.setattr(store_module, "decode", lambda record: parsed.append(record))
    for _ in range(3):
        assert (await store.load(key)).session.step == "safety"
    await store.close()
    assert parsed == []


async def test_what_a_turn_changes_counts_only_once_saved(tmp_path):
    # Loads hand out copies: a turn that changes its conversation and then fails to save
    # (or never gets that far) leaves the kept one as the record says.
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    key = store.key(1)
    saved = Conversation(session=Session(flow="screening", step="safety", nonce=3), screen=5)
    saved.apply(100)
    await store.save(key, saved)
    saved.apply(101)  # changed after saving: not what is on record
    saved.remember(6, 1)
    changed = await store.load(key)
    changed.apply(102)
    changed.remember(7, 1)
    changed.session, changed.screen = Session(flow="menu", step="home", nonce=4), 7
    again = await store.load(key)
    assert (again.updates, again.messages, again.screen, again.session.step) == ([100], [], 5, "safety")
    await store.close()
    reopened = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    assert await reopened.load(key) == again
    await reopened.close()
