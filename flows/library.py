"""Everything the engine reads: flows, contact directories and the languages on offer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flows import phones
from flows.contacts import RULE_SECTIONS, Directory, Listed
from flows.outputs import Screen
from flows.phones import EU_WIDE
from flows.schema import Flow

# Screens made (flows/screens.py): by flow, step and whether there is a way back, then by
# the session fields the making read, then by those fields' values.
Looks = dict[tuple[str, str, bool], dict[tuple[str, ...], dict[tuple[Any, ...], Screen]]]


@dataclass(frozen=True)
class Library:
    flows: dict[str, Flow]
    directories: dict[str, Directory] = field(default_factory=dict)
    languages: tuple[str, ...] = ("en",)
    # Answers of contacts_for, by (country, roles): directories never change once loaded.
    _contacts: dict[tuple[str, tuple[str, ...], bool], list[Listed]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # Screens already made, by what they were made from (flows/screens.py).
    looks: Looks = field(default_factory=dict, init=False, compare=False, repr=False)

    def contacts_for(self, country: str | None, roles: list[str], brief: bool = False) -> list[Listed]:
        """A screen's contact section: for each role asked, in order, the country's
        entries, or its honest line when it has none; `country-rules` adds the
        country's rules. A country's own directory is never filled from the EU-wide
        set (a harmonised number not staffed there would be a wrong substitute); a
        country without a directory gets the EU-wide set. An entry already listed
        (same directory and id, or same number) is not listed again."""
        if country is None or not roles:
            return []
        key = (country, tuple(roles), brief)
        if key not in self._contacts:
            self._contacts[key] = self._pick(country, roles, brief)
        return list(self._contacts[key])

    def _pick(self, country: str, roles: list[str], brief: bool) -> list[Listed]:
        own = self.directories.get(country) or self.directories.get(EU_WIDE)
        if own is None:
            return []
        chosen: list[Listed] = []
        seen: set[tuple[str | None, str]] = set()
        for role in roles:
            if role in RULE_SECTIONS:
                if own.rules:
                    chosen.append(Listed(kind="rules", role=role, country=own.country, language=own.language))
                else:
                    chosen.append(Listed(kind="gap", role=role, country=own.country, message="rules-none"))
                continue
            if role in own.gaps:
                chosen.append(Listed(kind="gap", role=role, country=own.country, message=own.gap_message(role)))
                continue
            for listed in own.pick([role]):
                entry = listed.entry
                assert entry is not None  # pick lists entries
                keys = {(listed.country, entry.id)} | ({("tel", phones.digits(entry.phone))} if entry.phone else set())
                if keys & seen:
                    continue
                seen |= keys
                chosen.append(listed.model_copy(update={"brief": True}) if brief else listed)
        return chosen
