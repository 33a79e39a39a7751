"""Is a phone number in a contact directory one that can be dialled?

The checking is Google's libphonenumber (the `phonenumbers` package), not our own
patterns: a number written with a country code must be a valid number of that
country; a national number or short code must be valid in the directory's own
country (full numbers by the numbering plan, short codes by the library's
short-number data).

What the library cannot know is listed explicitly, each entry with its source:

* EU_HARMONISED (below): 112 and the reserved 116 numbers are the same in every member
  state by EU law. The EU-wide directory belongs to no numbering plan, so its
  numbers are checked against this list alone; a member state's directory may
  use them too, even where the library's short-number data for that country lacks
  one (it has no 116 006 for Bulgaria, Greece, Romania or Spain, for instance).
  Being reserved says nothing of whether a line is staffed in a country: the
  directories' own sources say that.
* national short codes: a country's directory lists, under `short_codes`, the codes
  that a cited source shows in use but the library's data lacks (seen with
  phonenumbers 9.0). `firstline contacts check` reports each one the library has
  since learnt, so the lists can shrink.
"""

from __future__ import annotations

from collections.abc import Collection

import phonenumbers
from phonenumbers import NumberParseException, shortnumberinfo

EU_WIDE = "EU"  # the id of the EU-wide directory; not an ISO 3166 code

EU_MEMBER_STATES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)

EU_HARMONISED: dict[str, str] = {
    "112": "single European emergency number: Directive (EU) 2018/1972 (European Electronic Communications Code), art. 109",
    "116000": "missing children hotline: Commission Decision 2007/116/EC, as amended by 2007/698/EC",
    "116111": "child helpline: Commission Decision 2007/116/EC, as amended by 2007/698/EC",
    "116123": "emotional support helpline: Commission Decision 2007/116/EC, as amended by 2007/698/EC",
    "116006": "helpline for victims of crime: Commission Decision 2007/116/EC, as amended by 2009/884/EC",
    "116117": "non-emergency medical on-call service: Commission Decision 2007/116/EC, as amended by 2009/884/EC",
}

def digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def how_valid(phone: str, region: str, short_codes: Collection[str] = ()) -> str | None:
    """How the number checks out for a directory of `region`, or None when it does not:
    'number' (the numbering plan), 'short code' (the library's short-number data),
    'EU harmonised' (the list above) or 'national list' (`short_codes`, the digits of the
    directory's own sourced list)."""
    plain = digits(phone)
    if region == EU_WIDE:
        return "EU harmonised" if not phone.startswith("+") and plain in EU_HARMONISED else None
    try:
        parsed = phonenumbers.parse(phone, None if phone.startswith("+") else region)
    except NumberParseException:
        return None
    if phonenumbers.is_valid_number(parsed):
        return "number"
    if phone.startswith("+"):
        return None
    if shortnumberinfo.is_valid_short_number_for_region(parsed, region):
        return "short code"
    if region in EU_MEMBER_STATES and plain in EU_HARMONISED:
        return "EU harmonised"
    if plain in short_codes:
        return "national list"
    return None


def library_knows(phone: str, region: str) -> bool:
    """Whether phonenumbers alone accepts the number (for the report on the national list)."""
    try:
        parsed = phonenumbers.parse(phone, region)
    except NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) or shortnumberinfo.is_valid_short_number_for_region(parsed, region)
