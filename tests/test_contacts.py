"""Contact directories: every number sourced, dated and dialable; the EU-wide set
filling gaps; contact lines; and `firstline contacts check` on the shipped data."""

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from bot import audit
from bot.cli import main
from bot.render import contact_line, contact_name
from flows import phones
from flows.contacts import Directory
from flows.library import Library
from flows.loader import DATA_DIR, FlowError, load_library
from flows.pickers import countries_in

FIXTURES = Path(__file__).parent / "fixtures"
# The directories on disk: a new country file is picked up without editing a test.
EDITIONS = set(countries_in(DATA_DIR))
# The directories researched in November 2026 (all but the Dutch one, partly the guide's 2013 list).
RESEARCHED_2026_11 = {"FR", "BG", "RO", "ES", "GR", "EU"}
# Numbers the contact research of 2026-11 marks unsourced: never to be shipped.
UNSOURCED = {("FR", "0825 009 907"), ("ES", "062")}
# A source names a place to look it up: a web address, the guide, or a named report.
SOURCE = re.compile(r"[a-z0-9-]+\.[a-z]{2,}|EuroTrafGuid|eur-lex|\breport\b")
PLACEHOLDER = re.compile(r"unsourced|unknown|not found|tbd|todo", re.I)


def entries(rt):
    return [(country, c) for country, d in sorted(rt.library.directories.items()) for c in d.contacts]


def test_a_directory_for_every_file_and_an_eu_wide_set(rt):
    assert set(rt.library.directories) == EDITIONS
    assert {"NL", "EU"} <= EDITIONS


def test_every_shipped_number_has_a_source_a_date_and_dials(rt):
    phones_seen = 0
    for country, c in entries(rt):
        assert SOURCE.search(c.source), f"{country} {c.id}: source {c.source!r} names nowhere to check"
        assert not PLACEHOLDER.search(c.source), f"{country} {c.id}: source {c.source!r}"
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", c.checked), f"{country} {c.id}"
        assert c.phone or c.url, f"{country} {c.id}"
        if c.phone:
            phones_seen += 1
            assert rt.library.directories[country].how_valid(c.phone), f"{country} {c.id}: {c.phone}"
            assert (country, c.phone) not in UNSOURCED, f"{country} {c.id}: an unsourced number"
    assert phones_seen > 50


def test_entries_seen_in_the_reference_carry_its_month(rt):
    """Everything but the Dutch list (partly only in the 2013 guide) was checked in 2026-11."""
    for country, c in entries(rt):
        if country in RESEARCHED_2026_11:
            assert c.checked == "2026-11", f"{country} {c.id}"


def test_names_in_the_local_language_and_in_english(rt):
    for country, c in entries(rt):
        assert c.name and c.name_en, f"{country} {c.id}"
    greek = rt.library.directories["GR"].contacts
    assert any(re.search("[α-ω]", c.name) for c in greek)
    bulgarian = rt.library.directories["BG"].contacts
    assert any(re.search("[а-я]", c.name) for c in bulgarian)


# --- validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone, region, how",
    [
        ("0800 7000", "NL", "number"),
        ("+31 33 448 1186", "NL", "number"),
        ("112", "NL", "short code"),
        ("119", "FR", "short code"),
        ("116 006", "BG", "EU harmonised"),
        ("116 000", "EU", "EU harmonised"),
    ],
)
def test_numbers_that_dial(phone, region, how):
    assert phones.how_valid(phone, region) == how


@pytest.mark.parametrize("phone, country", [("1109", "GR"), ("197", "GR"), ("1056", "GR"), ("15900", "GR"), ("119", "RO")])
def test_short_codes_the_library_lacks_dial_from_the_directorys_own_sourced_list(rt, phone, country):
    directory = rt.library.directories[country]
    assert phones.how_valid(phone, country) is None, "the library knows it now: drop it from short_codes"
    assert directory.how_valid(phone) == "national list"
    [listed] = [s for s in directory.short_codes if s.number == phone]
    assert SOURCE.search(listed.source) and not PLACEHOLDER.search(listed.source)


def test_a_short_code_without_a_source_does_not_load():
    raw = yaml.safe_load((DATA_DIR / "contacts" / "ro.yaml").read_text(encoding="utf-8"))
    del raw["short_codes"][0]["source"]
    with pytest.raises(ValidationError, match="source"):
        Directory.model_validate(raw)
    del raw["short_codes"]
    with pytest.raises(ValidationError, match="phone '119' is not a valid number or short code in RO"):
        Directory.model_validate(raw)


@pytest.mark.parametrize(
    "phone, region",
    [("0800 12", "NL"), ("999", "NL"), ("1234", "GR"), ("116 999", "EU"), ("+31 20 760 0809", "EU"), ("+31 12 345", "NL"), ("1109", "NL")],
)
def test_numbers_that_do_not(phone, region):
    assert phones.how_valid(phone, region) is None


def _load_with(tmp_path: Path, fixture: str):
    data = tmp_path / "data"
    (data / "contacts").mkdir(parents=True)
    shutil.copy(FIXTURES / "menu.yaml", data / "menu.yaml")
    shutil.copy(DATA_DIR / "contacts" / "nl.yaml", data / "contacts" / "nl.yaml")
    shutil.copy(FIXTURES / "contacts" / fixture, data / "contacts" / fixture)
    return load_library(data)


@pytest.mark.parametrize(
    "fixture, contact",
    [("invalid-phone.yaml", "too-short"), ("unknown-short-code.yaml", "made-up"), ("eu-national-number.yaml", "national")],
)
def test_a_number_that_does_not_dial_is_refused_on_load(tmp_path, fixture, contact):
    with pytest.raises(FlowError) as caught:
        _load_with(tmp_path, fixture)
    assert caught.value.rule == "schema"
    assert fixture in str(caught.value)
    assert f"contact '{contact}'" in str(caught.value)


def test_an_unsourced_entry_is_refused():
    raw = yaml.safe_load((FIXTURES / "contacts" / "unsourced.yaml").read_text())
    with pytest.raises(ValidationError, match="source"):
        Directory.model_validate(raw)
    raw["contacts"][0]["source"] = "wegwijzermensenhandel.nl"
    raw["contacts"][0]["phone"] = "0800 7000"
    assert Directory.model_validate(raw).contacts[0].source


def test_a_second_directory_for_a_country_is_refused(tmp_path):
    data = tmp_path / "data"
    (data / "contacts").mkdir(parents=True)
    shutil.copy(FIXTURES / "menu.yaml", data / "menu.yaml")
    shutil.copy(DATA_DIR / "contacts" / "nl.yaml", data / "contacts" / "nl.yaml")
    shutil.copy(DATA_DIR / "contacts" / "nl.yaml", data / "contacts" / "nl-again.yaml")
    with pytest.raises(FlowError) as caught:
        load_library(data)
    # A directory is named by its country, so a second one cannot be: the pickers go by the name.
    assert caught.value.rule == "schema"
    assert "nl-again.yaml: flow: schema: the directory of NL must be named nl.yaml" in str(caught.value)


# --- choosing contacts: the EU-wide set fills what a country lacks -----------------


def _directory(country: str, language: str, *contacts: dict) -> Directory:
    base = {"source": "example.org", "checked": "2026-11"}
    return Directory.model_validate({"country": country, "language": language, "contacts": [{**base, **c} for c in contacts]})


SMALL = Library(
    flows={},
    directories={
        "NL": _directory("NL", "nl", {"id": "police", "name": "Politie", "roles": ["police", "emergency"], "phone": "112"}),
        "EU": _directory(
            "EU",
            "en",
            {"id": "emergency-112", "name": "112", "roles": ["emergency", "medical"], "phone": "112"},
            {"id": "victims", "name": "116 006", "roles": ["legal"], "phone": "116 006"},
        ),
    },
)


def test_a_role_the_country_lacks_is_filled_from_the_eu_set():
    got = SMALL.contacts_for("NL", ["police", "legal"])
    assert [(c.country, c.entry.id, c.role) for c in got] == [("NL", "police", "police"), ("EU", "victims", "legal")]


def test_a_role_the_country_has_is_not_filled_from_the_eu_set():
    assert [c.country for c in SMALL.contacts_for("NL", ["emergency"])] == ["NL"]


def test_a_number_already_listed_is_not_listed_again():
    """NL lists 112 as police; EU's 112 would fill `medical` with the same number."""
    got = SMALL.contacts_for("NL", ["police", "medical"])
    assert [c.entry.id for c in got] == ["police"]


def test_no_country_no_contacts_and_an_unknown_one_gets_the_eu_set():
    assert SMALL.contacts_for(None, ["emergency"]) == []
    assert [c.entry.id for c in SMALL.contacts_for("XX", ["emergency"])] == ["emergency-112"]


def test_shipped_fallback_fills_greek_legal_help_with_116_006(rt):
    got = rt.library.contacts_for("GR", ["child-protection", "legal"])
    assert {c.country for c in got if c.role == "child-protection"} == {"GR"}
    assert [(c.country, c.entry.phone) for c in got if c.role == "legal"] == [("EU", "116 006")]


# --- contact lines ------------------------------------------------------------------


def test_local_name_for_a_reader_of_the_directory_language_english_otherwise(rt):
    [hotline] = [c for c in rt.library.contacts_for("GR", ["reporting"]) if c.entry.id == "hotline-1109"]
    assert contact_name(hotline, "el").startswith("Γραμμή 1109")
    assert contact_name(hotline, "en").startswith("1109 national anti-trafficking hotline")
    assert contact_name(hotline, "nl") == contact_name(hotline, "en")


def test_contact_line_puts_the_number_first_on_its_own_line_and_the_date_last(rt):
    [comensha] = [c for c in rt.library.contacts_for("NL", ["specialised"]) if c.entry.id == "comensha"]
    first, second = contact_line(rt.catalog, "en", comensha, strict=True).split("\n")
    assert first == "• CoMensha (national coordination centre against trafficking) — specialised support"
    assert second.strip().startswith("+31 33 448 1186 · www.comensha.nl")
    assert second.endswith("(checked 2026-11)")


# --- countries on offer -------------------------------------------------------------


def test_every_directory_is_a_country_choice_in_menu_and_setup(rt):
    for flow_id, step_id in (("menu", "country"), ("setup", "country")):
        options = rt.library.flows[flow_id].step(step_id).options
        assert {o.set_country for o in options} == EDITIONS
        for o in options:
            assert o.label == f"country-{o.set_country.lower()}"
            for lang in rt.catalog.languages:
                assert o.label in rt.catalog.ids(lang), (lang, o.label)


# --- firstline contacts check ---------------------------------------------------------


def test_months_since_counts_a_bare_year_from_january():
    today = date(2026, 11, 28)
    assert audit.months_since("2013", today) == 13 * 12 + 10
    assert audit.months_since("2025-11", today) == 12
    assert audit.months_since("2025-10-31", today) == 13


def test_contacts_check_on_the_shipped_data(capsys):
    assert main(["contacts", "check", "--on", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    assert f"{len(EDITIONS)} directories ({', '.join(sorted(EDITIONS))})" in out
    stale_part, roles_part, lists_part = out.split("\n\n")[1:4]
    # The Dutch entries only the 2013 guide vouches for, and FairWork's 2023 check.
    assert "Checked more than 12 months ago: 12" in stale_part
    assert "NL nidos: checked 2013" in stale_part
    assert "NL fairwork: checked 2023-04 (43 months)" in stale_part
    assert " GR " not in stale_part and "NL comensha" not in stale_part
    assert "NL: none missing" in roles_part
    assert "FR: reporting -> nothing" in roles_part
    assert "GR: labour -> nothing; migration -> nothing; legal -> victim-support-116006 116 006" in roles_part
    assert "EU: reporting, sex-worker-support, labour, migration" in roles_part
    assert "GR 1109 (hotline-1109): national list" in lists_part
    assert "RO 119 (child-protection-119): national list" in lists_part
    assert "now knows it" not in lists_part


def test_contacts_check_a_year_on_lists_this_years_checks(capsys):
    assert main(["contacts", "check", "--on", "2028-01-01"]) == 0
    out = capsys.readouterr().out
    assert "GR hotline-1109: checked 2026-11 (14 months)" in out
