"""A session's screen: its step's body, then what every screen shares.

A screen is a pure function of the library and the session, and most taps show a
screen some session has shown before: the same question, the same ticks, the same
language. So a library remembers its screens by what making one read of the session
(a step's screen reads a few of its fields: a question none but the language, the
table of marks the ticks and marks too), and the screens of one look share a
`shape` that tells a renderer it has rendered this one before. A screen made from
the same values of the fields it read is the same screen: making one may not
change the session (a session that only reads is all it is given).
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any, cast

from pydantic import BaseModel

from flows.library import Library
from flows.outputs import BACK, EXIT, MENU, PERSON_LANG_PREFIX, Button, Msg, Screen
from flows.session import Session
from flows.step import Ctx, in_rows, step_at

MENU_FLOW = "menu"
# Screens a library remembers of a step, per set of fields read; past this it forgets
# them and starts again. Only a checklist's or a table's tick combinations come near it.
MAX_LOOKS = 256


def screen(lib: Library, s: Session) -> Screen:
    """The session's screen, made afresh only for a look not seen before."""
    assert s.flow is not None and s.step is not None
    # The way back is the same button whatever the trail: only whether there is one counts.
    back = bool(s.trail)
    where = (s.flow, s.step, back)
    known = lib.looks.get(where)
    if known:
        for fields, made in known.items():
            try:
                hit = made.get(_values(s, fields))
            except TypeError:  # a value that cannot be part of a key: never remembered
                continue
            if hit is not None:
                return _numbered(hit, s.nonce)
    reading = _Reading(s)
    new = _make(lib, cast(Session, reading), back, object())
    fields = tuple(sorted(reading.read - {"flow", "step"}))  # those two are in `where`
    made = lib.looks.setdefault(where, {}).setdefault(fields, {})
    if len(made) >= MAX_LOOKS:
        made.clear()
    with contextlib.suppress(TypeError):  # as above: not remembered
        made[_values(s, fields)] = new
    return _numbered(new, s.nonce)


def _values(s: Session, fields: tuple[str, ...]) -> tuple[Any, ...]:
    """What a screen was made from: the values of the fields its making read, as a key."""
    return tuple([_frozen(getattr(s, f)) for f in fields])


def made_afresh(lib: Library, s: Session) -> Screen:
    """The session's screen made anew, nothing remembered: what `screen` must always equal."""
    return _numbered(_make(lib, s, bool(s.trail), object()), s.nonce)


class _Reading:
    """A session that notes which of its fields are read, and cannot be changed."""

    __slots__ = ("_session", "read")

    def __init__(self, session: Session) -> None:
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "read", set())

    def __getattr__(self, name: str) -> Any:
        self.read.add(name)
        return getattr(self._session, name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(f"making a screen changed the session's '{name}'")


def _frozen(value: Any) -> Any:
    """A session's value as a key: its lists, dicts and models as tuples."""
    if value is None or isinstance(value, str | int):  # most fields: first, and as they are
        return value
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(value.items())
    if isinstance(value, BaseModel):
        return (type(value), *[_frozen(v) for v in value.__dict__.values()])
    return value


def _numbered(made: Screen, nonce: int) -> Screen:
    return Screen(
        flow=made.flow,
        step=made.step,
        nonce=nonce,
        text=made.text,
        buttons=made.buttons,
        person_lang=made.person_lang,
        ends=made.ends,
        outcome=made.outcome,
        contacts=made.contacts,
        shape=made.shape,
    )


def _make(lib: Library, s: Session, back: bool, shape: object) -> Screen:
    assert s.flow is not None and s.step is not None
    flow = lib.flows[s.flow]
    step = step_at(flow, s.step)
    body = step.body(Ctx(lib, flow), s)
    rows = body.rows
    person_lang = None
    if step.for_person():
        person_lang = s.person_lang or s.lang
        rows += [list(row) for row in _person_rows(lib.languages, person_lang)]
    rows.append(_navigation(s.flow, back))
    return Screen(
        flow=s.flow,
        step=s.step,
        nonce=0,  # set by _numbered: a screen is remembered without it
        text=body.text,
        buttons=rows,
        person_lang=person_lang,
        ends=body.ends,
        outcome=body.outcome,
        contacts=body.contacts,
        shape=shape,
    )


@functools.cache
def _person_rows(languages: tuple[str, ...], current: str) -> tuple[tuple[Button, ...], ...]:
    """The row of languages on a screen for the person, made once per language shown."""
    buttons = []
    for lang in languages:
        args: dict[str, str | int | list[str]] = {
            "lang": [f"lang-{lang}"],
            "current": "yes" if lang == current else "no",
        }
        buttons.append(Button(action=PERSON_LANG_PREFIX + lang, label=Msg(id="person-lang-button", args=args)))
    return tuple(tuple(row) for row in in_rows(buttons, 4))


# Screens share these buttons and never change them.
_BACK = Button(action=BACK, label=Msg(id="nav-back"))
_MENU = Button(action=MENU, label=Msg(id="nav-menu"))
_EXIT = Button(action=EXIT, label=Msg(id="nav-exit"))


def _navigation(flow: str, back: bool) -> list[Button]:
    nav = [_BACK] if back else []
    if flow != MENU_FLOW:
        nav.append(_MENU)
    nav.append(_EXIT)
    return nav
