"""A fake Bot API that answers in this process: a python-telegram-bot BaseRequest, no sockets.

For the benchmark (the bot's own cost, without a network in the way), the
Hypothesis state machine and the update fuzzer, which need thousands of turns
in seconds. It speaks what the bot uses: sendMessage, editMessageText (with
Telegram's "message is not modified"), editMessageReplyMarkup,
answerCallbackQuery, deleteMessage(s), getMe, and the set-up calls. Faults can
be scripted per method: a 429 with retry_after, or a 5xx.

Like a real HTTP client it encodes every request's parameters; the benchmark's
floor and the bot go through the same code, so its cost is in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT = {"id": 4242424242, "is_bot": True, "first_name": "Firstline", "username": "firstline_test_bot"}
SETUP_METHODS = ("setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook", "setWebhook")
TEXT_LIMIT = 4096  # UTF-16 code units, as Telegram counts them


# The answer of every call whose result is True, encoded once: the fake's own work is kept
# small, since the benchmark times it with the bot's (and the floor's).
ANSWERED = {"ok": True, "result": True}
ANSWERED_BYTES = json.dumps(ANSWERED).encode()


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    error: str | None = None  # Telegram's description of a refusal


@dataclass
class Chat:
    next_id: int = 1
    # message id -> (text, reply_markup); only while `keep` is on (tests), else just the screen
    messages: dict[int, tuple[str | None, Any]] = field(default_factory=dict)
    screen: tuple[int, Any] | None = None  # the last message sent or edited with a keyboard


class Fault(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class InProcessBotApi:
    """The server side: chats and their messages, the calls made, the faults to inject."""

    def __init__(self, keep: bool = True, record: bool = True):
        self.keep, self.record = keep, record
        self.calls: list[Call] = []
        self.chats: dict[int, Chat] = {}
        self._faults: dict[str, list[tuple[int, int]]] = {}  # method -> [(status, retry_after)]
        self.updates: list[dict] = []  # what getUpdates hands out (the fuzzer and bench feed process_update directly)

    def request(self) -> InProcessRequest:
        return InProcessRequest(self)

    def fail(self, method: str, status: int, times: int = 1, retry_after: int = 0) -> None:
        """The next `times` calls of `method` answer `status` (429 with retry_after, or a 5xx)."""
        self._faults.setdefault(method, []).extend([(status, retry_after)] * times)

    def chat(self, chat_id: int) -> Chat:
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = self.chats[chat_id] = Chat()
        return chat

    def forget(self, chat_id: int) -> None:
        self.chats.pop(chat_id, None)

    def new_message_id(self, chat_id: int) -> int:
        """An id for a message the user sends: message ids in a private chat are shared by both sides."""
        chat = self.chat(chat_id)
        chat.next_id += 1
        return chat.next_id - 1

    # --- answering -------------------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict]:
        call = Call(method, params) if self.record else None
        if call is not None:
            self.calls.append(call)
        try:
            faults = self._faults.get(method)
            if faults:
                status, retry_after = faults.pop(0)
                raise Fault(
                    status,
                    "Too Many Requests" if status == 429 else "Internal Server Error",
                    {"retry_after": retry_after} if status == 429 else None,
                )
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise Fault(404, "Not Found")
            result = handler(**params)
            return 200, ANSWERED if result is True else {"ok": True, "result": result}
        except Fault as e:
            if call is not None:
                call.status, call.error = e.status, e.description
            body = {"ok": False, "error_code": e.status, "description": e.description}
            if e.parameters:
                body["parameters"] = e.parameters
            return e.status, body

    def _m_getMe(self, **_: Any) -> dict:
        return dict(BOT, can_join_groups=True, can_read_all_group_messages=False, supports_inline_queries=False)

    def _m_getUpdates(self, **_: Any) -> list:
        batch, self.updates = self.updates, []
        return batch

    def _m_sendMessage(self, chat_id: int, text: str, reply_markup: Any = None, **_: Any) -> dict:
        if not text.strip():
            raise Fault(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > TEXT_LIMIT:
            raise Fault(400, "Bad Request: message is too long")
        chat = self.chat(chat_id)
        message_id = chat.next_id
        chat.next_id += 1
        self._store(chat, message_id, text, reply_markup)
        return _message(chat_id, message_id, text, reply_markup)

    def _m_editMessageText(self, chat_id: int, message_id: int, text: str, reply_markup: Any = None, **_: Any) -> dict:
        chat = self.chat(chat_id)
        if self.keep:
            if message_id not in chat.messages:
                raise Fault(400, "Bad Request: message to edit not found")
            if chat.messages[message_id] == (text, reply_markup):
                raise Fault(
                    400,
                    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
                )
        if len(text.encode("utf-16-le")) // 2 > TEXT_LIMIT:
            raise Fault(400, "Bad Request: message is too long")
        self._store(chat, message_id, text, reply_markup)
        return _message(chat_id, message_id, text, reply_markup)

    def _m_editMessageReplyMarkup(self, chat_id: int, message_id: int, reply_markup: Any = None, **_: Any) -> dict:
        chat = self.chat(chat_id)
        if self.keep:
            if message_id not in chat.messages:
                raise Fault(400, "Bad Request: message to edit not found")
            text, markup = chat.messages[message_id]
            if (markup or None) == (reply_markup or None):
                raise Fault(400, "Bad Request: message is not modified")
            chat.messages[message_id] = (text, reply_markup)
        return _message(chat_id, message_id, None, reply_markup)

    def _m_answerCallbackQuery(self, callback_query_id: str, **_: Any) -> bool:
        return True  # see ANSWERED

    def _m_deleteMessage(self, chat_id: int, message_id: int, **_: Any) -> bool:
        if self.chat(chat_id).messages.pop(message_id, None) is None and self.keep:
            raise Fault(400, "Bad Request: message to delete not found")
        return True

    def _m_deleteMessages(self, chat_id: int, message_ids: list[int], **_: Any) -> bool:
        if not 1 <= len(message_ids) <= 100:
            raise Fault(400, "Bad Request: too many message identifiers")
        for message_id in message_ids:
            self.chat(chat_id).messages.pop(message_id, None)
        return True

    def _m_sendDocument(self, chat_id: int, **_: Any) -> dict:
        return self._m_sendMessage(chat_id, "[document]")

    def _m_sendPhoto(self, chat_id: int, **_: Any) -> dict:
        return self._m_sendMessage(chat_id, "[photo]")

    def _store(self, chat: Chat, message_id: int, text: str, reply_markup: Any) -> None:
        if self.keep:
            chat.messages[message_id] = (text, reply_markup)
        if reply_markup:
            chat.screen = (message_id, reply_markup)


def _setup_call(**_: Any) -> bool:
    return True


for _name in SETUP_METHODS:
    setattr(InProcessBotApi, f"_m_{_name}", staticmethod(_setup_call))


def _message(chat_id: int, message_id: int, text: str | None, reply_markup: Any) -> dict:
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": 0,
        "chat": {"id": chat_id, "type": "private"},
        "from": BOT,
    }
    if text is not None:
        message["text"] = text
    if reply_markup:
        message["reply_markup"] = reply_markup
    return message


class InProcessRequest(BaseRequest):
    """python-telegram-bot's side: hands each call to the InProcessBotApi."""

    def __init__(self, api: InProcessBotApi):
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = {}
        if request_data is not None:
            request_data.json_parameters  # noqa: B018 - the encoding an HTTP client does for every call
            params = request_data.parameters
            if isinstance(params.get("reply_markup"), str):  # JSON text, as Telegram reads it
                params["reply_markup"] = json.loads(params["reply_markup"])
        status, body = self.api.answer(name, params)
        if body is ANSWERED:
            return status, ANSWERED_BYTES
        return status, json.dumps(body).encode()
