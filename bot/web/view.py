"""An engine reply as the web page shows it: plain data for the templates, no HTML.

The same words as every other channel: messages through the catalogue, button
labels and contact details through bot/render.py. What the web adds is
structure: the person's part in its own language (lang, dir), contacts as
tel: links, and documents as downloads behind a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.render import (
    abroad,
    contact_name,
    dated,
    description,
    gap_line,
    hours,
    render,
    roles_text,
    rules_lines,
    web_address,
)
from bot.runtime import Runtime
from bot.web import engine_port as port

# Languages written right to left (none of the shipped ones yet): their pages get dir="rtl".
RTL = {"ar", "fa", "he", "ur"}


def direction(lang: str) -> str:
    return "rtl" if lang.split("-")[0] in RTL else "ltr"


@dataclass(frozen=True)
class Contact:
    """An entry (name, roles, number as a tel: link, address, what it is) or, for a role the
    country has no entry for, that role and its honest line (`gap`)."""

    roles: str
    name: str | None = None
    phone: str | None = None
    tel: str | None = None  # the number as a tel: link wants it
    url: str | None = None
    web: str | None = None  # the address as shown
    details: list[str] = field(default_factory=list)  # reachable from abroad, hours
    description: str | None = None
    dated: str | None = None  # only where only the 2013 guide vouches for it, as every channel says
    gap: str | None = None


@dataclass(frozen=True)
class Contacts:
    lang: str
    dir: str
    heading: str
    items: list[Contact]
    none: str | None  # an end screen with no contacts says so
    rules: list[list[str]] = field(default_factory=list)  # the country's rules: a heading, then a line each
    notes: list[str] = field(default_factory=list)  # a country without written rules says so


@dataclass(frozen=True)
class Button:
    action: str
    label: str
    exit: bool = False  # quick exit: a link, not a press
    lang: str | None = None  # a language's name, written in that language


@dataclass(frozen=True)
class Person:
    lang: str
    dir: str
    text: list[str]


@dataclass(frozen=True)
class Download:
    action: str  # the option that asks for it, pressed again by the download
    label: str
    warning: str


@dataclass
class Page:
    lang: str
    dir: str
    title: str
    exit_label: str
    heading: str
    back_label: str = ""  # the script's in-page Back (the browser's leaves the bot)
    state: str = ""
    hint: str | None = None
    notices: list[str] = field(default_factory=list)
    person: Person | None = None
    divider: bool = False
    text: list[str] = field(default_factory=list)
    contacts: Contacts | None = None
    download: Download | None = None
    rows: list[list[Button]] = field(default_factory=list)


def chrome(rt: Runtime, lang: str, heading: str) -> Page:
    """What every page has: its language, the neutral title and the quick-exit label."""
    cat = rt.catalog
    return Page(
        lang=lang,
        dir=direction(lang),
        title=cat.text(lang, "web-title"),
        exit_label=cat.text(lang, "nav-exit"),
        heading=heading,
        back_label=cat.text(lang, "nav-back"),
    )


def screen_page(
    rt: Runtime, lang: str, reply: port.Reply, state: str, pressed: str | None = None, first: bool = False
) -> Page:
    cat, screen = rt.catalog, reply.screen
    page = chrome(rt, lang, cat.text(lang, f"web-heading-{screen.flow}"))
    page.state = state
    page.hint = cat.text(lang, "web-exit-hint") if first else None
    page.notices = [cat.render(lang, n) for n in reply.notices]
    person = screen.person_lang if screen.person_lang and screen.person_lang != lang else None
    if person:
        page.person = Person(lang=person, dir=direction(person), text=_lines(rt, person, screen))
        page.divider = True
    page.text = _lines(rt, lang, screen)
    reader = person or lang
    if screen.contacts or screen.ends:
        page.contacts = contacts(
            rt, reader, screen.contacts, cat.text(reader, "contacts-heading"), cat.text(reader, "contacts-none")
        )
    if reply.documents and pressed:
        name = reply.documents[0]
        page.download = Download(
            action=pressed, label=cat.text(lang, f"web-download-{name}"), warning=cat.text(lang, "web-download-warning")
        )
    # render() gives every channel the same labels (bilingual on the person's screens); the
    # text and contacts are laid out above, so it is asked for the buttons only.
    rendered = render(cat, lang, screen)
    page.rows = [
        [
            Button(b.action, b.label, exit=b.action == port.EXIT, lang=_named_language(rt, shown.label))
            for b, shown in zip(row, shown_row)
        ]
        for row, shown_row in zip(rendered.buttons, screen.buttons)
    ]
    return page


def contacts(rt: Runtime, lang: str, listed: list[port.Listed], heading: str, none: str | None) -> Contacts:
    """A screen's contact section, laid out as every channel lays it out (bot/render.py's
    contact_section): the country's rules first, then the contacts."""
    cat = rt.catalog
    rules, notes, items = [], [], []
    for c in listed:
        if c.role in port.RULE_SECTIONS:
            if c.kind == "rules":
                rules.append(rules_lines(cat, lang, c))
            else:
                notes.append(gap_line(cat, lang, c))
        elif c.kind == "gap":
            items.append(Contact(roles=roles_text(cat, lang, c), gap=gap_line(cat, lang, c)))
        else:
            items.append(_entry(rt, lang, c))
    return Contacts(
        lang=lang,
        dir=direction(lang),
        heading=heading,
        items=items,
        none=None if items or rules or notes else none,
        rules=rules,
        notes=notes,
    )


def _entry(rt: Runtime, lang: str, c: port.Listed) -> Contact:
    cat, entry = rt.catalog, c.entry
    details = [
        abroad(cat, lang, c),
        cat.text(lang, "contacts-from-abroad", {"phone": entry.phone_abroad}) if entry.phone_abroad else None,
        hours(cat, lang, c),
    ]
    return Contact(
        roles=roles_text(cat, lang, c),
        name=contact_name(cat, lang, c),
        phone=entry.phone,
        tel=tel(entry.phone) if entry.phone else None,
        url=str(entry.url) if entry.url else None,
        web=web_address(c),
        details=[d for d in details if d],
        description=None if c.brief else description(cat, lang, c),
        dated=dated(cat, lang, c) if entry.guide_only else None,
    )


def tel(phone: str) -> str:
    """'+31 (0)88 …' -> '+3188…': what a tel: link dials."""
    digits = re.sub(r"\(0\)", "", phone)
    return re.sub(r"[^\d+]", "", digits)


def _named_language(rt: Runtime, label: port.Msg) -> str | None:
    """The language a label names by its own name (lang-xx), so a screen reader says it right."""
    code = label.id.removeprefix("lang-")
    return code if label.id.startswith("lang-") and code in rt.library.languages else None


def _lines(rt: Runtime, lang: str, screen: port.Screen) -> list[str]:
    return [rt.catalog.render(lang, m) for m in screen.text]
