"""A button counts only on the message the current screen is on.

The nonce in a button's data is a counter, easy to guess: a callback with the
right nonce from a message the bot never sent, or from one the screen is no longer
on, is answered as out of date and changes nothing.
"""

from __future__ import annotations

from bot.records import Conversation, decode, encode
from flows import Session
from tests.telegram.helpers import country_option, engine_text, to_screening


async def test_a_forged_callback_with_the_right_nonce_from_another_message_is_stale(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    screen = worker.screen()
    safe = next(
        b["callback_data"]
        for row in screen["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].endswith(":safe")
    )
    stale = rt.catalog.text("en", "notice-stale")

    for message_id in (1, screen["message_id"] + 1000):  # the user's own /start; one never sent
        since = len(api.calls)
        await worker.press(message_id, safe)  # answered, and the current screen shown again
        assert api.calls_of("answerCallbackQuery", since=since)[-1].params.get("text") == stale
    # Nothing applied: the screen is where it was, and the real button still works.
    assert worker.screen()["text"] == engine_text(rt, "en", [])
    await worker.choose("safe")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe"])


def test_a_button_counts_only_on_the_screens_message():
    conversation = Conversation(session=Session(), screen=12, messages=[(10, 1), (11, 1), (12, 1), (13, 1)])
    assert conversation.on_screen(12)
    assert not conversation.on_screen(11) and not conversation.on_screen(99)


def test_while_a_new_screen_may_be_missing_from_the_record_only_a_newer_message_counts():
    # Saved with its step before the screen went out as a new message; killed before the
    # new message's id was saved: the user's screen is on a message newer than any on record.
    conversation = Conversation(session=Session(), screen=12, moving=True, messages=[(12, 1), (13, 1)])
    assert conversation.on_screen(12) and conversation.on_screen(14)
    assert not conversation.on_screen(13) and not conversation.on_screen(5)


def test_records_without_the_new_field_still_load():
    old = '{"session":{"lang":"en"},"screen":12}'
    assert decode(old).moving is False
    assert '"moving"' not in encode(decode(old))  # left out at its default: old size


async def test_a_tap_on_the_first_screen_counts_after_a_kill_before_its_id_was_saved(bot, api, person, rt):
    # Killed after /start's screen went out but before its message id was saved, and before
    # Telegram heard the update was taken: after the restart /start comes again and its
    # screen goes out once more. The user, who saw only the first message, taps on it.
    from tests.telegram.conftest import start_bot

    worker = person()
    start = await worker.send("/start")
    first = worker.screen()
    nl = next(
        b["callback_data"]
        for row in first["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].endswith(":" + country_option(rt, "NL"))
    )
    await bot.stop()
    store = await bot.open_store()
    try:
        key = store.key(worker.chat_id)
        conversation = await store.load(key)
        conversation.screen, conversation.reached, conversation.moving = None, None, True
        conversation.messages = [(m, h) for m, h in conversation.messages if m != first["message_id"]]
        await store.save(key, conversation)
    finally:
        await store.close()
    again = await start_bot(api, rt, bot.settings)
    try:
        since = len(api.calls)
        await api.deliver_again(start)
        await api.wait_for_call("sendMessage", since)  # the screen, shown again below
        since = len(api.calls)
        await worker.press(first["message_id"], nl)
        assert api.calls_of("answerCallbackQuery", since=since)[-1].params.get("text") != rt.catalog.text(
            "en", "notice-stale"
        )
        assert worker.screen()["text"] != first["text"]  # on to the menu
    finally:
        await again.stop()


def test_after_a_screen_was_sent_again_the_message_sent_before_the_kill_counts_too():
    # /start (1) applied, its screen sent as 2 and killed before 2 was saved; after the
    # restart the screen went out again as 3, still `moving` until the next turn.
    conversation = Conversation(session=Session(), screen=3, moving=True, messages=[(1, 1), (3, 1)])
    assert conversation.on_screen(2) and conversation.on_screen(3)
    assert not conversation.on_screen(1)
