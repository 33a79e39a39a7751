"""Contact directories as data: who to call, for what, and where we read it.

An entry without a source does not load: an unsourced number is never shipped.
Nor does a number that the phone-number library (flows/phones.py) does not accept
for the directory's country. Three dates are kept apart, because each claims
something different: `source_date` is the source page's own date (often "n.d."),
`researched` when Firstline read that page, `confirmed` when someone last rang the
number or checked the live site (empty until someone does).
A short code the phone-number library does not know loads when the directory lists it
among its `short_codes`, with the source that shows it in use.

Where a country has no sourced entry for a role, the directory says so in a `gaps`
line of its own (an honest line, worded per country in every language) instead of
lending a number that does another job. Its rules (who identifies a victim, the
reflection period, duties to report, legal aid) live beside its contacts.
"""

from __future__ import annotations

from typing import Annotated, Literal, cast, get_args

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from flows import phones

# The needs a contact can serve (README, "Contacts"); outcomes and menus pick by these.
# `referral` is the national referral mechanism's entry point: who formally
# identifies a victim; `shelter` covers basic needs (a bed, food).
Role = Literal[
    "emergency",
    "police",
    "reporting",
    "referral",
    "specialised",
    "child-protection",
    "sexual-health",
    "shelter",
    "legal",
    "migration",
    "sex-worker-support",
    "labour",
]
ROLES: tuple[str, ...] = get_args(Role)
# The rules kept per country, each worded by the locales as rules-<cc>-<key>.
RULE_KEYS: tuple[str, ...] = ("identifies", "reflection", "report-adults", "report-children", "legal-aid")
COUNTRY_RULES = "country-rules"
# Not roles: asked for beside roles, they add the country's rules (all, or those a
# screen is about) to a screen's contact section.
RULE_SECTIONS: dict[str, tuple[str, ...]] = {
    COUNTRY_RULES: RULE_KEYS,
    "country-rules-referral": ("identifies", "reflection", "legal-aid"),
    "country-rules-reporting": ("report-adults", "report-children"),
}
SECTIONS: tuple[str, ...] = (*ROLES, *RULE_SECTIONS)

# A year, a month or a day.
Month = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
# The form a number is printed in (digits in groups, + for a country code), so that
# Telegram can offer it for tapping; whether it is a real number is phones.how_valid's call.
Phone = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ]{0,18}[0-9]$")]  # 17 is the shortest (FR)
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
# Hours as fixed codes, worded by each locale (contacts-hours-…); only where the source states them.
Hours = Literal["always", "24h", "weekdays-9-17", "weekdays-8-16", "daily-9-18", "daily-11-21", "office-hours"]
# The 2013 guide's own list: what only it vouches for is marked so, and listed for re-checking.
GUIDE_2013 = "EuroTrafGuid 2013"


# Messages every contact section is worded with, in every locale.
CONTACT_MESSAGES: tuple[str, ...] = (
    "contacts-heading",
    "contacts-none",
    "contacts-as-of",
    "contacts-guide-2013",
    "contacts-abroad-national",
    "contacts-abroad-maybe",
    "contacts-from-abroad",
    "rules-heading",
    "rules-none",
    *(f"contacts-hours-{h}" for h in get_args(Hours)),
    *(f"contact-role-{r}" for r in ROLES),
    *(f"rules-label-{k}" for k in RULE_KEYS),
)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    # The name as the line is answered, in the directory's language; its one-line
    # description in every language is the message contact-<cc>-<id>.
    name: str = Field(min_length=2)
    roles: list[Role] = Field(min_length=1)
    phone: Phone | None = None
    phone_abroad: Phone | None = None  # the same line's number for calls from abroad, where the source gives one
    url: HttpUrl | None = None
    hours: Hours | None = None
    # Where a source says a number cannot (or may not) be called from abroad and the
    # number's form does not show it (see reach()).
    abroad: Literal["no", "maybe"] | None = None
    source: str = Field(min_length=3)  # the address where the reference gives one, else the site's name
    source_date: str = Field(min_length=2)  # the page's own date as it gives it: "2022-10-18", "n.d.", "c. 2022"
    researched: Month
    confirmed: Month | None = None

    @model_validator(mode="after")
    def _roles_once(self) -> Contact:
        if len(set(self.roles)) != len(self.roles):
            raise ValueError(f"contact '{self.id}': a role given twice")
        return self

    @property
    def guide_only(self) -> bool:
        return self.source.startswith(GUIDE_2013)


class Gap(BaseModel):
    """No sourced entry for a role: why (for the operator) and whom to ask (in the
    honest line, contact-gap-<cc>-<role>)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    why: str = Field(min_length=3)
    message: str | None = None  # another message id, where several roles share one line


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sourced: bool  # false: the line says that no source was found and whom to ask
    sources: list[str] = []
    source_date: str | None = None

    @model_validator(mode="after")
    def _a_sourced_rule_names_its_source(self) -> Rule:
        if self.sourced and not self.sources:
            raise ValueError("a sourced rule needs its sources")
        return self


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
    gaps: dict[Role, Gap] = {}
    rules: dict[Literal["identifies", "reflection", "report-adults", "report-children", "legal-aid"], Rule] = {}
    researched: Month | None = None  # when the rules were researched

    @model_validator(mode="after")
    def _numbers_dial(self) -> Directory:
        listed = [s.number for s in self.short_codes]
        dup = next((n for n in listed if listed.count(n) > 1), None)
        if dup:
            raise ValueError(f"short code '{dup}' listed twice")
        for c in self.contacts:
            for number in (c.phone, c.phone_abroad):
                if number and self.how_valid(number) is None:
                    raise ValueError(
                        f"contact '{c.id}': phone '{number}' is not a valid number or short code in {self.country}"
                    )
            if c.phone_abroad and not c.phone_abroad.startswith("+"):
                raise ValueError(f"contact '{c.id}': a number for calls from abroad starts with its country code")
        for role in self.gaps:
            if self.serves(role):
                raise ValueError(f"role '{role}' has entries and a gap line: one or the other")
        if self.rules and set(self.rules) != set(RULE_KEYS):
            raise ValueError(f"rules: give all of {', '.join(RULE_KEYS)} (unsourced ones with sourced: false)")
        return self

    def how_valid(self, phone: str) -> str | None:
        """phones.how_valid for this directory's country and its own list of short codes."""
        return phones.how_valid(phone, self.country, {s.number for s in self.short_codes})

    def serves(self, role: str) -> bool:
        return any(role in c.roles for c in self.contacts)

    def covers(self, role: str) -> bool:
        """An entry or an honest line for the role."""
        return self.serves(role) or role in self.gaps

    def gap_message(self, role: str) -> str:
        gap = self.gaps[cast(Role, role)]
        return gap.message or f"contact-gap-{self.country.lower()}-{role}"

    def messages(self) -> set[str]:
        """Every message id the directory's entries, gaps and rules are worded by."""
        cc = self.country.lower()
        ids = {description_id(cc, c.id) for c in self.contacts}
        if self.country == phones.EU_WIDE:  # no local language: the names are translated too
            ids |= {name_id(cc, c.id) for c in self.contacts}
        ids |= {self.gap_message(r) for r in self.gaps}
        ids |= {f"rules-{cc}-{k}" for k in self.rules}
        return ids

    def pick(self, roles: list[str]) -> list[Listed]:
        """Entries serving any of the roles, in the order the roles are asked for, each once."""
        chosen: list[Listed] = []
        seen: set[str] = set()
        for role in roles:
            for c in self.contacts:
                if role in c.roles and c.id not in seen:
                    seen.add(c.id)
                    chosen.append(Listed(role=role, entry=c, country=self.country, language=self.language))
        return chosen


def description_id(country: str, entry: str) -> str:
    return f"contact-{country.lower()}-{entry}"


def name_id(country: str, entry: str) -> str:
    return f"contact-{country.lower()}-{entry}-name"


def reach(entry: Contact, country: str | None) -> Literal["national", "maybe-national"] | None:
    """Whether a number can be dialled from abroad. Short codes (112, 115, 119, 1107…)
    work only inside the country, so the sources say; a number written with its
    country code is meant to be dialled from anywhere."""
    if entry.abroad:
        return "national" if entry.abroad == "no" else "maybe-national"
    if not entry.phone or entry.phone.startswith("+") or country in (None, phones.EU_WIDE):
        return None
    # Freephone and shared-cost numbers are noted only where a source says so of that
    # number (`abroad: maybe`): a note on every 0800 line would crowd the screen.
    return "national" if len(phones.digits(entry.phone)) <= 6 else None


class Listed(BaseModel):
    """A line of a screen's contact section: an entry (under the need it was picked
    for, showing every role it serves), an honest line for a role a country has no
    entry for, or the country's rules."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["entry", "gap", "rules"] = "entry"
    role: str  # the need it was picked for (for rules: country-rules)
    entry: Contact | None = None
    country: str | None = None
    language: str | None = None
    message: str | None = None  # a gap's honest line
    brief: bool = False  # shown without its description (practice feedback)

    @property
    def roles(self) -> list[str]:
        return list(self.entry.roles) if self.entry else [self.role]
