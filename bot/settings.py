"""Settings of the Telegram bot, read from the environment with safe defaults.

Nothing secret has a default: the token comes from the environment, the
session secret from the environment or from a file generated on first start.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org"
MIN_SECRET_BYTES = 32
# The name of the session secret among systemd's credentials (LoadCredential=secret:...,
# deploy/firstline.service): systemd hands it over in $CREDENTIALS_DIRECTORY, outside the data folder.
CREDENTIAL = "secret"
# The exit status for what a restart cannot fix (a refused token, a database from a newer
# version, an unusable secret): sysexits.h's EX_CONFIG, listed in the unit's RestartPreventExitStatus=.
EXIT_CANNOT_FIX = 78


def known_level(value: str) -> str:
    """A log level setting, as logging names it; shared by the bot's and the web chat's settings."""
    value = value.strip().upper()
    if value not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ValueError("a log level must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FIRSTLINE_", extra="ignore", populate_by_name=True)

    bot_token: SecretStr = Field(validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN"))
    # The server root (https://api.telegram.org, or a self-hosted Bot API server).
    api_base_url: str = Field(default=TELEGRAM_API, validation_alias=AliasChoices("TELEGRAM_API_BASE_URL"))

    data_dir: Path = Path("data")
    # At least 32 bytes; without it a random one is kept in secret_path (mode 0600).
    secret: SecretStr | None = None
    # Where the generated secret is kept: best outside the data folder, so that a copy of the
    # folder alone cannot tell whether a known Telegram id used the bot. Default: data_dir/secret.
    secret_file: Path | None = None
    session_idle_hours: float = Field(default=12, gt=0)
    purge_every_minutes: float = Field(default=30, gt=0)

    # Webhook mode when webhook_url is set; long polling otherwise.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None  # derived from the session secret when not set
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, gt=0, lt=65536)
    webhook_path: str = "telegram"

    log_level: str = "INFO"
    # The libraries' own loggers (HTTP client, python-telegram-bot...); raised only to trace a
    # fault: what they log is cut to its wording at the logging boundary (bot/telegram/logs.py).
    library_log_level: str = "WARNING"
    # Updates handled at once, across chats; one chat's updates always go in order.
    concurrent_updates: int = Field(default=32, ge=1)
    # Telegram lets a bot send about 30 messages a second in all: the bot paces itself to
    # that (and to 20 a minute in a group). 0 turns pacing off: for a test Bot API server.
    messages_per_second: float = Field(default=30, ge=0)

    @field_validator("api_base_url")
    @classmethod
    def _root_url(cls, value: str) -> str:
        """Accept the root with or without the '/bot' suffix Telegram's docs show."""
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_API_BASE_URL must start with http:// or https://")
        return value.removesuffix("/bot")

    @field_validator("log_level", "library_log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        return known_level(value)

    @field_validator("secret")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"FIRSTLINE_SECRET must be at least {MIN_SECRET_BYTES} bytes")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_secret_token(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters A-Z a-z 0-9 _ - as a secret token.
        if value is not None:
            raw = value.get_secret_value()
            if not (1 <= len(raw) <= 256) or not all(c.isascii() and (c.isalnum() or c in "_-") for c in raw):
                raise ValueError("FIRSTLINE_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @property
    def bot_api_url(self) -> str:
        """Where the bot's methods live; python-telegram-bot appends the token."""
        return f"{self.api_base_url}/bot"

    @property
    def file_api_url(self) -> str:
        return f"{self.api_base_url}/file/bot"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "sessions.sqlite3"

    @property
    def secret_path(self) -> Path:
        """systemd's credential when the unit passes one, else FIRSTLINE_SECRET_FILE, else
        <data dir>/secret (the quick start's way; the doctor warns about it)."""
        credentials = os.environ.get("CREDENTIALS_DIRECTORY")
        if credentials and (Path(credentials) / CREDENTIAL).is_file():
            return Path(credentials) / CREDENTIAL
        if self.secret_file is not None:
            return self.secret_file
        return self.data_dir / "secret"


def env_name(field: str) -> str:
    """The environment variable a setting is read from."""
    alias = Settings.model_fields[field].validation_alias
    return alias.choices[0] if isinstance(alias, AliasChoices) else f"FIRSTLINE_{field.upper()}"
