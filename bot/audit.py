"""`firstline contacts check`: what the organisation running the bot must look at.

The coverage of every country (how many entries serve each role, or that an honest
line stands in), the roles an outcome needs that a country covers with neither, the
entries due for confirming (never confirmed by a call or on the live site, or
confirmed more than 12 months ago), those only the 2013 guide vouches for, the rules
no source was found for, and numbers accepted from Firstline's own lists rather than
the phone-number library. Plain English: it is for operators, not for the people the
bot talks to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flows import phones
from flows.contacts import ROLES, RULE_SECTIONS, Contact, Directory
from flows.library import Library

MAX_AGE_MONTHS = 12
HONEST = "honest line"


@dataclass(frozen=True)
class Due:
    country: str
    entry: Contact
    why: str


def months_since(when: str, today: date) -> int:
    """Whole months from a date to today. A date given only as a year counts from its
    January: when in doubt, an entry is listed rather than trusted."""
    parts = [int(p) for p in when.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 1
    return (today.year - year) * 12 + today.month - month


def due(lib: Library, today: date) -> list[Due]:
    """Entries to confirm by calling or on the live site."""
    found = []
    for country, directory in sorted(lib.directories.items()):
        for c in directory.contacts:
            if c.confirmed is None:
                found.append(Due(country, c, f"never confirmed (researched {c.researched})"))
            elif months_since(c.confirmed, today) > MAX_AGE_MONTHS:
                found.append(
                    Due(country, c, f"confirmed {c.confirmed} ({months_since(c.confirmed, today)} months ago)")
                )
    return found


def cell(directory: Directory, role: str) -> str:
    if role in directory.gaps:
        return HONEST
    n = sum(role in c.roles for c in directory.contacts)
    return str(n) if n else "-"


def matrix(lib: Library) -> list[str]:
    """Country x role: the number of entries serving the role, or 'honest line'."""
    countries = sorted(lib.directories)
    width = max(len(r) for r in ROLES)
    lines = [f"{'role':<{width}}  " + "  ".join(f"{c:<11}" for c in countries)]
    for role in ROLES:
        lines.append(f"{role:<{width}}  " + "  ".join(f"{cell(lib.directories[c], role):<11}" for c in countries))
    rules = "  ".join(f"{('yes' if lib.directories[c].rules else '-'):<11}" for c in countries)
    lines.append(f"{'(country rules)':<{width}}  {rules}")
    return [line.rstrip() for line in lines]


def required_roles(lib: Library) -> dict[tuple[str, str], list[str]]:
    """(flow, step) -> the contact roles that screen asks for."""
    return {
        (flow_id, step.id): list(step.contacts)
        for flow_id, flow in sorted(lib.flows.items())
        for step in flow.steps
        if getattr(step, "contacts", None)
    }


def uncovered(lib: Library) -> list[str]:
    """Every (country, screen, role) where a screen would show neither an entry nor an honest line."""
    found = []
    for country, directory in sorted(lib.directories.items()):
        for (flow_id, step_id), roles in required_roles(lib).items():
            for role in roles:
                if role in RULE_SECTIONS:
                    continue  # a country without rules gets the shared 'rules-none' line
                if not directory.covers(role):
                    found.append(f"{country} {flow_id}/{step_id}: {role}")
    return found


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
        "each with its source and the dates of the source, of the research and of the last confirmation.",
        "",
        "Coverage (entries per role, or the honest line shown instead):",
        *(f"  {line}" for line in matrix(lib)),
        "",
    ]
    missing = uncovered(lib)
    lines.append(f"Roles a screen needs with neither an entry nor an honest line: {len(missing) or 'none'}")
    lines += [f"  {m}" for m in missing]
    lines.append("")
    guide = [(country, c) for country, d in sorted(lib.directories.items()) for c in d.contacts if c.guide_only]
    lines.append(f"Vouched for only by the 2013 guide: {len(guide) or 'none'}")
    for country, c in guide:
        lines.append(f"  {country} {c.id}: {c.phone or c.url} · source: {c.source}")
    lines.append("")
    unsourced = [
        (country, key)
        for country, d in sorted(lib.directories.items())
        for key, rule in d.rules.items()
        if not rule.sourced
    ]
    lines.append(f"Country rules without a source (the screens say so and whom to ask): {len(unsourced) or 'none'}")
    lines += [f"  {country} {key}" for country, key in unsourced]
    lines.append("")
    owed = due(lib, today)
    lines.append(f"Due for confirming by a call or on the live site: {len(owed) or 'none'}")
    for d in owed:
        what = d.entry.phone or str(d.entry.url)
        lines.append(f"  {d.country} {d.entry.id}: {what} · {d.why} · source: {d.entry.source} ({d.entry.source_date})")
    lines.append("")
    lines.append(
        "Numbers accepted from Firstline's own lists (EU harmonised numbers, a directory's short_codes), not from the phone-number library:"
    )
    for country, c, how in own_list_numbers(lib):
        note = " (the library now knows it: the list entry can go)" if phones.library_knows(c.phone, country) else ""
        lines.append(f"  {country} {c.phone} ({c.id}): {how}{note}")
    return "\n".join(lines) + "\n"
