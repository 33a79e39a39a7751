"""The locale check (bot/locale_check.py) over every shipped language.

English is the reference locale for completeness; the guide's Dutch
stays the source of the content.
"""

import shutil

import pytest

from bot import locale_check
from flows.loader import default_locales_dir
from flows.messages import REFERENCE
from tests.shipped import LANGUAGES

LOCALES = default_locales_dir()


@pytest.fixture(scope="module")
def labels(rt):
    return locale_check.button_labels(rt.library.flows)


def test_reference_has_messages_and_the_seven_target_languages_are_listed():
    variables, _, problems = locale_check.parse(LOCALES / REFERENCE)
    assert problems == [] and len(variables) > 300


@pytest.mark.parametrize("lang", LANGUAGES)
def test_locale_is_complete_strict_and_translated(lang, labels):
    assert locale_check.check(LOCALES, lang, labels) == []


def test_every_variable_used_has_a_sample():
    variables, _, _ = locale_check.parse(LOCALES / REFERENCE)
    used = set().union(*variables.values())
    assert used <= set(locale_check.SAMPLE), sorted(used - set(locale_check.SAMPLE))


def test_button_labels_include_options_and_navigation(labels):
    assert {"nav-exit", "screening-safety-safe", "lang-en", "person-yes"} <= labels


@pytest.fixture
def broken_locales(tmp_path):
    """A copy of the shipped locales with a Dutch file to break."""
    target = tmp_path / "locales"
    shutil.copytree(LOCALES, target)
    return target


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_check_finds_a_missing_message(broken_locales, labels):
    _edit(broken_locales / "nl" / "common.ftl", "nav-back =", "nav-backwards =")
    problems = locale_check.check(broken_locales, "nl", labels)
    assert "missing: nav-back" in problems and "obsolete: nav-backwards" in problems


def test_the_check_finds_a_changed_variable(broken_locales, labels):
    _edit(broken_locales / "nl" / "common.ftl", "{ $n }. { $row }", "{ $nr }. { $row }")
    assert any(p.startswith("variables of marks-line") for p in locale_check.check(broken_locales, "nl", labels))


def test_the_check_finds_text_left_in_english_and_a_long_label(broken_locales, labels, rt):
    english = rt.catalog.text("en", "notice-stale")
    path = next(p for p in (broken_locales / "nl").glob("*.ftl") if "notice-stale =" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    start = text.index("notice-stale =")
    end = text.index("\n", start)
    path.write_text(text[:start] + f"notice-stale = {english}" + text[end:], encoding="utf-8")
    _edit(
        broken_locales / "nl" / "screening.ftl",
        "screening-safety-safe = ",
        "screening-safety-safe = Veilig, helemaal veilig, echt waar, kijk maar ",
    )
    problems = locale_check.check(broken_locales, "nl", labels)
    assert any(p.startswith("notice-stale: left in English") for p in problems)
    assert any(p.startswith("screening-safety-safe: button label") for p in problems)


def test_the_check_finds_a_syntax_error(broken_locales, labels):
    (broken_locales / "nl" / "zz.ftl").write_text("this is not fluent\n", encoding="utf-8")
    assert any("cannot parse" in p for p in locale_check.check(broken_locales, "nl", labels))


def test_the_command_checks_a_half_translated_locale(tmp_path, capsys):
    shutil.copytree(LOCALES / REFERENCE, tmp_path / REFERENCE)
    (tmp_path / "bg").mkdir()
    (tmp_path / "bg" / "common.ftl").write_text("nav-back = ◀ Назад\n", encoding="utf-8")
    assert locale_check.main(str(tmp_path), ["bg"]) == 1
    out = capsys.readouterr().out
    assert "missing: nav-exit" in out and "nav-back" not in out.replace("missing: nav-back", "")
    assert locale_check.main(None, []) == 0


def test_the_check_holds_bot_descriptions_to_the_api_limits(broken_locales, labels):
    _edit(
        broken_locales / "nl" / "telegram.ftl", "tg-short-description = ", "tg-short-description = " + "x" * 121 + " "
    )
    problems = locale_check.check(broken_locales, "nl", labels)
    assert any(p.startswith("tg-short-description:") and "at most 120" in p for p in problems)
