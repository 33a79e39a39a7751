"""Test users: people who write to the bot through the fake Bot API and tap its buttons.

Each action returns once the bot has answered it, so a test reads like the
conversation it checks.
"""

from __future__ import annotations

import itertools
import re
import time

from tests.telegram.fake_api import Call, FakeBotApi

SCREEN_CALLS = ("sendMessage", "editMessageText")
# What a shared contact and a sent file carry, for the canary to look for.
SHARED_PHONE = "+31612345678"
FILE_ID_MARK = "media-file-id-mark"
_file_ids = itertools.count(1)


class Person:
    def __init__(
        self,
        api: FakeBotApi,
        user_id: int,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        group: dict | None = None,
    ):
        self.api = api
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            self.user["last_name"] = last_name
        if username:
            self.user["username"] = username
        if language_code:
            self.user["language_code"] = language_code
        # A private chat's id is the user's id; Telegram sends the names along with it.
        info = group or {
            "id": user_id,
            "type": "private",
            **{k: self.user[k] for k in ("first_name", "last_name", "username") if k in self.user},
        }
        self.chat = api.chat(info)
        self.chat_id = info["id"]

    # --- acting --------------------------------------------------------------------

    async def send(self, text: str, expect: str | None = "screen") -> dict:
        message = self.new_message(text=text)
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self._deliver({"message": message}, expect)

    async def send_media(self, kind: str, expect: str | None = "screen") -> dict:
        file = {"file_id": f"{FILE_ID_MARK}-{next(_file_ids)}", "file_unique_id": f"U{next(_file_ids)}"}
        content = {
            "photo": {"photo": [dict(file, width=640, height=480)]},
            "voice": {"voice": dict(file, duration=3)},
            "document": {"document": dict(file, file_name="passport-scan.pdf")},
            "contact": {"contact": {"phone_number": SHARED_PHONE, "first_name": "Mira"}},
            "location": {"location": {"latitude": 52.37, "longitude": 4.89}},
        }[kind]
        return await self._deliver({"message": self.new_message(**content)}, expect)

    async def press(self, message_id: int, data: str, expect: str | None = "screen") -> dict:
        message = self.chat.messages.get(message_id) or {"message_id": message_id, "date": 0, "chat": self.chat.info}
        query = {
            "id": self.api.new_callback_id(),
            "from": self.user,
            "message": message,
            "chat_instance": "1",
            "data": data,
        }
        return await self._deliver({"callback_query": query}, expect)

    async def tap(self, pattern: str, expect: str | None = "screen") -> dict:
        """Tap the first button on the current screen whose label matches the regular expression."""
        screen = self.screen()
        for label, data in buttons(screen):
            if re.search(pattern, label):
                return await self.press(screen["message_id"], data, expect)
        raise AssertionError(f"no button matches {pattern!r}; buttons: {[label for label, _ in buttons(screen)]}")

    async def choose(self, action: str, expect: str | None = "screen") -> dict:
        """Tap the button for an engine action (option id) on the current screen."""
        screen = self.screen()
        for label, data in buttons(screen):
            if data.split(":", 1)[1] == action:
                return await self.press(screen["message_id"], data, expect)
        raise AssertionError(f"no button {action!r}; actions: {[d.split(':', 1)[1] for _, d in buttons(screen)]}")

    # --- seeing --------------------------------------------------------------------

    def screen(self) -> dict:
        """The message with the live keyboard: the bot's latest one that has buttons."""
        for message in reversed(self.chat.messages.values()):
            if message.get("reply_markup"):
                return message
        raise AssertionError("no screen with buttons in the chat")

    def actions(self) -> list[str]:
        return [data.split(":", 1)[1] for _, data in buttons(self.screen())]

    def bot_messages(self) -> list[dict]:
        return [m for m in self.chat.messages.values() if m["from"] is FakeBotApi.BOT]

    def keyboards(self) -> int:
        return sum(1 for m in self.chat.messages.values() if m.get("reply_markup"))

    # --- plumbing ------------------------------------------------------------------

    def new_message(self, **content) -> dict:
        message = {
            "message_id": self.chat.next_id,
            "date": int(time.time()),
            "chat": self.chat.info,
            "from": self.user,
            **content,
        }
        self.chat.next_id += 1
        self.chat.messages[message["message_id"]] = message
        return message

    async def _deliver(self, content: dict, expect: str | None) -> dict:
        since = len(self.api.calls)
        update = await self.api.queue(self.api.new_update(**content))
        await self.answered(update, since, expect)
        return update

    async def answered(self, update: dict, since: int, expect: str | None) -> Call | None:
        """Wait for the bot's reply to `update`: 'screen' (a screen sent or edited), 'answer'
        (the button's callback answered), 'message' (any message sent), 'delete', or None."""
        api, chat_id = self.api, self.chat_id
        query = update.get("callback_query")
        if query is not None and expect in ("screen", "answer"):
            answer = await api.wait_for_call(
                "answerCallbackQuery", since, lambda c: c.params["callback_query_id"] == query["id"]
            )
            if expect == "answer":
                return answer
            since = api.calls.index(answer)
        if expect == "screen":
            return await api.wait_for(
                lambda: next(
                    (
                        c
                        for c in api.calls_of(*SCREEN_CALLS, since=since)
                        if c.params.get("chat_id") == chat_id
                        and c.status != 429
                        and c.status < 500
                        and (c.method == "editMessageText" or c.params.get("reply_markup"))
                    ),
                    None,
                )
            )
        if expect == "message":
            return await api.wait_for_call("sendMessage", since, lambda c: c.params.get("chat_id") == chat_id)
        if expect == "delete":
            return await api.wait_for(
                lambda: next(
                    (
                        c
                        for c in api.calls_of("deleteMessages", "deleteMessage", since=since)
                        if c.params.get("chat_id") == chat_id
                    ),
                    None,
                )
            )
        return None


def buttons(message: dict) -> list[tuple[str, str]]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]
