"""Settings of the web channel, read from the environment. No Telegram token, no data folder.

Kept apart from bot/settings.py, which demands a bot token: the web channel must start without one.
"""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.settings import known_level
from bot.web.seal import parse_key

DEFAULT_LISTEN = "127.0.0.1:8080"
# Where quick exit goes: a site anyone might have open. Configurable (FIRSTLINE_WEB_EXIT_URL).
DEFAULT_EXIT_URL = "https://www.google.com/"


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FIRSTLINE_", extra="ignore", populate_by_name=True)

    # `firstline run` serves the web chat too (bot/web/together.py).
    web: bool = False
    # base64 of 32 bytes; without it a random key lives in memory and pages expire on restart.
    web_key: SecretStr | None = None
    # The key before the last rotation: still opens pages for one session timeout after start.
    web_key_previous: SecretStr | None = None
    web_listen: str = DEFAULT_LISTEN
    # The address people reach the web chat at (https://…): the card's QR code opens its
    # contacts page there. Without it the card keeps the Telegram deep link.
    public_url: str | None = None
    web_exit_url: str = DEFAULT_EXIT_URL
    # The same idle time as a Telegram session: a page older than this is refused.
    session_idle_hours: float = Field(default=12, gt=0)
    # Behind a proxy that appends the client's address to X-Forwarded-For (deploy/Caddyfile):
    # the rate limit then counts per client, not per proxy.
    web_behind_proxy: bool = False
    web_requests_per_minute: int = Field(default=240, ge=1)
    # For the card's deep link when no public address is set (a Telegram-enabled process knows it itself).
    telegram_bot_username: str | None = Field(
        default=None, validation_alias=AliasChoices("FIRSTLINE_TELEGRAM_BOT_USERNAME")
    )
    log_level: str = "INFO"

    @field_validator("web_key", "web_key_previous")
    @classmethod
    def _a_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_key(value.get_secret_value())  # raises ValueError with what is wrong, never the value
        return value

    @field_validator("web_listen")
    @classmethod
    def _host_port(cls, value: str) -> str:
        split_listen(value)
        return value

    @field_validator("public_url", "web_exit_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// for a test)")
        return value + "/" if value.count("/") == 2 else value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        return known_level(value)

    @property
    def timeout_seconds(self) -> float:
        return self.session_idle_hours * 3600

    def keys(self) -> tuple[bytes | None, bytes | None]:
        current = parse_key(self.web_key.get_secret_value()) if self.web_key else None
        previous = parse_key(self.web_key_previous.get_secret_value()) if self.web_key_previous else None
        return current, previous


def split_listen(listen: str) -> tuple[str, int]:
    """'HOST:PORT' (IPv6 as [::1]:8080) -> (host, port)."""
    host, sep, port = listen.strip().rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) < 65536:
        raise ValueError("must be HOST:PORT, e.g. 127.0.0.1:8080")
    return host.strip("[]") or "127.0.0.1", int(port)
