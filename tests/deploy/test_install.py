"""The container image's install, without Docker: deploy/install.sh (the very script the Dockerfile
runs) builds a wheel from this tree and installs it with its dependencies from PyPI into a new
virtual environment. From there, away from the source tree, the installed `firstline` must hold
every flow, contact directory and locale, pass the doctor against the fake Bot API, hold a terminal
chat, and run the Telegram bot as the image's CMD does.

One environment for all of it: installing takes a minute or so, most of it PyPI.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.telegram.conftest import TOKEN
from tests.telegram.helpers import engine_text
from tests.telegram.people import Person

pytestmark = pytest.mark.slow  # installs the package into a fresh virtual environment and runs it

ROOT = Path(__file__).parents[2]
INSTALL_SECONDS = 600


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The virtual environment deploy/install.sh made."""
    where = tmp_path_factory.mktemp("image")
    venv = where / "venv"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PYTHON"] = sys.executable
    done = subprocess.run(
        ["sh", str(ROOT / "deploy" / "install.sh"), str(venv)],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        timeout=INSTALL_SECONDS,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert done.stdout.startswith("ok: "), "install.sh ends with `firstline check`"
    return venv


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "FIRSTLINE_", "VIRTUAL_ENV", "PYTHONPATH"))
    }
    env.update(extra)
    return env


def test_the_install_holds_every_flow_contact_directory_and_locale_and_not_the_checkout(installed, tmp_path):
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import bot, flows; print(bot.__file__); print(flows.__file__)"],
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(installed) for p in where), where
    package = Path(where[1]).parent
    shipped = {
        p.relative_to(ROOT / "flows" / "data")
        for p in (ROOT / "flows" / "data").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    installed_data = {
        p.relative_to(package / "data")
        for p in (package / "data").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped and shipped <= installed_data
    locales = {p.relative_to(ROOT / "locales") for p in (ROOT / "locales").rglob("*.ftl")}
    assert locales and locales <= {p.relative_to(package / "locales") for p in (package / "locales").rglob("*.ftl")}


def test_the_install_has_exactly_the_versions_of_requirements_lock(installed, tmp_path):
    frozen = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-m",
            "pip",
            "freeze",
            "--exclude",
            "firstline",
            "--exclude",
            "pip",
            "--exclude",
            "setuptools",
        ],
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    lock = [text for text in (ROOT / "requirements.lock").read_text().splitlines() if text and not text.startswith("#")]

    def versions(pins: list[str]) -> dict[str, str]:
        return {
            name.lower().replace("_", "-").replace(".", "-"): version
            for name, _, version in (pin.partition("==") for pin in pins)
        }

    assert versions(frozen) == versions(lock)


async def test_the_installed_doctor_passes_against_the_bot_api(installed, api, tmp_path):
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.base_url, FIRSTLINE_DATA_DIR=str(tmp_path / "data")
    )
    proc = await asyncio.create_subprocess_exec(
        str(installed / "bin" / "firstline"),
        "doctor",
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    out = (await asyncio.wait_for(proc.communicate(), 120))[0].decode()
    assert proc.returncode == 0, out
    assert "@firstline_test_bot" in out and "Nothing to fix" in out
    assert TOKEN.split(":")[1] not in out


def test_the_installed_terminal_chat_works(installed, tmp_path, rt):
    # Nederlands, Nederland (numbered as the pickers list them), the screening, "not safe": the outcome, then Ctrl-D.
    setup = rt.library.flows["setup"]
    lang, country = ([o.id for o in setup.step(step).options].index("nl") + 1 for step in ("language", "country"))
    typed = f"{lang}\n{country}\n1\n2\n"
    done = subprocess.run(
        [str(installed / "bin" / "firstline"), "chat"],
        input=typed,
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert rt.catalog.text("nl", "outcome-unsafe").splitlines()[0] in done.stdout


async def test_the_installed_bot_runs_as_the_image_does(installed, api, tmp_path, rt):
    firstline = str(installed / "bin" / "firstline")
    refused = subprocess.run(
        [firstline, "run", "--telegram"], cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in refused.stderr  # not a chat on no terminal

    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.base_url, FIRSTLINE_DATA_DIR=str(tmp_path / "data")
    )
    with open(tmp_path / "bot.log", "wb") as log:
        bot = subprocess.Popen([firstline, "run", "--telegram"], cwd=tmp_path, env=env, stdout=log, stderr=log)
    try:
        await api.wait_for(lambda: bot.poll() is not None or api.calls_of("getUpdates"), timeout=60)
        worker = Person(api, 5550201)
        await worker.send("/start")
        assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)
        health = await asyncio.to_thread(
            subprocess.run, [firstline, "health"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )
        assert health.returncode == 0, health.stdout
        bot.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(bot.wait, 30) == 0
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait(15)
