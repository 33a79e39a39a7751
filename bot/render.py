"""Turns an engine screen into text and buttons in one language.

Shared by every adapter (Telegram, terminal chat, replay) so they all show the
same words. Plain text, no markup: nothing a translator writes can break it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from flows import Msg, Screen
from flows.contacts import RULE_SECTIONS, Listed, description_id, name_id, reach
from flows.messages import Catalog
from flows.phones import EU_WIDE

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


def contact_name(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """An entry's own name, as the line is answered (in the country's language); the
    EU-wide entries, which have no such language, have translated names."""
    if listed.country == EU_WIDE:
        return catalog.text(lang, name_id(listed.country, listed.entry.id), strict=strict)
    return listed.entry.name


def description(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    return catalog.text(lang, description_id(listed.country, listed.entry.id), strict=strict)


def roles_text(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """Every role the entry serves, once: "reporting · specialised support"."""
    return " · ".join(catalog.text(lang, f"contact-role-{r}", strict=strict) for r in listed.roles)


def web_address(listed: Listed) -> str | None:
    url = listed.entry.url
    return str(url).removeprefix("https://").removeprefix("http://").rstrip("/") if url else None


def hours(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str | None:
    code = listed.entry.hours
    return catalog.text(lang, f"contacts-hours-{code}", strict=strict) if code else None


def abroad(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str | None:
    how = reach(listed.entry, listed.country)
    return catalog.text(lang, f"contacts-abroad-{how.removesuffix('-national')}", strict=strict) if how else None


def contact_details(catalog: Catalog, lang: str, listed: Listed, phone: bool = True, strict: bool = False) -> str:
    """Number, web address, hours and whether it works from abroad, as every contact
    list shows them (the card sets the number apart)."""
    entry = listed.entry
    from_abroad = (
        catalog.text(lang, "contacts-from-abroad", {"phone": entry.phone_abroad}, strict=strict)
        if entry.phone_abroad
        else None
    )
    parts = (
        entry.phone if phone else None,
        abroad(catalog, lang, listed, strict),
        from_abroad,
        web_address(listed),
        hours(catalog, lang, listed, strict),
    )
    return " · ".join(p for p in parts if p)


def dated(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """How fresh the entry is: when its source was read, or that only the 2013 guide vouches for it."""
    entry = listed.entry
    if entry.guide_only:
        return catalog.text(lang, "contacts-guide-2013", strict=strict)
    return catalog.text(lang, "contacts-as-of", {"date": entry.researched}, strict=strict)


def gap_line(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """The honest line for a role a country has no entry for."""
    return catalog.text(lang, listed.message, strict=strict)


def rules_lines(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> list[str]:
    """The country's rules: a heading, then one line per rule."""
    cc = listed.country.lower()
    country = catalog.text(lang, f"country-{cc}", strict=strict)
    lines = [catalog.text(lang, "rules-heading", {"country": country}, strict=strict)]
    for key in RULE_SECTIONS[listed.role]:
        label = catalog.text(lang, f"rules-label-{key}", strict=strict)
        lines.append(f"• {label} — {catalog.text(lang, f'rules-{cc}-{key}', strict=strict)}")
    return lines


def contact_line(catalog: Catalog, lang: str, listed: Listed, strict: bool = False) -> str:
    """Name and roles on the first line; the number alone at the start of the next, where
    Telegram recognises it and makes it tappable (the date only where only the 2013 guide
    vouches for it: everything else was researched at once, see `firstline contacts check`); then
    what the entry is, in the reader's language. A gap: the role and its honest line."""
    if listed.kind == "gap":
        return f"• {roles_text(catalog, lang, listed, strict)} — {gap_line(catalog, lang, listed, strict)}"
    details = contact_details(catalog, lang, listed, strict=strict)
    if listed.entry.guide_only:
        details += f" ({dated(catalog, lang, listed, strict)})"
    line = (
        f"• {contact_name(catalog, lang, listed, strict)} — {roles_text(catalog, lang, listed, strict)}\n   {details}"
    )
    return line if listed.brief else f"{line}\n   {description(catalog, lang, listed, strict)}"


def contact_section(catalog: Catalog, lang: str, contacts: list[Listed], strict: bool = False) -> list[str]:
    """The blocks of a screen's contact section: the country's rules, then the contacts."""
    blocks = []
    for listed in contacts:
        if listed.role in RULE_SECTIONS:
            blocks.append(
                "\n".join(rules_lines(catalog, lang, listed, strict))
                if listed.kind == "rules"
                else gap_line(catalog, lang, listed, strict)
            )
    lines = [contact_line(catalog, lang, c, strict) for c in contacts if c.role not in RULE_SECTIONS]
    if lines:
        blocks.append("\n".join([catalog.text(lang, "contacts-heading", strict=strict), *lines]))
    return blocks


def contact_data(catalog: Catalog, lang: str, listed: Listed) -> dict:
    """A contact line as data (for the replay's JSON and the tests)."""
    if listed.kind == "rules":
        return {"role": listed.role, "rules": listed.country}
    if listed.kind == "gap":
        return {"role": listed.role, "roles": [listed.role], "gap": gap_line(catalog, lang, listed)}
    e = listed.entry
    return {
        "name": contact_name(catalog, lang, listed),
        "role": listed.role,
        "roles": listed.roles,
        "phone": e.phone,
        "url": str(e.url) if e.url else None,
        "description": description(catalog, lang, listed),
    }


def render(catalog: Catalog, lang: str, screen: Screen, notices: list[Msg] = (), strict: bool = False) -> Rendered:
    """The screen in the worker's language; a screen for the person in the person's
    language first, the worker's underneath, and bilingual buttons.

    The bot's (lenient) renders are remembered by the screen's shape (flows/screens.py:
    screens that look alike share it): the same screen in the same language always reads
    the same, and most taps show a screen shown before. What comes back may be shared, so
    it is never to be changed."""
    if strict:
        return _render(catalog, lang, screen, notices, strict)
    try:
        key = (lang, screen.shape, notices_key(notices))
    except TypeError:  # an argument that cannot be a key: rendered afresh
        return _render(catalog, lang, screen, notices, strict)
    remembered = _REMEMBERED.setdefault(catalog, {})
    rendered = remembered.get(key)
    if rendered is None:
        rendered = _render(catalog, lang, screen, notices, strict)
        if len(remembered) >= MAX_REMEMBERED_SCREENS:
            remembered.clear()  # a crude bound, never reached by the shipped flows
        remembered[key] = rendered
    return rendered


# Rendered screens by catalog, then by language, shape and notices.
_REMEMBERED: weakref.WeakKeyDictionary[Catalog, dict[tuple, Rendered]] = weakref.WeakKeyDictionary()
MAX_REMEMBERED_SCREENS = 20_000


def notices_key(notices: list[Msg]) -> tuple:
    """Notices as part of a key (TypeError for an argument that cannot be one)."""
    return tuple([_msg_key(m) for m in notices]) if notices else ()


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
        blocks += contact_section(catalog, reader, screen.contacts, strict)
    elif screen.ends:
        blocks.append(catalog.text(reader, "contacts-none", strict=strict))
    contacts = [contact_data(catalog, reader, c) for c in screen.contacts]
    buttons = [
        [RenderedButton(b.action, _label(catalog, lang, person, b, strict)) for b in row] for row in screen.buttons
    ]
    return Rendered(text="\n\n".join(blocks), buttons=buttons, contacts=contacts)


def _text(catalog: Catalog, lang: str, screen: Screen, strict: bool) -> str:
    return "\n".join(catalog.render(lang, m, strict) for m in screen.text)


def _label(catalog: Catalog, lang: str, person: str | None, button, strict: bool) -> str:
    mine = catalog.render(lang, button.label, strict)
    if not person or button.action.startswith("_"):
        return mine  # navigation and language buttons are the worker's
    theirs = catalog.render(person, button.label, strict)
    return mine if theirs == mine else f"{theirs} / {mine}"
