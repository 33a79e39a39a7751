"""The two calls that put a screen on Telegram, without python-telegram-bot's parsing of the answer.

Telegram answers sendMessage and editMessageText with the whole message, keyboard
included, and python-telegram-bot turns that into Message, User, Chat and
InlineKeyboardButton objects. For a screen of twenty buttons that was about half
of the bot's own cost per update (`make bench`, README "Reliability and
performance"), for a result of which the bot reads one number: the new message's
id. These go through Bot._post, python-telegram-bot's own path for every method
(rate limiter, 429 and 5xx handling, its errors), and stop before the parsing.
Keyboards go as the JSON text the Bot API reads (bot/telegram/screens.py), which
python-telegram-bot sends as it is. _post is protected but stable across
python-telegram-bot 22, which pyproject.toml pins.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot


async def send(bot: Bot, chat_id: int, text: str, keyboard: str | None = None) -> int:
    """Send a message; its id."""
    data: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if keyboard is not None:
        data["reply_markup"] = keyboard
    result = await bot._post("sendMessage", data)  # noqa: SLF001 - see the module's docstring
    return result["message_id"]


async def edit(bot: Bot, chat_id: int, message_id: int, text: str, keyboard: str | None = None) -> None:
    """Edit a message's text and keyboard; BadRequest as python-telegram-bot raises it."""
    data: dict[str, Any] = {"chat_id": chat_id, "message_id": message_id, "text": text}
    if keyboard is not None:
        data["reply_markup"] = keyboard
    await bot._post("editMessageText", data)  # noqa: SLF001
