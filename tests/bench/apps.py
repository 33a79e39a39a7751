"""The two applications the benchmark drives: Firstline's and the bare floor.

Both are python-telegram-bot Applications over the same in-process Bot API.
Firstline's is built by the bot's own build_application, with the session
store on disk; only Telegram's message-rate pacing is off (it would cap both
at 30 messages a second, which says nothing about the bot's own cost).
The floor is the least a python-telegram-bot bot can do per update: answer the
query and edit the message (a message gets a new one), with a screen-sized
text and keyboard made once beforehand.
"""

from __future__ import annotations

from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.render import render
from bot.runtime import Runtime
from bot.settings import Settings
from bot.store import SessionStore
from bot.telegram.main import build_application
from flows import buttons, engine
from flows.engine import Session, Start
from tests.telegram.conftest import TOKEN
from tests.telegram.inprocess import InProcessBotApi

SECRET = b"bench-secret-" + b"x" * 32


async def firstline_app(rt: Runtime, api: InProcessBotApi, data_dir: Path) -> tuple[Application, SessionStore]:
    settings = Settings(bot_token=TOKEN, data_dir=data_dir)
    store = await SessionStore.open(settings.database_path, SECRET, settings.session_idle_hours)
    app = build_application(settings, rt, store, requests=(api.request(), api.request()), pace=False)
    await app.initialize()
    return app, store


def floor_app(rt: Runtime, api: InProcessBotApi) -> Application:
    text, keyboard = _typical_screen(rt)

    async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer()
        await query.edit_message_text(text, reply_markup=keyboard)

    async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await context.bot.send_message(update.effective_chat.id, text, reply_markup=keyboard)

    app = Application.builder().token(TOKEN).request(api.request()).get_updates_request(api.request()).build()
    app.add_handler(CallbackQueryHandler(on_press))
    app.add_handler(MessageHandler(filters.ALL, on_message))
    return app


def _typical_screen(rt: Runtime) -> tuple[str, InlineKeyboardMarkup]:
    """The screening's first screen in English: its text and its keyboard."""
    session, reply = engine.advance(rt.library, Session(lang="en", country="NL"), Start(flow="screening"))
    shown = render(rt.catalog, "en", reply.screen)
    rows = [[InlineKeyboardButton(b.label, callback_data=buttons.encode(session.nonce, b.action)) for b in row] for row in shown.buttons]
    return shown.text, InlineKeyboardMarkup(rows)
