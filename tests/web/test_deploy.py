"""deploy/ for the web chat: its settings example, the compose services behind Caddy, the systemd
unit with the bot's hardening, and the doctor's checks of the web settings."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
import yaml

from bot import doctor
from bot.web.seal import new_key
from bot.web.settings import WebSettings
from tests.deploy.test_files import EXEC, SYSTEMD_ANALYZE, assert_hardened, assert_verified, unit_settings

ROOT = Path(__file__).parents[2]
DEPLOY = ROOT / "deploy"
ASSIGNMENT = re.compile(r"^(#?)([A-Z][A-Z0-9_]*)=(.*)$")
needs_systemd = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None,
    reason="systemd-analyze not installed: deploy/firstline-web.service NOT verified in this run",
)


def env_name(field: str) -> str:
    alias = WebSettings.model_fields[field].validation_alias
    return alias.choices[0] if alias is not None else f"FIRSTLINE_{field.upper()}"


def test_the_web_example_lists_every_web_setting_with_its_default_and_meaning():
    lines = (DEPLOY / "firstline-web.env.example").read_text().splitlines()
    listed = {m[2]: (m[1] == "#", m[3], i) for i, text in enumerate(lines) if (m := ASSIGNMENT.match(text))}
    assert sorted(listed) == sorted(env_name(f) for f in WebSettings.model_fields)
    for field, info in WebSettings.model_fields.items():
        commented, value, at = listed[env_name(field)]
        assert lines[at - 1].startswith("# "), f"{env_name(field)}: no line above it says what it is"
        if field == "web_key":
            assert (commented, value) == (False, ""), "the key is the one line to fill in"
        elif info.default is None:
            assert commented and value == ""
        else:
            assert commented and getattr(WebSettings(**{field: value}), field) == info.default, field


def test_compose_serves_the_web_chat_behind_caddy_with_the_bots_restrictions():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    web, proxy, bot = (
        compose["services"]["firstline-web"],
        compose["services"]["caddy-web"],
        compose["services"]["firstline"],
    )
    assert web["profiles"] == ["web"] and proxy["profiles"] == ["web"]
    assert web["command"] == ["firstline", "web"] and "volumes" not in web, "the web chat keeps nothing"
    for key in ("read_only", "cap_drop", "security_opt", "tmpfs", "stop_signal", "stop_grace_period"):
        assert web[key] == bot[key], key
    assert "ports" not in web and web["expose"] == ["8080"]
    assert web["environment"]["FIRSTLINE_WEB_BEHIND_PROXY"] == "true"
    assert "./Caddyfile.web:/etc/caddy/Caddyfile:ro" in proxy["volumes"]
    caddyfile = (DEPLOY / "Caddyfile.web").read_text()
    assert "encode zstd gzip" in caddyfile and "dynamic a firstline-web 8080" in caddyfile
    assert not re.search(r"^\s*log\b", caddyfile, re.M), "no access log at the proxy either"


def test_the_web_unit_has_the_bots_hardening_and_no_state():
    web, bot = unit_settings(DEPLOY / "firstline-web.service"), unit_settings(DEPLOY / "firstline.service")
    hardening = [
        line.partition("=")[0]
        for line in (DEPLOY / "firstline.service").read_text().split("# Hardening", 1)[1].splitlines()
        if "=" in line and not line.startswith("#")
    ]
    for key in hardening:
        assert web.get(key) == bot[key], key
    assert web["ExecStart"] == [f"{EXEC} web"] and "StateDirectory" not in web
    assert web["KillSignal"] == ["SIGTERM"] and web["RestartPreventExitStatus"] == ["2"]


@needs_systemd
def test_the_web_unit_passes_systemd_analyze(tmp_path):
    assert_verified(DEPLOY / "firstline-web.service", tmp_path)
    assert_hardened(DEPLOY / "firstline-web.service", tmp_path)


def _doctor(monkeypatch, tmp_path, **env: str) -> tuple[int, str]:
    for name in list(__import__("os").environ):
        if name.startswith(("FIRSTLINE_", "TELEGRAM_")):
            monkeypatch.delenv(name)
    env_file = tmp_path / "firstline-web.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
    out = io.StringIO()
    return doctor.run(out, env_file), " ".join(out.getvalue().split())  # as read, not as wrapped


def test_the_doctor_checks_a_web_only_configuration(monkeypatch, tmp_path):
    key = base64.b64encode(new_key()).decode()
    status, out = _doctor(monkeypatch, tmp_path, FIRSTLINE_WEB_KEY=key, FIRSTLINE_PUBLIC_URL="https://help.example.org")
    assert status == 0 and "firstline web" in out and "TELEGRAM_BOT_TOKEN" not in out and key not in out
    assert "Web chat key (FIRSTLINE_WEB_KEY): set (hidden)" in out


@pytest.mark.parametrize("bad", ["short", base64.b64encode(b"16 bytes only!!!").decode(), "not base64 at all !!"])
def test_the_doctor_names_a_malformed_web_key_without_showing_it(monkeypatch, tmp_path, bad):
    status, out = _doctor(monkeypatch, tmp_path, FIRSTLINE_WEB_KEY=bad)
    assert status == 1 and "FIRSTLINE_WEB_KEY" in out and "openssl rand -base64 32" in out
    assert bad not in out


def test_the_doctor_warns_when_no_web_key_is_set(monkeypatch, tmp_path):
    status, out = _doctor(monkeypatch, tmp_path, FIRSTLINE_WEB_LISTEN="0.0.0.0:8080")
    assert status == 0 and "expire on every restart" in out and "no HTTPS without one" in out
