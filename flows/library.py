"""Everything the engine reads: flows, contact directories and the languages on offer."""

from __future__ import annotations

from dataclasses import dataclass, field

from flows import phones
from flows.contacts import Directory, Listed
from flows.phones import EU_WIDE
from flows.schema import Flow


@dataclass(frozen=True)
class Library:
    flows: dict[str, Flow]
    directories: dict[str, Directory] = field(default_factory=dict)
    languages: tuple[str, ...] = ("en",)
    # Answers of contacts_for, by (country, roles): directories never change once loaded.
    _contacts: dict[tuple[str, tuple[str, ...]], list[Listed]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def contacts_for(self, country: str | None, roles: list[str]) -> list[Listed]:
        """The country's entries for the roles, in the order asked; a role the country
        has no entry for is filled from the EU-wide directory. An entry already listed
        (same directory and id, or same number) is not listed again."""
        if country is None or not roles:
            return []
        key = (country, tuple(roles))
        if key not in self._contacts:
            self._contacts[key] = self._pick(country, roles)
        return list(self._contacts[key])

    def _pick(self, country: str, roles: list[str]) -> list[Listed]:
        own = self.directories.get(country)
        eu = self.directories.get(EU_WIDE)
        chosen: list[Listed] = []
        seen: set[tuple[str | None, str]] = set()
        for role in roles:
            source = own if own and own.serves(role) else eu
            for listed in source.pick([role]) if source else []:
                keys = {(listed.country, listed.entry.id)} | (
                    {("tel", phones.digits(listed.entry.phone))} if listed.entry.phone else set()
                )
                if keys & seen:
                    continue
                seen |= keys
                chosen.append(listed)
        return chosen
