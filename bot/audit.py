"""`firstline contacts check`: what the organisation running the bot must look at.

Entries whose check is more than 12 months old, roles a country has no entry for
(and what the EU-wide set puts in their place), and numbers accepted from
Firstline's own lists rather than the phone-number library. Plain English text:
it is for operators, not for the people the bot talks to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flows import phones
from flows.contacts import ROLES, Contact
from flows.library import Library

MAX_AGE_MONTHS = 12


@dataclass(frozen=True)
class Stale:
    country: str
    entry: Contact
    months: int


def months_since(checked: str, today: date) -> int:
    """Whole months from the check to today. A date given only as a year counts from
    its January: when in doubt, an entry is listed rather than trusted."""
    parts = [int(p) for p in checked.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 1
    return (today.year - year) * 12 + today.month - month


def stale(lib: Library, today: date) -> list[Stale]:
    found = []
    for country, directory in sorted(lib.directories.items()):
        for c in directory.contacts:
            age = months_since(c.checked, today)
            if age > MAX_AGE_MONTHS:
                found.append(Stale(country, c, age))
    return found


def missing_roles(lib: Library) -> dict[str, list[str]]:
    """Per country, the roles none of its own entries serves."""
    return {
        country: [r for r in ROLES if not directory.serves(r)]
        for country, directory in sorted(lib.directories.items())
    }


def fallback_for(lib: Library, country: str, role: str) -> list[str]:
    """What a screen asking for the role shows in that country: the EU entries filling it."""
    return [f"{listed.entry.id}{' ' + listed.entry.phone if listed.entry.phone else ''}" for listed in lib.contacts_for(country, [role]) if listed.country != country]


def own_list_numbers(lib: Library) -> list[tuple[str, Contact, str]]:
    """Entries whose number only Firstline's own lists vouch for (EU harmonised numbers in
    flows/phones.py, a directory's `short_codes`)."""
    found = []
    for country, directory in sorted(lib.directories.items()):
        for c in directory.contacts:
            how = directory.how_valid(c.phone) if c.phone else None
            if how in ("EU harmonised", "national list"):
                found.append((country, c, how))
    return found


def report(lib: Library, today: date) -> str:
    entries = sum(len(d.contacts) for d in lib.directories.values())
    lines = [
        f"firstline contacts check, {today.isoformat()}",
        f"{len(lib.directories)} directories ({', '.join(sorted(lib.directories))}), {entries} entries, "
        "each with a source and a date checked (the loader refuses any without).",
        "",
    ]
    old = stale(lib, today)
    lines.append(f"Checked more than {MAX_AGE_MONTHS} months ago: {len(old) or 'none'}")
    for s in old:
        what = s.entry.phone or str(s.entry.url)
        lines.append(f"  {s.country} {s.entry.id}: checked {s.entry.checked} ({s.months} months), {what} · source: {s.entry.source}")
    lines.append("")
    lines.append("Roles with no entry of the country's own (EU-wide entries shown instead, if any):")
    for country, roles in missing_roles(lib).items():
        if not roles:
            lines.append(f"  {country}: none missing")
            continue
        if country == phones.EU_WIDE:
            lines.append(f"  {country}: {', '.join(roles)} (the EU-wide set itself: nothing fills these)")
            continue
        parts = [f"{role} -> {', '.join(fallback_for(lib, country, role)) or 'nothing'}" for role in roles]
        lines.append(f"  {country}: {'; '.join(parts)}")
    lines.append("")
    lines.append("Numbers accepted from Firstline's own lists (EU harmonised numbers, a directory's short_codes), not from the phone-number library:")
    for country, c, how in own_list_numbers(lib):
        note = " (the library now knows it: the list entry can go)" if phones.library_knows(c.phone, country) else ""
        lines.append(f"  {country} {c.phone} ({c.id}): {how}{note}")
    return "\n".join(lines) + "\n"
