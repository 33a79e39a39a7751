"""Language and country pickers, generated from what the library has.

A flow asks for a picker with one option in place of the list:

    options:
      - {each: language, next: home}      # one button per folder in locales/
      - {each: country, flow: menu}       # one button per file in flows/data/contacts/

and gets one option per language (`id: el, label: lang-el, set_lang: el`) or per country
directory (`id: gr, label: country-gr, set_country: GR`), each with the rest of the line
(`next`, `flow`). So a new language folder or contact directory shows up in every picker
without touching a flow. This works on the YAML as read, before the schema sees it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.messages import REFERENCE
from flows.phones import EU_WIDE

EACH = "each"


@dataclass(frozen=True)
class Offer:
    """What the pickers list: language codes and country codes (ISO 3166, or EU), in order."""

    languages: tuple[str, ...]
    countries: tuple[str, ...]

    @classmethod
    def found(cls, data_dir: Path, locales_dir: Path) -> Offer:
        return cls(languages=languages_in(locales_dir), countries=countries_in(data_dir))


def languages_in(locales_dir: Path) -> tuple[str, ...]:
    """Every folder of .ftl files in locales/."""
    return ordered_languages(p.name for p in Path(locales_dir).iterdir() if p.is_dir() and any(p.glob("*.ftl")))


def countries_in(data_dir: Path) -> tuple[str, ...]:
    """Every contact directory, by its file name (`gr.yaml` is GR; the loader checks the file says so)."""
    return ordered_countries(p.stem.upper() for p in (Path(data_dir) / "contacts").glob("*.yaml"))


def ordered_languages(codes: Iterable[str]) -> tuple[str, ...]:
    """The reference language first, then by code: the same order whatever the disk lists."""
    return tuple(sorted(set(codes), key=lambda c: (c != REFERENCE, c)))


def ordered_countries(codes: Iterable[str]) -> tuple[str, ...]:
    """By code, the EU-wide set ("elsewhere in the EU") last."""
    return tuple(sorted(set(codes), key=lambda c: (c == EU_WIDE, c)))


def expand(raw: Any, offer: Offer) -> Any:
    """The flow as read from YAML with every `each:` option replaced by its options.
    Anything that is not a well-formed flow is returned as it is, for the schema to refuse."""
    if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list):
        return raw
    for step in raw["steps"]:
        if isinstance(step, dict) and isinstance(step.get("options"), list):
            step["options"] = [new for option in step["options"] for new in _options(option, offer)]
    return raw


def _options(option: Any, offer: Offer) -> list[Any]:
    if not isinstance(option, dict) or EACH not in option:
        return [option]
    rest = {k: v for k, v in option.items() if k != EACH}
    if option[EACH] == "language":
        return [{"id": code, "label": f"lang-{code}", "set_lang": code, **rest} for code in offer.languages]
    if option[EACH] == "country":
        return [
            {"id": code.lower(), "label": f"country-{code.lower()}", "set_country": code, **rest}
            for code in offer.countries
        ]
    return [option]  # an unknown `each` stays, and the schema names it as an unknown field
