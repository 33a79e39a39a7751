"""The bot's own Application over the in-process Bot API, with its session store on disk.

For tests that need many turns quickly, or a hand on the store (faults): no
sockets, no polling. An update goes straight into Application.process_update,
as the bot's poller hands it over. Every exception that reaches
python-telegram-bot's error handlers is kept in `errors`: a test of bad input
or faults expects none.
"""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.runtime import Runtime
from bot.settings import Settings
from bot.store import SessionStore, load_secret
from bot.telegram.main import build_application
from bot.telegram.pending import Pending
from tests.telegram.conftest import TOKEN
from tests.telegram.inprocess import BOT, InProcessBotApi

_update_ids = itertools.count(812_000_001)


class LocalBot:
    def __init__(self, rt: Runtime, data_dir: Path, api: InProcessBotApi | None = None):
        self.rt = rt
        self.api = api or InProcessBotApi()
        # Unpaced: the in-process Bot API has no flood limit to keep to.
        self.settings = Settings(bot_token=TOKEN, data_dir=data_dir, messages_per_second=0)
        self.errors: list[BaseException] = []
        self.store: SessionStore | None = None
        self.app: Application | None = None

    async def start(self) -> LocalBot:
        self.store = await SessionStore.open(
            self.settings.database_path, load_secret(self.settings), self.settings.session_idle_hours
        )
        self.pending = Pending()
        self.app = build_application(
            self.settings, self.rt, self.store, requests=(self.api.request(), self.api.request()), pending=self.pending
        )
        self.app.add_error_handler(self._record_error)
        await self.app.initialize()
        return self

    async def stop(self) -> None:
        await self.pending.close()
        await self.app.shutdown()
        await self.store.close()

    async def restart(self) -> None:
        """As a new process would start: nothing kept in memory."""
        await self.stop()
        await self.start()

    async def feed(self, update: dict) -> None:
        """One update, handled through the same per-chat processor as a live bot's."""
        parsed = Update.de_json(update, self.app.bot)
        await self.app.update_processor.process_update(parsed, self.app.process_update(parsed))

    async def _record_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.errors.append(context.error)

    def user(self, chat_id: int, lang: str = "en", **names: str) -> LocalUser:
        return LocalUser(self, chat_id, lang, names)


class LocalUser:
    """A person in a private chat with the bot: taps, types, sends media and commands."""

    def __init__(self, bot: LocalBot, chat_id: int, lang: str, names: dict[str, str]):
        self.bot, self.chat_id = bot, chat_id
        self.user = {
            "id": chat_id,
            "is_bot": False,
            "first_name": names.get("first_name", "Test"),
            "language_code": lang,
        }
        self.user.update({k: v for k, v in names.items() if k != "first_name"})
        # Telegram sends a private chat's names along with its id.
        self.chat = {
            "id": chat_id,
            "type": "private",
            **{k: v for k, v in self.user.items() if k in ("first_name", "last_name", "username")},
        }
        self.last: dict | None = None  # the last update sent, to send again

    # --- seeing --------------------------------------------------------------------

    def messages(self) -> dict[int, tuple[str | None, Any]]:
        return self.bot.api.chat(self.chat_id).messages

    def screen(self) -> tuple[int, str, list[tuple[str, str]]] | None:
        """The live screen: the latest message with buttons (id, text, [(label, data)])."""
        for message_id, (text, markup) in reversed(self.messages().items()):
            if markup:
                return (
                    message_id,
                    text,
                    [(b["text"], b.get("callback_data", "")) for row in markup["inline_keyboard"] for b in row],
                )
        return None

    def text(self) -> str | None:
        screen = self.screen()
        return screen[1] if screen else None

    def actions(self) -> list[str]:
        screen = self.screen()
        return [data.split(":", 1)[1] for _, data in screen[2]] if screen else []

    # --- acting --------------------------------------------------------------------

    async def send(self, text: str) -> dict:
        message = self._message(text=text)
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self._deliver({"message": message})

    async def media(self, kind: str) -> dict:
        content = {
            "photo": {"photo": [{"file_id": "ph", "file_unique_id": "u1", "width": 10, "height": 10}]},
            "contact": {"contact": {"phone_number": "+31612345678", "first_name": "Mira"}},
            "location": {"location": {"latitude": 52.37, "longitude": 4.89}},
            "voice": {"voice": {"file_id": "vo", "file_unique_id": "u2", "duration": 2}},
        }[kind]
        return await self._deliver({"message": self._message(**content)})

    async def press(self, message_id: int, data: str) -> dict:
        message = {"message_id": message_id, "date": int(time.time()), "chat": self.chat, "from": BOT, "text": "…"}
        query = {
            "id": str(next(_update_ids)),
            "from": self.user,
            "message": message,
            "chat_instance": "1",
            "data": data,
        }
        return await self._deliver({"callback_query": query})

    async def tap(self, action: str) -> dict:
        """Press the button of the live screen that does `action` (an option id)."""
        message_id, _, buttons = self.screen()
        data = next((d for _, d in buttons if d.split(":", 1)[1] == action), None)
        if data is None:
            raise AssertionError(f"no button {action!r}; actions: {self.actions()}")
        return await self.press(message_id, data)

    async def tap_label(self, pattern: str) -> dict:
        message_id, _, buttons = self.screen()
        data = next(d for label, d in buttons if re.search(pattern, label))
        return await self.press(message_id, data)

    async def again(self) -> None:
        """Deliver the last update once more, as Telegram may."""
        await self.bot.feed(self.last)

    def _message(self, **content: Any) -> dict:
        message_id = self.bot.api.new_message_id(self.chat_id)
        message = {"message_id": message_id, "date": int(time.time()), "chat": self.chat, "from": self.user, **content}
        self.bot.api.chat(self.chat_id).messages[message_id] = (content.get("text"), None)
        return message

    async def _deliver(self, content: dict) -> dict:
        update = {"update_id": next(_update_ids), **content}
        self.last = update
        await self.bot.feed(update)
        return update
