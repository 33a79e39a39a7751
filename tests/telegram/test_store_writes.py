"""How the store writes: compact records, saves of many chats in one commit, saves not
waited for, and failures that leave both the disk and the store's memory as they were."""

from __future__ import annotations

import asyncio

import pytest

from bot import store as store_module
from bot.records import Conversation, decode, encode
from bot.store import SessionStore, StorageUnavailable
from flows import Session

SECRET = b"s" * 32


def busy_conversation() -> Conversation:
    c = Conversation(session=Session(flow="screening", step="ind-threat", trail=["safety", "needs"], ticks=["threat-fear"], nonce=14))
    for update_id in range(712_345_001, 712_345_061, 2):
        c.apply(update_id)
    for message_id in (1, 2, 5, 9):
        c.remember(message_id, 498_862)
    c.screen, c.shown = 9, 14
    return c


def test_a_record_is_compact_and_reads_back_whole():
    c = busy_conversation()
    record = encode(c)
    assert decode(record) == c
    assert len(record) < len(c.model_dump_json()) * 0.7
    assert "712345059" not in record  # numbers as steps from the one before


def test_a_record_written_before_records_were_compact_still_reads():
    c = busy_conversation()
    assert decode(c.model_dump_json()) == c


@pytest.mark.parametrize("record", ['{"session": {}, "u": "x"}', '{"session": {}, "m": [1, 2, 3]}', '{"session": {}, "u": [1, true]}'])
def test_a_damaged_record_is_refused_not_misread(record):
    with pytest.raises(ValueError):
        decode(record)


async def test_saves_of_many_chats_at_once_reach_the_disk_in_few_commits(tmp_path, monkeypatch):
    statements = []
    upsert = store_module._upsert

    async def counted(db, rows):
        statements.append(len(rows))
        await upsert(db, rows)

    monkeypatch.setattr(store_module, "_upsert", counted)
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    await asyncio.gather(*(store.save(store.key(chat), Conversation(session=Session(nonce=chat))) for chat in range(50)))
    await store.close()
    assert sum(statements) == 50 and len(statements) < 10  # written together, not one fsync each
    fresh = await SessionStore.open(tmp_path / "s.db", SECRET, 12)  # from the disk, not from memory
    try:
        assert [(await fresh.load(fresh.key(chat))).session.nonce for chat in range(50)] == list(range(50))
    finally:
        await fresh.close()


async def test_a_session_forgotten_just_after_a_save_not_waited_for_stays_forgotten(tmp_path):
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    key = store.key(1)
    await store.save(key, busy_conversation())
    store.save_soon(key, busy_conversation())
    assert await store.delete(key)
    await store.close()
    fresh = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    try:
        assert await fresh.load(key) is None and await fresh.count() == 0
    finally:
        await fresh.close()


async def test_a_failed_save_leaves_disk_and_memory_as_they_were(tmp_path):
    store = await SessionStore.open(tmp_path / "s.db", SECRET, 12)
    try:
        key = store.key(1)
        before = busy_conversation()
        await store.save(key, before)
        await store._db.execute("PRAGMA query_only=ON")
        after = busy_conversation()
        after.session.step, after.session.nonce = "ind-violence", 15
        with pytest.raises(StorageUnavailable) as failed:
            await store.save(key, after)
        assert failed.value.reason == "read-only"
        assert await store.load(key) == before
        store.save_soon(key, after)  # not waited for, and failing: the next load reads the disk
        await asyncio.sleep(0.05)
        assert await store.load(key) == before
    finally:
        await store._db.execute("PRAGMA query_only=OFF")
        await store.close()
