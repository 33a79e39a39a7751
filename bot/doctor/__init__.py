"""`firstline doctor`: checks a configuration before the bot starts, and says in plain words what to fix.

For whoever runs the bot at an organisation, often without IT staff. It reads
the settings as the bot would (the environment, or an environment file), then
checks the token's form, the data folder, the secret, the webhook settings, the
flows and contacts, and whether the Bot API answers. It changes nothing and
never shows the token or a secret. Exit status 1 when something must be fixed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from bot.doctor import local
from bot.doctor.report import Finding, Printer, fix, ok, warn
from bot.settings import Settings, env_name
from bot.web import doctor as web_doctor


def run(out: TextIO = sys.stdout, env_file: Path | None = None) -> int:
    secrets = [
        os.environ.get(name, "") for name in ("TELEGRAM_BOT_TOKEN", "FIRSTLINE_SECRET", "FIRSTLINE_WEBHOOK_SECRET")
    ]
    printer = Printer(out, secrets)
    source = f"the environment and {env_file}" if env_file else "the environment"
    printer.line(f"Firstline doctor: checking the settings from {source}.")
    if os.name == "posix" and os.geteuid() == 0:
        printer.line(
            "(Running as root, who may write where the bot's user may not: run it as the bot's user to be sure.)"
        )
    printer.line()
    if env_file is not None and not env_file.is_file():
        printer.add(
            fix(
                "Environment file",
                f"{env_file} does not exist.",
                "Give the path of the file that holds the settings, e.g. /etc/firstline/firstline.env.",
            )
        )
        return printer.summary()

    printer.hide(*web_doctor.secrets(env_file))
    web = web_doctor.configured(env_file)
    if web and not web_doctor.token_given(env_file):
        # The web chat alone (`firstline web`): no token, no data folder to check.
        for finding in web_doctor.findings(env_file) + _flows():
            printer.add(finding)
        return printer.summary(start="firstline web")
    settings = _settings(printer, env_file)
    if settings is None:
        return printer.summary()
    # Values from an environment file are secrets too.
    printer.hide(
        *(s.get_secret_value() for s in (settings.bot_token, settings.secret, settings.webhook_secret) if s is not None)
    )

    token = local.token(settings)
    for finding in token:
        printer.add(finding)
    for check in (local.data_folder, local.secret, local.webhook, local.api_address):
        for finding in _guarded(check, settings):
            printer.add(finding)
    for finding in _flows():
        printer.add(finding)
    for finding in _skipped(settings):
        printer.add(finding)
    for finding in web_doctor.findings(env_file) if web else []:
        printer.add(finding)
    if all(not f.must_fix for f in token):
        from bot.doctor.telegram_api import bot_api  # imports python-telegram-bot: only when needed

        for finding in bot_api(settings):
            printer.add(finding)
    return printer.summary()


def _settings(printer: Printer, env_file: Path | None) -> Settings | None:
    try:
        return Settings(_env_file=env_file) if env_file else Settings()
    except ValidationError as e:
        for err in e.errors():  # the rule broken, never the value: it may be a secret
            name = (
                env_name(str(err["loc"][0]))
                if err["loc"] and str(err["loc"][0]) in Settings.model_fields
                else str(err["loc"][0])
            )
            if err["type"] == "missing":
                printer.add(
                    fix(name, "it is not set.", local.BOTFATHER if name == "TELEGRAM_BOT_TOKEN" else f"Set {name}.")
                )
            else:
                printer.add(
                    fix(
                        name,
                        err["msg"].removeprefix("Value error, ") + ".",
                        "See deploy/firstline.env.example for what it takes.",
                    )
                )
        return None


def _skipped(settings: Settings) -> list[Finding]:
    """When the bot runs: the updates it could not read and skipped (bot/telegram/unreadable.py)."""
    from bot import health

    count = health.skipped(settings)
    topic = "Updates the running bot could not read"
    if count is None:
        return []
    if count == 0:
        return [ok(topic, "none so far.")]
    return [
        warn(
            topic,
            f"{count} since it started; they were skipped, so that the other chats kept getting answers.",
            "The log names their kind. Updating Firstline (and with it python-telegram-bot) may let it read them; if TELEGRAM_API_BASE_URL is your own Bot API server, update that too.",
        )
    ]


def _guarded(check: Callable[[Settings], list[Finding]], settings: Settings) -> list[Finding]:
    """One check that fails unexpectedly (a folder this user may not enter) must not hide the others."""
    try:
        return check(settings)
    except OSError as e:
        return [
            fix(
                check.__name__.replace("_", " ").capitalize(),
                f"it could not be checked: {e.strerror or type(e).__name__} ({e.filename or ''}).",
                "Run the doctor as the bot's user.",
            )
        ]


def _flows() -> list[Finding]:
    from bot.runtime import load

    topic = "Flows, messages and contacts"
    try:
        lib = load().library
    except Exception as e:
        return [
            fix(
                topic,
                f"they do not load: {e}",
                "Reinstall this version, or undo the edits to flows/data and locales/ (`firstline check` says more).",
            )
        ]
    return [
        ok(
            topic,
            f"{len(lib.flows)} flows, {len(lib.directories)} contact directories, languages {', '.join(lib.languages)}.",
        )
    ]
