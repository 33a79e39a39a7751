"""Quick exit: every message of the conversation deleted, the session forgotten, nothing on screen."""

from __future__ import annotations

from telegram import Bot

from bot.store import Conversation
from bot.telegram.delivery import delete_messages
from flows import Session
from tests.telegram.conftest import TOKEN
from tests.telegram.helpers import to_screening


async def a_conversation(worker, rt) -> None:
    await to_screening(worker, rt)
    await worker.choose("safe")
    await worker.send("he says she is 15")  # text, answered with a hint and a new screen
    await worker.send_media("photo")
    await worker.send("/help")
    await worker.choose("continue")


async def test_quick_exit_deletes_every_message_and_forgets_the_session(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    everything = set(worker.chat.messages)
    assert len(everything) >= 8 and await bot.rows() == 1

    await worker.tap("Quick exit", expect="answer")

    deleted = {i for c in api.calls_of("deleteMessages") for i in c.params["message_ids"]}
    assert deleted == everything  # the user's own messages too
    assert worker.chat.messages == {}  # nothing left on screen
    assert api.calls_of("answerCallbackQuery")[-1].params.get("text") is None  # no toast to be seen
    assert await bot.rows() == 0


async def test_the_exit_command_deletes_itself_too(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    await worker.send("/exit", expect="delete")
    assert worker.chat.messages == {}
    assert await bot.rows() == 0


async def test_quick_exit_works_from_an_out_of_date_screen(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    old = worker.screen()
    await worker.send("hello")  # the screen moves below; the old one lost its buttons
    exit_data = next(
        b["callback_data"]
        for row in old["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].endswith(":_exit")
    )
    since = len(api.calls)
    await worker.press(old["message_id"], exit_data, expect="answer")
    assert api.calls_of("deleteMessages", since=since)
    assert worker.chat.messages == {}
    assert await bot.rows() == 0


async def test_after_quick_exit_a_new_start_begins_afresh(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    await worker.tap("Quick exit", expect="answer")
    await worker.send("/start")
    assert len(worker.chat.messages) == 2  # the /start and one screen
    assert await bot.rows() == 1


async def test_deleting_goes_in_batches_of_a_hundred_and_skips_what_cannot_go(api, person):
    worker = person()
    for n in range(250):
        worker.chat.messages[n + 1] = {"message_id": n + 1, "from": api.BOT}
    async with Bot(TOKEN, base_url=f"{api.base_url}/bot") as bot:
        await delete_messages(bot, worker.chat_id, list(range(1, 251)) + [9999])
    batches = [c.params["message_ids"] for c in api.calls_of("deleteMessages")]
    assert [len(b) for b in batches] == [100, 100, 51]
    assert worker.chat.messages == {}


def test_only_messages_that_may_be_younger_than_48_hours_are_asked_for():
    conversation = Conversation(session=Session())
    conversation.remember(1, hour=100)
    conversation.remember(2, hour=120)
    conversation.remember(2, hour=120)
    conversation.remember(3, hour=147)
    # Hours are coarse: sent in hour 100, a message may be 47 h 1 min old in hour 148.
    assert conversation.deletable(hour=148) == [1, 2, 3]
    assert conversation.deletable(hour=149) == [2, 3]


async def test_messages_telegram_refuses_to_delete_are_told_in_a_toast_that_vanishes(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    worker.chat.undeletable.add(1)  # the /start, as if older than Telegram allows

    since = len(api.calls)
    await worker.tap("Quick exit", expect="answer")

    answer = api.calls_of("answerCallbackQuery", since=since)[-1]
    assert answer.params.get("text") == rt.catalog.text("en", "tg-exit-left")
    assert not answer.params.get("show_alert")  # a toast: gone by itself, nothing left to close
    assert list(worker.chat.messages) == [1]  # everything else deleted, nothing added
    assert await bot.rows() == 0
