"""The `firstline` command line."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="firstline", description="Firstline: first-line identification of possible victims of trafficking."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat")
    # For services and containers: without a token, fail (exit 2) rather than open a chat on no terminal.
    run.add_argument("--telegram", action="store_true", help="the Telegram bot only: fail without TELEGRAM_BOT_TOKEN")
    run.add_argument(
        "--web",
        action="store_true",
        help="the web chat too, in the same process (also FIRSTLINE_WEB=1); on the webhook's server in webhook mode",
    )
    doctor = sub.add_parser("doctor", help="check the configuration before starting the bot, and say what to fix")
    doctor.add_argument(
        "--env-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read the settings from this file too (as systemd or docker compose would)",
    )
    health_cmd = sub.add_parser(
        "health", help="is the running bot well, and can it save? (exit 0 or 1; for health checks)"
    )
    health_cmd.add_argument(
        "--env-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read the settings from this file too (the token is not needed)",
    )
    health_cmd.add_argument(
        "--stop-unhealthy",
        action="store_true",
        help="in a container: when unhealthy, stop the bot (process 1) gracefully, for the restart policy to start it again",
    )
    sub.add_parser("chat", help="the conversation in this terminal")
    web = sub.add_parser("web", help="the web chat in any browser (no Telegram token needed)")
    web.add_argument(
        "--listen",
        default=None,
        metavar="HOST:PORT",
        help="where to listen (default: FIRSTLINE_WEB_LISTEN, else 127.0.0.1:8080)",
    )
    replay = sub.add_parser("replay", help="a scripted conversation over JSON lines")
    replay.add_argument("file", nargs="?", default="-", help="input file, or - for standard input")
    replay.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="write the documents a press asks for (the annex summary PDF) into this folder",
    )
    sub.add_parser("check", help="load and validate every flow, locale and contact directory")
    contacts = sub.add_parser("contacts", help="the contact directories, for the organisation running the bot")
    contacts_sub = contacts.add_subparsers(dest="contacts_command", required=True)
    contacts_check = contacts_sub.add_parser(
        "check", help="entries checked more than 12 months ago, roles missing per country"
    )
    contacts_check.add_argument(
        "--on",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="judge ages as on this day (default: today)",
    )
    locales = sub.add_parser("locales", help="check a locale against the English reference (for translators)")
    locales.add_argument("lang", nargs="*", help="language codes (default: every locale folder)")
    locales.add_argument("--dir", default=None, help="the locales folder (default: the shipped one)")
    args = parser.parse_args(argv)

    if args.command == "doctor":
        from bot import doctor

        return doctor.run(sys.stdout, args.env_file)
    if args.command == "health":
        from bot import health

        return health.main(sys.stdout, args.env_file, stop_bot=args.stop_unhealthy)
    if args.command == "run" and args.telegram and not os.environ.get("TELEGRAM_BOT_TOKEN"):
        print("firstline: TELEGRAM_BOT_TOKEN is not set; `firstline doctor` says what else to check", file=sys.stderr)
        return 2
    if args.command == "web" or (args.command == "run" and args.web and not os.environ.get("TELEGRAM_BOT_TOKEN")):
        from bot.web.server import main as web

        return web(getattr(args, "listen", None))
    if args.command == "locales":
        from bot.locale_check import main as check_locales

        return check_locales(args.dir, args.lang)

    from bot.runtime import load

    if args.command == "run" and os.environ.get("TELEGRAM_BOT_TOKEN"):
        from bot.telegram.main import run_bot

        return run_bot(web=args.web)
    from flows.loader import FlowError

    try:
        runtime = load()
    except FlowError as e:  # a content author's mistake: the file, the step and the rule, no traceback
        print(f"firstline {args.command}: {e}", file=sys.stderr)
        return 1
    if args.command in ("run", "chat"):
        from bot.terminal import chat

        return chat(runtime)
    if args.command == "replay":
        from bot.replay import run

        if args.file == "-":
            return run(runtime, sys.stdin, sys.stdout, args.out)
        with open(args.file, encoding="utf-8") as f:
            return run(runtime, f, sys.stdout, args.out)
    if args.command == "contacts":
        from bot.audit import report

        sys.stdout.write(report(runtime.library, args.on or date.today()))
        return 0
    if args.command == "check":
        lib = runtime.library
        print(
            f"ok: {len(lib.flows)} flows, {len(lib.directories)} contact directories, languages {', '.join(lib.languages)}"
        )
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
