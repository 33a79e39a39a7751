"""The documents: asked for through the engine, made in memory, and readable back:
the annex 1 PDF's text (Bulgarian and Greek included) and the card's QR code."""

import builtins
import io
import re
from datetime import date

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

import flows
from bot.documents.annex_pdf import FONT_SIZES, AnnexText, NotAtAnOutcome, annex_pdf, annex_text, render_annex
from bot.documents.handover_card import handover_card
from flows import Press, Session, Start
from flows.loader import default_locales_dir
from flows.pickers import languages_in

DAY = date(2026, 11, 28)
LINK = "https://t.me/firstline_test_bot?start=contacts_{lang}_{country}"


def words(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def whole_way(flow) -> list[str]:
    """The trail of a screening that went through every checklist and the annex table."""
    looked = [s.id for s in flow.steps if s.kind in ("checklist", "marks")]
    return ["safety", "needs", "child", "understand", "trust", "observe", *looked, "assessment", "referral"]


def at_outcome(rt, lang, country, step="out-b", rows=("recruitment",), raised=None) -> Session:
    """A screening at an outcome, the whole procedure gone through, with one indicator of
    each given row ticked."""
    flow = rt.library.flows["screening"]
    ticks = [next(i.id for i in flow.indicators if i.row == r) for r in rows]
    return Session(
        lang=lang, country=country, flow="screening", step=step, ticks=ticks, raised=raised or {}, trail=whole_way(flow)
    )


# --- asking for a document ------------------------------------------------------------


def press(rt, s, *actions):
    reply = None
    for a in actions:
        s, reply = flows.advance(rt.library, s, Press(action=a, nonce=s.nonce))
    return s, reply


def test_the_contacts_screen_offers_the_card_and_stays_put(rt):
    s, _ = flows.advance(rt.library, Session(country="NL"), Start(flow="contacts"))
    s, before = press(rt, s, "sex-work")
    s2, reply = press(rt, s, "card")
    assert reply.documents == ["handover-card"]
    assert s2 == s and reply.screen == before.screen
    # The keyboard stays valid: the same nonce works again.
    assert press(rt, s2, "card")[1].documents == ["handover-card"]


def test_outcomes_a_to_d_offer_the_pdf_but_unsafe_does_not(rt):
    flow = rt.library.flows["screening"]
    sends = {
        s.id: [o.send for o in s.options if o.send] for s in flow.steps if s.kind == "end" and s.audience == "worker"
    }
    # out-d-child and out-later(-child) are outcome D too: for a child, and while waiting for an interpreter.
    outcomes = ["out-a", "out-b", "out-c", "out-d", "out-d-child", "out-later", "out-later-child"]
    assert sends == {"out-unsafe": [], **{o: ["annex-pdf"] for o in outcomes}}
    s, reply = press(rt, at_outcome(rt, "en", "NL"), "pdf")
    assert reply.documents == ["annex-pdf"] and reply.screen.step == "out-b"


def test_every_contacts_list_offers_the_card(rt):
    flow = rt.library.flows["contacts"]
    ends = [s for s in flow.steps if s.kind == "end"]
    assert ends and all([o.send for o in s.options] == ["handover-card"] for s in ends)


def test_replay_says_the_document_is_sent_in_telegram_only(rt):
    from bot.replay import Replay

    r = Replay(rt)
    r.apply({"lang": "en", "country": "FR"})
    r.apply({"start": "contacts"})
    r.apply({"choose": "children"})
    out = r.apply({"choose": "card"})
    assert out["step"] == "children"
    assert out["text"].startswith("🪪 The card with contacts is sent as a picture in Telegram only.")


# --- the annex 1 PDF -----------------------------------------------------------------------


def test_annex_pdf_in_english_holds_outcome_rows_signals_and_contacts(rt):
    s = at_outcome(rt, "en", "NL", rows=("recruitment", "sexual"), raised={"payments": 3, "begging": 2})
    text = words(annex_pdf(rt, s, "en", DAY))
    assert "Annex 1 — summary of a first-line identification" in text
    assert "Date: 2026-11-28 · Country: Netherlands" in text
    assert "Outcome B · adult, possible victim, agrees to referral" in text
    for row in rt.library.flows["screening"].rows:
        assert rt.catalog.text("en", f"annex-row-{row.id}") in text
    assert text.count("0 · no signs") == 11
    assert text.count("1 · signs present") == 2
    assert "Giving or receiving payments 3 · more information needed" in text
    assert "Forced begging or criminal activities 2 · evidence" in text
    assert "Recruitment: Did not know where they were going to work. (heard)" in text
    assert (
        "• CoMensha (referral and identification · specialised support): +31 33 448 1186 · www.comensha.nl · Mon–Fri 9:00–17:00 "
        "(as of 2026-11)"
    ) in text
    assert "• Who formally identifies a victim — The police (AVIM unit)" in text  # the country's rules
    assert "• Politie (police · reporting · referral and identification): 0900 8844" in text


def test_annex_pdf_keeps_no_time_of_day_and_no_author(rt):
    pdf = annex_pdf(rt, at_outcome(rt, "nl", "NL"), "nl", DAY)
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.get("/CreationDate") == "D:20261128000000Z"
    assert not {"/Author", "/Title", "/Subject", "/Keywords"} & set(info)
    assert re.findall(rb"D:\d{14}", pdf) == [b"D:20261128000000"]


def test_annex_pdf_only_at_an_outcome(rt):
    with pytest.raises(NotAtAnOutcome):
        annex_pdf(rt, Session(lang="en", country="NL", flow="screening", step="safety"), "en", DAY)


def test_everything_ticked_still_fits_one_page(rt):
    flow = rt.library.flows["screening"]
    s = Session(
        lang="nl",
        country="NL",
        flow="screening",
        step="out-c",
        ticks=[i.id for i in flow.indicators],
        trail=whole_way(flow),
    )  # the whole procedure gone through, as a real screening
    text = words(annex_pdf(rt, s, "nl", DAY))
    assert rt.catalog.text("nl", f"indicator-{flow.indicators[-1].id}").split()[0] in text


def test_too_much_for_one_page_is_refused_not_spread_over_two():
    text = AnnexText("t", "s", "d", "o", "x", "r", [], "sig", ["one line"] * 200, "c", [], [])
    with pytest.raises(ValueError, match="one page"):
        render_annex(text, DAY)
    assert FONT_SIZES[-1] >= 5  # never smaller than can still be read when printed


# Every language with the shipped locales, Bulgarian (Cyrillic) and Greek (Greek script)
# among them: the title, a row's name and mark, and a contact come back out of the PDF.
LANGS = languages_in(default_locales_dir())


def country_of(rt, lang: str) -> str:
    """A directory written in the language (nl: NL, el: GR, en: the EU-wide set), else the EU-wide set."""
    return next((c for c, d in sorted(rt.library.directories.items()) if d.language == lang and c != "EU"), "EU")


@pytest.mark.parametrize("lang", LANGS)
def test_annex_pdf_round_trips_every_language(rt, lang):
    country = country_of(rt, lang)
    s = at_outcome(rt, lang, country, rows=("recruitment",), raised={"sexual": 2})
    text = words(annex_pdf(rt, s, lang, DAY))
    cat = rt.catalog

    def flat(msg_id, args=None):
        return " ".join(cat.text(lang, msg_id, args).split())

    for expected in (
        flat("document-title"),
        flat("annex-row-recruitment"),
        flat("annex-row-sexual"),
        flat("document-mark", {"mark": 2}),
        flat("document-element-act"),
    ):
        assert expected in text, expected
    contact = rt.library.contacts_for(country, ["specialised"])[0].entry
    assert contact.phone in text


def test_bulgarian_and_greek_come_back_in_their_own_scripts(rt):
    bg = words(annex_pdf(rt, at_outcome(rt, "bg", "BG"), "bg", DAY))
    el = words(annex_pdf(rt, at_outcome(rt, "el", "GR"), "el", DAY))
    assert re.search("[а-яА-Я]{6,}", bg) and re.search("[α-ωΑ-Ω]{6,}", el)
    assert "Набиране" in bg and "Στρατολόγηση" in el  # recruitment, as the Directive's versions say


def test_annex_text_is_the_session_and_nothing_else(rt):
    """Every word comes from the catalogue or the directory: the session holds no text."""
    s = at_outcome(rt, "en", "NL")
    a = annex_text(rt, s, "en", DAY)
    assert a.signals == ["Recruitment: Did not know where they were going to work. (heard)"]
    assert [r.mark for r in a.rows] == [1] + [0] * 14


# --- the handover card ----------------------------------------------------------------------


@pytest.mark.parametrize("lang, country", [("nl", "GR"), ("en", "EU")])
def test_card_is_a_png_whose_qr_code_opens_the_same_contacts(rt, lang, country):
    link = LINK.format(lang=lang, country=country)
    png = handover_card(rt, country, lang, link)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width == 1080
    assert not {k for k in image.info if k not in ("dpi",)}, image.info  # no text chunks
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [link]


def test_card_grows_with_the_contacts_it_lists(rt):
    height = {
        c: Image.open(io.BytesIO(handover_card(rt, c, "en", LINK.format(lang="en", country=c)))).height
        for c in ("EU", "NL")
    }
    assert height["NL"] > height["EU"] * 1.5


def test_documents_are_made_in_memory(rt, monkeypatch):
    real_open = builtins.open

    def read_only(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+"):
            raise AssertionError(f"tried to write {file}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only)
    assert annex_pdf(rt, at_outcome(rt, "en", "FR"), "en", DAY).startswith(b"%PDF")
    assert handover_card(rt, "FR", "en", LINK.format(lang="en", country="FR")).startswith(b"\x89PNG")
