"""Deep links: t.me/<bot>?start=<payload> opens a flow in a language for a country.

Payload: <flow>[_<lang>[_<COUNTRY>]], at most 64 characters of A-Z a-z 0-9 _ -
(Telegram's rule). A part left empty keeps the user's own setting, so
`contacts__NL` opens the Dutch contacts in the user's language. Every part is
checked against the library; a payload that does not check out is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.library import Library

PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# First-use setup is the bot's own business; a link may open any other flow.
NOT_LINKABLE = ("setup",)


@dataclass(frozen=True)
class Link:
    flow: str
    lang: str | None = None
    country: str | None = None


def parse(payload: str | None, library: Library) -> Link | None:
    if not payload or not PAYLOAD.match(payload):
        return None
    parts = payload.split("_")
    if len(parts) > 3:
        return None
    flow, lang, country = (parts + ["", ""])[:3]
    if flow in NOT_LINKABLE or flow not in library.flows:
        return None
    if lang and lang not in library.languages:
        return None
    if country and country.upper() not in library.directories:
        return None
    return Link(flow=flow, lang=lang or None, country=country.upper() or None)


def payload(link: Link) -> str:
    parts = [link.flow, link.lang or "", link.country or ""]
    while parts[-1] == "":
        parts.pop()
    return "_".join(parts)


def url(bot_username: str, link: Link) -> str:
    return f"https://t.me/{bot_username}?start={payload(link)}"
