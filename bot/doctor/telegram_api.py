"""The check that needs the network: does the Bot API answer, and does it accept the token?

It asks getMe (who the bot is) and getWebhookInfo, which also tells why
Telegram's last call to a webhook failed: the most useful line when a proxy or
a certificate is wrong. Error messages are the doctor's own: python-telegram-bot's
may quote the token.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from bot.doctor.report import Finding, fix, note, ok, warn
from bot.settings import TELEGRAM_API, Settings

CONNECT_SECONDS = 5
READ_SECONDS = 10


def bot_api(settings: Settings) -> list[Finding]:
    return asyncio.run(_ask(settings))


async def _ask(settings: Settings) -> list[Finding]:
    server = settings.api_base_url
    topic = f"Bot API ({server})"
    request = HTTPXRequest(connect_timeout=CONNECT_SECONDS, read_timeout=READ_SECONDS)
    bot = Bot(
        settings.bot_token.get_secret_value(),
        base_url=settings.bot_api_url,
        base_file_url=settings.file_api_url,
        request=request,
    )
    asking = "getMe"
    try:
        await bot.initialize()  # getMe
        asking = "getWebhookInfo"
        info = await bot.get_webhook_info()
    except InvalidToken:
        return [
            fix(
                topic,
                "it refused the token: the token is wrong, or it was replaced (revoked) in BotFather.",
                "Copy the current token from @BotFather: /mybots, your bot, 'API Token'.",
            )
        ]
    except (TimedOut, NetworkError) as e:
        where = "Telegram" if server == TELEGRAM_API else "your Bot API server"
        return [
            fix(
                topic,
                f"{where} cannot be reached ({type(e).__name__}).",
                "Check this machine's internet connection, its DNS and any firewall or proxy: it must reach api.telegram.org over HTTPS (port 443)."
                if server == TELEGRAM_API
                else f"Is the server at {server} running, and is TELEGRAM_API_BASE_URL right?",
            )
        ]
    except TelegramError as e:
        return [
            fix(
                topic,
                f"it answered with an error ({type(e).__name__}).",
                "Is TELEGRAM_API_BASE_URL the address of a Bot API server?",
            )
        ]
    except Exception as e:  # an answer of the wrong shape: one line, never a traceback
        return [
            fix(
                topic,
                f"its answer to {asking} could not be read ({type(e).__name__}).",
                "Is TELEGRAM_API_BASE_URL the address of a Bot API server, and is nothing in between changing its answers?",
            )
        ]
    finally:
        try:
            await bot.shutdown()
        except Exception:
            pass
    return [ok(topic, f"reached; the token belongs to @{bot.username}.")] + _webhook_info(settings, info)


def _webhook_info(settings: Settings, info) -> list[Finding]:
    topic = "Telegram's webhook record"
    found: list[Finding] = []
    if not settings.webhook_url:
        if info.url:
            found.append(note(topic, f"a webhook is registered ({info.url}); the bot removes it at start and polls."))
        return found
    if info.url and info.url != settings.webhook_url:
        found.append(note(topic, f"Telegram has {info.url}; the bot registers {settings.webhook_url} at start."))
    if info.last_error_message and info.url:
        when = info.last_error_date
        ago = f"{_ago(when)} ago" if when else "recently"
        found.append(
            warn(
                topic,
                f"Telegram's last call to {info.url} failed {ago}: {info.last_error_message}",
                "Check that the reverse proxy forwards that path to the bot's port, that its certificate is valid, and that the bot runs.",
            )
        )
    if info.pending_update_count:
        found.append(
            note(topic, f"{info.pending_update_count} update(s) wait at Telegram; the bot takes them when it runs.")
        )
    return found


def _ago(when: datetime) -> str:
    seconds = max(0, (datetime.now(UTC) - when).total_seconds())
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n > 1 else ''}"
    return f"{int(seconds)} seconds"
