"""Contact directories as data: who to call, for what, and where we read it.

An entry without a source or without the date it was checked does not load:
an unsourced number is never shipped. Nor does a number that the phone-number
library (flows/phones.py) does not accept for the directory's country, unless the
directory lists it among its `short_codes`, with the source that shows it in use.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from flows import phones

# The needs a contact can serve (README, "Contacts"); outcomes and menus pick by these.
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
ROLES: tuple[str, ...] = get_args(Role)

# A year, a month or a day: sources are often dated no finer than that.
CheckedDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
# The form a number is printed in (digits in groups, + for a country code), so that
# Telegram can offer it for tapping; whether it is a real number is phones.how_valid's call.
Phone = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ]{0,18}[0-9]$")]  # 17 is the shortest (FR)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: str = Field(min_length=2)
    name_en: str | None = None
    roles: list[Role] = Field(min_length=1)
    phone: Phone | None = None
    url: HttpUrl | None = None
    # Opening hours as a fixed code, worded by each locale (contacts-hours-…).
    hours: Literal["always", "24h", "weekdays-9-17"] | None = None
    source: str = Field(min_length=3)
    checked: CheckedDate


class ShortCode(BaseModel):
    """A national short code the phone-number library does not know yet, and where it is seen in use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: Annotated[str, Field(pattern=r"^[0-9]{3,6}$")]
    source: str = Field(min_length=3)


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]  # ISO 3166 (GR, not EL), or EU
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]  # the language of the entries' `name`
    short_codes: list[ShortCode] = []
    contacts: list[Contact] = Field(min_length=1)

    @model_validator(mode="after")
    def _numbers_dial(self) -> Directory:
        listed = [s.number for s in self.short_codes]
        dup = next((n for n in listed if listed.count(n) > 1), None)
        if dup:
            raise ValueError(f"short code '{dup}' listed twice")
        for c in self.contacts:
            if c.phone and self.how_valid(c.phone) is None:
                raise ValueError(f"contact '{c.id}': phone '{c.phone}' is not a valid number or short code in {self.country}")
        return self

    def how_valid(self, phone: str) -> str | None:
        """phones.how_valid for this directory's country and its own list of short codes."""
        return phones.how_valid(phone, self.country, {s.number for s in self.short_codes})

    def serves(self, role: str) -> bool:
        return any(role in c.roles for c in self.contacts)

    def pick(self, roles: list[str]) -> list[Listed]:
        """Entries serving any of the roles, in the order the roles are asked for,
        each listed once under the first role it serves."""
        chosen: list[Listed] = []
        seen: set[str] = set()
        for role in roles:
            for c in self.contacts:
                if role in c.roles and c.id not in seen:
                    seen.add(c.id)
                    chosen.append(Listed(role=role, entry=c, country=self.country, language=self.language))
        return chosen


class Listed(BaseModel):
    """A contact as a screen lists it: under the need it was picked for, with the
    directory it came from (EU when it fills a role the country lacks) and the
    language of its local name."""

    model_config = ConfigDict(frozen=True)

    role: Role
    entry: Contact
    country: str | None = None
    language: str | None = None
