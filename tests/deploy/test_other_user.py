"""`firstline doctor` and `firstline health` run by a user other than the bot's, as an operator does by
mistake (`sudo` forgotten, or the wrong `-u`): each says so in a line, and the doctor still prints every
other finding; a database left behind by another user gets "change its owner", not "move it away".

Run for real as another user (`nobody`), so this needs root to switch to it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.telegram.conftest import TOKEN

ROOT = Path(__file__).parents[2]

SETPRIV = shutil.which("setpriv")
pytestmark = [
    pytest.mark.slow,  # runs the bot's commands as processes, as another user
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0 or SETPRIV is None,
        reason="needs root and setpriv, to run the commands as another user",
    ),
]


@pytest.fixture
def place():
    """A folder every user may pass through (pytest's own temporary folders are root's alone)."""
    base = Path(tempfile.mkdtemp(prefix="firstline-other-user-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def as_nobody(api, data: Path, *command: str) -> subprocess.CompletedProcess:
    nobody = pwd.getpwnam("nobody")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FIRSTLINE_", "CREDENTIALS_DIRECTORY"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        FIRSTLINE_DATA_DIR=str(data),
        PYTHONDONTWRITEBYTECODE="1",
    )

    # setpriv (util-linux, on every Debian) switches user the way sudo -u would.
    switch = [SETPRIV, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    return subprocess.run(
        [*switch, sys.executable, "-m", "bot.cli", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_the_doctor_says_it_cannot_enter_the_data_folder_and_prints_every_other_finding(api, place):
    data = place / "data"
    data.mkdir(mode=0o700)  # root's
    done = await _in_thread(as_nobody, api, data, "doctor")
    out = done.stdout + done.stderr
    assert "Traceback" not in out, out
    assert done.returncode == 1, out
    fix = " ".join(" ".join(line.split()) for line in _block(out, "FIX   Data folder"))
    assert "cannot enter" in fix and "(nobody)" in fix, out
    for other in ("ok    Bot token", "Session secret", "ok    Receiving updates", "ok    Flows", "ok    Bot API"):
        assert any(line.startswith(other) or other in line for line in out.splitlines()), f"{other!r} missing:\n{out}"


async def test_health_says_it_cannot_enter_the_data_folder(api, place):
    data = place / "data"
    data.mkdir(mode=0o700)
    done = await _in_thread(as_nobody, api, data, "health")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert done.stdout.startswith("unhealthy: ") and "cannot enter the data folder" in done.stdout, done.stdout


async def test_a_database_of_another_user_gets_change_its_owner(api, place):
    nobody = pwd.getpwnam("nobody")
    data = place / "data"
    data.mkdir(mode=0o700)
    os.chown(data, nobody.pw_uid, nobody.pw_gid)  # the bot's user's folder ...
    database = data / "sessions.sqlite3"
    with sqlite3.connect(database) as db:  # ... with a database root made, e.g. by a run as root
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.close()
    database.chmod(0o600)
    done = await _in_thread(as_nobody, api, data, "doctor")
    out = done.stdout
    assert done.returncode == 1 and "Traceback" not in done.stderr, out + done.stderr
    finding = " ".join(" ".join(line.split()) for line in _block(out, "FIX   Session database"))
    assert "belongs to root" in finding and "chown nobody" in finding, finding
    assert "move" not in finding, finding


async def _in_thread(*args):
    import asyncio

    return await asyncio.to_thread(*args)


def _block(output: str, start: str) -> list[str]:
    lines = output.splitlines()
    for i, text in enumerate(lines):
        if text.startswith(start):
            block = [text]
            for more in lines[i + 1 :]:
                if not more.startswith("      "):
                    break
                block.append(more)
            return block
    raise AssertionError(f"no line starting {start!r} in:\n{output}")
