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


def test_every_shipped_number_has_a_source_and_its_dates_and_dials(rt):
    phones_seen = 0
    for country, c in entries(rt):
        assert SOURCE.search(c.source), f"{country} {c.id}: source {c.source!r} names nowhere to check"
        assert not PLACEHOLDER.search(c.source), f"{country} {c.id}: source {c.source!r}"
        assert c.source_date, f"{country} {c.id}"
        assert c.researched == "2026-11", f"{country} {c.id}"
        assert c.phone or c.url, f"{country} {c.id}"
        if c.phone:
            phones_seen += 1
            assert rt.library.directories[country].how_valid(c.phone), f"{country} {c.id}: {c.phone}"
            assert (country, c.phone) not in UNSOURCED, f"{country} {c.id}: an unsourced number"
    assert phones_seen > 50


def test_nobody_has_confirmed_an_entry_yet_and_the_data_does_not_claim_it(rt):
    """Researching a page is not ringing the number: `confirmed` stays empty until someone does."""
    assert all(c.confirmed is None for _, c in entries(rt))
    for path in (DATA_DIR / "contacts").glob("*.yaml"):
        assert "checked:" not in path.read_text(encoding="utf-8"), path.name


def test_names_as_answered_on_the_phone(rt):
    greek = rt.library.directories["GR"].contacts
    assert any(re.search("[α-ω]", c.name) for c in greek)
    bulgarian = rt.library.directories["BG"].contacts
    assert any(re.search("[а-я]", c.name) for c in bulgarian)


def test_112_serves_emergencies_only(rt):
    for country, c in entries(rt):
        if c.phone == "112":
            assert set(c.roles) <= {"emergency", "police"}, f"{country} {c.id}: {c.roles}"


def test_what_the_issue_found_wrong_in_the_dutch_list(rt):
    nl = {c.id: c for c in rt.library.directories["NL"].contacts}
    assert "specialised" in nl["fier"].roles and nl["fier"].guide_only
    assert "child-protection" not in nl["ecpat-nl"].roles  # a knowledge centre
    assert nl["ind"].roles == ["migration"]  # the authority, not legal help
    assert "spot46" not in nl  # a Hague address with an Amsterdam (020) number, and no source for another
    hague = [c for c in nl.values() if "Den Haag" in c.name or c.id in ("de-haven",)]
    assert all(not (c.phone or "").startswith("+31 20") for c in hague)
    assert not nl["ggd-sexual-health"].phone  # the 2013 number gave way to the current postcode search
    a = rt.library.contacts_for("NL", rt.library.flows["screening"].step("out-a").contacts)
    assert "fier" in {c.entry.id for c in a if c.entry}


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


@pytest.mark.parametrize(
    "phone, country", [("1109", "GR"), ("197", "GR"), ("1056", "GR"), ("15900", "GR"), ("119", "RO")]
)
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
    [
        ("0800 12", "NL"),
        ("999", "NL"),
        ("1234", "GR"),
        ("116 999", "EU"),
        ("+31 20 760 0809", "EU"),
        ("+31 12 345", "NL"),
        ("1109", "NL"),
    ],
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
    [
        ("invalid-phone.yaml", "too-short"),
        ("unknown-short-code.yaml", "made-up"),
        ("eu-national-number.yaml", "national"),
    ],
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


# --- choosing contacts: a country's own entries, or its honest line -------------------


def _directory(country: str, language: str, *contacts: dict, gaps: dict | None = None) -> Directory:
    base = {"source": "example.org", "source_date": "n.d.", "researched": "2026-11"}
    return Directory.model_validate(
        {"country": country, "language": language, "contacts": [{**base, **c} for c in contacts], "gaps": gaps or {}}
    )


SMALL = Library(
    flows={},
    directories={
        "NL": _directory(
            "NL",
            "nl",
            {"id": "police", "name": "Politie", "roles": ["police", "emergency"], "phone": "112"},
            gaps={"reporting": {"why": "none found"}},
        ),
        "EU": _directory(
            "EU",
            "en",
            {"id": "emergency-112", "name": "112", "roles": ["emergency"], "phone": "112"},
            {"id": "victims", "name": "116 006", "roles": ["legal"], "phone": "116 006"},
        ),
    },
)


def test_a_role_the_country_lacks_is_never_lent_from_the_eu_set():
    got = SMALL.contacts_for("NL", ["police", "legal"])
    assert [(c.country, c.entry.id, c.role) for c in got] == [("NL", "police", "police")]


def test_a_role_with_an_honest_line_shows_the_line():
    [police, gap] = SMALL.contacts_for("NL", ["police", "reporting"])
    assert (gap.kind, gap.role, gap.message) == ("gap", "reporting", "contact-gap-nl-reporting")


def test_an_entry_serving_two_roles_is_listed_once_with_both():
    [police] = SMALL.contacts_for("NL", ["police", "emergency"])
    assert police.roles == ["police", "emergency"]


def test_no_country_no_contacts_and_an_unknown_one_gets_the_eu_set():
    assert SMALL.contacts_for(None, ["emergency"]) == []
    assert [c.entry.id for c in SMALL.contacts_for("XX", ["emergency"])] == ["emergency-112"]


def test_a_gap_beside_entries_for_the_same_role_is_refused():
    with pytest.raises(ValidationError, match="one or the other"):
        _directory(
            "NL",
            "nl",
            {"id": "police", "name": "Politie", "roles": ["reporting"], "phone": "112"},
            gaps={"reporting": {"why": "none found"}},
        )


def test_greek_legal_aid_comes_from_greece_not_from_116_006(rt):
    got = rt.library.contacts_for("GR", ["child-protection", "legal"])
    assert {c.country for c in got} == {"GR"}
    assert {c.entry.id for c in got if c.role == "legal"} == {"sos-15900", "gcr"}


def test_france_says_it_has_no_trafficking_hotline(rt):
    [gap] = rt.library.contacts_for("FR", ["reporting"])
    text = contact_line(rt.catalog, "fr", gap, strict=True)
    assert "17" in text and "112" in text and "police" in text


# --- contact lines ------------------------------------------------------------------


def test_own_name_in_every_language_description_in_the_readers(rt):
    [hotline] = [c for c in rt.library.contacts_for("GR", ["reporting"]) if c.entry.id == "hotline-1109"]
    assert contact_name(rt.catalog, "el", hotline).startswith("Γραμμή 1109")
    assert contact_name(rt.catalog, "nl", hotline) == contact_name(rt.catalog, "el", hotline)
    assert "mensenhandel" in contact_line(rt.catalog, "nl", hotline, strict=True)


def test_eu_wide_names_are_translated(rt):
    [line] = rt.library.contacts_for("EU", ["specialised"])
    assert contact_name(rt.catalog, "el", line).startswith("116 006 – θύματα")
    assert contact_name(rt.catalog, "en", line).startswith("116 006 – victims")


def test_contact_line_puts_the_number_first_on_its_own_line_then_what_it_is(rt):
    [hotline] = [c for c in rt.library.contacts_for("BG", ["reporting"]) if c.entry.id == "hotline-0800-20-100"]
    first, second, third = contact_line(rt.catalog, "en", hotline, strict=True).split("\n")
    assert first == "• Национална гореща линия срещу трафика на хора — reporting · specialised support"
    assert second.strip() == "0800 20 100 · 080020100.bg · 24/7"
    assert third.strip() == "National anti-trafficking hotline: free, anonymous, 24/7."


def test_a_short_code_says_it_works_only_inside_the_country(rt):
    [samu] = rt.library.contacts_for("FR", ["shelter"])[:1]
    assert "only from within the country" in contact_line(rt.catalog, "en", samu, strict=True)


def test_an_entry_only_the_2013_guide_vouches_for_says_so(rt):
    [nidos] = [c for c in rt.library.contacts_for("NL", ["child-protection"]) if c.entry.id == "nidos"]
    assert "+31 33 422 0890 (guide 2013, not re-checked)" in contact_line(rt.catalog, "en", nidos, strict=True)


def test_a_number_a_source_says_may_fail_from_abroad_says_so(rt):
    [bucharest] = rt.library.contacts_for("RO", ["shelter"])
    assert "021 9524 · may not work from abroad" in contact_line(rt.catalog, "en", bucharest, strict=True)


def test_the_number_for_calls_from_abroad_is_on_the_same_entry(rt):
    [line] = [c for c in rt.library.contacts_for("FR", ["child-protection"]) if c.entry.id == "allo-119"]
    assert "119 · only from within the country · from abroad +33 1 53 06 38 94" in contact_line(
        rt.catalog, "en", line, strict=True
    )


def test_practice_feedback_lists_entries_without_descriptions(rt):
    [line] = [c for c in rt.library.contacts_for("NL", ["referral"], brief=True) if c.entry.id == "comensha"]
    assert len(contact_line(rt.catalog, "en", line, strict=True).split("\n")) == 2


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
    coverage, missing, guide, rules, owed, lists_part = out.split("\n\n")[1:7]
    assert coverage.splitlines()[1].split() == ["role", "BG", "ES", "EU", "FR", "GR", "NL", "RO"]
    reporting = next(line for line in coverage.splitlines() if line.split()[0] == "reporting")
    assert reporting.split()[1:] == ["3", "1", "honest", "line", "honest", "line", "2", "3", "1"]
    assert "neither an entry nor an honest line: none" in missing
    assert "NL nidos" in guide and "NL fairwork" in guide and " FR " not in guide
    assert "ES reflection" in rules and "FR legal-aid" in rules
    assert (
        "Due for confirming" in owed and "NL comensha: +31 33 448 1186 · never confirmed (researched 2026-11)" in owed
    )
    assert "GR 1109 (hotline-1109): national list" in lists_part
    assert "RO 119 (child-protection-119): national list" in lists_part
    assert "now knows it" not in lists_part


def test_every_screen_in_every_country_covers_every_role_it_needs(rt):
    """What `make test` holds the data to: an entry or an honest line for each role a screen asks for."""
    assert audit.uncovered(rt.library) == []


def test_the_coverage_check_finds_a_missing_role(rt):
    fr = rt.library.directories["FR"]
    broken = Library(flows=rt.library.flows, directories={"FR": fr.model_copy(update={"gaps": {}})})
    assert "FR screening/out-b: reporting" in audit.uncovered(broken)


def test_a_confirmation_goes_stale_after_a_year(rt):
    c = rt.library.directories["NL"].contacts[0].model_copy(update={"confirmed": "2026-11"})
    lib = Library(flows={}, directories={"NL": rt.library.directories["NL"].model_copy(update={"contacts": [c]})})
    assert audit.due(lib, date(2027, 6, 1)) == []
    [due] = audit.due(lib, date(2028, 1, 1))
    assert due.why == "confirmed 2026-11 (14 months ago)"
