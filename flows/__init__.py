"""Firstline's engine: flows as data, and a pure function that moves a session on.

    session, reply = flows.advance(library, session, flows.Press(action="yes", nonce=3))

Adapters (bot/) use the names below; nothing here does I/O beyond reading the flow
files and locales it is given.
"""

from __future__ import annotations

from flows.engine import advance
from flows.errors import EngineError, FlowError
from flows.library import Library
from flows.outputs import (
    BACK,
    DOCUMENTS,
    DONE,
    EXIT,
    FINISH,
    MAX_ACTION_BYTES,
    MENU,
    NEXT,
    PERSON_LANG_PREFIX,
    Button,
    Msg,
    Reply,
    Screen,
)
from flows.screens import MENU_FLOW, screen
from flows.session import Event, Press, Seed, Session, SetCountry, SetLanguage, Show, Start, TypedText

__all__ = [
    "advance",
    "screen",
    "MENU_FLOW",
    "Library",
    "Session",
    "Event",
    "Start",
    "Press",
    "TypedText",
    "Show",
    "SetLanguage",
    "SetCountry",
    "Seed",
    "EngineError",
    "FlowError",
    "Msg",
    "Button",
    "Screen",
    "Reply",
    "DOCUMENTS",
    "BACK",
    "MENU",
    "EXIT",
    "DONE",
    "NEXT",
    "FINISH",
    "PERSON_LANG_PREFIX",
    "MAX_ACTION_BYTES",
]
