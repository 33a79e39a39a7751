"""A new session, the one way every adapter makes one.

The seed orders practice scenarios and quiz questions: fresh entropy here, tied to
nobody. The session's settings reach the engine as events, like every later change:
no adapter edits a session (or builds one with fields of its own).
"""

from __future__ import annotations

import secrets

import flows
from flows import Library, Seed, Session, SetLanguage


def new_session(library: Library, lang: str | None = None, seed: int | None = None) -> Session:
    """A session nobody has used, seeded with fresh entropy (or `seed`, for a reproducible
    run), in `lang` when given."""
    session, _ = flows.advance(library, Session(), Seed(seed=secrets.randbits(32) if seed is None else seed))
    if lang is not None:
        session, _ = flows.advance(library, session, SetLanguage(lang=lang))
    return session
