"""Start-up faults a restart cannot fix, and the one a full disk used to leave behind.

A refused token, a database written by a newer version and an unusable secret end the real
process with status 78 (EX_CONFIG, in the unit's RestartPreventExitStatus=) and one line that
says what to do, not a traceback every five seconds forever. A secret is written whole or not
at all: a disk full at the first start leaves no empty secret file that breaks every later start.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import EXIT_CANNOT_FIX, MIN_SECRET_BYTES, Settings
from bot.store import SecretUnusable, load_secret
from tests.telegram.conftest import TOKEN

pytestmark = pytest.mark.slow  # starts the real bot process into each fault

ROOT = Path(__file__).parents[2]


def bot_env(api, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FIRSTLINE_", "CREDENTIALS_DIRECTORY"))
    }
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "FIRSTLINE_DATA_DIR": str(data_dir),
            **extra,
        }
    )
    return env


async def run_bot(env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        "--telegram",
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    out = (await asyncio.wait_for(proc.communicate(), 120))[0].decode()
    return proc.returncode, out


def assert_one_clear_line(out: str, says: str) -> None:
    assert "Traceback" not in out, out
    lines = [text for text in out.splitlines() if says in text]
    assert len(lines) == 1, out
    assert "not restarting" in lines[0]


async def test_a_revoked_token_exits_78_with_one_line(api, tmp_path):
    env = bot_env(api, tmp_path / "data", TELEGRAM_BOT_TOKEN="123456:REVOKED-token-of-the-right-form-xyz")
    status, out = await run_bot(env)
    assert status == EXIT_CANNOT_FIX, out
    assert_one_clear_line(out, "Telegram refused the bot token")


async def test_a_database_from_a_newer_version_exits_78_with_one_line(api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with sqlite3.connect(data / "sessions.sqlite3") as db:
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version VALUES (99)")
    db.close()
    status, out = await run_bot(bot_env(api, data, FIRSTLINE_SECRET="s" * 40))
    assert status == EXIT_CANNOT_FIX, out
    assert_one_clear_line(out, "a newer Firstline wrote the session database")


async def test_an_empty_secret_file_exits_78_with_one_line_that_says_what_to_do(api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "secret").write_bytes(b"")
    status, out = await run_bot(bot_env(api, data))
    assert status == EXIT_CANNOT_FIX, out
    assert_one_clear_line(out, "is empty")
    assert "delete it" in out
    assert api.calls == [], "nothing is asked of Telegram before the secret is usable"


def test_an_empty_or_short_secret_file_is_refused_with_what_to_do(tmp_path):
    settings = Settings(bot_token="1:x", data_dir=tmp_path / "data")
    settings.data_dir.mkdir()
    settings.secret_path.write_bytes(b"\n")
    with pytest.raises(SecretUnusable, match="is empty .*delete it"):
        load_secret(settings)
    settings.secret_path.write_bytes(b"short")
    with pytest.raises(SecretUnusable, match="holds 5 bytes"):
        load_secret(settings)


# Writing any byte fails (EFBIG, as ENOSPC would on a full disk); creating an empty file does not.
FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from bot.settings import Settings
from bot.store import load_secret

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
if sys.argv[2] == "full":
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    print(len(load_secret(Settings(bot_token="1:x", data_dir=Path(sys.argv[1])))))
except OSError as e:
    print("failed", e.errno)
"""


def test_a_disk_full_at_the_first_start_leaves_no_secret_and_the_next_start_makes_one(tmp_path):
    data = tmp_path / "data"

    def start(disk: str) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("FIRSTLINE_", "CREDENTIALS_DIRECTORY"))}
        return subprocess.run(
            [sys.executable, "-c", FULL_DISK, str(data), disk],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.strip()

    assert start("full").startswith("failed")
    assert not (data / "secret").exists(), "a failed write leaves no secret file behind"
    assert [p.name for p in data.iterdir()] == [], "nor a temporary one"
    assert start("free") == str(2 * MIN_SECRET_BYTES)  # space freed: the next start just works
    assert len((data / "secret").read_bytes()) == 2 * MIN_SECRET_BYTES
