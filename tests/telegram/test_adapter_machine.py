"""The Telegram adapter under random use: a Hypothesis state machine over the bot's own
Application (in-process Bot API, session store on disk).

Three people tap visible buttons, buttons of old screens and forged callback data;
type text, send photos, contacts, locations and voice notes; send commands and deep
links, good and bad; updates come twice; the bot restarts. After every step: no update
ended in an exception; every message the bot sent or edited is within Telegram's 4096
characters and every button's data within 64 bytes; Telegram refused nothing but
harmless calls (an edit to what is there already, or to a message gone); every stored
session reads back and names a flow and step the library has; and nothing identifying
(ids, names, usernames, what was typed or shared) is anywhere in the database, its WAL
or the records read back in full.
"""

from __future__ import annotations

import asyncio
import struct
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from bot.records import decode
from bot.telegram.buttons import MAX_BYTES
from tests.telegram.inprocess import TEXT_LIMIT
from tests.telegram.local import LocalBot, LocalUser

PEOPLE = [
    (7319284651, "en", {"first_name": "Wilhelmina", "last_name": "Zwanenburg-Quist", "username": "canary_wzq_1987"}),
    (6428193750, "nl", {"first_name": "Gerbrich", "last_name": "Oudshoorn-Piet", "username": "canary_gop_1979"}),
    (5538271946, "pt-BR", {"first_name": "Ximena", "username": "canary_xim_2001"}),
]
TYPED = "Kowalczyk lives at Kanaalstraat "  # the start of everything typed: found stored, it leaked
COMMANDS = [
    "/start",
    "/screen",
    "/learn",
    "/practice",
    "/contacts",
    "/language",
    "/country",
    "/help",
    "/exit",
    "/forget",
    "/nonsense",
    "/start@another_bot",
]
PAYLOADS = [
    "contacts_ro_NL",
    "contacts__NL",
    "screening_nl",
    "setup",
    "menu_xx_ZZ",
    "_" * 70,
    "contacts_en_nl_extra",
    "",
]
# What Telegram may refuse without the bot being at fault: an edit to what is there already,
# or to a message the user deleted; a deletion of one already gone.
HARMLESS = ("message is not modified", "message to edit not found", "message to delete not found")


class AdapterMachine(RuleBasedStateMachine):
    def __init__(self, rt) -> None:
        super().__init__()
        self.rt = rt
        self.loop = asyncio.new_event_loop()
        self.dir = Path(tempfile.mkdtemp(prefix="firstline-machine-"))
        self.bot = self.run(LocalBot(rt, self.dir / "data").start())
        self.people = [self.bot.user(chat_id, lang, **names) for chat_id, lang, names in PEOPLE]
        self.old: list[tuple[LocalUser, int, str]] = []  # buttons of earlier screens

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        self.run(self.bot.stop())
        self.loop.close()

    def _note_screen(self, person: LocalUser) -> None:
        screen = person.screen()
        if screen is not None:
            self.old += [(person, screen[0], data) for _, data in screen[2]][-8:]

    # --- what people do ---------------------------------------------------------------

    @rule(who=st.sampled_from(range(len(PEOPLE))), data=st.data())
    def tap_a_button(self, who, data) -> None:
        person = self.people[who]
        screen = person.screen()
        if screen is None:
            self.run(person.send("/start"))
            return
        self._note_screen(person)
        _, data_ = data.draw(st.sampled_from(screen[2]))
        self.run(person.press(screen[0], data_))

    @precondition(lambda self: self.old)
    @rule(data=st.data())
    def tap_an_old_button(self, data) -> None:
        person, message_id, callback = data.draw(st.sampled_from(self.old))
        self.run(person.press(message_id, callback))

    @rule(
        who=st.sampled_from(range(len(PEOPLE))),
        callback=st.one_of(st.text(max_size=80), st.from_regex(r"\A[0-9]{0,12}:_?[a-z\-]{0,70}\Z")),
        message_id=st.integers(1, 60),
    )
    def forge_a_button(self, who, callback, message_id) -> None:
        self.run(self.people[who].press(message_id, callback))

    @rule(who=st.sampled_from(range(len(PEOPLE))), text=st.text(min_size=1, max_size=300))
    def type_text(self, who, text) -> None:
        self.run(self.people[who].send(TYPED + text))

    @rule(who=st.sampled_from(range(len(PEOPLE))), kind=st.sampled_from(["photo", "contact", "location", "voice"]))
    def send_media(self, who, kind) -> None:
        self.run(self.people[who].media(kind))

    @rule(who=st.sampled_from(range(len(PEOPLE))), command=st.sampled_from(COMMANDS), payload=st.sampled_from(PAYLOADS))
    def send_a_command(self, who, command, payload) -> None:
        self.run(self.people[who].send(f"{command} {payload}".strip() if command == "/start" else command))

    @precondition(lambda self: any(p.last for p in self.people))
    @rule(who=st.sampled_from(range(len(PEOPLE))))
    def deliver_again(self, who) -> None:
        if self.people[who].last:
            self.run(self.people[who].again())

    @rule()
    def restart(self) -> None:
        self.run(self.bot.restart())

    # --- what must hold -----------------------------------------------------------------

    @invariant()
    def nothing_failed(self) -> None:
        assert self.bot.errors == []

    @invariant()
    def everything_sent_fits_telegram(self) -> None:
        for call in self.bot.api.calls:
            text = call.params.get("text")
            if text is not None and call.method in ("sendMessage", "editMessageText"):
                assert 0 < len(text.encode("utf-16-le")) // 2 <= TEXT_LIMIT
            markup = call.params.get("reply_markup") or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if "callback_data" in button:
                        assert len(button["callback_data"].encode()) <= MAX_BYTES
            if call.status != 200:
                assert call.error and any(h in call.error for h in HARMLESS), (
                    f"{call.method}: {call.status} {call.error}"
                )
        self.bot.api.calls.clear()  # checked: each call once

    @invariant()
    def sessions_are_valid_and_anonymous(self) -> None:
        files = [p for p in (self.dir / "data").iterdir() if p.name.startswith("sessions.sqlite3")]
        raw = b"".join(p.read_bytes() for p in files)
        # Records write numbers as steps from the one before: read back in full too, so
        # an id kept among them shows.
        for chat_id, _, _ in PEOPLE:
            record = self.run(self.bot.store._use(lambda db, k=self.bot.store.key(chat_id): _row(db, k), writes=False))
            if record is None:
                continue
            conversation = decode(record)
            raw += conversation.model_dump_json().encode()
            session = conversation.session
            if session.flow is not None:
                assert session.flow in self.rt.library.flows
                assert session.step in self.rt.library.flows[session.flow].step_index
        for chat_id, _, names in PEOPLE:
            for needle in (
                str(chat_id).encode(),
                struct.pack("<q", chat_id),
                struct.pack(">q", chat_id),
                *(v.encode() for v in names.values()),
            ):
                assert needle not in raw
        assert TYPED.encode() not in raw and b"+31612345678" not in raw and b"pt-BR" not in raw


async def _row(db, key: bytes) -> str | None:
    async with db.execute("SELECT conversation FROM sessions WHERE key = ?", (key,)) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


def test_adapter_machine(rt):
    run_state_machine_as_test(
        lambda: AdapterMachine(rt),
        settings=settings(
            max_examples=25, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
        ),
    )
