"""How the store writes: compact records, saves of many chats in one commit, saves not
waited for, and failures that leave both the disk and the store's memory as they were."""

from __future__ import annotations

import asyncio
import random
import sqlite3

import pytest

from bot import store as store_module
from bot.records import Conversation, decode, encode
from bot.store import SessionStore, StorageUnavailable
from flows import Session

SECRET = b"s" * 32


def busy_conversation() -> Conversation:
    c = Conversation(
        session=Session(flow="screening", step="ind-threat", trail=["safety", "needs"], ticks=["threat-fear"], nonce=14)
    )
    for update_id in range(712_345_001, 712_345_061, 2):
        c.apply(update_id)
    for message_id in (1, 2, 5, 9):
        c.remember(message_id, 498_862)
    c.screen, c.reached = 9, 14
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


@pytest.mark.parametrize(
    "record", ['{"session": {}, "u": "x"}', '{"session": {}, "m": [1, 2, 3]}', '{"session": {}, "u": [1, true]}']
)
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
    await asyncio.gather(
        *(store.save(store.key(chat), Conversation(session=Session(nonce=chat))) for chat in range(50))
    )
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


# --- a later step is never overwritten by an earlier one ---------------------------------


def at(nonce: int) -> Conversation:
    return Conversation(session=Session(flow="screening", step="ind-threat", nonce=nonce))


def nonce_on_disk(path, key: bytes) -> int | None:
    """What the database file itself holds for `key`, read past the store and its memory."""
    db = sqlite3.connect(path)
    try:
        row = db.execute("SELECT conversation FROM sessions WHERE key = ?", (key,)).fetchone()
    finally:
        db.close()
    return None if row is None else decode(row[0]).session.nonce


class HeldWrites:
    """Holds the store's writes that name `key` until released: a write in flight, for as
    long as a test needs one, without relying on how long an fsync takes."""

    def __init__(self, monkeypatch, key: bytes):
        self.key = key
        self.started = asyncio.Event()  # a write naming `key` has reached the database
        self.release = asyncio.Event()
        upsert = store_module._upsert

        async def held(db, rows):
            if any(k == key for k, _ in rows):
                self.started.set()
                await self.release.wait()
            await upsert(db, rows)

        monkeypatch.setattr(store_module, "_upsert", held)


@pytest.mark.parametrize("other_chat_writing", [False, True], ids=["alone", "another-chat-writing"])
async def test_a_save_after_a_save_not_waited_for_leaves_the_later_step_on_disk(
    tmp_path, monkeypatch, other_chat_writing
):
    path = tmp_path / "s.db"
    store = await SessionStore.open(path, SECRET, 12)
    a, b = store.key(1), store.key(2)
    held = HeldWrites(monkeypatch, b)
    other = None
    if other_chat_writing:
        other = asyncio.create_task(store.save(b, at(7)))
        await held.started.wait()
    else:
        held.release.set()
    store.save_soon(a, at(99))
    # Opened only after every callback already scheduled has run (the loop runs them in the
    # order they were scheduled): whatever the save not waited for does at its first turn, it
    # has done by then.
    asyncio.get_running_loop().call_soon(held.release.set)
    await store.save(a, at(100))
    assert (await store.load(a)).session.nonce == 100
    if other is not None:
        await other
    await store.close()  # a clean stop: whatever was still on its way is written
    assert nonce_on_disk(path, a) == 100
    fresh = await SessionStore.open(path, SECRET, 12)
    try:
        assert (await fresh.load(a)).session.nonce == 100
    finally:
        await fresh.close()


async def test_a_save_not_waited_for_during_a_save_is_what_is_loaded_and_kept(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    store = await SessionStore.open(path, SECRET, 12)
    a = store.key(1)
    held = HeldWrites(monkeypatch, a)
    saving = asyncio.create_task(store.save(a, at(100)))
    await held.started.wait()  # step 100 is on its way to the disk
    store.save_soon(a, at(101))
    held.release.set()
    await saving
    assert (await store.load(a)).session.nonce == 101  # memory does not go back to 100
    await store.close()
    assert nonce_on_disk(path, a) == 101


@pytest.mark.parametrize("seed", range(12))
async def test_saves_of_a_chat_reach_the_disk_in_the_order_they_were_made(tmp_path, seed):
    """Saves waited for, not waited for, and made from other tasks, of a few chats, mixed at
    random: each chat ends with its last step on disk, and a load never gives a step older
    than one whose save returned (or that was saved without waiting)."""
    rng = random.Random(seed)
    path = tmp_path / "s.db"
    store = await SessionStore.open(path, SECRET, 12)
    keys = [store.key(chat) for chat in range(3)]
    last: dict[bytes, int] = {}  # the step each chat was last saved at
    floor: dict[bytes, int] = {}  # the newest step of each chat that counts as saved

    def saved(key: bytes, nonce: int) -> None:
        floor[key] = max(floor.get(key, 0), nonce)

    tasks = []
    try:
        for nonce in range(1, 60):
            key = rng.choice(keys)
            way = rng.choice(["soon", "save", "task", "pause"])
            if way == "pause":
                await asyncio.sleep(rng.choice([0, 0, 0.002]))
                continue
            last[key] = nonce
            if way == "soon":
                store.save_soon(key, at(nonce))
                saved(key, nonce)
            elif way == "save":
                await store.save(key, at(nonce))
                saved(key, nonce)
            else:
                task = asyncio.create_task(store.save(key, at(nonce)))
                task.add_done_callback(lambda _, key=key, nonce=nonce: saved(key, nonce))
                tasks.append(task)
                await asyncio.sleep(0)  # the task makes its save now, before the next one
            for k, n in floor.items():
                assert (await store.load(k)).session.nonce >= n
        await asyncio.gather(*tasks)
    finally:
        await store.close()
    assert {k: nonce_on_disk(path, k) for k in last} == last
