"""The only module of the web channel that imports the engine.

Everything the web adapter needs from flows/ passes through here, so a move of
the engine's names (flows/__init__.py as its public face) is a change to this
file alone. The web channel only loads, advances and renders: it never looks
inside a flow, and never builds or edits a session (bot/sessions.py makes one;
events move it on).
"""

from __future__ import annotations

import flows
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
    """Everything a reply shows, as a key: two replies with the same identity render the same
    page. The nonce is left out (the web page does not show it: its state carries it), and
    contacts are named by what picks them (the directories do not change while the process runs).
    Built on every press, so with as few calls as it can be."""
    screen = reply.screen
    assert screen is not None
    key = _msg_key
    notices = tuple([key(n) for n in reply.notices]) if reply.notices else ()
    if screen.shape is not None:  # the engine's: it stands for all of the screen but its nonce
        return (screen.shape, notices, tuple(reply.documents))
    return (
        screen.flow,
        screen.person_lang,
        screen.ends,
        tuple([m.id if not m.args else key(m) for m in screen.text]),
        tuple(
            [
                tuple([(b.action, b.label.id if not b.label.args else key(b.label)) for b in row])
                for row in screen.buttons
            ]
        ),
        tuple(
            [(c.kind, c.role, c.country, c.entry.id if c.entry else None, c.message, c.brief) for c in screen.contacts]
        ),
        notices,
        tuple(reply.documents),
    )


def _msg_key(msg: Msg) -> str | tuple:
    if not msg.args:
        return msg.id
    return (msg.id, *[(k, tuple(v) if isinstance(v, list) else v) for k, v in msg.args.items()])


def all_contacts(lib: Library, country: str) -> list[Listed]:
    """Every role's contacts for a country, as the handover card lists them."""
    return lib.contacts_for(country, list(ROLES))
