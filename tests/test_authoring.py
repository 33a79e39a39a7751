"""AUTHORING.md, proved: in a copy of the project's content, a trainer adds a practice
scenario and a quiz item, an organisation adds a country, a translator adds an eighth
language, each as the guide shows, and nothing else. The copy loads and validates, the
pickers offer the new country and language, and a replay reaches the new item; each
check also says, in the words AUTHORING.md quotes, what is missing when a part is left out.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot import locale_check
from bot.cli import main
from bot.replay import run as replay_run
from bot.runtime import Runtime, load
from flows import audit, engine
from flows.engine import Session, Start
from flows.loader import DATA_DIR, FlowError, default_locales_dir, load_flow
from flows.pickers import Offer

SHIPPED_LANGUAGES = ("en", "nl", "bg", "ro", "es", "fr", "el")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the content: flows/data and locales, as a content author edits them."""
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(default_locales_dir(), tmp_path / "locales")
    return tmp_path


def load_copy(project: Path) -> Runtime:
    return load(project / "data", project / "locales")


def insert_after(path: Path, anchor: str, text: str) -> None:
    """Put `text` right after the first line that is `anchor`, as an editor would."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.rstrip("\n") == anchor)
    lines.insert(at + 1, text)
    path.write_text("".join(lines), encoding="utf-8")


def add_messages(project: Path, file: str, messages: dict[str, str], langs=SHIPPED_LANGUAGES) -> None:
    """Each message, in each language, at the end of locales/<lang>/<file>. The text is marked
    with the language, as a translation would differ from English."""
    for lang in langs:
        with open(project / "locales" / lang / file, "a", encoding="utf-8") as f:
            f.write("".join(f"{msg_id} = {text} ({lang})\n" for msg_id, text in messages.items()))


def replay(rt: Runtime, *lines: dict) -> list[dict]:
    out = io.StringIO()
    status = replay_run(rt, io.StringIO("".join(json.dumps(line) + "\n" for line in lines)), out)
    screens = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 0, [s["error"] for s in screens if "error" in s]
    return screens


def seed_dealing_first(rt: Runtime, flow: str, text: str, *before: dict) -> int:
    """A seed whose run starts with the item whose text is `text` (a run deals 6 or 10 of 20-30)."""
    for seed in range(500):
        screens = replay(rt, {"lang": "en", "country": "NL", "seed": seed}, {"start": flow}, {"choose": "start"})
        if text in screens[-1]["text"]:
            return seed
    raise AssertionError(f"no seed deals {text!r} first")


def locale_problems(project: Path, lang: str) -> list[str]:
    flows = {p.stem: load_flow(p, Offer.found(project / "data", project / "locales")) for p in (project / "data").glob("*.yaml")}
    return locale_check.check(project / "locales", lang, locale_check.button_labels(flows))


# --- a trainer adds a practice scenario ----------------------------------------------------------

SCENARIO = """\
  - id: massage-salon
    text: practice-s-massage-salon
    signals: [purpose-hands-over-money, documents-no-access, wages-hands-over-all]
    action: C
    why: practice-s-massage-salon-why
    read: [learn-btn-role]

"""
SCENARIO_TEXT = {
    "practice-s-massage-salon": "In a massage salon, a woman tells you that the manager keeps her passport",
    "practice-s-massage-salon-why": "Her passport is held and the money taken from her: signs of PURPOSE and MEANS",
}


def test_a_new_practice_scenario_loads_and_a_run_deals_it(project):
    insert_after(project / "data" / "practice.yaml", "scenarios:", SCENARIO)
    add_messages(project, "practice.ftl", SCENARIO_TEXT)
    rt = load_copy(project)
    assert "massage-salon" in rt.library.flows["practice"].items
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    seed = seed_dealing_first(rt, "practice", SCENARIO_TEXT["practice-s-massage-salon"])
    screens = replay(rt, {"lang": "nl", "country": "NL", "seed": seed}, {"start": "practice"}, {"choose": "start"},
                     {"choose": "purpose"}, {"choose": "documents"}, {"choose": "wages"}, {"choose": "_done"}, {"choose": "C"})
    assert SCENARIO_TEXT["practice-s-massage-salon"] + " (nl)" in screens[2]["text"]
    assert SCENARIO_TEXT["practice-s-massage-salon-why"] + " (nl)" in screens[-1]["text"]


def test_a_scenario_without_its_messages_or_with_an_unknown_sign_is_refused(project):
    insert_after(project / "data" / "practice.yaml", "scenarios:", SCENARIO)
    with pytest.raises(FlowError, match="practice.yaml: flow: missing-message: 'practice-s-massage-salon' is missing in locale 'bg'"):
        load_copy(project)
    add_messages(project, "practice.ftl", SCENARIO_TEXT)
    path = project / "data" / "practice.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("documents-no-access, wages", "no-passport, wages", 1), encoding="utf-8")
    with pytest.raises(FlowError, match="scenario 'massage-salon': 'no-passport' is not an indicator of 'screening'"):
        load_copy(project)


def test_firstline_check_names_the_mistake_without_a_traceback(project, monkeypatch, capsys):
    insert_after(project / "data" / "practice.yaml", "scenarios:", SCENARIO)
    monkeypatch.setattr("bot.runtime.load", lambda: load_copy(project))
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert err == "firstline check: practice.yaml: flow: missing-message: 'practice-s-massage-salon' is missing in locale 'bg'\n"


# --- a trainer adds a quiz item -------------------------------------------------------------------

QUESTION = """\
  - id: notes-consent
    text: quiz-q-notes-consent
    options: [{id: "true", label: quiz-true}, {id: "false", label: quiz-false}]
    answer: "true"
    why: quiz-q-notes-consent-why
    read: [learn-btn-screening]
"""
QUESTION_TEXT = {
    "quiz-q-notes-consent": "True or false: you take notes during the conversation only with the person's consent.",
    "quiz-q-notes-consent-why": "True. Explain who you are, and ask before you write anything down.",
}


def test_a_new_quiz_item_loads_and_a_run_asks_it(project):
    insert_after(project / "data" / "quiz.yaml", "questions:", QUESTION)
    add_messages(project, "quiz.ftl", QUESTION_TEXT)
    rt = load_copy(project)
    assert "notes-consent" in rt.library.flows["quiz"].items
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    seed = seed_dealing_first(rt, "quiz", QUESTION_TEXT["quiz-q-notes-consent"])
    screens = replay(rt, {"lang": "el", "country": "GR", "seed": seed}, {"start": "quiz"}, {"choose": "start"}, {"choose": "true"})
    assert QUESTION_TEXT["quiz-q-notes-consent"] + " (el)" in screens[1]["text"]
    assert QUESTION_TEXT["quiz-q-notes-consent-why"] + " (el)" in screens[2]["text"]
    assert "✓ Σωστά" in screens[2]["text"]  # quiz-right in Greek: the answer was scored right


def test_a_quiz_item_whose_answer_is_not_an_option_is_refused(project):
    insert_after(project / "data" / "quiz.yaml", "questions:", QUESTION.replace('answer: "true"', "answer: maybe"))
    with pytest.raises(FlowError, match="quiz.yaml: flow: schema: questions.0: question 'notes-consent': answer 'maybe' is not one of its options$"):
        load_copy(project)


# --- an organisation adds a country -----------------------------------------------------------------

GERMANY = """\
# Contact points in Germany.
country: DE
language: de
contacts:
  - id: emergency-112
    name: Notruf 112
    name_en: Emergency number 112
    roles: [emergency, police, medical]
    phone: "112"
    source: eur-lex.europa.eu (Directive (EU) 2018/1972, art. 109)
    checked: 2026-11
  - id: kok
    name: KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel
    name_en: KOK, the German NGO network against trafficking in human beings
    roles: [specialised]
    url: https://www.kok-gegen-menschenhandel.de
    source: kok-gegen-menschenhandel.de
    checked: 2026-11
"""
GERMANY_NAMES = {"en": "Germany", "nl": "Duitsland", "bg": "Германия", "ro": "Germania", "es": "Alemania", "fr": "Allemagne", "el": "Γερμανία"}


def add_germany_names(project: Path, langs=SHIPPED_LANGUAGES) -> None:
    for lang in langs:
        with open(project / "locales" / lang / "countries.ftl", "a", encoding="utf-8") as f:
            f.write(f"country-de = 🇩🇪 {GERMANY_NAMES[lang]}\n")


def test_a_new_country_file_is_offered_by_both_pickers_and_its_contacts_are_shown(project):
    (project / "data" / "contacts" / "de.yaml").write_text(GERMANY, encoding="utf-8")
    add_germany_names(project)
    rt = load_copy(project)
    for flow in ("setup", "menu"):
        options = rt.library.flows[flow].step("country").options
        assert [o.set_country for o in options if o.id == "de"] == ["DE"], flow
        assert options[-1].set_country == "EU", "the EU-wide set stays last"
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    screens = replay(rt, {"start": "setup"}, {"choose": "fr"}, {"press": "Allemagne"}, {"start": "contacts"}, {"choose": "specialised"})
    assert [b["label"] for b in screens[1]["buttons"] if b["id"] == "de"] == ["🇩🇪 Allemagne"]
    assert screens[2]["flow"] == "menu"
    assert [c["url"] for c in screens[-1]["contacts"]] == ["https://www.kok-gegen-menschenhandel.de/"]

    report = audit.report(rt.library, date(2026, 12, 1))
    assert "8 directories (BG, DE, ES, EU, FR, GR, NL, RO)" in report
    assert "DE: reporting -> nothing; child-protection -> missing-children-116000 116 000, child-helpline-116111 116 111;" in report


def test_a_new_country_without_its_name_or_with_a_number_that_does_not_dial_is_refused(project):
    (project / "data" / "contacts" / "de.yaml").write_text(GERMANY, encoding="utf-8")
    with pytest.raises(FlowError, match="menu.yaml: step 'country': missing-message: 'country-de' is missing in locale 'bg'"):
        load_copy(project)
    add_germany_names(project, langs=[lang for lang in SHIPPED_LANGUAGES if lang != "el"])
    assert "missing: country-de" in locale_problems(project, "el")
    add_germany_names(project, langs=["el"])
    (project / "data" / "contacts" / "de.yaml").write_text(GERMANY.replace('"112"', '"1109"'), encoding="utf-8")
    with pytest.raises(FlowError, match="de.yaml: flow: schema: contact 'emergency-112': phone '1109' is not a valid number or short code in DE$"):
        load_copy(project)
    (project / "data" / "contacts" / "de.yaml").unlink()
    (project / "data" / "contacts" / "germany.yaml").write_text(GERMANY, encoding="utf-8")
    with pytest.raises(FlowError, match="germany.yaml: flow: schema: the directory of DE must be named de.yaml"):
        load_copy(project)


def test_a_short_code_the_library_lacks_loads_from_the_countrys_own_list(project):
    text = GERMANY.replace("contacts:\n", 'short_codes:\n  - {number: "1109", source: "example.org (2026-11)"}\ncontacts:\n', 1)
    (project / "data" / "contacts" / "de.yaml").write_text(text.replace('"112"', '"1109"'), encoding="utf-8")
    add_germany_names(project)
    rt = load_copy(project)
    assert "DE 1109 (emergency-112): national list" in audit.report(rt.library, date(2026, 12, 1))


# --- a translator adds an eighth language -------------------------------------------------------------


def add_language(project: Path, code: str = "xx", name: str = "Xxish") -> None:
    """A copy of English with its own name: what a translator starts from."""
    shutil.copytree(project / "locales" / "en", project / "locales" / code)
    (project / "locales" / code / "language.ftl").write_text(f"language-name = {name}\n", encoding="utf-8")


def test_an_eighth_language_folder_is_offered_named_in_its_own_words_and_runs_the_stories(project):
    add_language(project)
    rt = load_copy(project)
    assert "xx" in rt.library.languages
    for flow in ("setup", "menu"):
        assert [o.set_lang for o in rt.library.flows[flow].step("language").options if o.id == "xx"] == ["xx"], flow
    for lang in SHIPPED_LANGUAGES + ("xx",):
        assert rt.catalog.text(lang, "lang-xx", strict=True) == "Xxish"  # in every interface language
        assert rt.catalog.text("xx", f"lang-{lang}", strict=True) == rt.catalog.text(lang, "language-name", strict=True)

    screens = replay(rt, {"start": "setup"}, {"press": "^Xxish$"}, {"choose": "nl"}, {"start": "screening"}, {"press": "Not safe"})
    assert screens[-1]["outcome"] == "unsafe"
    # The person's language row on a screen shown to the person names it the same way.
    _, reply = engine.advance(rt.library, Session(lang="nl", country="NL"), Start(flow="screening", at="person-consent"))
    labels = [b.label for row in reply.screen.buttons for b in row if b.action == "_p-xx"]
    assert labels and "Xxish" in rt.catalog.render("nl", labels[0], strict=True)

    from tests.story_runner import load_story, run_story

    stories = Path(__file__).parent / "stories"
    for name in ("setup-then-exit", "screening-b", "practice-run"):
        run_story(rt, load_story(stories / f"{name}.yaml"), "xx", name)


def test_an_eighth_language_is_checked_like_the_others(project):
    add_language(project)
    problems = locale_problems(project, "xx")
    assert problems and all("left in English" in p for p in problems), problems[:3]
    assert "language-name: left in English" not in " ".join(problems)
    (project / "locales" / "xx" / "language.ftl").unlink()
    assert "missing: language-name" in locale_problems(project, "xx")
    with pytest.raises(FlowError, match="xx: flow: missing-message: 'language-name' is missing in locale 'xx'"):
        load_copy(project)
