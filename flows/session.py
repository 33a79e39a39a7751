"""What the engine remembers of a conversation, and the events that move it on.

An adapter never edits a session: it sends an event (a press, a language picked
from a deep link, a seed) and keeps the session the engine hands back.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from flows.run import Run


class Paused(BaseModel):
    """A flow left part-way, as it was: step, the way back, what was ticked and marked."""

    flow: str
    step: str
    trail: list[str] = []
    flags: list[str] = []
    ticks: list[str] = []
    raised: dict[str, int] = {}
    person_lang: str | None = None


class Session(BaseModel):
    """All the engine remembers: no names, no text, no ids of people."""

    lang: str = "en"
    country: str | None = None
    flow: str | None = None
    step: str | None = None
    trail: list[str] = []
    flags: list[str] = []
    ticks: list[str] = []
    raised: dict[str, int] = {}
    nonce: int = 0
    person_lang: str | None = None  # the language of the person, for screens shown to them
    # Where the order of practice scenarios and quiz questions comes from: an adapter
    # seeds a new session with fresh entropy; each deal moves it on.
    seed: int = 0
    run: Run | None = None  # a practice or quiz run: item ids and scores only
    paused: Paused | None = None  # a resumable flow (the screening) left part-way for another


def shallow_copy(session: Session) -> Session:
    """What `model_copy()` does, at half the cost (the engine copies a session on every update).
    Shallow: the engine and the kinds replace a session's lists and dicts, never change them."""
    new = Session.__new__(Session)
    object.__setattr__(new, "__dict__", session.__dict__.copy())
    object.__setattr__(new, "__pydantic_fields_set__", set(session.__pydantic_fields_set__))
    object.__setattr__(new, "__pydantic_extra__", None)
    object.__setattr__(new, "__pydantic_private__", None)
    return new


class Start(BaseModel):
    """Open a flow, at its first step or at `at` (a deep link, the country question)."""

    kind: Literal["start"] = "start"
    flow: str
    at: str | None = None


class Press(BaseModel):
    kind: Literal["press"] = "press"
    action: str
    nonce: int | None = None  # None: trusted caller (terminal numbering is always current)


class TypedText(BaseModel):
    """The user typed text where a button was expected; its content never reaches the engine."""

    kind: Literal["typed"] = "typed"


class Show(BaseModel):
    """Show the current screen again (after a restart, a /start with no payload…)."""

    kind: Literal["show"] = "show"


class SetLanguage(BaseModel):
    """The worker's language, from a deep link or a script; the screen stays valid."""

    kind: Literal["set-language"] = "set-language"
    lang: str


class SetCountry(BaseModel):
    """The country whose contacts the screens give (None: not chosen yet)."""

    kind: Literal["set-country"] = "set-country"
    country: str | None


class Seed(BaseModel):
    """Where the order of practice scenarios and quiz questions comes from."""

    kind: Literal["seed"] = "seed"
    seed: int


Event = Start | Press | TypedText | Show | SetLanguage | SetCountry | Seed
