"""The engine under random use: a Hypothesis state machine of taps, stale and forged taps,
typing, showing again, starting any flow and restarting (the session saved and read back).

Invariants after every event: the session is valid (it survives a save and a read, and
names a flow and step the library has); every screen is the one made afresh from the
session (screens are remembered by what their making read), and its remembered render
is a fresh one; every screen renders strictly in the session's language within
Telegram's 4096 characters; every button's callback data fits in 64
bytes; nothing a user sent (forged button data, which is all the engine ever sees of
them) is kept in the session.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

import flows
from bot.render import TELEGRAM_TEXT_LIMIT, render
from bot.telegram import buttons
from flows import Press, Session, Show, Start, TypedText
from flows.screens import made_afresh
from tests.shipped import LANGUAGES

# Forged data carries this, so finding it in a session can only mean it was kept.
FORGED = "zqx-forged-"


class EngineMachine(RuleBasedStateMachine):
    def __init__(self, rt) -> None:
        super().__init__()
        self.rt, self.lib = rt, rt.library
        self.session = Session()
        self.reply = None
        self.seen: list[tuple[int, list[str]]] = []  # earlier screens: nonce and actions

    def _advance(self, event) -> None:
        if self.reply is not None and self.reply.screen is not None:
            self.seen.append((self.session.nonce, self._actions()))
        self.session, self.reply = flows.advance(self.lib, self.session, event)

    def _actions(self) -> list[str]:
        return [b.action for row in self.reply.screen.buttons for b in row] if self.reply and self.reply.screen else []

    @initialize(data=st.data(), lang=st.sampled_from(LANGUAGES), seed=st.integers(0, 2**32 - 1))
    def begin(self, data, lang, seed) -> None:
        flow = data.draw(st.sampled_from(sorted(self.lib.flows)), label="flow")
        country = data.draw(st.sampled_from(sorted(self.lib.directories)), label="country")
        self.session = Session(lang=lang, country=country, seed=seed)
        self._advance(Start(flow=flow))

    @precondition(lambda self: self._actions())
    @rule(data=st.data())
    def tap(self, data) -> None:
        self._advance(Press(action=data.draw(st.sampled_from(self._actions())), nonce=self.session.nonce))

    @precondition(lambda self: self.seen)
    @rule(data=st.data())
    def tap_an_old_screen(self, data) -> None:
        nonce, actions = data.draw(st.sampled_from(self.seen))
        if actions:
            self._advance(Press(action=data.draw(st.sampled_from(actions)), nonce=nonce))

    @rule(action=st.text(max_size=40), nonce=st.one_of(st.none(), st.integers(-3, 10**10)))
    def forge(self, action, nonce) -> None:
        self._advance(Press(action=FORGED + action, nonce=nonce))

    @rule()
    def type_text(self) -> None:
        self._advance(TypedText())

    @rule()
    def show_again(self) -> None:
        self._advance(Show())

    @rule(data=st.data())
    def start(self, data) -> None:
        self._advance(Start(flow=data.draw(st.sampled_from(sorted(self.lib.flows)), label="flow")))

    @rule()
    def restart(self) -> None:
        self.session = Session.model_validate_json(self.session.model_dump_json())

    @invariant()
    def session_is_valid(self) -> None:
        stored = self.session.model_dump_json()
        assert Session.model_validate_json(stored) == self.session
        assert FORGED not in stored
        if self.session.flow is not None:
            assert self.session.flow in self.lib.flows
            assert self.session.step in self.lib.flows[self.session.flow].step_index

    @invariant()
    def screen_is_made_afresh(self) -> None:
        if self.reply is None or self.reply.screen is None:
            return
        screen = self.reply.screen
        assert screen == made_afresh(self.lib, self.session)
        remembered = render(self.rt.catalog, self.session.lang, screen, self.reply.notices)
        assert remembered == render(self.rt.catalog, self.session.lang, screen, self.reply.notices, strict=True)

    @invariant()
    def screen_fits_telegram(self) -> None:
        if self.reply is None or self.reply.screen is None:
            return
        out = render(self.rt.catalog, self.session.lang, self.reply.screen, self.reply.notices, strict=True)
        assert len(out.text.encode("utf-16-le")) // 2 <= TELEGRAM_TEXT_LIMIT
        for row in self.reply.screen.buttons:
            for b in row:
                assert len(buttons.encode(self.reply.screen.nonce, b.action).encode()) <= buttons.MAX_BYTES
                assert buttons.fits(b.action)


def test_engine_machine(rt):
    run_state_machine_as_test(
        lambda: EngineMachine(rt),
        settings=settings(
            max_examples=60, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
        ),
    )
