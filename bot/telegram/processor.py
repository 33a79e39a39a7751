"""Updates of different chats side by side; the updates of one chat one at a time, in order.

Handled strictly one after another, one chat waiting out Telegram's flood
control would hold up every other worker's replies. Handled freely in parallel,
two taps of one user could both load the same step and one would be lost.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        # chat id -> (lock, updates holding or waiting for it); kept in memory only.
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        async with self.chat(chat.id):
            await coroutine

    @contextlib.asynccontextmanager
    async def chat(self, chat_id: int) -> AsyncIterator[None]:
        """The chat's turn: for work on a chat outside an update (pending.py), in order with its updates."""
        lock, users = self._chats.get(chat_id, (None, 0))
        lock = lock or asyncio.Lock()
        self._chats[chat_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._chats[chat_id]
            if users <= 1:
                del self._chats[chat_id]
            else:
                self._chats[chat_id] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
