"""Random updates, shaped like Telegram's, fed to the bot: none may end in an exception.

Hypothesis builds update JSON with every kind the bot is sent or could be (messages,
edits, channel posts, button presses with and without their message, inline queries,
membership changes), private and group chats, users with and without names or a
language, texts with stray or overlong entities, commands, deep links, media and
service messages, ids across Telegram's whole range. Each goes through
Update.de_json and Application.process_update as the poller hands it over. A
payload python-telegram-bot itself cannot read is no update the bot could be given,
and is skipped (counted, so the test knows most of them were read).
"""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from tests.telegram.inprocess import TEXT_LIMIT
from tests.telegram.local import LocalBot

# Telegram's ids fit in 52 bits (its documentation); message ids are positive.
IDS = st.integers(-(2**52), 2**52)
SMALL = st.integers(1, 2**31 - 1)
TEXTS = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "/start",
            "/screen",
            "/exit",
            "/forget",
            "/help",
            "/language",
            "/start@firstline_test_bot",
            "/start contacts_ro_NL",
            "/Start",
            "/",
        ]
    ),
    st.builds(
        lambda c, p: f"/{c} {p}", st.sampled_from(["start", "screen", "contacts", "x" * 40]), st.text(max_size=80)
    ),
)
HARMLESS = ("message is not modified", "message to edit not found", "message to delete not found")


def users():
    return st.fixed_dictionaries(
        {"id": IDS, "is_bot": st.booleans(), "first_name": st.text(max_size=20)},
        optional={
            "last_name": st.text(max_size=20),
            "username": st.text(max_size=20),
            "language_code": st.one_of(st.sampled_from(["en", "nl", "pt-BR", "el", "zz-ZZ", ""]), st.text(max_size=8)),
        },
    )


def chats():
    return st.fixed_dictionaries(
        {"id": IDS, "type": st.sampled_from(["private", "group", "supergroup", "channel", "sender"])},
        optional={"title": st.text(max_size=20), "first_name": st.text(max_size=20), "username": st.text(max_size=20)},
    )


def entities():
    # Mostly a command at the start, as Telegram marks one, with lengths that may overrun the text.
    kinds = st.one_of(st.just("bot_command"), st.sampled_from(["mention", "url", "bold", "hashtag"]))
    offsets = st.one_of(st.just(0), st.integers(-3, 200))
    lengths = st.one_of(st.integers(0, 12), st.integers(-3, 200))
    return st.lists(
        st.fixed_dictionaries({"type": kinds, "offset": offsets, "length": lengths}), min_size=1, max_size=3
    )


CONTENT = st.one_of(
    st.fixed_dictionaries({"text": TEXTS}, optional={"entities": entities()}),
    st.just({"photo": [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]}),
    st.just({"contact": {"phone_number": "+31612345678", "first_name": "M"}}),
    st.just({"location": {"latitude": 52.0, "longitude": 4.0}}),
    st.just(
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "u",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        }
    ),
    st.just({"voice": {"file_id": "v", "file_unique_id": "u", "duration": 1}}),
    st.just({"new_chat_title": "x"}),
    st.just({}),
)


def messages(depth: int = 1):
    base = st.fixed_dictionaries(
        {"message_id": SMALL, "date": st.integers(0, 2**31), "chat": chats()},
        optional={"from": users(), "sender_chat": chats(), "message_thread_id": SMALL},
    )
    return st.builds(lambda m, c: {**m, **c}, base, CONTENT)


def callback_queries():
    return st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=12), "from": users(), "chat_instance": st.text(max_size=8)},
        optional={
            "message": st.one_of(
                messages(), st.fixed_dictionaries({"message_id": SMALL, "date": st.just(0), "chat": chats()})
            ),  # date 0: no longer accessible
            "inline_message_id": st.text(max_size=8),
            "data": st.one_of(st.text(max_size=90), st.from_regex(r"\A[0-9]{0,11}:_?[a-z\-]{0,60}\Z")),
        },
    )


def updates():
    kinds = st.one_of(
        st.fixed_dictionaries({"message": messages()}),
        st.fixed_dictionaries({"edited_message": messages()}),
        st.fixed_dictionaries({"channel_post": messages()}),
        st.fixed_dictionaries({"callback_query": callback_queries()}),
        st.fixed_dictionaries(
            {
                "inline_query": st.fixed_dictionaries(
                    {"id": st.text(max_size=5), "from": users(), "query": st.text(max_size=20), "offset": st.just("")}
                )
            }
        ),
        st.fixed_dictionaries(
            {"message": messages(), "callback_query": callback_queries()}
        ),  # no such update: two at once
    )
    return st.builds(lambda u, k: {"update_id": u, **k}, st.integers(0, 2**31 - 1), kinds)


def test_random_updates_never_end_in_an_exception(rt, tmp_path):
    loop = asyncio.new_event_loop()
    bot = loop.run_until_complete(LocalBot(rt, tmp_path / "data").start())
    read = skipped = 0

    @settings(
        max_examples=400,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(payload=updates())
    def one(payload):
        nonlocal read, skipped
        try:
            update = Update.de_json(payload, bot.app.bot)
        except Exception:  # not an update python-telegram-bot can read: none the bot is handed
            skipped += 1
            return
        read += 1
        loop.run_until_complete(bot.app.update_processor.process_update(update, bot.app.process_update(update)))
        assert bot.errors == [], f"{type(bot.errors[0]).__name__}: {bot.errors[0]}"
        for call in bot.api.calls:
            text = call.params.get("text")
            if text is not None and call.method in ("sendMessage", "editMessageText"):
                assert len(text.encode("utf-16-le")) // 2 <= TEXT_LIMIT
            if call.status != 200:
                assert call.error and any(h in call.error for h in HARMLESS), f"{call.method}: {call.error}"
        bot.api.calls.clear()

    try:
        one()
    finally:
        loop.run_until_complete(bot.stop())
        loop.close()
    assert read > 4 * skipped, f"only {read} of {read + skipped} payloads were updates"
