"""`firstline doctor`, web chat: its settings, when it is configured (bot/doctor/ calls this).

Reads them as `firstline web` would (the environment, or an environment file) and
never shows a key, only whether it is there and well formed.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from bot.doctor.report import Finding, fix, note, ok, warn
from bot.web.settings import WebSettings

KEY_HINT = "Make one with `openssl rand -base64 32` (deploy/firstline-web.env.example)."


def _names(env_file: Path | None) -> set[str]:
    names = set(os.environ)
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values

        names |= {k for k, v in dotenv_values(env_file).items() if v not in (None, "")}
    return names


def configured(env_file: Path | None) -> bool:
    """Is the web chat set up here (any FIRSTLINE_WEB… setting, or a public address)?"""
    return any(n.startswith("FIRSTLINE_WEB") or n == "FIRSTLINE_PUBLIC_URL" for n in _names(env_file))


def token_given(env_file: Path | None) -> bool:
    return "TELEGRAM_BOT_TOKEN" in _names(env_file)


def secrets(env_file: Path | None) -> list[str]:
    """The key values, for the printer to blank out whatever happens."""
    found = [os.environ.get(n, "") for n in ("FIRSTLINE_WEB_KEY", "FIRSTLINE_WEB_KEY_PREVIOUS")]
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values

        values = dotenv_values(env_file)
        found += [values.get(n) or "" for n in ("FIRSTLINE_WEB_KEY", "FIRSTLINE_WEB_KEY_PREVIOUS")]
    return [s for s in found if s]


def findings(env_file: Path | None) -> list[Finding]:
    try:
        settings = WebSettings(_env_file=env_file) if env_file else WebSettings()
    except ValidationError as e:
        out = []
        for err in e.errors():  # the rule broken, never the value: it may be a key
            name = f"FIRSTLINE_{str(err['loc'][0]).upper()}" if err["loc"] else "?"
            todo = KEY_HINT if "KEY" in name else "See deploy/firstline-web.env.example for what it takes."
            out.append(fix(f"Web chat: {name}", err["msg"].removeprefix("Value error, ") + ".", todo))
        return out
    found: list[Finding] = []
    if settings.web_key is None:
        found.append(
            warn(
                "Web chat key (FIRSTLINE_WEB_KEY)",
                "not set: each start makes a random key, so open pages expire on every restart and only one instance can serve them.",
                KEY_HINT,
            )
        )
    else:
        found.append(ok("Web chat key (FIRSTLINE_WEB_KEY)", "set (hidden): base64 of 32 bytes."))
    if settings.web_key_previous is not None:
        if settings.web_key_previous == settings.web_key:
            found.append(
                warn(
                    "Web chat previous key (FIRSTLINE_WEB_KEY_PREVIOUS)",
                    "it is the same as FIRSTLINE_WEB_KEY.",
                    "After a rotation it holds the old key; otherwise remove it.",
                )
            )
        else:
            found.append(
                note(
                    "Web chat previous key (FIRSTLINE_WEB_KEY_PREVIOUS)",
                    f"set (hidden): pages it sealed are accepted for {settings.session_idle_hours:g} h after the start, then it can go.",
                )
            )
    if settings.public_url and not settings.public_url.startswith("https://"):
        found.append(
            warn(
                "Web chat address (FIRSTLINE_PUBLIC_URL)",
                "it starts with http://: the card's QR code would open the contacts unencrypted.",
                "Use the https:// address of your proxy (deploy/Caddyfile.web).",
            )
        )
    elif settings.public_url:
        found.append(
            ok(
                "Web chat address (FIRSTLINE_PUBLIC_URL)",
                f"the card's QR code opens {settings.public_url.rstrip('/')}/c/<language>/<country>.",
            )
        )
    host = settings.web_listen.rpartition(":")[0].strip("[]")
    if host not in ("127.0.0.1", "::1", "localhost") and not settings.web_behind_proxy:
        found.append(
            warn(
                "Web chat (FIRSTLINE_WEB_LISTEN)",
                f"it listens on {settings.web_listen}, beyond this machine, with no proxy declared: there is no HTTPS without one.",
                "Put Caddy in front (deploy/Caddyfile.web) and set FIRSTLINE_WEB_BEHIND_PROXY=true.",
            )
        )
    if not settings.web_exit_url.startswith("https://"):
        found.append(
            warn(
                "Quick exit (FIRSTLINE_WEB_EXIT_URL)",
                "it is not an https:// address.",
                "Choose a neutral site over HTTPS (a search engine, the weather).",
            )
        )
    return found
