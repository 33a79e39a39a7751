"""What a tap or a message can be besides the expected one: out of date, forged,
delivered twice, typed text, media, a group chat, Telegram's flood control."""

from __future__ import annotations

import logging

import pytest

from flows import Msg
from tests.telegram.helpers import engine_text, to_screening

ERROR_LOG = "handling an update failed"
# python-telegram-bot warns about its own use of a deprecated attribute when it meets a 429.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture(autouse=True)
def _watch_errors(caplog):
    caplog.set_level(logging.INFO)
    yield
    failures = [r.getMessage() for r in caplog.records if r.getMessage().startswith(ERROR_LOG)]
    assert failures == [], "the bot logged failed updates"


async def test_stale_button_is_answered_and_the_current_step_shown_again(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    safety = worker.screen()
    old_data = dict((label, data) for label, data in _buttons(safety))
    await worker.choose("safe")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe"])

    since = len(api.calls)
    stale = next(d for d in old_data.values() if d.endswith(":unsafe"))
    await worker.press(safety["message_id"], stale)

    answer = api.calls_of("answerCallbackQuery", since=since)[0]
    assert answer.params["text"] == rt.catalog.text("en", "notice-stale")
    # Still at the step after "safe": the old "unsafe" did nothing.
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe"])
    # The screen was shown again in place; Telegram said "not modified", which is no error.
    edit = api.calls_of("editMessageText", since=since)[0]
    assert edit.status == 400


@pytest.mark.parametrize("data", ["nonsense", "", "x" * 80, "12:", ":safe", "99999999:safe"])
async def test_forged_callback_data_is_answered_and_changes_nothing(bot, api, person, rt, data):
    worker = person()
    await to_screening(worker, rt)
    since = len(api.calls)
    await worker.press(worker.screen()["message_id"], data)
    assert api.calls_of("answerCallbackQuery", since=since)[0].params["text"] == rt.catalog.text("en", "notice-stale")
    assert worker.screen()["text"] == engine_text(rt, "en", [])
    await worker.choose("safe")  # and the conversation goes on
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe"])


async def test_an_update_delivered_twice_is_applied_once(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    path = ["safe", "continue", "adult", "understood", "consents", "ind-purpose"]
    for action in path:
        await worker.choose(action)
    first_item = worker.actions()[0]
    # A tick toggles: applied twice, it would be gone again.
    update = await worker.choose(first_item)
    ticked = engine_text(rt, "en", path + [first_item])
    assert worker.screen()["text"] == ticked

    since = len(api.calls)
    await api.deliver_again(update)
    await api.wait_for_call(
        "answerCallbackQuery", since, lambda c: c.params["callback_query_id"] == update["callback_query"]["id"]
    )
    await worker.choose("_done")  # the next update is handled after the repeat
    # The repeat may show the screen again (its reply could have been lost to a restart), which
    # changes nothing on screen; the only change is the next tap's.
    changed = [c for c in api.calls_of("editMessageText", since=since) if c.status == 200]
    assert [c.params["text"] for c in changed] == [engine_text(rt, "en", path + [first_item, "_done"])]


async def test_text_where_buttons_are_expected_gets_a_hint_and_the_current_step(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    await worker.choose("safe")
    before = worker.screen()

    await worker.send("she is in room 12, can you help")

    hint = engine_text(rt, "en", ["safe"], notices=[Msg(id="notice-use-buttons")])
    assert worker.screen()["text"] == hint
    assert worker.screen()["message_id"] > before["message_id"]  # below the user's message
    await api.wait_for(lambda: worker.keyboards() == 1)  # the old screen lost its buttons
    await worker.choose("continue")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe", "continue"])


@pytest.mark.parametrize("kind", ["photo", "voice", "document", "contact", "location"])
async def test_media_gets_a_clear_reply_and_is_never_fetched_or_forwarded(bot, api, person, rt, kind):
    worker = person()
    await to_screening(worker, rt)
    since = len(api.calls)
    await worker.send_media(kind)
    assert worker.screen()["text"] == engine_text(rt, "en", [], notices=[Msg(id="tg-media")])
    await api.wait_for(lambda: worker.keyboards() == 1)
    assert set(api.methods(since)) <= {"getUpdates", "sendMessage", "editMessageReplyMarkup"}


async def test_a_group_chat_gets_no_screening_and_a_pointer_to_a_private_chat(bot, api, person, rt):
    group = {"id": -1001234567, "type": "supergroup", "title": "Outreach team"}
    member = person(user_id=5550002, group=group)

    await member.send("/screen@firstline_test_bot", expect="message")
    reply = api.calls_of("sendMessage")[-1]
    assert reply.params["text"] == rt.catalog.text("en", "tg-group-private")
    assert reply.params["reply_markup"]["inline_keyboard"][0][0]["url"] == "https://t.me/firstline_test_bot"

    since = len(api.calls)
    await member.send("/start@another_bot", expect=None)
    await member.send("just chatting", expect=None)
    await member.press(reply_id := list(member.chat.messages)[-1], "1:screening", expect="answer")
    assert api.calls_of("answerCallbackQuery", since=since)[-1].params["text"] == rt.catalog.text(
        "en", "tg-group-private"
    )
    assert api.calls_of("sendMessage", since=since) == []
    assert reply_id
    assert await bot.rows() == 0  # nothing kept about a group


async def test_flood_control_delays_a_reply_and_never_loses_it(bot, api, person, rt):
    worker = person()
    api.flood("sendMessage", retry_after=1, times=2)
    await worker.send("/start")
    tries = api.calls_of("sendMessage")
    assert [c.status for c in tries] == [429, 429, 200]
    assert tries[-1].at - tries[0].at >= 2  # waited as told, twice
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow="setup", at="country", country=None)


def _buttons(message):
    return [(b["text"], b["callback_data"]) for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_an_outcome_stays_in_the_chat_when_the_worker_moves_on(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    await worker.choose("unsafe")
    outcome = worker.screen()
    assert outcome["text"] == engine_text(rt, "en", ["unsafe"])
    await worker.choose("_menu")
    assert worker.screen()["message_id"] > outcome["message_id"]  # the menu came below
    await api.wait_for(lambda: "reply_markup" not in worker.chat.messages[outcome["message_id"]])
    assert worker.chat.messages[outcome["message_id"]]["text"] == engine_text(
        rt, "en", ["unsafe"]
    )  # contacts still readable


@pytest.mark.parametrize(
    "content",
    [
        {
            "edited_message": {
                "message_id": 1,
                "date": 0,
                "edit_date": 1,
                "chat": {"id": 5550001, "type": "private"},
                "text": "edited",
            }
        },
        {
            "channel_post": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": -100777, "type": "channel", "title": "News"},
                "text": "/start",
            }
        },
        {
            "inline_query": {
                "id": "1",
                "from": {"id": 5550001, "is_bot": False, "first_name": "A"},
                "query": "help",
                "offset": "",
            }
        },
        {
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 5550001, "type": "private"},
                "from": {"id": 5550001, "is_bot": False, "first_name": "A"},
                "new_chat_title": "x",
            }
        },
    ],
    ids=["edited", "channel-post", "inline-query", "service-message"],
)
async def test_other_updates_are_left_alone(bot, api, person, rt, content):
    since = len(api.calls)
    update = await api.queue(api.new_update(**content))
    await api.wait_for(
        lambda: any(c.params.get("offset", 0) > update["update_id"] for c in api.calls_of("getUpdates", since=since))
    )
    worker = person()
    await worker.send("/start")  # and the bot carries on
    assert set(api.methods(since)) - {"setMyCommands", "setMyDescription", "setMyShortDescription"} == {
        "getUpdates",
        "sendMessage",
    }
    assert [c.params["chat_id"] for c in api.calls_of("sendMessage", since=since)] == [worker.chat_id]
    assert await bot.rows() == 1
