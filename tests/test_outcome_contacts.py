"""Every outcome, in every country, in every language: the contact section lists every
role the outcome needs (an entry or the country's honest line), and a non-English
screen holds no English but the entries' own names (issue 15).

Driven through `firstline replay`'s own Replay, in process: 7 countries x 5 outcomes x
7 languages would take minutes as subprocesses."""

import re
from functools import cache

import pytest

from bot.replay import Replay
from flows.contacts import CONTACT_MESSAGES
from tests.shipped import COUNTRIES, loaded
from tests.shipped import LANGUAGES as LANGS
from tests.test_replay import SCRIPTS

URL = re.compile(r"\S+\.(?:nl|fr|bg|ro|es|gr|org|eu|net|com|info|gov\.ro)\S*")


def _messages() -> set[str]:
    ids = set(CONTACT_MESSAGES) | {f"country-{c.lower()}" for c in COUNTRIES}
    for d in loaded().library.directories.values():
        ids |= d.messages()
    return ids


def _english_fragments(lang: str) -> list[str]:
    """Pieces of English contact text (three words or more) that the same message in
    `lang` does not also contain: finding one on a `lang` screen means English leaked."""
    found = []
    for msg_id in _messages():
        english, own = (
            loaded().catalog.text("en", msg_id, {"date": "2026-11", "country": "X", "phone": "1"}),
            loaded().catalog.text(lang, msg_id, {"date": "2026-11", "country": "X", "phone": "1"}),
        )
        for piece in re.split(r"[.;:!?()—–·•\n«»“”\"]", URL.sub("", english)):
            piece = piece.strip(" ,")
            if len(piece.split()) >= 3 and piece not in own:
                found.append(piece)
    return found


@cache
def fragments(lang: str) -> tuple[str, ...]:
    return tuple(_english_fragments(lang))


def no_english(text: str, lang: str, contacts: list[dict]) -> list[str]:
    for c in contacts:
        if c.get("name"):
            text = text.replace(c["name"], "")  # the entry's own name, as answered on the phone
    text = URL.sub("", text)
    return [f for f in fragments(lang) if f in text]


def covered(contacts: list[dict]) -> set[str]:
    """The roles a contact section shows: what each line was picked for, and every role an entry serves."""
    return {r for c in contacts for r in (c["role"], *c.get("roles", []))}


def reach(lang: str, country: str, outcome: str) -> tuple[Replay, dict]:
    r = Replay(loaded())
    out = None
    for line in [{"lang": lang, "country": country}, {"start": "screening"}, *SCRIPTS[outcome]]:
        out = r.apply(line) or out
    assert out["outcome"] == outcome
    return r, out


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("outcome", sorted(SCRIPTS))
def test_each_outcome_lists_every_role_it_needs_in_every_language(country, outcome):
    for lang in LANGS:
        _, out = reach(lang, country, outcome)
        # The step reached: outcome D has several ends (for a child, while waiting for an interpreter).
        needed = set(loaded().library.flows["screening"].step(out["step"]).contacts)
        assert needed <= covered(out["contacts"]), (lang, country, outcome, needed - covered(out["contacts"]))
        for c in out["contacts"]:
            if c.get("gap"):
                assert c["gap"] in out["text"]
            elif c.get("name"):
                assert c["name"] in out["text"] and c["description"] in out["text"]
        if lang != "en":
            assert no_english(out["text"], lang, out["contacts"]) == [], (lang, country, outcome)


# A child without reason to suspect exploitation (issue 14, item 5): contacts for children.
CHILD_D = [{"choose": a} for a in ("safe", "continue", "child", "not-exploited", "understood", "consents")]
CHILD_D += [{"choose": "_done"}, {"choose": "_done"}, {"choose": "child-no-suspicion"}]


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_child_without_signs_gets_the_contacts_for_children_in_every_language(country):
    needed = set(loaded().library.flows["screening"].step("out-d-child").contacts)
    assert "child-protection" in needed and "police" not in needed
    for lang in LANGS:
        r, out = Replay(loaded()), None
        for line in [{"lang": lang, "country": country}, {"start": "screening"}, *CHILD_D]:
            out = r.apply(line) or out
        assert out is not None
        assert (out["step"], out["outcome"]) == ("out-d-child", "D")
        assert needed <= covered(out["contacts"]), (lang, country, needed - covered(out["contacts"]))
        assert "police" not in {c["role"] for c in out["contacts"]}
        if lang != "en":
            assert no_english(out["text"], lang, out["contacts"]) == [], (lang, country)


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_screen_for_the_person_is_in_the_persons_language(country):
    """The person's language above, the worker's below; the contacts once, in the person's."""
    for n, worker in enumerate(LANGS):
        person = LANGS[(n + 1) % len(LANGS)]
        for outcome in ("B", "C", "D"):
            r, _ = reach(worker, country, outcome)
            r.apply({"choose": "show-person"})
            out = r.apply({"choose": f"_p-{person}"})
            assert set(
                loaded().library.flows["screening"].step(f"person-contacts-{outcome.lower()}").contacts
            ) <= covered(out["contacts"])
            section = out["text"][out["text"].index(loaded().catalog.text(person, "contacts-heading")) :]
            if person != "en":
                assert no_english(section, person, out["contacts"]) == [], (worker, person, country, outcome)


@pytest.mark.parametrize("country", ["FR", "ES", "GR"])
def test_primary_needs_lists_shelter_sexual_health_and_emergency(country):
    for lang in LANGS:
        r = Replay(loaded())
        r.apply({"lang": lang, "country": country})
        r.apply({"start": "screening"})
        out = r.apply({"choose": "safe"})
        assert out["step"] == "needs"
        assert covered(out["contacts"]) >= {"shelter", "sexual-health", "emergency"}
        if lang != "en":
            assert no_english(out["text"], lang, out["contacts"]) == []


def test_the_check_itself_finds_english():
    """The detector is not vacuous: an English description on a Greek screen is caught."""
    english = loaded().catalog.text("en", "contact-fr-samu-social-115")
    assert no_english(f"Επαφές:\n• 115 – Samu social\n   {english}", "el", [{"name": "115 – Samu social"}])


# --- the country's rules -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_b_and_c_show_the_countrys_rules_not_in_some_countries(lang):
    for country in ("FR", "BG", "GR"):
        name = loaded().catalog.text(lang, f"country-{country.lower()}")
        heading = loaded().catalog.text(lang, "rules-heading", {"country": name})
        _, b = reach(lang, country, "B")
        assert heading in b["text"]
        assert loaded().catalog.text(lang, f"rules-{country.lower()}-identifies") in b["text"]
        assert loaded().catalog.text(lang, f"rules-{country.lower()}-reflection") in b["text"]
        _, c = reach(lang, country, "C")
        assert heading in c["text"]
        assert loaded().catalog.text(lang, f"rules-{country.lower()}-report-children") in c["text"]
    _, c = reach("en", "FR", "C")
    assert "In some countries" not in c["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_learn_has_a_rules_card_for_the_chosen_country_and_a_2024_card(lang):
    r = Replay(loaded())
    r.apply({"lang": lang, "country": "ES"})
    home = r.apply({"start": "learn"})
    assert {"rules", "directive"} <= {b["id"] for b in home["buttons"]}
    rules = r.apply({"choose": "rules"})
    for key in ("identifies", "reflection", "report-adults", "report-children", "legal-aid"):
        assert loaded().catalog.text(lang, f"rules-es-{key}") in rules["text"]
    directive = r.apply({"choose": "next"})
    assert directive["step"] == "directive"
    assert "2024/1712" in directive["text"] and "2026" in directive["text"]
    assert directive["text"].count("†") == 4  # three facts and the note: from secondary sources only
    r.apply({"lang": lang, "country": "EU"})
    r.apply({"start": "learn"})
    assert loaded().catalog.text(lang, "rules-none") in r.apply({"choose": "rules"})["text"]


def test_an_unsourced_rule_says_so_and_whom_to_ask():
    for country, d in loaded().library.directories.items():
        for key, rule in d.rules.items():
            if not rule.sourced:
                text = loaded().catalog.text("en", f"rules-{country.lower()}-{key}")
                assert re.search(r"\b(not|no)\b.*\bfound\b|no source|not confirmed", text, re.I), (country, key)
                assert "Ask " in text, (country, key)
