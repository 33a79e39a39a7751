"""Practice and the screening agree on debt bondage. The guide lists its signs as a group
of their own, but annex 1 has no row for it: the screening marks a debt on the
"withholding of wages" row (a fee paid to parents on "giving or receiving payments").
Both say so, naming the rows as the table does, in every language."""

import pytest

LANGS = ["en", "nl", "bg", "ro", "es", "fr", "el"]


def test_the_debt_signs_are_marked_on_the_wages_and_payments_rows(rt):
    flow = rt.library.flows["screening"]
    rows = {i.id: i.row for i in flow.indicators if i.group == "debt"}
    assert set(rows.values()) == {"wages", "payments"}
    assert rows["debt-parents-paid"] == "payments"


@pytest.mark.parametrize("lang", LANGS)
def test_practice_feedback_and_checklist_explain_the_mapping(rt, lang):
    cat = rt.catalog
    wages, payments = cat.text(lang, "annex-row-wages"), cat.text(lang, "annex-row-payments")
    note = cat.text(lang, "practice-s-also-debt-wages")
    assert wages in note, "the practice note names the annex row the screening marks a debt on"
    checklist = cat.text(lang, "screening-ind-debt")
    assert wages in checklist and payments in checklist


def test_the_practice_story_with_a_debt_shows_the_note_on_a_wages_pick(rt):
    scenario = rt.library.flows["practice"].items["chose-freely"]
    assert "wages" in scenario.also and scenario.notes["wages"] == "practice-s-also-debt-wages"
