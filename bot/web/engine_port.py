"""The only module of the web channel that imports the engine.

Everything the web adapter needs from flows/ passes through here, so a move of
the engine's names (flows/__init__.py as its public face) is a change to this
file alone. The web channel only loads, advances and renders: it never looks
inside a flow, and never builds or edits a session (bot/sessions.py makes one;
events move it on).
"""

from __future__ import annotations

import flows
from bot.render import notices_key
from bot.sessions import new_session
from flows import (
    DOCUMENTS,
    EXIT,
    PERSON_LANG_PREFIX,
    EngineError,
    Library,
    Msg,
    Press,
    Reply,
    Screen,
    Session,
    Show,
    Start,
)
from flows.contacts import ROLES, RULE_SECTIONS, Listed
from flows.phones import EU_WIDE

__all__ = [
    "Library",
    "Listed",
    "Msg",
    "Reply",
    "Screen",
    "Session",
    "DOCUMENTS",
    "EXIT",
    "PERSON_LANG_PREFIX",
    "ROLES",
    "RULE_SECTIONS",
    "EU_WIDE",
    "EngineError",
    "first_screen",
    "press",
    "show",
    "dump",
    "load",
    "screen_identity",
    "all_contacts",
]

FIRST_FLOW = "setup"  # language, then country, then the menu


def first_screen(lib: Library, lang: str) -> tuple[Session, Reply]:
    """A new conversation, asked in `lang`, with fresh entropy for practice and quiz order."""
    return flows.advance(lib, new_session(lib, lang), Start(flow=FIRST_FLOW))


def press(lib: Library, session: Session, action: str) -> tuple[Session, Reply]:
    # The state came with the page it was pressed on, so its nonce is that page's:
    # no nonce check is needed (a page sent again forks the conversation, by design).
    return flows.advance(lib, session, Press(action=action))


def show(lib: Library, session: Session) -> tuple[Session, Reply]:
    return flows.advance(lib, session, Show())


def dump(session: Session) -> bytes:
    """Compact JSON, defaults left out: it travels in every page."""
    return session.model_dump_json(exclude_defaults=True).encode()


def load(data: bytes) -> Session:
    return Session.model_validate_json(data)


def screen_identity(reply: Reply) -> tuple:
    """What a reply shows, as a key: two replies with the same identity render the same
    page. The screen's shape stands for all of it but the nonce (which the page does not
    show: its state carries it)."""
    assert reply.screen is not None
    return (reply.screen.shape, notices_key(reply.notices), tuple(reply.documents))


def all_contacts(lib: Library, country: str) -> list[Listed]:
    """Every role's contacts for a country, as the handover card lists them."""
    return lib.contacts_for(country, list(ROLES))
