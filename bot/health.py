"""`firstline health`: is the running bot well? For a container's health check and for monitoring.

Webhook mode: it asks the bot's GET /healthz on the webhook port over loopback.
Long polling opens no port, so the poller touches `<data dir>/heartbeat` after
every answer from Telegram (a long poll lasts at most 30 s); the bot is well
while that is recent. So "unhealthy" means the bot is not receiving updates:
stopped, stuck, or cut off from Telegram. The heartbeat file holds nothing
but, once an update could not be read and was skipped, how many ("skipped 2");
/healthz says the same. Both are shown by `firstline health` and the doctor.

Either way it then checks the store, so that "ok" also means steps can be saved:
enough free space beside the database, and the database itself answering a
quick_check and granting its write lock (taken and given back at once, nothing
written). It needs no bot token, only the data folder.

Under systemd the bot itself runs these checks for the unit's watchdog
(WatchdogSec=): while they pass it tells systemd so over $NOTIFY_SOCKET, and when
they stop passing systemd restarts it.

Kept free of python-telegram-bot: a health check runs every half minute.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import socket
import sqlite3
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.settings import Settings

log = logging.getLogger(__name__)

HEARTBEAT = "heartbeat"
# Four long polls without an answer from Telegram.
STALE_SECONDS = 120
HEALTH_PATH = "/healthz"  # the webhook server's route (bot/telegram/webhook.py)
TIMEOUT_SECONDS = 5
# Below this, a save (a page of the database and its log) may fail: unhealthy, and the doctor says fix.
MIN_FREE_BYTES = 16 * 2**20
# How long the check waits for the database's write lock (the bot holds it for milliseconds).
LOCK_WAIT_SECONDS = 3


def heartbeat_path(settings: Settings) -> Path:
    return settings.data_dir / HEARTBEAT


SKIPPED = re.compile(rb"^skipped (\d+)$", re.MULTILINE)


def beat(path: Path, skipped: int = 0) -> None:
    """Mark that Telegram answered just now, and how many updates were skipped since the start
    (bot/telegram/unreadable.py). Never raises: a full disk must not stop the polling."""
    try:
        try:
            if skipped_in(path.read_bytes()) == skipped:
                os.utime(path)
                return
        except FileNotFoundError:
            pass
        # New, or a new count (or a count left by the last run): written whole, then swapped in.
        temporary = path.with_name(path.name + ".new")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, skipped_line(skipped).encode())
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except OSError as e:
        log.warning("could not touch the heartbeat file (%s)", type(e).__name__)


def skipped_line(skipped: int) -> str:
    return f"skipped {skipped}\n" if skipped else ""


def skipped_in(text: bytes) -> int:
    """How many updates were skipped, from the heartbeat file or /healthz's answer."""
    match = SKIPPED.search(text)
    return int(match.group(1)) if match else 0


def skipped_words(skipped: int) -> str:
    if not skipped:
        return ""
    was = "update could not be read and was" if skipped == 1 else "updates could not be read and were"
    return f"; {skipped} {was} skipped (see the log)"


def check(settings: Settings, now: Callable[[], float] = time.time) -> tuple[bool, str]:
    """(well, one line saying why)."""
    if settings.webhook_url:
        well, why = _ask_webhook(settings)
    else:
        well, why = _heartbeat(settings, now)
    if not well:
        return False, why
    store_well, store_why = check_store(settings)
    return store_well, (f"{why}; {store_why}" if store_well else store_why)


def _heartbeat(settings: Settings, now: Callable[[], float]) -> tuple[bool, str]:
    path = heartbeat_path(settings)
    try:
        age = now() - path.stat().st_mtime
        skipped = skipped_in(path.read_bytes())
    except FileNotFoundError:
        return False, f"no heartbeat yet at {path}: the bot is starting, or not running"
    except PermissionError:
        return False, cannot_enter(settings.data_dir)
    if age > STALE_SECONDS:
        return (
            False,
            f"no answer from Telegram for {age:.0f} s (heartbeat {path}): the bot is stopped, stuck or offline",
        )
    return True, f"ok: Telegram answered {age:.0f} s ago{skipped_words(skipped)}"


def skipped(settings: Settings) -> int | None:
    """How many updates the running bot could not read and skipped; None when it is not running."""
    if settings.webhook_url:
        try:
            with urllib.request.urlopen(_health_url(settings), timeout=TIMEOUT_SECONDS) as response:
                return skipped_in(response.read(1024))
        except (urllib.error.URLError, OSError):
            return None
    path = heartbeat_path(settings)
    try:
        age = time.time() - path.stat().st_mtime
        text = path.read_bytes()
    except OSError:  # not running here, or a folder this user cannot enter: nothing to say
        return None
    return skipped_in(text) if age <= STALE_SECONDS else None


def _health_url(settings: Settings) -> str:
    return f"http://{loopback_host(settings.webhook_listen)}:{settings.webhook_port}{HEALTH_PATH}"


def cannot_enter(folder: Path) -> str:
    user = os.geteuid() if hasattr(os, "geteuid") else "?"
    return f"this user (uid {user}) cannot enter the data folder {folder} (or a folder above it): run the check as the bot's user"


def check_store(settings: Settings) -> tuple[bool, str]:
    """Can a step be saved now? Changes nothing."""
    from bot.store import REASONS, reason_of  # not at import: `firstline health` starts fast

    folder, path = settings.data_dir, settings.database_path
    free = free_bytes(folder)
    if free is not None and free < MIN_FREE_BYTES:
        return False, f"only {free // 2**20} MiB free beside the session database ({folder}): steps cannot be saved"
    try:
        if not path.exists():
            return True, "no session database yet"
    except PermissionError:
        return False, cannot_enter(folder)
    try:
        # mode=rw: never makes a database that is not there.
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
        try:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                return (
                    False,
                    f"the session database is damaged (quick_check: {result[:100]}); move it away and restart the bot",
                )
            db.execute("BEGIN IMMEDIATE")  # the write lock, as a save takes it
            db.execute("ROLLBACK")
        finally:
            db.close()
    except sqlite3.Error as e:
        return False, f"steps cannot be saved: {REASONS[reason_of(e)]} [{type(e).__name__}]"
    return True, "the session database takes writes"


def free_bytes(folder: Path) -> int | None:
    """Free space for this user on the disk that holds `folder` (or the nearest folder above it)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return info.f_bavail * info.f_frsize


def notify(message: str) -> bool:
    """sd_notify(3) in a few lines, without libsystemd: one datagram to $NOTIFY_SOCKET.
    False outside systemd (or when the socket is gone)."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
        return True
    except OSError as e:
        log.warning("could not notify systemd (%s)", type(e).__name__)
        return False


def watchdog_seconds() -> float | None:
    """How often systemd wants to hear that the bot is well (half its WatchdogSec=), if at all."""
    usec, pid = os.environ.get("WATCHDOG_USEC"), os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return int(usec) / 1e6 / 2
    except ValueError:
        return None


async def keep_watchdog(settings: Settings) -> None:
    """While `firstline health` would say ok, tell systemd; when not, stop telling it (and say
    why once), and systemd restarts the bot after WatchdogSec=. Does nothing outside systemd."""
    every = watchdog_seconds()
    if every is None:
        return
    was_well = True
    while True:
        try:
            well, why = await asyncio.to_thread(check, settings)
        except Exception as e:  # a check that breaks is no reason to be left unwatched
            well, why = False, f"the health check failed ({type(e).__name__})"
        if well:
            notify("WATCHDOG=1")
        elif was_well:
            log.error("unhealthy: %s; systemd restarts the bot if this lasts", why)
        was_well = well
        await asyncio.sleep(every)


def _ask_webhook(settings: Settings) -> tuple[bool, str]:
    url = _health_url(settings)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return True, f"ok: {url} answered {response.status}{skipped_words(skipped_in(response.read(1024)))}"
    except urllib.error.HTTPError as e:
        return False, f"{url} answered {e.code}: {e.read().decode(errors='replace').strip()}"
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        return False, f"{url} did not answer ({reason}): the bot is not running"


def loopback_host(listen: str) -> str:
    """Where to reach a server listening on `listen` from the same machine."""
    if listen in ("", "0.0.0.0"):
        return "127.0.0.1"
    if listen == "::":
        return "[::1]"
    return f"[{listen}]" if ":" in listen else listen


def main(out: TextIO = sys.stdout, env_file: Path | None = None, stop_bot: bool = False, bot_pid: int = 1) -> int:
    """`stop_bot`: for a container, whose restart policy then starts the bot again."""
    if env_file is not None and not env_file.is_file():
        print(f"unhealthy: the environment file {env_file} does not exist", file=out)
        return 1
    try:
        # The token is not needed for these checks: a placeholder where none is set.
        settings = Settings(_env_file=env_file, bot_token="-")
    except Exception as e:  # the names only: values may be secrets
        print(f"unhealthy: the settings cannot be read ({type(e).__name__}); run `firstline doctor`", file=out)
        return 1
    well, why = check(settings)
    print(why if well else f"unhealthy: {why}", file=out)
    if not well and stop_bot:
        print(_stop(bot_pid), file=out)
    return 0 if well else 1


def _stop(pid: int) -> str:
    """SIGTERM to the bot (a graceful stop), unless it started less than STALE_SECONDS ago: a bot
    still starting (or waiting for the network) has had no chance to be well yet."""
    age = running_seconds(pid)
    if age is None:
        return f"not stopping the bot: process {pid} is not there"
    if age < STALE_SECONDS:
        return f"not stopping the bot: it started {age:.0f} s ago"
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError as e:
        return f"could not stop the bot ({type(e).__name__})"
    return f"stopped the bot (process {pid}) to be started again"


def running_seconds(pid: int) -> float | None:
    """How long process `pid` has run, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, starttime, in ticks after boot
        return float(Path("/proc/uptime").read_text().split()[0]) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None
