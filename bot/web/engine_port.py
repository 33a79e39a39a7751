"""The only module of the web channel that imports the engine.

Everything the web adapter needs from flows/ passes through here, so a move of
the engine's names (flows/__init__.py as its public face) is a change to this
file alone. The web channel only loads, advances and renders: it never looks
inside a flow.
"""

from __future__ import annotations

import secrets

from flows import engine
from flows.contacts import ROLES, Listed
from flows.engine import Msg, Press, Reply, Screen, Session, Show, Start
from flows.outputs import DOCUMENTS, EXIT, PERSON_LANG_PREFIX
from flows.phones import EU_WIDE

__all__ = ["Listed", "Msg", "Reply", "Screen", "Session", "DOCUMENTS", "EXIT", "PERSON_LANG_PREFIX", "ROLES", "EU_WIDE",
           "EngineError", "first_screen", "press", "show", "dump", "load", "screen_identity", "flow_title", "all_contacts"]

EngineError = engine.EngineError
FIRST_FLOW = "setup"  # language, then country, then the menu


def first_screen(lib, lang: str) -> tuple[Session, Reply]:
    """A new conversation, asked in `lang`, with fresh entropy for practice and quiz order."""
    return engine.advance(lib, Session(lang=lang, seed=secrets.randbits(32)), Start(flow=FIRST_FLOW))


def press(lib, session: Session, action: str) -> tuple[Session, Reply]:
    # The state came with the page it was pressed on, so its nonce is that page's:
    # no nonce check is needed (a page sent again forks the conversation, by design).
    return engine.advance(lib, session, Press(action=action))


def show(lib, session: Session) -> tuple[Session, Reply]:
    return engine.advance(lib, session, Show())


def dump(session: Session) -> bytes:
    """Compact JSON, defaults left out: it travels in every page."""
    return session.model_dump_json(exclude_defaults=True).encode()


def load(data: bytes) -> Session:
    return Session.model_validate_json(data)


def screen_identity(reply: Reply) -> tuple:
    """Everything a reply shows, as a key: two replies with the same identity render the same
    page. The nonce is left out (the web page does not show it: its state carries it), and
    contacts are named by their directory, id and role (the directories do not change while
    the process runs)."""
    screen = reply.screen
    return (
        screen.model_dump_json(exclude={"nonce", "contacts"}),
        tuple((c.country, c.entry.id, c.role) for c in screen.contacts),
        tuple(n.model_dump_json() for n in reply.notices),
        tuple(reply.documents),
    )


def flow_title(lib, flow: str) -> str:
    return lib.flows[flow].title


def all_contacts(lib, country: str) -> list[Listed]:
    """Every role's contacts for a country, as the handover card lists them."""
    return lib.contacts_for(country, list(ROLES))
