"""`firstline health`: is the running bot well? For a container's health check and for monitoring.

Webhook mode: it asks the bot's GET /healthz on the webhook port over loopback.
Long polling opens no port, so the poller touches `<data dir>/heartbeat` after
every answer from Telegram (a long poll lasts at most 30 s); the bot is well
while that is recent. So "unhealthy" means the bot is not receiving updates:
stopped, stuck, or cut off from Telegram. The heartbeat file holds nothing
but, once an update could not be read and was skipped, how many ("skipped 2");
/healthz says the same. Both are shown by `firstline health` and the doctor.

Kept free of python-telegram-bot: a health check runs every half minute.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, TextIO

from bot.settings import Settings

log = logging.getLogger(__name__)

HEARTBEAT = "heartbeat"
# Four long polls without an answer from Telegram.
STALE_SECONDS = 120
HEALTH_PATH = "/healthz"  # the webhook server's route (bot/telegram/webhook.py)
TIMEOUT_SECONDS = 5


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
        return _ask_webhook(settings)
    path = heartbeat_path(settings)
    try:
        age = now() - path.stat().st_mtime
        skipped = skipped_in(path.read_bytes())
    except FileNotFoundError:
        return False, f"no heartbeat yet at {path}: the bot is starting, or not running"
    if age > STALE_SECONDS:
        return False, f"no answer from Telegram for {age:.0f} s (heartbeat {path}): the bot is stopped, stuck or offline"
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


def main(out: TextIO = sys.stdout) -> int:
    try:
        settings = Settings()
    except Exception as e:  # the names only: values may be secrets
        print(f"unhealthy: the settings cannot be read ({type(e).__name__}); run `firstline doctor`", file=out)
        return 1
    well, why = check(settings)
    print(why if well else f"unhealthy: {why}", file=out)
    return 0 if well else 1
