"""`firstline doctor`: one test per thing it checks, each with the setting wrong the way people get it wrong.

It runs in a thread (it has its own event loop) against the fake Bot API, with
the settings in the environment as the bot would read them.
"""

from __future__ import annotations

import asyncio
import io
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram import WebhookInfo

from bot import doctor
from bot.doctor import local
from bot.doctor.telegram_api import _webhook_info
from bot.settings import Settings, env_name
from tests.telegram.conftest import TOKEN
from tests.telegram.process import free_port

SECRET = "doctor-test-secret-" + "s" * 40
WEBHOOK_SECRET = "doctor_webhook_secret-0123"


async def run_doctor(monkeypatch, api, data_dir: Path, env_file: Path | None = None, **env: str) -> tuple[int, str]:
    for field in Settings.model_fields:
        monkeypatch.delenv(env_name(field), raising=False)
    values = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url, "FIRSTLINE_DATA_DIR": str(data_dir)}
    values.update(env)
    for name, value in values.items():
        if value is not None:
            monkeypatch.setenv(name, value)
    out = io.StringIO()
    status = await asyncio.to_thread(doctor.run, out, env_file)
    return status, out.getvalue()


def line(output: str, start: str) -> str:
    """The finding that starts with `start` ("FIX   Bot token"), with what to do under it."""
    lines = output.splitlines()
    for i, text in enumerate(lines):
        if text.startswith(start):
            block = [text]
            for more in lines[i + 1 :]:
                if not more.startswith("      "):
                    break
                block.append(more)
            return " ".join(" ".join(block).split())
    raise AssertionError(f"no line starting {start!r} in:\n{output}")


async def test_a_good_configuration_passes_and_shows_no_token_or_secret(monkeypatch, api, tmp_path):
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", FIRSTLINE_SECRET=SECRET)
    assert status == 0, out
    assert "FIX" not in out
    assert "@firstline_test_bot" in line(out, "ok    Bot API")
    assert "Nothing to fix" in out.splitlines()[-1]
    token_part = TOKEN.split(":", 1)[1]
    assert token_part not in out and SECRET not in out
    assert not (tmp_path / "data").exists(), "the doctor changes nothing"


@pytest.mark.parametrize(
    "token,says",
    [
        ("", "it is empty"),
        (f" {TOKEN}\n", "spaces or a line break"),
        (f"bot{TOKEN}", "starts with 'bot'"),
        (f"'{TOKEN}'", "quotation marks"),
        ("123456", "does not look like a bot token"),
        ("https://api.telegram.org/bot123456:abc/getMe", "does not look like a bot token"),
    ],
    ids=["empty", "spaces", "bot-prefix", "quoted", "id-only", "a-url"],
)
async def test_a_token_of_the_wrong_form_is_named_and_telegram_is_not_asked(monkeypatch, api, tmp_path, token, says):
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", TELEGRAM_BOT_TOKEN=token)
    assert status == 1
    finding = line(out, "FIX   Bot token")
    assert says in finding
    assert api.calls == []  # a token of the wrong form is not sent anywhere
    if len(token) > 10:
        assert token.strip().strip("'") not in out


async def test_a_missing_token_is_named(monkeypatch, api, tmp_path):
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", TELEGRAM_BOT_TOKEN=None)
    assert status == 1
    assert "it is not set" in line(out, "FIX   TELEGRAM_BOT_TOKEN") and "@BotFather" in line(
        out, "FIX   TELEGRAM_BOT_TOKEN"
    )


async def test_a_token_telegram_refuses_is_named_without_showing_it(monkeypatch, api, tmp_path):
    revoked = "123456:REVOKED-token-of-the-right-form-xyz"
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", TELEGRAM_BOT_TOKEN=revoked)
    assert status == 1
    assert "refused the token" in line(out, "FIX   Bot API")
    assert revoked.split(":")[1] not in out


async def test_an_unreachable_bot_api_is_named(monkeypatch, api, tmp_path):
    closed = f"http://127.0.0.1:{free_port()}"
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", TELEGRAM_API_BASE_URL=closed)
    assert status == 1
    finding = line(out, "FIX   Bot API")
    assert "cannot be reached" in finding and closed in finding


async def test_a_data_folder_under_a_regular_file_is_named(monkeypatch, api, tmp_path):
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    status, out = await run_doctor(monkeypatch, api, tmp_path / "notes.txt" / "data")
    assert status == 1
    assert "is a file, not a folder" in line(out, "FIX   Data folder")


async def test_a_data_folder_that_is_a_file_is_named(monkeypatch, api, tmp_path):
    (tmp_path / "data").write_text("")
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data")
    assert status == 1
    assert "this is a file" in line(out, "FIX   Data folder")


async def test_a_data_folder_nobody_may_write_is_named(monkeypatch, api):
    # Permission bits do not stop root, so the test runs where even root cannot write: /proc.
    status, out = await run_doctor(monkeypatch, api, Path("/proc/firstline-data"))
    assert status == 1
    finding = line(out, "FIX   Data folder")
    assert "may not write in /proc" in finding and "mkdir -m 700" in finding


async def test_a_data_folder_others_can_look_into_is_a_warning(monkeypatch, api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    status, out = await run_doctor(monkeypatch, api, data)
    assert status == 0
    assert "chmod 700" in line(out, "WARN  Data folder")


async def test_a_secret_file_others_can_read_must_be_fixed_and_is_left_as_it_is(monkeypatch, api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    secret = data / "secret"
    secret.write_text("a" * 64)
    os.chmod(secret, 0o644)
    status, out = await run_doctor(monkeypatch, api, data)
    assert status == 1
    finding = line(out, "FIX   Session secret")
    assert "may read it (mode 644)" in finding and f"chmod 600 {secret}" in finding and "Rotating the secret" in finding
    assert stat.S_IMODE(secret.stat().st_mode) == 0o644  # the doctor says; it does not touch
    assert "a" * 64 not in out


async def test_a_secret_file_too_short_must_be_fixed(monkeypatch, api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "secret").write_text("short")
    os.chmod(data / "secret", 0o600)
    status, out = await run_doctor(monkeypatch, api, data)
    assert status == 1
    assert "holds 5 bytes; at least 32" in line(out, "FIX   Session secret")


async def test_a_setting_the_bot_would_refuse_is_named_by_its_variable(monkeypatch, api, tmp_path):
    status, out = await run_doctor(
        monkeypatch, api, tmp_path / "data", FIRSTLINE_WEBHOOK_PORT="99999", FIRSTLINE_SECRET="too short"
    )
    assert status == 1
    assert line(out, "FIX   FIRSTLINE_WEBHOOK_PORT")
    assert "at least 32 bytes" in line(out, "FIX   FIRSTLINE_SECRET")
    assert "too short" not in out


async def test_an_environment_file_is_read_as_systemd_and_compose_would(monkeypatch, api, tmp_path):
    env_file = tmp_path / "firstline.env"
    env_file.write_text(f"# comment\nTELEGRAM_BOT_TOKEN={TOKEN}\n#FIRSTLINE_LOG_LEVEL=INFO\n")
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", env_file=env_file, TELEGRAM_BOT_TOKEN=None)
    assert status == 0, out
    assert str(env_file) in out.splitlines()[0]
    assert TOKEN.split(":")[1] not in out
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data", env_file=tmp_path / "missing.env")
    assert status == 1 and "does not exist" in line(out, "FIX   Environment file")


# --- the webhook settings, on their own (Telegram's own server decides what is a fix) ------------


def webhook_findings(**settings) -> list:
    return local.webhook(Settings(bot_token=TOKEN, **settings))


def test_a_webhook_on_http_must_be_fixed():
    found = webhook_findings(webhook_url="http://bot.example.org/telegram")
    assert [f.level for f in found if f.level == "fix"] == ["fix"]
    assert "HTTPS only" in found[0].says


def test_a_webhook_on_a_port_telegram_does_not_call_must_be_fixed():
    found = webhook_findings(webhook_url="https://bot.example.org:8080/telegram")
    assert any(f.must_fix and "port 8080" in f.says for f in found)


def test_a_webhook_path_other_than_the_bots_is_a_warning():
    found = webhook_findings(webhook_url="https://bot.example.org/hook")
    assert not any(f.must_fix for f in found)
    assert any(f.level == "warn" and "/hook" in f.says and "/telegram" in f.says for f in found)


def test_a_webhook_without_its_own_secret_gets_one_derived_and_that_is_said():
    found = webhook_findings(webhook_url="https://bot.example.org/telegram")
    assert not any(f.must_fix or f.level == "warn" for f in found)
    assert any("derives one from the session secret" in f.says for f in found)
    found = webhook_findings(webhook_url="https://bot.example.org/telegram", webhook_secret=WEBHOOK_SECRET)
    assert any(f.level == "ok" and "FIRSTLINE_WEBHOOK_SECRET" in f.topic for f in found)


def test_a_webhook_secret_without_a_webhook_url_is_a_warning():
    found = webhook_findings(webhook_secret=WEBHOOK_SECRET)
    assert any(f.level == "warn" and "not used" in f.says for f in found)


def test_http_is_only_a_warning_for_a_self_hosted_bot_api_server():
    found = webhook_findings(webhook_url="http://10.0.0.5:8080/telegram", api_base_url="http://10.0.0.2:8081")
    assert not any(f.must_fix for f in found) and any(f.level == "warn" for f in found)


def test_telegrams_last_webhook_error_is_shown():
    settings = Settings(bot_token=TOKEN, webhook_url="https://bot.example.org/telegram")
    info = WebhookInfo(
        url="https://bot.example.org/telegram",
        has_custom_certificate=False,
        pending_update_count=3,
        last_error_date=datetime.now(UTC) - timedelta(minutes=5),
        last_error_message="Wrong response from the webhook: 502 Bad Gateway",
    )
    found = _webhook_info(settings, info)
    warning = next(f for f in found if f.level == "warn")
    assert "502 Bad Gateway" in warning.says and "5 minutes ago" in warning.says and "reverse proxy" in warning.todo
    assert any("3 update(s) wait" in f.says for f in found)


# --- the secret kept apart, free space, the Bot API's address (issue: day-two operations) --------


async def test_a_secret_file_in_the_data_folder_is_a_warning_and_one_kept_apart_is_not(monkeypatch, api, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "secret").write_text("a" * 64)
    os.chmod(data / "secret", 0o600)
    status, out = await run_doctor(monkeypatch, api, data)
    assert status == 0, out  # the quick start's default: allowed, with the warning
    finding = line(out, "WARN  Session secret")
    assert "a copy of that folder" in finding and "Keeping the secret apart" in finding
    apart = tmp_path / "apart"
    apart.mkdir(mode=0o700)
    (apart / "secret").write_text("b" * 64)
    os.chmod(apart / "secret", 0o600)
    status, out = await run_doctor(monkeypatch, api, data, FIRSTLINE_SECRET_FILE=str(apart / "secret"))
    assert status == 0, out
    assert "WARN  Session secret" not in out and "apart/secret): present, 64 bytes" in line(out, "ok    Session secret")


async def test_a_secret_from_systemds_credentials_is_used_and_not_warned_about(monkeypatch, api, tmp_path):
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "secret").write_text("c" * 64)
    os.chmod(credentials / "secret", 0o400)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data")
    assert status == 0, out
    assert "WARN" not in out and "credentials/secret): present, 64 bytes" in line(out, "ok    Session secret")


async def test_a_nearly_full_disk_must_be_fixed(monkeypatch, api, tmp_path):
    from bot import health

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    monkeypatch.setattr(health, "free_bytes", lambda folder: 3 * 2**20)
    status, out = await run_doctor(monkeypatch, api, data, FIRSTLINE_SECRET=SECRET)
    assert status == 1
    assert "only 3 MiB left" in line(out, "FIX   Free space")
    monkeypatch.setattr(health, "free_bytes", lambda folder: 50 * 2**30)
    status, out = await run_doctor(monkeypatch, api, data, FIRSTLINE_SECRET=SECRET)
    assert status == 0 and line(out, "ok    Free space")


def test_a_plain_http_bot_api_elsewhere_is_a_warning_and_on_this_machine_is_not():
    found = local.api_address(Settings(bot_token=TOKEN, api_base_url="http://10.0.0.2:8081"))
    assert [f.level for f in found] == ["warn"] and "unencrypted" in found[0].says
    for here in (
        "http://127.0.0.1:8081",
        "http://localhost:8081",
        "http://[::1]:8081",
        "https://api.telegram.org",
        "https://10.0.0.2",
    ):
        assert local.api_address(Settings(bot_token=TOKEN, api_base_url=here)) == [], here
