"""Commands, their registration per language, deep links, and a new user's language."""

from __future__ import annotations

import dataclasses

import pytest

from bot.runtime import Runtime
from bot.telegram import deeplinks
from bot.telegram.commands import COMMANDS, FLOW_COMMANDS
from bot.telegram.languages import interface_language
from bot.telegram.turn import UpdateHandler
from flows import Msg
from tests.telegram.helpers import country_option, engine_text, language_option, to_screening

SETUP = dict(flow="setup", at="country", country=None)


async def test_commands_and_descriptions_are_registered_in_every_language(bot, api, rt):
    await api.wait_for(lambda: len(api.calls_of("setMyShortDescription")) == len(rt.library.languages) + 1)
    by_language = {c.params.get("language_code"): c.params["commands"] for c in api.calls_of("setMyCommands")}
    assert set(by_language) == {None, *rt.library.languages}
    for code, commands in by_language.items():
        lang = code or "en"
        assert [c["command"] for c in commands] == list(COMMANDS)
        assert [c["description"] for c in commands] == [rt.catalog.text(lang, f"tg-cmd-{name}") for name in COMMANDS]
    for method, msg_id, field in (
        ("setMyDescription", "tg-description", "description"),
        ("setMyShortDescription", "tg-short-description", "short_description"),
    ):
        texts = {c.params.get("language_code"): c.params[field] for c in api.calls_of(method) if c.status == 200}
        assert texts == {code: rt.catalog.text(code or "en", msg_id) for code in (None, *rt.library.languages)}


@pytest.mark.parametrize(
    "language_code,expected", [("nl", "nl"), ("nl-BE", "nl"), ("en-GB", "en"), ("pt-BR", "en"), (None, "en")]
)
async def test_a_new_user_gets_telegrams_language_when_the_bot_has_it(bot, person, rt, language_code, expected):
    worker = person(language_code=language_code)
    await worker.send("/start")
    assert worker.screen()["text"] == engine_text(rt, expected, [], **SETUP)


def test_interface_language_never_keeps_the_raw_code():
    assert interface_language("NL-be", ("en", "nl")) == "nl"
    assert interface_language("", ("en", "nl")) == "en"
    assert interface_language("ro", ("nl",)) == "nl"


async def test_a_deep_link_opens_a_flow_in_a_language_for_a_country(bot, person, rt):
    visitor = person(language_code="en")
    await visitor.send("/start contacts_nl_NL")
    assert visitor.screen()["text"] == engine_text(rt, "nl", [], flow="contacts", country="NL")


@pytest.mark.parametrize(
    "payload",
    ["contacts_xx_NL", "contacts_nl_ZZ", "nothing", "screening_nl_NL_more", "contacts_nl_NL" + "x" * 60, "setup_nl_NL"],
)
async def test_a_bad_deep_link_is_an_ordinary_start(bot, person, rt, payload):
    visitor = person(language_code="en")
    await visitor.send(f"/start {payload}")
    assert visitor.screen()["text"] == engine_text(rt, "en", [], **SETUP)


def test_deep_link_payloads_round_trip(rt):
    link = deeplinks.Link(flow="contacts", lang="nl", country="NL")
    assert deeplinks.parse(deeplinks.payload(link), rt.library) == link
    assert deeplinks.parse("contacts__nl", rt.library) == deeplinks.Link(flow="contacts", country="NL")
    assert deeplinks.url("firstline_bot", link) == "https://t.me/firstline_bot?start=contacts_nl_NL"


async def test_start_without_a_payload_shows_where_you_are(bot, person, rt):
    worker = person()
    await to_screening(worker, rt)
    await worker.choose("safe")
    await worker.send("/start")
    assert worker.screen()["text"] == engine_text(rt, "en", ["safe"])


async def test_screen_contacts_language_and_country_commands(bot, person, rt):
    worker = person()
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))
    await worker.send("/screen")
    assert worker.screen()["text"] == engine_text(rt, "en", [])
    await worker.send("/contacts")
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow="contacts")
    await worker.send("/language")
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow="menu", at="language")
    await worker.choose(language_option(rt, "nl"))
    await worker.send("/country")
    assert worker.screen()["text"] == engine_text(rt, "nl", [], flow="menu", at="country")


async def test_a_flow_command_asks_a_new_user_for_the_country_first(bot, person, rt):
    worker = person()
    await worker.send("/screen")
    assert worker.screen()["text"] == engine_text(rt, "en", [], **SETUP)


def test_every_flow_a_command_opens_is_shipped(rt):
    # A command that opens a flow the library lacks is a packaging error: found at start
    # (the adapter refuses to run), never mid-shift as a "not available yet" screen.
    assert set(FLOW_COMMANDS.values()) <= set(rt.library.flows)
    shipped = {k: v for k, v in rt.library.flows.items() if k != "practice"}
    without = Runtime(library=dataclasses.replace(rt.library, flows=shipped), catalog=rt.catalog)
    with pytest.raises(ValueError, match="practice"):
        UpdateHandler(without, store=None)


@pytest.mark.parametrize("command", sorted(FLOW_COMMANDS))
async def test_each_flow_command_opens_its_flow(bot, person, rt, command):
    worker = person()
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))
    await worker.send(f"/{command}")
    assert worker.screen()["text"] == engine_text(rt, "en", [], flow=FLOW_COMMANDS[command])


async def test_help_explains_and_keeps_your_place(bot, person, rt):
    worker = person()
    await to_screening(worker, rt)
    await worker.send("/help")
    assert worker.screen()["text"] == engine_text(rt, "en", [], notices=[Msg(id="tg-help")])


async def test_an_unknown_command_counts_as_typed_text(bot, person, rt):
    worker = person()
    await to_screening(worker, rt)
    await worker.send("/whatever")
    assert worker.screen()["text"] == engine_text(rt, "en", [], notices=[Msg(id="notice-use-buttons")])


async def test_forget_deletes_the_session_and_leaves_the_messages(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    assert await bot.rows() == 1
    messages = set(worker.chat.messages)
    since = len(api.calls)
    await worker.send("/forget", expect="message")
    assert api.calls_of("sendMessage", since=since)[0].params["text"] == rt.catalog.text("en", "tg-forgotten")
    assert await bot.rows() == 0
    assert messages <= set(worker.chat.messages)
    assert api.calls_of("deleteMessage", "deleteMessages") == []
    await worker.send("/start")  # a new beginning: the country is asked again
    assert worker.screen()["text"] == engine_text(rt, "en", [], **SETUP)
