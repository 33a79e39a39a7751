"""`firstline health`: is the running bot well? For a container's health check and for monitoring.

Webhook mode: it asks the bot's GET /healthz on the webhook port over loopback.
Long polling opens no port, so the poller touches `<data dir>/heartbeat` after
every answer from Telegram (a long poll lasts at most 30 s); the bot is well
while that is recent. So "unhealthy" means the bot is not receiving updates:
stopped, stuck, or cut off from Telegram. The heartbeat file holds nothing;
only its time changes.

Kept free of python-telegram-bot: a health check runs every half minute.
"""

from __future__ import annotations

import logging
import os
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


def beat(path: Path) -> None:
    """Mark that Telegram answered just now. Never raises: a full disk must not stop the polling."""
    try:
        try:
            os.utime(path)
        except FileNotFoundError:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as e:
        log.warning("could not touch the heartbeat file (%s)", type(e).__name__)


def check(settings: Settings, now: Callable[[], float] = time.time) -> tuple[bool, str]:
    """(well, one line saying why)."""
    if settings.webhook_url:
        return _ask_webhook(settings)
    path = heartbeat_path(settings)
    try:
        age = now() - path.stat().st_mtime
    except FileNotFoundError:
        return False, f"no heartbeat yet at {path}: the bot is starting, or not running"
    if age > STALE_SECONDS:
        return False, f"no answer from Telegram for {age:.0f} s (heartbeat {path}): the bot is stopped, stuck or offline"
    return True, f"ok: Telegram answered {age:.0f} s ago"


def _ask_webhook(settings: Settings) -> tuple[bool, str]:
    url = f"http://{loopback_host(settings.webhook_listen)}:{settings.webhook_port}{HEALTH_PATH}"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return True, f"ok: {url} answered {response.status}"
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
