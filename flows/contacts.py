"""Contact directories as data: who to call, for what, and where we read it.

An entry without a source or without the date it was checked does not load:
an unsourced number is never shipped.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

# The needs a contact can serve (DESIGN.md); outcomes and menus pick by these.
Role = Literal[
    "emergency",
    "police",
    "reporting",
    "specialised",
    "child-protection",
    "sex-worker-support",
    "labour",
    "migration",
    "legal",
    "medical",
]
ROLES: tuple[str, ...] = Role.__args__

# A year, a month or a day: sources are often dated no finer than that.
CheckedDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
# As printed for a caller: international (+31 33 448 1186) or a national short number.
Phone = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ]{1,18}[0-9]$")]


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: str = Field(min_length=2)
    name_en: str | None = None
    roles: list[Role] = Field(min_length=1)
    phone: Phone | None = None
    url: HttpUrl | None = None
    hours: str | None = None
    source: str = Field(min_length=3)
    checked: CheckedDate


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    contacts: list[Contact] = Field(min_length=1)

    def pick(self, roles: list[str]) -> list[Listed]:
        """Entries serving any of the roles, in the order the roles are asked for,
        each listed once under the first role it serves."""
        chosen: list[Listed] = []
        seen: set[str] = set()
        for role in roles:
            for c in self.contacts:
                if role in c.roles and c.id not in seen:
                    seen.add(c.id)
                    chosen.append(Listed(role=role, entry=c))
        return chosen


class Listed(BaseModel):
    """A contact as a screen lists it: under the need it was picked for."""

    model_config = ConfigDict(frozen=True)

    role: Role
    entry: Contact
