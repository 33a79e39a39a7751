"""Everything the engine reads: flows, contact directories and the languages on offer."""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.contacts import Directory, Listed
from flows.schema import Flow


@dataclass(frozen=True)
class Library:
    flows: dict[str, Flow]
    directories: dict[str, Directory] = field(default_factory=dict)
    languages: tuple[str, ...] = ("en",)

    def contacts_for(self, country: str | None, roles: list[str]) -> list[Listed]:
        directory = self.directories.get(country or "")
        return directory.pick(roles) if directory and roles else []
