"""Logs carry no token: the HTTP client's request lines are silenced, and every line is scrubbed."""

from __future__ import annotations

import logging

import pytest

from bot.telegram import logs
from tests.telegram.canary import needles, scan


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {n: logging.getLogger(n).level for n in logs.QUIET_LOGGERS}
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


def test_request_logging_is_silenced_even_at_debug(restore_logging):
    logs.configure("DEBUG", ["123:secret-token"])
    for name in ("httpx", "httpcore", "telegram", "telegram.ext.Application", "tornado.access", "aiosqlite"):
        assert not logging.getLogger(name).isEnabledFor(logging.INFO), name
    assert logging.getLogger("bot.telegram").isEnabledFor(logging.DEBUG)


def test_a_token_that_slips_into_a_line_is_redacted():
    formatter = logs.RedactingFormatter(["123:secret-token"])
    # Our own line (a library's would lose the value altogether, see the next tests).
    record = logging.LogRecord(
        "bot.x",
        logging.ERROR,
        __file__,
        1,
        "POST https://api.telegram.org/bot%s/getMe failed",
        ("123:secret-token",),
        None,
    )
    line = formatter.format(record)
    assert "secret-token" not in line and "[redacted]" in line


def test_the_canary_scan_finds_what_it_looks_for(tmp_path):
    # The canary passes only because nothing is there, not because it cannot see.
    for what, forms in needles().items():
        for form in forms:
            leak = tmp_path / "leak"
            leak.write_bytes(b"\x00prefix" + form + b"suffix\x00")
            assert f"{what} in leak" in scan([leak]), what
