"""Documents a button asks for: the annex 1 PDF at a screening's outcome, the contacts card.
Sent as files, kept out of the screen, and deleted with everything else on quick exit."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from tests.telegram.helpers import country_option, engine_text, to_screening

TO_OUTCOME_A = ["safe", "continue", "child", "exploited"]


async def test_the_annex_pdf_is_sent_below_the_outcome_which_stays_as_it_is(bot, api, person, rt):
    worker = person()
    await to_screening(worker, rt)
    for action in TO_OUTCOME_A:
        await worker.choose(action)
    outcome = worker.screen()
    assert "pdf" in worker.actions()

    await worker.choose("pdf")

    sent = api.calls_of("sendDocument")
    assert len(sent) == 1
    upload = sent[0].params["document"]
    assert upload.data.startswith(b"%PDF") and upload.filename.endswith(".pdf")
    assert worker.screen()["message_id"] == outcome["message_id"]  # the outcome was not repeated
    assert worker.screen()["text"] == engine_text(rt, "en", TO_OUTCOME_A)
    assert max(worker.chat.messages) > outcome["message_id"]  # the PDF came below it

    await worker.tap("Quick exit", expect="answer")
    assert worker.chat.messages == {}  # the PDF went too


async def test_the_contacts_card_is_a_picture_with_a_deep_link(bot, api, person, rt):
    worker = person()
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))
    await worker.send("/contacts")
    await worker.choose(worker.actions()[0])
    assert "card" in worker.actions()

    await worker.choose("card")

    photo = api.calls_of("sendPhoto")[0].params["photo"]
    link = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(photo.data)))]
    assert link == ["https://t.me/firstline_test_bot?start=contacts_en_NL"]
    # The code opens the same contacts for whoever scans it.
    visitor = person(user_id=5550077, language_code="ro")
    await visitor.send("/start " + link[0].split("start=")[1])
    assert visitor.screen()["text"] == engine_text(rt, "en", [], flow="contacts", country="NL")
    await worker.send("/exit", expect="delete")
    assert worker.chat.messages == {}
