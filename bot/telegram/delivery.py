"""Putting screens on Telegram and taking messages off it.

One live keyboard at a time: a screen replaces the previous one in place when
the user pressed a button on it; otherwise it goes below as a new message and
the previous one loses its keyboard. A screen that ended a flow (an outcome and
its contacts) is never overwritten, so the contacts stay readable.
"""

from __future__ import annotations

import logging

from telegram import Bot, CallbackQuery
from telegram.constants import CallbackQueryLimit
from telegram.error import BadRequest, TelegramError

from bot.store import Conversation
from bot.telegram import raw
from bot.telegram.retries import transient
from bot.telegram.screens import TelegramScreen

log = logging.getLogger(__name__)

# Bot API deleteMessages takes at most 100 ids at a time.
DELETE_BATCH = 100


async def show(
    bot: Bot,
    chat_id: int,
    conversation: Conversation,
    screen: TelegramScreen,
    hour: int,
    pressed: int | None = None,
    same: bool = False,
) -> None:
    """Show the screen, edited into the message whose button was pressed when that is the
    current screen; record in `conversation` the messages it now lives in. `same`: the
    screen is the one already on show (nothing changed), so even a kept one is edited."""
    current = conversation.screen
    if (
        edits_in_place(conversation, pressed, same)
        and len(screen.pieces) == 1
        and await _edit(bot, chat_id, current, screen)
    ):
        conversation.kept = screen.ends
        return
    for piece in screen.pieces[:-1]:
        conversation.remember(await raw.send(bot, chat_id, piece), hour)
    sent = await raw.send(bot, chat_id, screen.pieces[-1], screen.keyboard)
    conversation.remember(sent, hour)
    conversation.screen, conversation.kept = sent, screen.ends
    for old in dict.fromkeys(m for m in (current, pressed) if m is not None and m != sent):
        await remove_keyboard(bot, chat_id, old)


def edits_in_place(conversation: Conversation, pressed: int | None, same: bool = False) -> bool:
    """Whether show() edits the screen into the message it is on (for a screen of one
    piece, and unless that message is gone); otherwise it goes out as a new message."""
    return pressed is not None and pressed == conversation.screen and (same or not conversation.kept)


async def _edit(bot: Bot, chat_id: int, message_id: int, screen: TelegramScreen) -> bool:
    """True when the message now shows the screen (or already did)."""
    try:
        await raw.edit(bot, chat_id, message_id, screen.pieces[0], screen.keyboard)
    except BadRequest as e:
        if _not_modified(e):
            return True
        # Deleted by the user, or too old to edit: the screen goes below instead.
        log.info("screen message could not be edited (%s); sending a new one", type(e).__name__)
        return False
    return True


async def remove_keyboard(bot: Bot, chat_id: int, message_id: int) -> None:
    try:
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id, reply_markup=None)
    except BadRequest:
        pass  # gone, or had no keyboard left: either way no stale buttons remain
    except Exception as e:
        # Tidying only: the screen is shown, and a stale button is answered as out of date. A
        # 5xx past its retries, a 403, an answer of the wrong shape must not undo that.
        log.info("an old keyboard could not be removed (%s)", type(e).__name__)


async def answer(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Stop the button's spinner; a toast when there is something to say (an alert, which
    the user closes, when it must not be missed)."""
    if text:
        text = text[: CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH]
    try:
        await query.answer(text=text or None, show_alert=alert or None)
    except BadRequest:
        pass  # answered too late (Telegram allows ~15 s): nothing to undo
    except TelegramError as e:
        if not transient(e):
            raise
        # Telegram cannot be reached: the spinner stops by itself, and what matters more,
        # the screen, is still to be shown.
        log.info("a button could not be answered (%s)", type(e).__name__)


async def delete_messages(bot: Bot, chat_id: int, message_ids: list[int]) -> tuple[list[int], list[int]]:
    """Delete what Telegram still lets the bot delete. Returns (refused, left): the ids
    Telegram refused to delete (too old, or not the bot's to delete), and the ids not yet
    confirmed gone because Telegram could not be reached (to be tried again later). An id
    not found is gone already."""
    refused: list[int] = []
    for start in range(0, len(message_ids), DELETE_BATCH):
        batch = message_ids[start : start + DELETE_BATCH]
        try:
            await bot.delete_messages(chat_id, batch)
            continue
        except TelegramError:
            pass  # one id Telegram refuses can fail the batch, and so can a bad moment: one by one
        for n, message_id in enumerate(batch):
            try:
                await bot.delete_message(chat_id, message_id)
            except TelegramError as e:
                if transient(e):
                    # Telegram cannot be reached: everything from here on is left for later.
                    return refused, message_ids[start + n :]
                if "not found" not in e.message.lower():
                    refused.append(message_id)
    return refused, []


def _not_modified(error: BadRequest) -> bool:
    return "not modified" in error.message.lower()
