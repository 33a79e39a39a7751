"""The session store: one row per chat, on SQLite in WAL mode.

A row is found by HMAC-SHA256 of the chat id under a secret kept outside the
database: the database alone cannot be turned back into chat ids, not even by
trying every possible id. A row holds the engine's session, the ids of the
conversation's messages (for quick exit), the ids of the last updates applied
(so a repeated update is applied once) and the hour of the last change.
Nothing else.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import stat
import tempfile
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import aiosqlite
from pydantic import ValidationError

from bot.records import Conversation, decode, duplicate, encode
from bot.settings import MIN_SECRET_BYTES, Settings

__all__ = [
    "Conversation",
    "SessionStore",
    "StorageUnavailable",
    "SchemaTooNew",
    "SecretUnusable",
    "load_secret",
    "migrate",
]
T = TypeVar("T")
# A stored row: the record, the hour of its last change, and the conversation it holds
# when decoded already (None: read from disk, not decoded yet). Never handed out.
Row = tuple[str, int, Conversation | None]

log = logging.getLogger(__name__)

# Another program holding the database's write lock (a backup, an operator's sqlite3) is
# waited for this long before the user is told that their step could not be saved.
BUSY_TIMEOUT_MS = 1000
# While the database cannot even be opened, opening it is tried again at most this often.
REOPEN_SECONDS = 5
# The operator hears of a store that stays unavailable again at most this often.
REPORT_EVERY_SECONDS = 60
# Records of the chats active last, kept in memory as written: a tap needs no read from disk.
MAX_CACHED = 4096
# Rows written in one statement at most (SQLite allows 32766 parameters, 3 a row).
MAX_BATCH = 500

# Each entry moves the schema one version up; never edit one that has shipped.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE sessions (
        key BLOB PRIMARY KEY NOT NULL,
        conversation TEXT NOT NULL,
        hour INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX sessions_by_hour ON sessions (hour);
    """,
]


class SchemaTooNew(Exception):
    """The database was written by a newer Firstline; this one must not touch it."""


class StorageUnavailable(Exception):
    """The database cannot be read or written just now; nothing was half-written."""

    def __init__(self, reason: str):
        super().__init__(REASONS[reason])
        self.reason = reason  # a key of REASONS


# For the operator: what is wrong, and what to do. No ids, no paths beyond the setting.
REASONS = {
    "locked": "the session database is locked by another program (close it, or wait for it to finish)",
    "read-only": "the session database is read-only (check the data directory's file system and permissions)",
    "full": "the disk holding the session database is full (free some space)",
    "unavailable": "the session database cannot be opened or read (check FIRSTLINE_DATA_DIR and the disk)",
}


def reason_of(error: BaseException) -> str:
    """Which of REASONS an error from SQLite or the file system means."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "locked"
    if name.startswith("SQLITE_READONLY"):
        return "read-only"
    if name.startswith("SQLITE_FULL"):
        return "full"
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return "full"
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read-only"
    return "unavailable"


def now_hour() -> int:
    return int(time.time() // 3600)


class SecretUnusable(ValueError):
    """The session secret is there but cannot be used: waiting or restarting will not help."""


def load_secret(settings: Settings) -> bytes:
    """The HMAC secret: from the environment, else from a file only its owner can read,
    created on first start."""
    if settings.secret is not None:
        return settings.secret.get_secret_value().encode()
    path = settings.secret_path
    if not path.exists():
        _write_new_secret(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, 0o600)
            log.warning("the session secret file was readable by others; now owner-only")
    except OSError:  # a read-only mount (a container secret): reading is all that is needed
        pass
    secret = path.read_bytes().strip()
    if not secret:
        raise SecretUnusable(
            f"the session secret file {path} is empty (a disk that was full at the first start leaves it so): "
            "delete it and start again; a new one is made and open conversations are forgotten"
        )
    if len(secret) < MIN_SECRET_BYTES:
        raise SecretUnusable(
            f"the session secret file {path} holds {len(secret)} bytes, fewer than {MIN_SECRET_BYTES}: delete it, or put a longer one there"
        )
    return secret


def _write_new_secret(path: Path) -> None:
    """Whole or not at all: written to a temporary file, flushed to disk, then linked into place.
    A full disk leaves no half-written (or empty) secret behind, and of two processes starting at
    once only one links its secret (link, unlike rename, never replaces the other's)."""
    make_private_dir(path.parent)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-")  # mode 0600
    try:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(MIN_SECRET_BYTES))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return
        _fsync_folder(path.parent)
        log.info("generated a new session secret")
    finally:
        os.unlink(temporary)


def _fsync_folder(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


class SessionStore:
    """Sessions by keyed hash. Every save is on disk (WAL, synchronous=FULL) before it returns;
    saves that arrive while one is being written go to disk together, in one statement
    and one fsync (a group commit), so many chats at once cost little more than one.
    A database that cannot be used raises StorageUnavailable, never half-writes, and is
    reported to the operator once a minute while it lasts."""

    def __init__(self, path: Path, secret: bytes, idle_hours: float, hour: Callable[[], int] = now_hour):
        self._path = path
        self._db: aiosqlite.Connection | None = None
        self._secret = secret
        self._keyed = hmac.new(secret, digestmod=hashlib.sha256)
        self._idle_hours = idle_hours
        self.hour = hour
        # key -> row last handed to the writer or read, the chats active last; ahead of the
        # disk only by the rows on their way to it. A row keeps the conversation it holds,
        # decoded, so a tap needs neither a read from disk nor parsing JSON.
        self._recent: OrderedDict[bytes, Row] = OrderedDict()
        # Forgotten by the user while the database could not delete them: never loaded again.
        self._forgotten: set[bytes] = set()
        # The rows waiting for the next write, the newest of each chat, and who waits for it.
        self._batch: dict[bytes, Row] = {}
        self._waiting: list[asyncio.Future] = []
        self._writer: asyncio.Task | None = None  # writing, while there is anything to write
        self._soon: set[asyncio.Future] = set()  # saves not waited for (save_soon), until written
        self._last_open_try = float("-inf")
        self._trouble: str | None = None  # the reason the store is unavailable, while it is
        self._reported_at = float("-inf")

    @classmethod
    async def open(
        cls, path: Path, secret: bytes, idle_hours: float, hour: Callable[[], int] = now_hour
    ) -> SessionStore:
        """Open the store. A database that cannot be used now does not stop the bot: users
        are told, the operator is told, and it is opened as soon as it can be."""
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the session secret must be at least {MIN_SECRET_BYTES} bytes")
        store = cls(path, secret, idle_hours, hour)
        try:
            await store._connection()
            await store.purge()
        except StorageUnavailable:
            pass  # reported; every use tries to open it again
        return store

    async def _connect(self) -> aiosqlite.Connection:
        make_private_dir(self._path.parent)
        # Autocommit: every save is one statement, atomic on its own.
        db = await aiosqlite.connect(self._path, isolation_level=None)
        try:
            os.chmod(self._path, 0o600)  # SQLite gives the WAL and shm files the same mode
            await db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            await db.execute("PRAGMA journal_mode=WAL")
            # A step counts as saved once the commit is on disk: survives a killed process and a power cut.
            await db.execute("PRAGMA synchronous=FULL")
            # A forgotten session leaves zeros behind, not its answers, in freed pages.
            await db.execute("PRAGMA secure_delete=ON")
            await migrate(db)
        except BaseException:
            await db.close()
            raise
        return db

    async def _connection(self) -> aiosqlite.Connection:
        if self._db is not None:
            return self._db
        now = time.monotonic()
        if now - self._last_open_try < REOPEN_SECONDS and self._trouble is not None:
            raise StorageUnavailable(self._trouble)
        self._last_open_try = now
        try:
            self._db = await self._connect()
        except (sqlite3.Error, OSError) as e:
            raise self._unavailable(e) from None
        return self._db

    async def _use(self, operation: Callable[[aiosqlite.Connection], Awaitable[T]], writes: bool = True) -> T:
        """Run one database operation; SQLite's and the file system's errors become StorageUnavailable."""
        db = await self._connection()
        try:
            result = await operation(db)
        except (sqlite3.Error, OSError) as e:
            raise self._unavailable(e) from None
        # A read going through says nothing of writing (a locked database still reads).
        if writes or self._trouble == "unavailable":
            self._available()
        return result

    def _unavailable(self, error: BaseException) -> StorageUnavailable:
        reason = reason_of(error)
        now = time.monotonic()
        if reason != self._trouble or now - self._reported_at >= REPORT_EVERY_SECONDS:
            # What is wrong and what to do; the error's kind, never its text (it may quote a row).
            log.error(
                "session store unavailable: %s [%s]; users are asked to try again",
                REASONS[reason],
                type(error).__name__,
            )
            self._reported_at = now
        self._trouble = reason
        return StorageUnavailable(reason)

    def _available(self) -> None:
        if self._trouble is not None:
            log.warning("session store available again")
            self._trouble = None

    async def close(self) -> None:
        if self._soon:
            await asyncio.gather(*self._soon, return_exceptions=True)
        if self._writer is not None:
            await asyncio.gather(self._writer, return_exceptions=True)  # saves in hand reach the disk
        if self._db is not None:
            await self._db.close()
            self._db = None

    def key(self, chat_id: int) -> bytes:
        # The HMAC keyed once (its inner and outer pads), copied for each chat id.
        mac = self._keyed.copy()
        mac.update(f"chat:{chat_id}".encode())
        return mac.digest()

    def _oldest_kept_hour(self) -> float:
        return self.hour() - self._idle_hours

    async def load(self, key: bytes) -> Conversation | None:
        if key in self._forgotten:
            try:
                await self.delete(key)
            except StorageUnavailable:
                pass  # still forgotten here; deleting is tried again
            return None
        row = self._recent.get(key)
        if row is None:
            row = await self._use(lambda db: _select(db, key), writes=False)
            if row is None:
                return None
        else:
            self._recent.move_to_end(key)
        record, hour, conversation = row
        if hour < self._oldest_kept_hour():
            await self.delete(key)  # idle too long: gone even before the next purge
            return None
        if conversation is None:
            try:
                conversation = decode(record)
            except ValidationError:
                # Written by another version of the bot: start afresh rather than fail on every update.
                log.warning("a stored session could not be read and was dropped")
                await self.delete(key)
                return None
            if self._recent.get(key) is row or key not in self._recent:
                self._remember(key, (record, hour, conversation))
        # A copy: the caller changes it, and what is kept must stay what the record says.
        return duplicate(conversation)

    async def save(self, key: bytes, conversation: Conversation) -> None:
        """On disk when this returns; StorageUnavailable (and nothing written) otherwise."""
        await self.write(key, self.row(conversation))

    def row(self, conversation: Conversation) -> Row:
        """The row `save` writes: the record, the hour of the change, and a copy of the
        conversation it records. A first half of save, so the time spent making the row
        and waiting for the disk can be told apart."""
        return encode(conversation), self.hour(), duplicate(conversation)

    async def write(self, key: bytes, row: Row) -> None:
        """save's second half: the row on disk when this returns."""
        # A caller cancelled does not cancel the write: the row is on its way, and stays
        # what the chat is at unless writing it fails.
        await asyncio.shield(self._hand_in(key, row))

    def save_soon(self, key: bytes, conversation: Conversation) -> None:
        """Save without waiting for the disk: for what a turn notes after its reply is out
        (where the screen now is, the messages to delete on quick exit), which the user
        does not wait for. Loaded again at once, it reads as saved; if writing fails, the
        next load reads the disk. Written in order with every other save."""
        written = self._hand_in(key, self.row(conversation))
        self._soon.add(written)
        written.add_done_callback(self._soon.discard)

    def _hand_in(self, key: bytes, row: Row) -> asyncio.Future:
        """Queue a row for the writer, now, before anything else can run: rows reach the
        disk in the order they were handed in, so a chat's step is never overwritten by one
        it had before. A row not yet written gives way to a newer one of the same chat;
        the write of the newer row answers for both. Saves handed in while a write is on
        its way go to the disk together, in the next statement (a group commit)."""
        written = asyncio.get_running_loop().create_future()
        self._batch[key] = row
        self._waiting.append(written)
        self._remember(key, row)  # loaded again (by the next turn), it reads as saved

        def done(f: asyncio.Future) -> None:
            # Not written: the next load reads the disk, unless a newer row of the chat is
            # on its way already (then that one is where the chat is).
            if (f.cancelled() or f.exception() is not None) and self._recent.get(key) is row:
                del self._recent[key]

        written.add_done_callback(done)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())
        return written

    def _remember(self, key: bytes, row: Row) -> None:
        self._recent[key] = row
        self._recent.move_to_end(key)
        if len(self._recent) > MAX_CACHED:
            self._recent.popitem(last=False)

    async def _write(self) -> None:
        """Write what is waiting, in one statement a time, until nothing is. The only
        writer of rows: one statement after the other, in the order rows were handed in."""
        waiting: list[asyncio.Future] = []
        try:
            while self._batch:
                batch, waiting = self._batch, self._waiting
                self._batch, self._waiting = {}, []
                try:
                    await self._use(functools.partial(_upsert, rows=list(batch.items())))
                except Exception as e:
                    reason = e.reason if isinstance(e, StorageUnavailable) else None
                    for w in waiting:
                        if not w.done():
                            w.set_exception(StorageUnavailable(reason) if reason else e)
                else:
                    for w in waiting:
                        if not w.done():
                            w.set_result(None)
                waiting = []
        finally:
            self._writer = None
            if waiting or self._waiting:  # cancelled (the loop is closing): nobody waits for ever
                for w in waiting + self._waiting:
                    w.cancel()
                self._batch, self._waiting = {}, []

    async def delete(self, key: bytes) -> bool:
        """Forget a session. If the database cannot do it now, the session is still never
        loaded again by this process, and deleting is tried again at each purge."""
        self._recent.pop(key, None)
        self._forgotten.add(key)
        if self._soon:  # a save still on its way would bring the row back after the delete
            await asyncio.gather(*self._soon, return_exceptions=True)
        cur = await self._use(lambda db: db.execute("DELETE FROM sessions WHERE key = ?", (key,)))
        self._forgotten.discard(key)
        gone = cur.rowcount > 0
        if gone:
            await self._truncate_wal()
        return gone

    async def purge(self) -> int:
        """Forget every session idle for longer than the configured time."""
        for key in list(self._forgotten):
            await self.delete(key)
        oldest = self._oldest_kept_hour()
        for key in [k for k, (_, hour, _) in self._recent.items() if hour < oldest]:
            del self._recent[key]
        cur = await self._use(lambda db: db.execute("DELETE FROM sessions WHERE hour < ?", (oldest,)))
        if cur.rowcount:
            await self._truncate_wal()
        return cur.rowcount

    async def count(self) -> int:
        async def counted(db: aiosqlite.Connection) -> int:
            async with db.execute("SELECT count(*) FROM sessions") as cur:
                return (await cur.fetchone())[0]

        return await self._use(counted, writes=False)

    async def _truncate_wal(self) -> None:
        # The WAL still holds earlier versions of a forgotten row: fold it into the
        # database (where secure_delete has zeroed them) and empty it.
        await self._use(lambda db: db.execute("PRAGMA wal_checkpoint(TRUNCATE)"))


async def _select(db: aiosqlite.Connection, key: bytes) -> Row | None:
    # One trip to the database's thread (a cursor, a fetch and a close would be three: each
    # trip costs the bot's thread more than the read does).
    rows = list(await db.execute_fetchall("SELECT conversation, hour FROM sessions WHERE key = ?", (key,)))
    return (rows[0][0], rows[0][1], None) if rows else None


async def _upsert(db: aiosqlite.Connection, rows: list[tuple[bytes, Row]]) -> None:
    """Many rows in one statement: one transaction, all or nothing, one fsync. More than
    MAX_BATCH rows (more chats at once than anyone configures) take one explicit transaction."""
    if len(rows) <= MAX_BATCH:
        await db.execute(*_upsert_statement(rows))
        return
    await db.execute("BEGIN IMMEDIATE")
    try:
        for start in range(0, len(rows), MAX_BATCH):
            await db.execute(*_upsert_statement(rows[start : start + MAX_BATCH]))
        await db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            await db.rollback()
        raise


def _upsert_statement(rows: list[tuple[bytes, Row]]) -> tuple[str, list]:
    values = ", ".join(["(?, ?, ?)"] * len(rows))
    params = [v for key, (record, hour, _) in rows for v in (key, record, hour)]
    sql = (
        f"INSERT INTO sessions (key, conversation, hour) VALUES {values} "
        "ON CONFLICT (key) DO UPDATE SET conversation = excluded.conversation, hour = excluded.hour"
    )
    return sql, params


async def migrate(db: aiosqlite.Connection) -> int:
    """Bring the schema up to the newest version; returns that version."""
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    async with db.execute("SELECT max(version) FROM schema_version") as cur:
        current = (await cur.fetchone())[0] or 0
    if current > len(MIGRATIONS):
        raise SchemaTooNew(f"database schema version {current} is newer than this code knows ({len(MIGRATIONS)})")
    for version, script in enumerate(MIGRATIONS[current:], current + 1):
        try:
            await db.executescript(
                f"BEGIN IMMEDIATE; {script}; DELETE FROM schema_version; INSERT INTO schema_version VALUES ({version}); COMMIT;"
            )
        except BaseException:
            if db.in_transaction:
                await db.rollback()
            raise
        log.info("session store schema now at version %d", version)
    return len(MIGRATIONS)
