"""The annex summary never claims "no signs" for what nobody looked at: after the child
fast path or a screening without a conversation, the rows say "not assessed" and the
page says which parts of the procedure were not done and why. A group looked at with
nothing in it is 0; the labour and begging rows, which have no indicators in the guide,
are 0 only once the annex table was shown."""

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

import flows
from bot.documents.annex_pdf import annex_pdf, annex_text
from bot.replay import run
from flows import Press, Session, Start

DAY = date(2026, 12, 2)
LANGS = ["en", "nl", "bg", "ro", "es", "fr", "el"]
COUNTRY = {"en": "EU", "nl": "NL", "bg": "BG", "ro": "RO", "es": "ES", "fr": "FR", "el": "GR"}


def words(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def flat(rt, lang, msg_id, **args):
    return " ".join(rt.catalog.text(lang, msg_id, args).split())


def walk(rt, lang, *actions):
    s, _ = flows.advance(rt.library, Session(lang=lang, country=COUNTRY[lang]), Start(flow="screening"))
    for a in actions:
        s, reply = flows.advance(rt.library, s, Press(action=a, nonce=s.nonce))
    return s, reply


def looked_at(flow, annex=True):
    return [s.id for s in flow.steps if s.kind == "checklist" or (annex and s.kind == "marks")]


@pytest.mark.parametrize("lang", LANGS)
def test_the_child_fast_path_assesses_no_row_and_says_why(rt, lang):
    s, reply = walk(rt, lang, "safe", "continue", "doubt", "continue", "exploited")
    assert reply.screen.outcome == "A"
    a = annex_text(rt, s, lang, DAY)
    assert [r.mark for r in a.rows] == [None] * 15
    assert {r.mark_label for r in a.rows} == {rt.catalog.text(lang, "document-not-assessed")}
    assert a.skipped == [
        rt.catalog.text(lang, "document-skipped-checklist", {"part": "all"}),
        rt.catalog.text(lang, "document-skipped-marks"),
        rt.catalog.text(lang, "document-skipped-why-child"),
    ]
    text = words(annex_pdf(rt, s, lang, DAY))
    assert flat(rt, lang, "document-mark", mark=0) not in text
    assert text.count(flat(rt, lang, "document-not-assessed")) == 15
    assert flat(rt, lang, "document-skipped-why-child") in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_conversation_without_an_interpreter_says_so(rt, lang):
    s = Session(
        lang=lang,
        country=COUNTRY[lang],
        flow="screening",
        step="out-d",
        trail=["safety", "needs", "child", "understand", "interpreter", "no-talk-adult"],
    )
    a = annex_text(rt, s, lang, DAY)
    assert all(r.mark is None for r in a.rows)
    assert a.skipped[-1] == rt.catalog.text(lang, "document-skipped-why-no-interpreter")
    refused = s.model_copy(update={"trail": ["safety", "needs", "child", "understand", "trust", "no-talk-adult"]})
    assert annex_text(rt, refused, lang, DAY).skipped[-1] == rt.catalog.text(lang, "document-skipped-why-refused")


@pytest.mark.parametrize("lang", LANGS)
def test_groups_looked_at_are_0_and_labour_and_begging_only_on_the_annex_screen(rt, lang):
    flow = rt.library.flows["screening"]
    before = ["safety", "needs", "child", "understand", "trust", "observe"]
    s = Session(
        lang=lang,
        country=COUNTRY[lang],
        flow="screening",
        step="out-d",
        trail=[*before, *looked_at(flow, annex=False), "assessment"],
        ticks=["recruit-no-contract"],
    )
    marks = {row.id: r.mark for row, r in zip(flow.rows, annex_text(rt, s, lang, DAY).rows, strict=True)}
    assert marks["recruitment"] == 1
    assert (marks["labour"], marks["begging"]) == (None, None), "no indicator of theirs: not looked at"
    assert all(m == 0 for r, m in marks.items() if r not in ("recruitment", "labour", "begging"))
    assert annex_text(rt, s, lang, DAY).skipped[0] == rt.catalog.text(lang, "document-skipped-marks")
    whole = s.model_copy(update={"trail": [*before, *looked_at(flow), "assessment"]})
    a = annex_text(rt, whole, lang, DAY)
    assert [r.mark for r in a.rows] == [1] + [0] * 14
    assert a.skipped == []
    text = words(annex_pdf(rt, whole, lang, DAY))
    assert flat(rt, lang, "document-not-assessed") not in text
    assert flat(rt, lang, "document-skipped") not in text


def test_a_debt_sign_names_the_row_it_is_marked_on(rt):
    flow = rt.library.flows["screening"]
    s = Session(
        lang="en",
        country="NL",
        flow="screening",
        step="out-b",
        ticks=["debt-works-off-loan"],
        trail=["safety", "observe", *looked_at(flow)],
    )
    a = annex_text(rt, s, "en", DAY)
    assert a.signals[0].startswith("Debt bondage: ")
    assert a.signals[0].endswith("(heard; marked on the row “Withholding of wages”)")


def test_replay_out_writes_the_pdf_and_names_it(rt, tmp_path):
    """The reproduction of issue 14, item 3: the Greek child fast path, the PDF pressed."""
    script = [
        {"lang": "el", "country": "GR"},
        {"start": "screening"},
        {"choose": "safe"},
        {"choose": "continue"},
        {"choose": "doubt"},
        {"choose": "continue"},
        {"choose": "exploited"},
        {"choose": "pdf"},
        {"choose": "pdf"},
    ]
    sink = io.StringIO()
    assert run(rt, io.StringIO("\n".join(json.dumps(line) for line in script)), sink, tmp_path / "annex-check") == 0
    lines = [json.loads(line) for line in sink.getvalue().splitlines()]
    first, second = lines[-2]["documents"], lines[-1]["documents"]
    assert first == [str(tmp_path / "annex-check" / "annex-1-summary.pdf")]
    assert second == [str(tmp_path / "annex-check" / "annex-1-summary-2.pdf")], "an earlier file is never overwritten"
    assert flat(rt, "el", "document-pdf-only-in-telegram") not in lines[-1]["text"]
    with open(first[0], "rb") as f:
        text = words(f.read())
    assert text.count("– · δεν αξιολογήθηκε") == 15 and "0 · καμία ένδειξη" not in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "who,actions,end",
    [
        ("child", ["safe", "continue", "child", "not-exploited", "understood", "consents"], "child-no-suspicion"),
        ("adult", ["safe", "continue", "adult", "understood", "consents"], "no-suspicion"),
    ],
)
def test_a_way_through_the_procedure_gives_no_reason_it_did_not_have(rt, lang, who, actions, end):
    """She agreed to talk and the table was filled in: the summary never says "the person
    did not want to talk" (nor, for a child without signs, that there was reason to
    suspect exploitation) because a step that can give such a reason was on the way."""
    s, reply = walk(rt, lang, *actions, "_done", "_done", end)
    assert reply.screen.outcome == "D"
    a = annex_text(rt, s, lang, DAY)
    reasons = {rt.catalog.text(lang, m) for m in set(rt.library.flows["screening"].skipped_because.values())}
    assert not reasons & set(a.skipped), (who, a.skipped)
    assert [r.mark for r in a.rows] == [0] * 15
