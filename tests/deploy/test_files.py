"""The files in deploy/, held to the code: the example environment file lists every setting with its
default, the image installs by deploy/install.sh as an unprivileged user, the compose file and the
systemd unit stop the bot no sooner than it finishes its updates, and systemd itself checks the unit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from bot.health import STALE_SECONDS
from bot.settings import CREDENTIAL, EXIT_CANNOT_FIX, Settings, env_name
from bot.telegram.main import STOP_GRACE_SECONDS

ROOT = Path(__file__).parents[2]
DEPLOY = ROOT / "deploy"
ASSIGNMENT = re.compile(r"^(#?)([A-Z][A-Z0-9_]*)=(.*)$")


def example_lines() -> list[str]:
    return (DEPLOY / "firstline.env.example").read_text().splitlines()


def example_settings() -> dict[str, tuple[bool, str, int]]:
    """NAME -> (commented out, value, line index)."""
    found: dict[str, tuple[bool, str, int]] = {}
    for i, text in enumerate(example_lines()):
        if m := ASSIGNMENT.match(text):
            assert m[2] not in found, f"{m[2]} is listed twice"
            found[m[2]] = (m[1] == "#", m[3], i)
    return found


def test_the_example_environment_file_lists_every_setting_with_its_default_and_meaning():
    listed = example_settings()
    names = {env_name(field): field for field in Settings.model_fields}
    assert sorted(listed) == sorted(names), "deploy/firstline.env.example and bot/settings.py list different settings"
    lines = example_lines()
    for name, field in names.items():
        commented, value, at = listed[name]
        assert lines[at - 1].startswith("# ") and len(lines[at - 1]) > 10, f"{name}: no line above it says what it is"
        default = Settings.model_fields[field].default
        if Settings.model_fields[field].is_required():
            assert (commented, value) == (False, ""), f"{name} is required: an empty line to fill in"
            continue
        assert commented, f"{name}: only the token is set in the example; the rest show their default"
        if default is None:
            assert value == "", f"{name} has no default: shown empty"
        else:
            shown = Settings(bot_token="1:x", **{field: value})
            assert getattr(shown, field) == default, f"{name}: the example shows {value!r}, the default is {default!r}"


def test_the_example_environment_file_as_read_by_the_bot_changes_no_default(tmp_path, monkeypatch):
    for field in Settings.model_fields:
        monkeypatch.delenv(env_name(field), raising=False)
    copy = tmp_path / "firstline.env"
    copy.write_text("\n".join(example_lines()).replace("\nTELEGRAM_BOT_TOKEN=\n", "\nTELEGRAM_BOT_TOKEN=1:x\n"))
    read = Settings(_env_file=copy)
    assert read.model_dump(exclude={"bot_token"}) == Settings(bot_token="1:x").model_dump(exclude={"bot_token"})
    assert read.bot_token.get_secret_value() == "1:x"


# --- the image -----------------------------------------------------------------------------------


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Dockerfile").read_text())
    out = []
    for raw in text.splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            keyword, _, args = raw.partition(" ")
            out.append((keyword.upper(), args.strip()))
    return out


def test_the_image_is_built_with_deploy_install_sh_from_what_the_wheel_is_made_of():
    steps = dockerfile()
    build, run = _stages(steps)
    assert ("RUN", "sh deploy/install.sh /opt/firstline") in build  # what test_install.py runs
    copied = {args.split()[0] for kind, args in build if kind == "COPY" and not args.startswith("--")}
    copied |= {src for kind, args in build if kind == "COPY" for src in args.split()[:-1] if not src.startswith("--")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wheel = project["tool"]["hatch"]["build"]["targets"]["wheel"]
    needed = {
        "pyproject.toml",
        project["project"]["readme"],
        *wheel["packages"],
        *wheel["force-include"],
        "deploy/install.sh",
        "requirements.lock",
    }
    assert needed <= copied, f"the image does not copy {needed - copied}"
    for source in copied:
        assert (ROOT / source).exists(), source
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    assert all(f"!{source}" in ignore for source in needed), "the .dockerignore keeps out something the image copies"


def test_the_image_runs_as_an_unprivileged_user_with_a_volume_and_a_health_check():
    _, run = _stages(dockerfile())
    assert run[0] == ("FROM", "${PYTHON_IMAGE}")
    assert ("COPY", "--from=build /opt/firstline /opt/firstline") in run
    assert ("USER", "firstline") in run and run.index(("USER", "firstline")) > max(
        i for i, (k, _) in enumerate(run) if k == "RUN"
    )
    assert ("VOLUME", '["/data"]') in run
    env = " ".join(args for kind, args in run if kind == "ENV")
    assert "FIRSTLINE_DATA_DIR=/data" in env
    health = next(args for kind, args in run if kind == "HEALTHCHECK")
    assert health.endswith('CMD ["firstline", "health"]')
    assert ("CMD", '["firstline", "run", "--telegram"]') in run


DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")


def test_the_base_images_are_pinned_by_exact_version_and_digest():
    steps = dockerfile()
    base = dict(args.split("=", 1) for kind, args in steps if kind == "ARG")["PYTHON_IMAGE"]
    assert re.match(r"python:3\.11\.\d+-slim-bookworm@", base) and DIGEST.search(base), base
    assert [args.split()[0] for kind, args in steps if kind == "FROM"] == ["${PYTHON_IMAGE}"] * 2
    caddy = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]["caddy"]["image"]
    assert re.match(r"caddy:2\.\d+\.\d+", caddy) and DIGEST.search(caddy), caddy


def test_installs_take_the_exact_versions_of_the_lock_file():
    lock = (ROOT / "requirements.lock").read_text().splitlines()
    pins = [text for text in lock if text and not text.startswith("#")]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][\w.]*", pin) for pin in pins), pins
    names = {
        re.split(r"[\[<>=]", dep)[0].lower().replace("_", "-").replace(".", "-")
        for dep in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    }
    pinned = {pin.split("==")[0].lower().replace("_", "-").replace(".", "-") for pin in pins}
    assert names <= pinned, f"not in requirements.lock: {names - pinned}"
    assert '--constraint "$src/requirements.lock"' in (DEPLOY / "install.sh").read_text()


def test_every_release_has_a_changelog_entry_and_the_license_is_stated():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert re.search(rf"^## {re.escape(version)}\b", (ROOT / "CHANGELOG.md").read_text(), re.M), (
        f"CHANGELOG.md has no '## {version}'"
    )
    assert "Apache License" in (ROOT / "LICENSE").read_text()
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"] == {"file": "LICENSE"}
    assert "## License" in (ROOT / "README.md").read_text()


def test_compose_keeps_the_secret_apart_rotates_logs_restarts_when_unhealthy_and_needs_the_domain():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    bot, proxy = compose["services"]["firstline"], compose["services"]["caddy"]
    secret_file = bot["environment"]["FIRSTLINE_SECRET_FILE"]
    folder = secret_file.rsplit("/", 1)[0]
    assert f"firstline-secret:{folder}" in bot["volumes"] and "firstline-secret" in compose["volumes"]
    assert folder != "/data" and not secret_file.startswith("/data/")
    assert "mkdir /data /secret" in (DEPLOY / "Dockerfile").read_text() and folder == "/secret"
    for service in (bot, proxy):
        assert (
            service["logging"]["driver"] == "json-file"
            and service["logging"]["options"]["max-size"]
            and service["logging"]["options"]["max-file"]
        )
    assert bot["healthcheck"]["test"] == ["CMD", "firstline", "health", "--stop-unhealthy"]
    assert "FIRSTLINE_DOMAIN is not set" in proxy["entrypoint"][-1] and "exec caddy run" in proxy["entrypoint"][-1]


@pytest.mark.skipif(shutil.which("sh") is None, reason="no sh")
def test_the_proxy_refuses_to_start_without_a_domain_in_one_line(tmp_path):
    proxy = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]["caddy"]
    script = proxy["entrypoint"][-1].replace("$$", "$").replace("exec caddy run", "echo would run caddy")
    env = {"PATH": "/usr/bin:/bin"}
    refused = subprocess.run(proxy["entrypoint"][:2] + [script], env=env, capture_output=True, text=True, timeout=30)
    assert refused.returncode == 78 and refused.stderr.count("\n") == 1 and "echo FIRSTLINE_DOMAIN=" in refused.stderr
    started = subprocess.run(
        proxy["entrypoint"][:2] + [script],
        env={**env, "FIRSTLINE_DOMAIN": "bot.example.org"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert started.returncode == 0 and "would run caddy" in started.stdout


def _stages(steps: list[tuple[str, str]]) -> tuple[list, list]:
    starts = [i for i, (kind, _) in enumerate(steps) if kind == "FROM"]
    assert len(starts) == 2, "a build stage and a run stage"
    return steps[starts[0] : starts[1]], steps[starts[1] :]


def test_the_compose_file_keeps_the_data_drops_privileges_and_waits_for_a_clean_stop():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    bot = compose["services"]["firstline"]
    assert bot["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    assert bot["env_file"] == "firstline.env"
    assert "firstline-data:/data" in bot["volumes"] and "firstline-data" in compose["volumes"]
    assert bot["read_only"] is True and bot["cap_drop"] == ["ALL"] and "no-new-privileges:true" in bot["security_opt"]
    assert bot["restart"] == "unless-stopped"
    assert _seconds(bot["stop_grace_period"]) >= STOP_GRACE_SECONDS + 5
    assert "ports" not in bot, "the webhook port is for the proxy on the compose network only"
    proxy = compose["services"]["caddy"]
    assert proxy["profiles"] == ["webhook"]
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    defaults = Settings(bot_token="1:x")
    assert f"handle /{defaults.webhook_path} {{" in caddyfile
    assert f"reverse_proxy firstline:{defaults.webhook_port}" in caddyfile


def _seconds(duration: str) -> int:
    value, unit = re.fullmatch(r"(\d+)(s|m)", duration).groups()
    return int(value) * (60 if unit == "m" else 1)


# --- the systemd unit ----------------------------------------------------------------------------

UNIT = DEPLOY / "firstline.service"
EXEC = "/opt/firstline/current/bin/firstline"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
# Not installed: these two are skipped and say so in the summary (pytest -rs); .ci/run installs
# systemd with apt-get wherever it can, so CI checks the unit.
needs_systemd = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None, reason="systemd-analyze not installed: deploy/firstline.service NOT verified in this run"
)


def unit_settings(unit: Path = UNIT) -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for text in unit.read_text().splitlines():
        if "=" in text and not text.startswith(("#", "[")):
            key, _, value = text.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def test_the_systemd_unit_stops_no_sooner_than_the_bot_finishes_and_keeps_its_data_in_a_state_directory():
    unit = unit_settings()
    assert int(unit["TimeoutStopSec"][0]) >= STOP_GRACE_SECONDS + 5 and unit["KillSignal"] == ["SIGTERM"]
    assert unit["ExecStart"] == [f"{EXEC} run --telegram"]
    assert unit["StateDirectory"] == ["firstline"] and "FIRSTLINE_DATA_DIR=/var/lib/firstline" in unit["Environment"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["ProtectSystem"] == ["strict"] and unit["User"] == ["firstline"]
    # `run --telegram` without a token (2), a refused token, a newer database, an empty secret (78):
    # a setting to fix, not to retry every 5 s forever.
    assert unit["RestartPreventExitStatus"] == [f"2 {EXIT_CANNOT_FIX}"]


def test_the_systemd_unit_keeps_the_secret_apart_and_restarts_the_bot_when_unhealthy():
    unit = unit_settings()
    assert unit["LoadCredential"] == [f"{CREDENTIAL}:/etc/firstline/secret"]  # read as $CREDENTIALS_DIRECTORY/secret
    assert not any("FIRSTLINE_SECRET" in value for value in unit["Environment"])
    # The bot pings at half WATCHDOG_USEC while healthy; health's own window must fit in it.
    assert int(unit["WatchdogSec"][0]) > STALE_SECONDS and unit["NotifyAccess"] == ["main"]
    assert "on-failure" in unit["Restart"]  # which restarts after a watchdog timeout


def assert_verified(unit: Path, tmp_path: Path) -> None:
    """systemd-analyze verify finds nothing about our unit. verify checks that ExecStart's program
    exists: a stand-in where the unit expects it."""
    program = tmp_path / "firstline"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    copy = tmp_path / unit.name
    copy.write_text(unit.read_text().replace(EXEC, str(program)))
    done = subprocess.run([SYSTEMD_ANALYZE, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    about_ours = [text for text in (done.stdout + done.stderr).splitlines() if "firstline" in text]
    assert done.returncode == 0 and about_ours == [], done.stdout + done.stderr


def assert_hardened(unit: Path, tmp_path: Path) -> None:
    """systemd's own exposure score, 0 (locked down) to 10 (UNSAFE), is at most 2.0."""
    copy = tmp_path / unit.name
    copy.write_text(unit.read_text())
    done = subprocess.run(  # --threshold counts in tenths
        [SYSTEMD_ANALYZE, "security", "--offline=true", "--threshold=20", "--no-pager", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "--offline" in done.stderr and "unrecognized" in done.stderr:
        pytest.skip("this systemd-analyze (before systemd 250) cannot rate a unit file offline")
    score = re.search(rf"Overall exposure level for {re.escape(unit.name)}: ([\d.]+)", done.stdout)
    assert score and done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert float(score[1]) <= 2.0


@needs_systemd
def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    assert_verified(UNIT, tmp_path)


@needs_systemd
def test_the_systemd_unit_is_hardened_by_systemds_own_measure(tmp_path):
    assert_hardened(UNIT, tmp_path)
