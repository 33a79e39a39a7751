"""A fake Telegram Bot API server on loopback, over real HTTP, for end-to-end tests.

It speaks enough of the Bot API for the bot: long-polled getUpdates with
Telegram's confirm-by-offset rule, messages kept per chat with their inline
keyboards, edits that fail with "message is not modified" when nothing
changes, deletions, and the setup calls. Every call is recorded in order.
A test plays the users (queueing updates) and can make a method answer 429
with retry_after, or a 5xx, a number of times or for a while (an outage), or answer
oddly (a result of the wrong shape; a getUpdates that returns at once whatever its
timeout). Written on asyncio streams: nothing beyond the standard library.
"""

from __future__ import annotations

import asyncio
import email.policy
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# Parameters sent as plain strings; python-telegram-bot JSON-encodes every other value.
STRING_PARAMS = {
    "text",
    "description",
    "short_description",
    "language_code",
    "callback_query_id",
    "url",
    "secret_token",
    "parse_mode",
}
REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Chat:
    info: dict
    messages: dict[int, dict] = field(default_factory=dict)  # message id -> message, in order
    undeletable: set[int] = field(default_factory=set)  # ids Telegram refuses to delete (too old)
    next_id: int = 1
    # Set after each call about this chat: many waiting users each wake for their own chat only.
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class FakeBotApi:
    BOT = {"id": 4242424242, "is_bot": True, "first_name": "Firstline", "username": "firstline_test_bot"}

    def __init__(self, token: str):
        self.token = token
        self.calls: list[Call] = []
        self.chats: dict[int, Chat] = {}
        self.webhook: dict | None = None
        # Updates not yet confirmed by an offset; the flag marks one delivered again on purpose.
        self._pending: list[tuple[dict, bool]] = []
        self._connections: set[asyncio.Task] = set()
        self._update_ids = itertools.count(70001)
        self._callback_ids = itertools.count(1)
        self._floods: dict[str, list[tuple[int, int]]] = {}  # method -> [(status, retry_after)]
        self._odd: dict[str, Any] = {}  # method -> the result it answers instead of its own
        self.ignore_timeout = False  # getUpdates answers at once, as a careless server might
        self._outages: list[tuple[frozenset[str] | None, float, int]] = []  # (methods or all, until, status)
        self._changed = asyncio.Condition()
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    # --- running -------------------------------------------------------------------

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._connections):
                task.cancel()
            await asyncio.gather(*self._connections, return_exceptions=True)
            await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- what tests do -------------------------------------------------------------

    def chat(self, info: dict) -> Chat:
        return self.chats.setdefault(info["id"], Chat(info=info))

    async def queue(self, update: dict) -> dict:
        """Deliver an update through getUpdates (until a later offset confirms it)."""
        self._pending.append((update, False))
        await self._notify()
        return update

    async def deliver_again(self, update: dict) -> None:
        """Deliver an update once more though it was confirmed, as Telegram may after a failure."""
        self._pending.append((update, True))
        await self._notify()

    def new_update(self, **content: Any) -> dict:
        return {"update_id": next(self._update_ids), **content}

    def new_callback_id(self) -> str:
        return str(next(self._callback_ids))

    def flood(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """The next `times` calls of `method` get 429 Too Many Requests."""
        self._floods.setdefault(method, []).extend([(429, retry_after)] * times)

    def fail(self, method: str, status: int = 502, times: int = 1) -> None:
        """The next `times` calls of `method` get a server error, as Telegram gives now and then."""
        self._floods.setdefault(method, []).extend([(status, 0)] * times)

    def answer_oddly(self, method: str, result: Any) -> None:
        """From now on `method` answers ok with `result` (e.g. getWebhookInfo with true)."""
        self._odd[method] = result

    def fail_for(self, seconds: float, *methods: str, status: int = 502) -> float:
        """For the next `seconds`, every call of `methods` (of every method when none are
        named) gets a server error, as in an outage of Telegram's. Returns when it ends
        (time.monotonic())."""
        until = time.monotonic() + seconds
        self._outages.append((frozenset(methods) or None, until, status))
        return until

    def calls_of(self, *methods: str, since: int = 0) -> list[Call]:
        return [c for c in self.calls[since:] if c.method in methods]

    def methods(self, since: int = 0) -> list[str]:
        return [c.method for c in self.calls[since:]]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10) -> Any:
        async def until() -> Any:
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

        try:
            return await asyncio.wait_for(until(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out; last calls: {self.methods()[-12:]}") from None

    async def wait_for_call(
        self, method: str, since: int, where: Callable[[Call], bool] = lambda c: True, timeout: float = 10
    ) -> Call:
        return await self.wait_for(
            lambda: next((c for c in self.calls_of(method, since=since) if where(c)), None), timeout
        )

    # --- HTTP ----------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(asyncio.current_task())
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                verb, target, _ = line.decode("latin-1").split(" ", 2)
                headers = {}
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", 0)))
                status, payload = await self._request(verb, target, headers, body)
                data = json.dumps(payload).encode()
                head = f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
                writer.write(head.encode() + data)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        except asyncio.CancelledError:
            pass  # the server is stopping: end quietly rather than as a cancelled task
        finally:
            self._connections.discard(asyncio.current_task())
            writer.close()

    async def _request(self, verb: str, target: str, headers: dict, body: bytes) -> tuple[int, dict]:
        path = urlsplit(target).path
        match = re.fullmatch(r"/bot(?P<token>[^/]+)/(?P<method>\w+)", path)
        if not match or match["token"] != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        params = _parse_params(headers.get("content-type", ""), body)
        call = Call(match["method"], params, time.monotonic())
        self.calls.append(call)
        await self._notify()  # a waiter may be waiting for the call itself (a long poll answers late)
        try:
            now = time.monotonic()
            for methods, until, status in self._outages:
                if now < until and (methods is None or call.method in methods):
                    raise ApiError(status, "Bad Gateway")
            floods = self._floods.get(call.method)
            if floods:
                status, retry_after = floods.pop(0)
                if status == 429:
                    raise ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
                raise ApiError(status, "Internal Server Error" if status == 500 else "Bad Gateway")
            if call.method in self._odd:
                return 200, {"ok": True, "result": self._odd[call.method]}
            handler = getattr(self, f"_m_{call.method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(**params) if asyncio.iscoroutinefunction(handler) else handler(**params)
            return 200, {"ok": True, "result": result}
        except ApiError as e:
            call.status = e.status
            error = {"ok": False, "error_code": e.status, "description": e.description}
            if e.parameters:
                error["parameters"] = e.parameters
            return e.status, error
        finally:
            if (chat := self.chats.get(params.get("chat_id"))) is not None:
                chat.changed.set()
            await self._notify()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- methods -------------------------------------------------------------------

    def _m_getMe(self, **_: Any) -> dict:
        return dict(self.BOT, can_join_groups=True, can_read_all_group_messages=False, supports_inline_queries=False)

    def _m_deleteWebhook(self, **_: Any) -> bool:
        self.webhook = None
        return True

    def _m_setWebhook(self, url: str, **params: Any) -> bool:
        self.webhook = {"url": url, **params}
        return True

    def _m_getWebhookInfo(self, **_: Any) -> dict:
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    async def _m_getUpdates(
        self, offset: int | None = None, limit: int = 100, timeout: int = 0, **_: Any
    ) -> list[dict]:
        if offset is not None:
            self._pending = [(u, again) for u, again in self._pending if u["update_id"] >= offset or again]
        if not self._pending and timeout and not self.ignore_timeout:
            try:
                await asyncio.wait_for(self._wait_pending(), timeout)
            except TimeoutError:
                pass
        batch = self._pending[:limit]
        # Delivered again once; from now on an offset confirms it like any other.
        self._pending = [(u, False) for u, _ in batch] + self._pending[limit:]
        return [u for u, _ in batch]

    async def _wait_pending(self) -> None:
        async with self._changed:
            while not self._pending:
                await self._changed.wait()

    def _m_sendMessage(self, chat_id: int, text: str, reply_markup: dict | None = None, **_: Any) -> dict:
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return self._add_bot_message(chat_id, text=text, **({"reply_markup": reply_markup} if reply_markup else {}))

    def _m_sendDocument(self, chat_id: int, document: Upload, **_: Any) -> dict:
        file = {
            "file_id": f"doc-{len(self.calls)}",
            "file_unique_id": f"d{len(self.calls)}",
            "file_name": document.filename,
            "file_size": len(document.data),
        }
        return self._add_bot_message(chat_id, document=file)

    def _m_sendPhoto(self, chat_id: int, photo: Upload, **_: Any) -> dict:
        size = {
            "file_id": f"photo-{len(self.calls)}",
            "file_unique_id": f"p{len(self.calls)}",
            "width": 1080,
            "height": 1350,
            "file_size": len(photo.data),
        }
        return self._add_bot_message(chat_id, photo=[size])

    def _add_bot_message(self, chat_id: int, **content: Any) -> dict:
        chat = self._chat(chat_id)
        message = {"message_id": chat.next_id, "date": int(time.time()), "chat": chat.info, "from": self.BOT, **content}
        chat.next_id += 1
        chat.messages[message["message_id"]] = message
        return message

    def _m_editMessageText(
        self, chat_id: int, message_id: int, text: str, reply_markup: dict | None = None, **_: Any
    ) -> dict:
        message = self._bot_message(chat_id, message_id, "edit")
        if message.get("text") == text and message.get("reply_markup") == reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
            )
        message["text"] = text
        _set_markup(message, reply_markup)
        return message

    def _m_editMessageReplyMarkup(
        self, chat_id: int, message_id: int, reply_markup: dict | None = None, **_: Any
    ) -> dict:
        message = self._bot_message(chat_id, message_id, "edit")
        if (message.get("reply_markup") or None) == (reply_markup or None):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
            )
        _set_markup(message, reply_markup)
        return message

    def _m_answerCallbackQuery(self, callback_query_id: str, **_: Any) -> bool:
        return True

    def _m_deleteMessage(self, chat_id: int, message_id: int, **_: Any) -> bool:
        if message_id in self._chat(chat_id).undeletable:
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        if self._chat(chat_id).messages.pop(message_id, None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    def _m_deleteMessages(self, chat_id: int, message_ids: list[int], **_: Any) -> bool:
        if not 1 <= len(message_ids) <= 100:
            raise ApiError(400, "Bad Request: too many message identifiers")
        if self._chat(chat_id).undeletable.intersection(message_ids):
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        for message_id in message_ids:
            self._chat(chat_id).messages.pop(message_id, None)
        return True

    def _m_setMyCommands(self, commands: list[dict], **_: Any) -> bool:
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]) or not 1 <= len(c["description"]) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    def _m_setMyDescription(self, description: str = "", **_: Any) -> bool:
        if len(description) > 512:
            raise ApiError(400, "Bad Request: description is too long")
        return True

    def _m_setMyShortDescription(self, short_description: str = "", **_: Any) -> bool:
        if len(short_description) > 120:
            raise ApiError(400, "Bad Request: short description is too long")
        return True

    # --- helpers -------------------------------------------------------------------

    def _chat(self, chat_id: int) -> Chat:
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        return self.chats[chat_id]

    def _bot_message(self, chat_id: int, message_id: int, what: str) -> dict:
        message = self._chat(chat_id).messages.get(message_id)
        if message is None:
            raise ApiError(400, f"Bad Request: message to {what} not found")
        if message["from"] is not self.BOT:
            raise ApiError(400, f"Bad Request: message can't be {what}ed")
        return message


def _set_markup(message: dict, markup: dict | None) -> None:
    if markup and markup.get("inline_keyboard"):
        message["reply_markup"] = markup
    else:
        message.pop("reply_markup", None)


def _parse_params(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        fields = _multipart(content_type, body)
    else:
        fields = parse_qsl(body.decode(), keep_blank_values=True)
    params: dict[str, Any] = {}
    for name, value in fields:
        if not isinstance(value, str) or name in STRING_PARAMS:
            params[name] = value
        else:
            try:
                params[name] = json.loads(value)
            except ValueError:
                params[name] = value
    return params


def _multipart(content_type: str, body: bytes) -> list[tuple[str, Any]]:
    """Fields of an upload; a file comes as an Upload."""
    message = BytesParser(policy=email.policy.HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: list[tuple[str, Any]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        filename = part.get_filename()
        fields.append((name, Upload(filename, data) if filename else data.decode()))
    return fields


@dataclass
class Upload:
    filename: str
    data: bytes
