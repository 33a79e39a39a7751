"""AUTHORING.md, proved: in a copy of the project's content, a trainer adds a practice
scenario and a quiz item, an organisation adds a country, a translator adds an eighth
language, each with the worked example AUTHORING.md shows (read from it), and nothing else.
The copy loads and validates, the pickers offer the new country and language, and a replay
reaches the new item; each check also says, in the words AUTHORING.md quotes, what is missing
when a part is left out.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

import flows
from bot import audit, locale_check
from bot.cli import main
from bot.replay import run as replay_run
from bot.runtime import Runtime, load
from flows import Session, Start
from flows.loader import DATA_DIR, FlowError, default_locales_dir, load_flow
from flows.pickers import Offer

SHIPPED_LANGUAGES = ("en", "nl", "bg", "ro", "es", "fr", "el")
GUIDE = (Path(__file__).resolve().parent.parent / "AUTHORING.md").read_text(encoding="utf-8")


def examples(section: str) -> list[str]:
    """The code blocks of the guide's section whose heading starts with `section`, in order."""
    body = next(part for part in GUIDE.split("\n## ") if part.startswith(section))
    return [block for _, block in re.findall(r"```(\w*)\n(.*?)\n *```", body, re.DOTALL)]


def messages(block: str) -> dict[str, str]:
    return dict(line.split(" = ", 1) for line in block.splitlines())


def says(text: str) -> str:
    """A check's message as AUTHORING.md quotes it, as a pattern to match the whole of it."""
    assert text in GUIDE, text
    return f"^{re.escape(text)}$"


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


def add_messages(project: Path, file: str, en: dict[str, str], nl: dict[str, str]) -> None:
    """The example's English and Dutch texts at the end of locales/<lang>/<file>; in the other
    languages the English marked with the language, as a translation would differ from English."""
    for lang in SHIPPED_LANGUAGES:
        texts = {"en": en, "nl": nl}.get(lang) or {msg_id: f"{text} ({lang})" for msg_id, text in en.items()}
        with open(project / "locales" / lang / file, "a", encoding="utf-8") as f:
            f.write("".join(f"{msg_id} = {text}\n" for msg_id, text in texts.items()))


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
    flows = {
        p.stem: load_flow(p, Offer.found(project / "data", project / "locales"))
        for p in (project / "data").glob("*.yaml")
    }
    return locale_check.check(project / "locales", lang, locale_check.button_labels(flows))


# --- a trainer adds a practice scenario ----------------------------------------------------------

SCENARIO, SCENARIO_EN, SCENARIO_NL, SCENARIO_REPLAY = examples("1. A trainer adds a practice scenario")
SCENARIO_TEXT, SCENARIO_TEXT_NL = messages(SCENARIO_EN), messages(SCENARIO_NL)


def add_scenario(project: Path) -> None:
    insert_after(project / "data" / "practice.yaml", "scenarios:", SCENARIO + "\n\n")


def test_a_new_practice_scenario_loads_and_a_run_deals_it(project):
    add_scenario(project)
    add_messages(project, "practice.ftl", SCENARIO_TEXT, SCENARIO_TEXT_NL)
    rt = load_copy(project)
    assert "massage-salon" in rt.library.flows["practice"].items
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    seed = seed_dealing_first(rt, "practice", SCENARIO_TEXT["practice-s-massage-salon"])
    screens = replay(
        rt,
        {"lang": "nl", "country": "NL", "seed": seed},
        {"start": "practice"},
        {"choose": "start"},
        {"choose": "purpose"},
        {"choose": "documents"},
        {"choose": "wages"},
        {"choose": "_done"},
        {"choose": "C"},
    )
    assert SCENARIO_TEXT_NL["practice-s-massage-salon"] in screens[2]["text"]
    assert SCENARIO_TEXT_NL["practice-s-massage-salon-why"] in screens[-1]["text"]
    assert '{"start": "practice"}' in SCENARIO_REPLAY


def test_a_scenario_without_its_messages_or_with_an_unknown_sign_is_refused(project):
    add_scenario(project)
    with pytest.raises(
        FlowError,
        match=says("practice.yaml: flow: missing-message: 'practice-s-massage-salon' is missing in locale 'bg'"),
    ):
        load_copy(project)
    add_messages(project, "practice.ftl", SCENARIO_TEXT, SCENARIO_TEXT_NL)
    path = project / "data" / "practice.yaml"
    shipped = path.read_text(encoding="utf-8")
    path.write_text(shipped.replace("documents-no-access, wages", "no-passport, wages", 1), encoding="utf-8")
    unknown = "scenario 'massage-salon': 'no-passport' is not an indicator of 'screening'"
    with pytest.raises(FlowError, match=says(f"practice.yaml: flow: unknown-target: {unknown}")):
        load_copy(project)
    path.write_text(
        shipped.replace("    action: C\n", "    action: C\n    notes: {C: practice-s-massage-salon-why}\n", 1),
        encoding="utf-8",
    )
    right = (
        "practice.yaml: flow: schema: scenario 'massage-salon': note on 'C', but a note explains a wrong pick "
        "and 'C' is right here"
    )
    with pytest.raises(FlowError, match=says(right)):
        load_copy(project)
    path.write_text(shipped.replace("    action: C\n", "    action: X\n", 1), encoding="utf-8")
    with pytest.raises(
        FlowError,
        match=says("practice.yaml: flow: schema: scenarios.0.action: Input should be 'unsafe', 'A', 'B', 'C' or 'D'"),
    ):
        load_copy(project)


def test_firstline_check_names_the_mistake_without_a_traceback(project, monkeypatch, capsys):
    add_scenario(project)
    monkeypatch.setattr("bot.runtime.load", lambda: load_copy(project))
    assert main(["check"]) == 1
    said = "firstline check: practice.yaml: flow: missing-message: 'practice-s-massage-salon' is missing in locale 'bg'"
    assert capsys.readouterr().err == said + "\n"
    assert said in GUIDE


# --- a trainer adds a quiz item -------------------------------------------------------------------

QUESTION, QUESTION_EN, QUESTION_NL = examples("2. A trainer adds a quiz item")
QUESTION_TEXT, QUESTION_TEXT_NL = messages(QUESTION_EN), messages(QUESTION_NL)


def add_question(project: Path, question: str = QUESTION) -> None:
    insert_after(project / "data" / "quiz.yaml", "questions:", question + "\n")


def test_a_new_quiz_item_loads_and_a_run_asks_it(project):
    add_question(project)
    add_messages(project, "quiz.ftl", QUESTION_TEXT, QUESTION_TEXT_NL)
    rt = load_copy(project)
    assert "notes-consent" in rt.library.flows["quiz"].items
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    seed = seed_dealing_first(rt, "quiz", QUESTION_TEXT["quiz-q-notes-consent"])
    screens = replay(
        rt, {"lang": "el", "country": "GR", "seed": seed}, {"start": "quiz"}, {"choose": "start"}, {"choose": "true"}
    )
    assert QUESTION_TEXT["quiz-q-notes-consent"] + " (el)" in screens[1]["text"]
    assert QUESTION_TEXT["quiz-q-notes-consent-why"] + " (el)" in screens[2]["text"]
    assert "✓ Σωστά" in screens[2]["text"]  # quiz-right in Greek: the answer was scored right


def test_a_quiz_item_whose_answer_is_not_an_option_is_refused(project):
    add_question(project, QUESTION.replace('answer: "true"', "answer: maybe"))
    with pytest.raises(
        FlowError,
        match=says(
            "quiz.yaml: flow: schema: questions.0: question 'notes-consent': answer 'maybe' is not one of its options"
        ),
    ):
        load_copy(project)


def test_a_quiz_item_without_its_texts_or_given_twice_is_refused(project):
    add_question(project)
    with pytest.raises(
        FlowError, match=says("quiz.yaml: flow: missing-message: 'quiz-q-notes-consent' is missing in locale 'bg'")
    ):
        load_copy(project)
    add_messages(project, "quiz.ftl", QUESTION_TEXT, QUESTION_TEXT_NL)
    add_question(project)
    with pytest.raises(FlowError, match=says("quiz.yaml: flow: duplicate-id: question id 'notes-consent' given twice")):
        load_copy(project)


# --- an organisation adds a country -----------------------------------------------------------------

GERMANY, SHORT_CODES, GERMANY_EN, GERMANY_NL, GERMANY_NAME_EN, GERMANY_RULES, CONTACTS_CHECK = examples(
    "3. An organisation adds a country"
)
GERMANY_TEXT, GERMANY_TEXT_NL = messages(GERMANY_EN), messages(GERMANY_NL)
GERMANY_NAMES = {
    "en": messages(GERMANY_NAME_EN)["country-de"],
    **{lang: name for name, lang in re.findall(r"`(🇩🇪 [^`]+)` in `(\w\w)`", GUIDE)},
}


def add_germany_names(project: Path, langs=SHIPPED_LANGUAGES) -> None:
    for lang in langs:
        with open(project / "locales" / lang / "countries.ftl", "a", encoding="utf-8") as f:
            f.write(f"country-de = {GERMANY_NAMES[lang]}\n")


def add_germany(project: Path, text: str = GERMANY) -> None:
    """The file, its descriptions and gap lines, and the country's name: all the guide asks for."""
    (project / "data" / "contacts" / "de.yaml").write_text(text, encoding="utf-8")
    add_messages(project, "contacts-directory.ftl", GERMANY_TEXT, GERMANY_TEXT_NL)
    add_germany_names(project)


def coverage_column(text: str, country: str) -> dict[str, str]:
    """One country's column of the coverage matrix `firstline contacts check` prints."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("role "))
    header = lines[start]
    at = header.index(f"  {country} ") + 2
    column = {}
    for line in lines[start + 1 :]:
        if not line.startswith("  ") or not line.strip():
            break
        column[line.strip().split("  ")[0]] = line[at:].split("  ")[0].strip()
    return column


def test_a_new_country_file_is_offered_by_both_pickers_and_its_contacts_are_shown(project):
    add_germany(project)
    rt = load_copy(project)
    assert "DE" in rt.library.directories
    for flow in ("setup", "menu"):
        options = rt.library.flows[flow].step("country").options
        assert [o.set_country for o in options if o.id == "de"] == ["DE"], flow
        assert options[-1].set_country == "EU", "the EU-wide set stays last"
    assert all(locale_problems(project, lang) == [] for lang in SHIPPED_LANGUAGES)

    screens = replay(
        rt,
        {"start": "setup"},
        {"choose": "fr"},
        {"press": "Allemagne"},
        {"start": "contacts"},
        {"choose": "specialised"},
    )
    assert [b["label"] for b in screens[1]["buttons"] if b["id"] == "de"] == ["🇩🇪 Allemagne"]
    assert screens[2]["flow"] == "menu"
    # Its own entry, then its honest line for the role it has none for: nothing from the EU-wide set.
    specialised, referral = screens[-1]["contacts"]
    assert specialised["url"] == "https://www.kok-gegen-menschenhandel.de/"
    assert GERMANY_TEXT["contact-de-kok"] + " (fr)" in screens[-1]["text"]
    assert referral["gap"] == GERMANY_TEXT["contact-gap-de-ask-kok"] + " (fr)"

    screens = replay(rt, {"lang": "nl", "country": "DE"}, {"start": "contacts"}, {"choose": "reporting"})
    assert [c["gap"] for c in screens[-1]["contacts"]] == [
        GERMANY_TEXT_NL["contact-gap-de-reporting"],
        GERMANY_TEXT_NL["contact-gap-de-ask-kok"],
    ]
    screens = replay(rt, {"lang": "en", "country": "DE"}, {"start": "contacts"}, {"choose": "emergency"})
    assert [c.get("phone") for c in screens[-1]["contacts"]] == ["112", "110"]

    report = audit.report(rt.library, date(2026, 12, 1))
    assert coverage_column(report, "DE") == coverage_column(CONTACTS_CHECK, "DE")
    assert "Roles a screen needs with neither an entry nor an honest line: none" in CONTACTS_CHECK
    assert "Roles a screen needs with neither an entry nor an honest line: none" in report
    assert "  DE kok: https://www.kok-gegen-menschenhandel.de/ · never confirmed (researched 2026-11)" in report


def test_a_new_country_without_its_texts_or_with_a_number_that_does_not_dial_is_refused(project):
    path = project / "data" / "contacts" / "de.yaml"
    path.write_text(GERMANY, encoding="utf-8")
    with pytest.raises(
        FlowError, match=says("menu.yaml: step 'country': missing-message: 'country-de' is missing in locale 'bg'")
    ):
        load_copy(project)
    add_germany_names(project, langs=[lang for lang in SHIPPED_LANGUAGES if lang != "el"])
    assert "missing: country-de" in locale_problems(project, "el")
    add_germany_names(project, langs=["el"])
    with pytest.raises(
        FlowError,
        match=says("bg: flow: missing-message: 'contact-de-emergency-112' (DE directory) is missing in locale 'bg'"),
    ):
        load_copy(project)
    add_messages(project, "contacts-directory.ftl", GERMANY_TEXT, GERMANY_TEXT_NL)
    load_copy(project)

    wrong = {
        GERMANY.replace('"112"', '"1109"'): (
            "contact 'emergency-112': phone '1109' is not a valid number or short code in DE"
        ),
        GERMANY.replace("    source: kok-gegen-menschenhandel.de\n", ""): "contacts.2.source: Field required",
        GERMANY.replace("roles: [emergency]", "roles: [emergency, medical]"): (
            "contacts.0.roles.1: Input should be 'emergency', 'police', 'reporting', 'referral', 'specialised', "
            "'child-protection', 'sexual-health', 'shelter', 'legal', 'migration', 'sex-worker-support' or 'labour'"
        ),
        GERMANY.replace("roles: [specialised]", "roles: [specialised, reporting]"): (
            "role 'reporting' has entries and a gap line: one or the other"
        ),
        GERMANY + "\nrules:\n  legal-aid: {sourced: false}\n": (
            "rules: give all of identifies, reflection, report-adults, report-children, legal-aid "
            "(unsourced ones with sourced: false)"
        ),
    }
    for text, said in wrong.items():
        path.write_text(text, encoding="utf-8")
        with pytest.raises(FlowError, match=says(f"de.yaml: flow: schema: {said}")):
            load_copy(project)
    path.unlink()
    (project / "data" / "contacts" / "germany.yaml").write_text(GERMANY, encoding="utf-8")
    with pytest.raises(FlowError, match=says("germany.yaml: flow: schema: the directory of DE must be named de.yaml")):
        load_copy(project)


def test_a_new_countrys_rules_load_with_their_lines_and_unsourced_ones_are_listed(project):
    add_germany(project, GERMANY + "\n" + GERMANY_RULES + "\n")
    with pytest.raises(FlowError, match=r"^bg: flow: missing-message: 'rules-de-identifies' \(DE directory\)"):
        load_copy(project)
    keys = ("identifies", "reflection", "report-adults", "report-children", "legal-aid")
    lines = {f"rules-de-{k}": f"No source found on this in Germany: ask KOK ({k})." for k in keys}
    lines_nl = {f"rules-de-{k}": f"Geen bron gevonden: vraag het KOK ({k})." for k in keys}
    add_messages(project, "contacts-directory.ftl", lines, lines_nl)
    rt = load_copy(project)
    report = audit.report(rt.library, date(2026, 12, 1))
    assert coverage_column(report, "DE")["(country rules)"] == "yes"
    assert "  DE reflection\n" in report and "  DE identifies\n" not in report
    screens = replay(rt, {"lang": "en", "country": "DE"}, {"start": "screening"})
    assert screens  # the screens that show the rules load with them


def test_a_short_code_the_library_lacks_loads_from_the_countrys_own_list(project):
    listed = SHORT_CODES.replace(
        "migration.gov.gr/en/protection-from-human-trafficking (2022 or later)", "example.org (2026-11)"
    )
    text = GERMANY.replace("contacts:\n", listed.strip() + "\ncontacts:\n", 1)
    add_germany(project, text.replace('"112"', '"1109"'))
    rt = load_copy(project)
    assert "DE 1109 (emergency-112): national list" in audit.report(rt.library, date(2026, 12, 1))


# --- a translator adds an eighth language -------------------------------------------------------------


def add_language(project: Path, code: str = "xx", name: str = "Xxish") -> None:
    """A copy of English with its own name (a fake one): what a translator starts from."""
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

    screens = replay(
        rt, {"start": "setup"}, {"press": "^Xxish$"}, {"choose": "nl"}, {"start": "screening"}, {"press": "Not safe"}
    )
    assert screens[-1]["outcome"] == "unsafe"
    # The person's language row on a screen shown to the person names it the same way.
    _, reply = flows.advance(rt.library, Session(lang="nl", country="NL"), Start(flow="screening", at="person-consent"))
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
    with pytest.raises(FlowError, match="^xx: flow: missing-message: 'language-name' is missing in locale 'xx'$"):
        load_copy(project)
    assert "`pt: flow: missing-message: 'language-name' is missing in locale 'pt'`" in GUIDE
