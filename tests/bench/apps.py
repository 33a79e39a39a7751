"""The two applications the benchmark drives: Firstline's and the bare floor.

Both are python-telegram-bot Applications over the same in-process Bot API.
Firstline's is built by the bot's own build_application, with the session
store on disk; only Telegram's message-rate pacing is off (it would cap both
at 30 messages a second, which says nothing about the bot's own cost).
The floor is the least a python-telegram-bot bot can do per update: a bare
callback handler that answers the query and edits the message (a message gets
a new one). So that the two differ only in what the bot itself does, the floor
makes exactly the Bot API calls the bot made for the same update, with the same
texts and keyboards, recorded from the bot once beforehand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.runtime import Runtime
from bot.settings import Settings
from bot.settled import settle
from bot.store import SessionStore
from bot.telegram.main import build_application
from bot.telegram.stages import OFF, Stages
from tests.bench.users import FIRST_CHAT, Script, User
from tests.telegram.conftest import TOKEN
from tests.telegram.inprocess import InProcessBotApi

SECRET = b"bench-secret-" + b"x" * 32


async def firstline_app(
    rt: Runtime, api: InProcessBotApi, data_dir: Path, stages: Stages = OFF
) -> tuple[Application, SessionStore]:
    settings = Settings(bot_token=TOKEN, data_dir=data_dir, messages_per_second=0)
    store = await SessionStore.open(settings.database_path, SECRET, settings.session_idle_hours)
    app = build_application(settings, rt, store, requests=(api.request(), api.request()), stages=stages)
    await app.initialize()
    settle()  # as serve() does once the bot is ready
    return app, store


@dataclass(frozen=True)
class Planned:
    """One Bot API call the bot made for one update, to be made again by the floor."""

    method: str
    text: str | None
    keyboard: InlineKeyboardMarkup | None


Plans = dict[tuple[str, str], list[list[Planned]]]  # (story, lang) -> per update, the calls made


async def record_plans(rt: Runtime, scripts: list[Script], data_dir: Path) -> Plans:
    """Run each script once through the bot, in each language, and note every call it made."""
    api = InProcessBotApi(keep=True, record=True)
    app, store = await firstline_app(rt, api, data_dir)
    plans: Plans = {}
    try:
        for n, script in enumerate(scripts):
            for lang in ("en", "nl"):
                user = User(FIRST_CHAT - 1 - 2 * n - (lang == "nl"), script, lang)
                steps = plans[(script.story, lang)] = []
                while not user.done:
                    since = len(api.calls)
                    await app.process_update(Update.de_json(user.next_update(api), app.bot))
                    steps.append([_planned(c.method, c.params) for c in api.calls[since:]])
    finally:
        await app.shutdown()
        await store.close()
    return plans


def _planned(method: str, params: dict) -> Planned:
    markup = params.get("reply_markup")
    return Planned(method, params.get("text"), InlineKeyboardMarkup.de_json(markup, None) if markup else None)


def floor_app(api: InProcessBotApi, current: dict[int, list[Planned]]) -> Application:
    """A bare python-telegram-bot bot making, for each update, the calls the bot made for it:
    answer the query, edit the message (or send one), with the same texts and keyboards.
    `current[chat id]` holds them; the driver sets it before each update."""

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = update.effective_chat.id
        query = update.callback_query
        for call in current[chat_id]:
            if call.method == "answerCallbackQuery":
                await query.answer(call.text)
            elif call.method == "editMessageText":
                await query.edit_message_text(call.text, reply_markup=call.keyboard)
            elif call.method == "sendMessage":
                await context.bot.send_message(chat_id, call.text, reply_markup=call.keyboard)
            elif call.method == "editMessageReplyMarkup":
                await context.bot.edit_message_reply_markup(
                    chat_id, query.message.message_id if query else 1, reply_markup=None
                )

    app = Application.builder().token(TOKEN).request(api.request()).get_updates_request(api.request()).build()
    app.add_handler(CallbackQueryHandler(reply))
    app.add_handler(MessageHandler(filters.ALL, reply))
    return app
