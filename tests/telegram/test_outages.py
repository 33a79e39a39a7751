"""Telegram down for longer than one call's retries: nothing the user asked for is lost.

Quick exit still deletes everything once Telegram answers again, and a step saved
while its reply could not be shown is shown, from the stored session, without the
user doing anything. Outages are real periods of the fake Bot API answering 502.
"""

from __future__ import annotations

import logging
import time

import pytest

from bot.telegram import retries
from tests.telegram.helpers import engine_text, to_screening

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

# Every call the bot makes for a conversation; getUpdates stays up, so the tap that
# begins the test reaches the bot as the outage begins.
CONVERSATION_CALLS = (
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "deleteMessages",
    "deleteMessage",
)
OUTAGE_SECONDS = 40
# pending.DELAYS waits at most 5 s between tries; the rest is room for a busy machine.
AFTER_OUTAGE_SECONDS = 10


async def a_conversation(worker, rt) -> None:
    """Messages on both sides; ends with a screen edited in place, the turn's last call, so
    nothing of it is still on its way when the outage begins."""
    await to_screening(worker, rt)
    await worker.send("he says she is 15")
    await worker.send("/help")
    await worker.choose("safe")


async def test_quick_exit_while_delete_messages_fails_for_40_s_deletes_everything(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    assert len(worker.bot_messages()) >= 3 and len(worker.chat.messages) > len(worker.bot_messages())
    api.fail_for(OUTAGE_SECONDS, "deleteMessages")

    await worker.tap("Quick exit", expect=None)

    # One by one instead: no need to wait for deleteMessages to come back.
    await api.wait_for(lambda: not worker.chat.messages, timeout=OUTAGE_SECONDS + AFTER_OUTAGE_SECONDS)
    assert worker.bot_messages() == [] and worker.chat.messages == {}  # 0 bot, 0 user messages
    assert await bot.rows() == 0


@pytest.mark.slow  # waits out a real outage of the fake Bot API
async def test_quick_exit_during_a_40_s_outage_deletes_everything_once_telegram_answers(bot, api, person, rt):
    worker = person()
    await a_conversation(worker, rt)
    before = len(worker.chat.messages)
    until = api.fail_for(OUTAGE_SECONDS, *CONVERSATION_CALLS)

    await worker.tap("Quick exit", expect=None)

    await api.wait_for(lambda: not worker.chat.messages, timeout=OUTAGE_SECONDS + AFTER_OUTAGE_SECONDS + 5)
    assert worker.bot_messages() == [] and worker.chat.messages == {}  # 0 bot, 0 user messages
    assert await bot.rows() == 0  # forgotten at once, outage or not
    deleted = [c for c in api.calls_of("deleteMessages", "deleteMessage") if c.status == 200]
    assert before and deleted[0].at >= until  # it really waited out the outage ...
    assert deleted[-1].at - until <= AFTER_OUTAGE_SECONDS  # ... and went on soon after it


@pytest.mark.slow  # waits out a real outage of the fake Bot API
async def test_a_reply_lost_in_an_outage_is_shown_within_10_s_of_telegram_answering_again(
    bot, api, person, rt, monkeypatch, caplog
):
    # Scaled: one call is tried for about half a minute before its reply is given up on
    # (retries.SERVER_RETRY_DELAYS); answering the button and showing the screen each wait
    # that out, so the real window would need an outage of over a minute. What is tested is
    # what happens once the window is exceeded, which does not depend on its length.
    monkeypatch.setattr(retries, "SERVER_RETRY_DELAYS", (0.25, 0.5, 1.0))
    caplog.set_level(logging.WARNING)
    worker = person()
    await to_screening(worker, rt)
    first = worker.screen()["text"]
    until = api.fail_for(15, *CONVERSATION_CALLS)

    await worker.choose("safe", expect=None)

    # Given up before Telegram is back: the step is saved, its screen lost.
    await api.wait_for(lambda: "a reply could not be delivered" in caplog.text, timeout=30)
    assert time.monotonic() < until and worker.screen()["text"] == first
    # No update from the user: the current screen comes by itself.
    expected = engine_text(rt, "en", ["safe"])
    shown = await api.wait_for(
        lambda: next(
            (
                c
                for c in api.calls_of("editMessageText", "sendMessage")
                if c.status == 200 and c.params["text"] == expected
            ),
            None,
        ),
        timeout=40,
    )
    assert shown.at - until <= 10
    assert worker.screen()["text"] == expected
    # And the next tap is on the current screen, not out of date.
    await worker.choose("continue")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe", "continue"])
