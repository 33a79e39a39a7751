"""Settings from the environment: safe defaults, and refusals that name the variable."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from bot.telegram.main import webhook_secret


def test_settings_have_safe_defaults(monkeypatch):
    for name in (
        "TELEGRAM_API_BASE_URL",
        "FIRSTLINE_WEBHOOK_URL",
        "FIRSTLINE_SESSION_IDLE_HOURS",
        "FIRSTLINE_DATA_DIR",
        "FIRSTLINE_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:x")
    s = Settings()
    assert s.api_base_url == "https://api.telegram.org"
    assert s.bot_api_url == "https://api.telegram.org/bot"
    assert s.session_idle_hours == 12 and s.webhook_url is None and s.webhook_listen == "127.0.0.1"
    assert str(s.data_dir) == "data"


@pytest.mark.parametrize("given", ["http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot"])
def test_the_api_base_url_may_be_given_with_or_without_bot(given):
    assert Settings(bot_token="1:x", api_base_url=given).bot_api_url == "http://127.0.0.1:8081/bot"


@pytest.mark.parametrize(
    "field,value",
    [
        ("api_base_url", "ftp://x"),
        ("webhook_secret", "has spaces"),
        ("session_idle_hours", 0),
        ("webhook_port", 70000),
        ("log_level", "LOUD"),
    ],
)
def test_bad_settings_are_refused(field, value):
    with pytest.raises(ValidationError):
        Settings(bot_token="1:x", **{field: value})


def test_the_webhook_secret_is_derived_from_the_session_secret_when_not_set():
    derived = webhook_secret(Settings(bot_token="1:x"), b"s" * 32)
    assert derived == webhook_secret(Settings(bot_token="1:x"), b"s" * 32)  # stable across restarts
    assert derived != webhook_secret(Settings(bot_token="1:x"), b"t" * 32)
    assert len(derived) == 64 and derived.isalnum()
    assert webhook_secret(Settings(bot_token="1:x", webhook_secret="given_secret"), b"s" * 32) == "given_secret"
