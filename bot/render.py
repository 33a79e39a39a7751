"""Turns an engine screen into text and buttons in one language.

Shared by every adapter (Telegram, terminal chat, replay) so they all show the
same words. Plain text, no markup: nothing a translator writes can break it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from flows import Msg, Screen
from flows.contacts import Listed
from flows.messages import Catalog

# Tests hold every screen to this; an adapter that meets a longer one splits it.
TELEGRAM_TEXT_LIMIT = 4096


@dataclass(frozen=True)
class RenderedButton:
    action: str
    label: str


@dataclass(frozen=True)
class Rendered:
    text: str
    buttons: list[list[RenderedButton]]
    contacts: list[dict]


def contact_name(listed: Listed, lang: str) -> str:
    """The local name for a reader of the directory's language, else the English one."""
    entry = listed.entry
    return entry.name if lang == listed.language or not entry.name_en else entry.name_en


def web_address(listed: Listed) -> str | None:
    url = listed.entry.url
    return str(url).removeprefix("https://").removeprefix("http://").rstrip("/") if url else None


def hours(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str | None:
    code = listed.entry.hours
    return catalog.text(lang, f"contacts-hours-{code}", strict=strict) if code else None


def contact_details(catalog: Catalog, lang: str, listed: Listed, phone: bool = True, strict: bool = False) -> str:
    """Number, web address and hours, as every contact list shows them (the card sets the number apart)."""
    parts = (listed.entry.phone if phone else None, web_address(listed), hours(catalog, lang, listed, strict))
    return " · ".join(p for p in parts if p)


def contact_line(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """Name and role on the first line; the number alone at the start of the next, where
    Telegram recognises it and makes it tappable; the date checked last, in brackets."""
    entry = listed.entry
    role = catalog.text(lang, f"contact-role-{listed.role}", strict=strict)
    checked = catalog.text(lang, "contacts-checked", {"date": entry.checked}, strict=strict)
    return f"• {contact_name(listed, lang)} — {role}\n   {contact_details(catalog, lang, listed, strict=strict)} ({checked})"


def render(catalog: Catalog, lang: str, screen: Screen, notices: list[Msg] = (), strict: bool = False) -> Rendered:
    """The screen in the worker's language; a screen for the person in the person's
    language first, the worker's underneath, and bilingual buttons.

    The bot's (lenient) renders are remembered: the same screen in the same language
    always reads the same, and most taps show a screen shown before. What comes back may
    be shared, so it is never to be changed."""
    if strict:
        return _render(catalog, lang, screen, notices, strict)
    try:
        key = _screen_key(lang, screen, notices)
    except TypeError:  # an argument that cannot be a key: rendered afresh
        return _render(catalog, lang, screen, notices, strict)
    remembered = _REMEMBERED.setdefault(catalog, {})
    hit = remembered.get(key)
    if hit is not None:
        return hit[0]
    rendered = _render(catalog, lang, screen, notices, strict)
    if len(remembered) >= MAX_REMEMBERED_SCREENS:
        remembered.clear()  # a crude bound, never reached by the shipped flows
    # The contacts are in the key by identity: kept alive with it, so no other can take their id.
    remembered[key] = (rendered, screen.contacts)
    return rendered


# Rendered screens by catalog, then by _screen_key.
_REMEMBERED: weakref.WeakKeyDictionary[Catalog, dict[tuple, tuple[Rendered, list[Listed]]]]
_REMEMBERED = weakref.WeakKeyDictionary()
MAX_REMEMBERED_SCREENS = 20_000


def _screen_key(lang: str, screen: Screen, notices: list[Msg]) -> tuple:
    """All a render reads of a screen. Contacts by identity: the engine hands out the same
    objects for the same country and roles (and another object only costs a render)."""
    key = _msg_key
    return (
        lang,
        screen.person_lang,
        screen.ends,
        tuple([key(m) for m in notices]),
        tuple([key(m) for m in screen.text]),
        tuple([tuple([(b.action, key(b.label)) for b in row]) for row in screen.buttons]),
        tuple([id(c) for c in screen.contacts]),
    )


def _msg_key(msg: Msg) -> str | tuple:
    if not msg.args:
        return msg.id  # most messages: no arguments
    return (msg.id, *[(k, tuple(v) if isinstance(v, list) else v) for k, v in msg.args.items()])


def _render(catalog: Catalog, lang: str, screen: Screen, notices: list[Msg], strict: bool) -> Rendered:
    blocks = [catalog.render(lang, n, strict) for n in notices]
    person = screen.person_lang if screen.person_lang and screen.person_lang != lang else None
    if person:
        blocks.append(_text(catalog, person, screen, strict))
        blocks.append(catalog.text(lang, "person-divider", strict=strict))
    blocks.append(_text(catalog, lang, screen, strict))
    # Contacts once, in the language of whoever the screen is for.
    reader = person or lang
    if screen.contacts:
        lines = [catalog.text(reader, "contacts-heading", strict=strict)]
        lines += [contact_line(catalog, reader, c, strict) for c in screen.contacts]
        blocks.append("\n".join(lines))
    elif screen.ends:
        blocks.append(catalog.text(reader, "contacts-none", strict=strict))
    contacts = [
        {"name": contact_name(c, reader), "role": c.role, "phone": c.entry.phone, "url": str(c.entry.url) if c.entry.url else None}
        for c in screen.contacts
    ]
    buttons = [[RenderedButton(b.action, _label(catalog, lang, person, b, strict)) for b in row] for row in screen.buttons]
    return Rendered(text="\n\n".join(blocks), buttons=buttons, contacts=contacts)


def _text(catalog: Catalog, lang: str, screen: Screen, strict: bool) -> str:
    return "\n".join(catalog.render(lang, m, strict) for m in screen.text)


def _label(catalog: Catalog, lang: str, person: str | None, button, strict: bool) -> str:
    mine = catalog.render(lang, button.label, strict)
    if not person or button.action.startswith("_"):
        return mine  # navigation and language buttons are the worker's
    theirs = catalog.render(person, button.label, strict)
    return mine if theirs == mine else f"{theirs} / {mine}"
