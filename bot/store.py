"""The session store: one row per chat, on SQLite in WAL mode.

A row is found by HMAC-SHA256 of the chat id under a secret kept outside the
database: the database alone cannot be turned back into chat ids, not even by
trying every possible id. A row holds the engine's session, the ids of the
conversation's messages (for quick exit), the ids of the last updates applied
(so a repeated update is applied once) and the hour of the last change.
Nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import stat
import time
from pathlib import Path
from typing import Callable

import aiosqlite
from pydantic import BaseModel, ValidationError

from bot.settings import MIN_SECRET_BYTES, Settings
from flows.engine import Session

log = logging.getLogger(__name__)

# Telegram lets a bot delete messages of a private chat for 48 hours.
DELETABLE_HOURS = 48
# Enough for a long shift of typing between taps; the oldest go first.
MAX_REMEMBERED_MESSAGES = 1000
# A repeated update comes soon after the first delivery (a restart, a failed webhook call).
MAX_REMEMBERED_UPDATES = 32

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


class Conversation(BaseModel):
    """What the bot keeps for one chat."""

    session: Session
    # Ids of the updates applied last. A set rather than a high-water mark: webhook
    # deliveries may come out of order, and Telegram restarts its numbering at random
    # after a quiet week.
    updates: list[int] = []
    screen: int | None = None  # the message that shows the current screen
    kept: bool = False  # that screen ended a flow: it stays, the next screen goes below it
    messages: list[tuple[int, int]] = []  # (message id, hour), both sides of the chat

    def applied(self, update_id: int) -> bool:
        return update_id in self.updates

    def apply(self, update_id: int) -> None:
        self.updates.append(update_id)
        del self.updates[:-MAX_REMEMBERED_UPDATES]

    def remember(self, message_id: int, hour: int) -> None:
        self.messages.append((message_id, hour))
        del self.messages[:-MAX_REMEMBERED_MESSAGES]

    def deletable(self, hour: int) -> list[int]:
        """Ids Telegram may still let the bot delete, oldest first, each once."""
        ids = [m for m, h in self.messages if hour - h <= DELETABLE_HOURS]
        return list(dict.fromkeys(ids))


def now_hour() -> int:
    return int(time.time() // 3600)


def load_secret(settings: Settings) -> bytes:
    """The HMAC secret: from the environment, else from a file only its owner can read,
    created on first start."""
    if settings.secret is not None:
        return settings.secret.get_secret_value().encode()
    path = settings.secret_path
    make_private_dir(path.parent)
    try:
        # O_EXCL: two processes starting at once cannot both write a secret.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(MIN_SECRET_BYTES))
        log.info("generated a new session secret")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, 0o600)
        log.warning("the session secret file was readable by others; now owner-only")
    secret = path.read_bytes().strip()
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the session secret file holds fewer than {MIN_SECRET_BYTES} bytes")
    return secret


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


class SessionStore:
    def __init__(self, db: aiosqlite.Connection, secret: bytes, idle_hours: float, hour: Callable[[], int] = now_hour):
        self._db = db
        self._secret = secret
        self._idle_hours = idle_hours
        self.hour = hour

    @classmethod
    async def open(cls, path: Path, secret: bytes, idle_hours: float, hour: Callable[[], int] = now_hour) -> SessionStore:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the session secret must be at least {MIN_SECRET_BYTES} bytes")
        make_private_dir(path.parent)
        # Autocommit: every save is one statement, atomic on its own.
        db = await aiosqlite.connect(path, isolation_level=None)
        try:
            os.chmod(path, 0o600)  # SQLite gives the WAL and shm files the same mode
            await db.execute("PRAGMA journal_mode=WAL")
            # A step counts as saved once the commit is on disk: survives a killed process and a power cut.
            await db.execute("PRAGMA synchronous=FULL")
            # A forgotten session leaves zeros behind, not its answers, in freed pages.
            await db.execute("PRAGMA secure_delete=ON")
            await migrate(db)
        except BaseException:
            await db.close()
            raise
        store = cls(db, secret, idle_hours, hour)
        await store.purge()
        return store

    async def close(self) -> None:
        await self._db.close()

    def key(self, chat_id: int) -> bytes:
        return hmac.new(self._secret, f"chat:{chat_id}".encode(), hashlib.sha256).digest()

    def _oldest_kept_hour(self) -> float:
        return self.hour() - self._idle_hours

    async def load(self, key: bytes) -> Conversation | None:
        async with self._db.execute("SELECT conversation, hour FROM sessions WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        if row[1] < self._oldest_kept_hour():
            await self.delete(key)  # idle too long: gone even before the next purge
            return None
        try:
            return Conversation.model_validate_json(row[0])
        except ValidationError:
            # Written by another version of the bot: start afresh rather than fail on every update.
            log.warning("a stored session could not be read and was dropped")
            await self.delete(key)
            return None

    async def save(self, key: bytes, conversation: Conversation) -> None:
        await self._db.execute(
            "INSERT INTO sessions (key, conversation, hour) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET conversation = excluded.conversation, hour = excluded.hour",
            (key, conversation.model_dump_json(), self.hour()),
        )

    async def delete(self, key: bytes) -> bool:
        cur = await self._db.execute("DELETE FROM sessions WHERE key = ?", (key,))
        gone = cur.rowcount > 0
        if gone:
            await self._truncate_wal()
        return gone

    async def purge(self) -> int:
        """Forget every session idle for longer than the configured time."""
        cur = await self._db.execute("DELETE FROM sessions WHERE hour < ?", (self._oldest_kept_hour(),))
        if cur.rowcount:
            await self._truncate_wal()
        return cur.rowcount

    async def count(self) -> int:
        async with self._db.execute("SELECT count(*) FROM sessions") as cur:
            return (await cur.fetchone())[0]

    async def _truncate_wal(self) -> None:
        # The WAL still holds earlier versions of a forgotten row: fold it into the
        # database (where secure_delete has zeroed them) and empty it.
        await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


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
