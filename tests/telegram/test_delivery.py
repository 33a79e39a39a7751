"""Putting screens on Telegram: long texts in pieces, and the one live keyboard."""

from __future__ import annotations

import json

from telegram import Bot

from bot.render import Rendered, RenderedButton
from bot.store import Conversation
from bot.telegram.delivery import show
from bot.telegram.screens import for_telegram, split_text
from flows import Session
from tests.telegram.conftest import TOKEN
from tests.telegram.people import Person


def test_short_text_is_one_piece():
    assert split_text("Safe?\n\nYes or no.") == ["Safe?\n\nYes or no."]


def test_long_text_is_cut_between_paragraphs_within_telegrams_limit():
    paragraphs = [f"Paragraph {n}. " + "word " * 150 for n in range(12)]
    pieces = split_text("\n\n".join(paragraphs))
    assert len(pieces) > 1
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in pieces)
    assert all(p.startswith("Paragraph") for p in pieces)  # no paragraph cut in two
    assert " ".join(" ".join(pieces).split()) == " ".join(" ".join(paragraphs).split())


def test_emoji_count_twice_as_telegram_counts_them():
    pieces = split_text("🧭" * 3000)
    assert [len(p) for p in pieces] == [2048, 952]


async def test_a_screen_too_long_for_one_message_goes_in_pieces_with_the_keyboard_last(api):
    worker = Person(api, 5550009)
    rendered = Rendered(
        text="\n\n".join("x" * 3000 for _ in range(3)), buttons=[[RenderedButton("_exit", "✖ Quick exit")]], contacts=[]
    )
    conversation = Conversation(session=Session())
    async with Bot(TOKEN, base_url=f"{api.base_url}/bot") as bot:
        await show(bot, worker.chat_id, conversation, for_telegram(rendered, 7, ends=False), hour=1)
    sent = api.calls_of("sendMessage")
    assert len(sent) == 3
    assert [("reply_markup" in c.params) for c in sent] == [False, False, True]
    assert sent[-1].params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "7:_exit"
    assert conversation.screen == worker.screen()["message_id"]
    assert [m for m, _ in conversation.messages] == list(worker.chat.messages)


def test_a_keyboard_is_the_bot_apis_json_for_each_nonce_whatever_its_labels_hold():
    labels = ['"quoted" \\ back', "\\u0000 and \x00", "Ελληνικά 🧭", "{}[],:", "7:_exit"]
    rendered = Rendered(
        text="t",
        buttons=[[RenderedButton(f"a{n}", label)] for n, label in enumerate(labels)]
        + [[], [RenderedButton("_back", "◀"), RenderedButton("x=3", "3")]],
        contacts=[],
    )
    for nonce in (0, 7, 9_999_999_999, 7):  # the JSON around the nonces is made once, then reused
        expected = [
            [{"text": b.label, "callback_data": f"{nonce}:{b.action}"} for b in row] for row in rendered.buttons
        ]
        assert json.loads(for_telegram(rendered, nonce, ends=False).keyboard) == {"inline_keyboard": expected}
    # Another screen with the same labels but other actions is not given this one's keyboard.
    other = Rendered(text="t", buttons=[[RenderedButton("b0", labels[0])]], contacts=[])
    assert json.loads(for_telegram(other, 1, ends=False).keyboard)["inline_keyboard"][0][0]["callback_data"] == "1:b0"


def test_updates_are_remembered_as_a_short_list():
    conversation = Conversation(session=Session())
    for update_id in range(100, 150):
        conversation.apply(update_id)
    assert conversation.applied(149) and conversation.applied(118)
    assert not conversation.applied(117)  # long ago: no longer a repeat
    conversation.apply(90)  # out of order, as webhook deliveries may come
    assert conversation.applied(90)
