"""Logging that carries no ids, no text and no bot token.

Libraries below us log what they see: the HTTP client logs every request URL,
and the bot token is part of that URL; python-telegram-bot logs every call's
parameters and answer at debug level, and the whole raw update, at CRITICAL,
when it cannot parse one. So the guard is at the logging boundary, on the one
handler every record reaches, not at each call site:
- a library's record keeps only its wording: the format string, with each value
  left out ("…"); a message a library built itself keeps its first line only if
  it is short and holds no digit, quote or bracket;
- any record's traceback is cut to the kind of error and where it was raised:
  an exception's message may quote an update;
- every line is scrubbed of the token as a last guard.
Our own code logs kinds and counts only, and its lines pass as they are. The
libraries are also held at WARNING (FIRSTLINE_LIBRARY_LOG_LEVEL raises them, to
trace a fault), which keeps the noise down; the boundary holds at any level.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
import warnings
from pathlib import Path

from telegram.warnings import PTBDeprecationWarning

# Loggers that would print URLs (with the token), updates or stored rows when chatty.
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "tornado", "hpack", "aiosqlite", "asyncio")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers of this project, whose lines say kinds and counts only.
OWN_LOGGERS = ("bot", "flows", "__main__")
PLACEHOLDER = re.compile(r"%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[hlL]?[diouxXeEfFgGcrsa%]")
# A message a library built itself is kept only when it looks like fixed wording.
PLAIN_WORDING = re.compile(r"[A-Za-z ,.;:!?()_-]{1,120}")
WITHHELD = "(a library message, withheld: it may quote an update)"


class RedactingFormatter(logging.Formatter):
    """Formats a reduced copy of each record (see the module's docstring), then scrubs the
    secrets. A copy: other handlers, pytest's log capture among them, see the record as it was."""

    def __init__(self, secrets: list[str], fmt: str = FORMAT):
        super().__init__(fmt)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(reduced(record))
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text


def reduced(record: logging.LogRecord) -> logging.LogRecord:
    """A copy of `record` that cannot identify anyone."""
    record = logging.makeLogRecord(record.__dict__)
    if not _own(record.name):
        record.msg, record.args = _wording(record), None
    if record.exc_info:
        record.msg, record.args = f"{record.getMessage()} [{_error_kind(record.exc_info)}]", None
    record.exc_info = record.exc_text = record.stack_info = None
    return record


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


def _wording(record: logging.LogRecord) -> str:
    if not isinstance(record.msg, str):
        return WITHHELD
    if record.args:
        # The format string is the library's code; the values are what it saw.
        return PLACEHOLDER.sub(lambda m: "%" if m.group(0) == "%%" else "…", record.msg)
    first = record.msg.split("\n", 1)[0].strip()
    return first if PLAIN_WORDING.fullmatch(first) else WITHHELD


def _error_kind(exc_info) -> str:
    if not exc_info or not isinstance(exc_info, tuple) or exc_info[0] is None:
        return "an error"
    kind, _, tb = exc_info
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{kind.__name__}{where}"


def configure(level: str, secrets: list[str], library_level: str = "WARNING") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Never chattier than the bot's own level.
    libraries = max(logging.getLevelName(library_level.upper()), root.level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(libraries)
    logging.captureWarnings(True)
    # python-telegram-bot warns about its own use of a deprecated attribute on every 429.
    warnings.filterwarnings("ignore", category=PTBDeprecationWarning)
