"""Logging that carries no ids, no text and no bot token.

Libraries below us log what they see: the HTTP client logs every request URL,
and the bot token is part of that URL; python-telegram-bot logs whole updates
at debug level. They are held at WARNING whatever level we run at, and every
line is scrubbed of the token as a last guard.
"""

from __future__ import annotations

import logging
import sys
import warnings

from telegram.warnings import PTBDeprecationWarning

# Loggers that would print URLs (with the token), updates or stored rows when chatty.
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "tornado", "hpack", "aiosqlite", "asyncio")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: list[str], fmt: str = FORMAT):
        super().__init__(fmt)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text


def configure(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    logging.captureWarnings(True)
    # python-telegram-bot warns about its own use of a deprecated attribute on every 429.
    warnings.filterwarnings("ignore", category=PTBDeprecationWarning)
