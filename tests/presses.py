"""Driving the engine as a user does, for the tests of the engine and its flows."""

import flows
from flows import Press


def press(lib: flows.Library, s: flows.Session, *actions: str) -> tuple[flows.Session, flows.Reply | None]:
    """Each button in turn, on the screen the one before it led to; the last reply (None for no presses)."""
    reply = None
    for a in actions:
        s, reply = flows.advance(lib, s, Press(action=a, nonce=s.nonce))
    return s, reply
