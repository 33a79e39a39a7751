"""Learn cards and the indicator reference: reachable fast, short, with a way to the contacts."""

import pytest

import flows
from bot.render import render
from flows import Press, Session, Start

# A phone shows about this much text without scrolling far; the guide's longest
# card (the six reasons) must still fit.
PHONE_SCREEN = 1300


def taps_from_menu(lib, *actions):
    s, reply = flows.advance(lib, Session(country="NL"), Start(flow="menu"))
    for a in actions:
        s, reply = flows.advance(lib, s, Press(action=a, nonce=s.nonce))
    return reply.screen


@pytest.mark.parametrize("card", ["child", "smuggling", "differences", "definition", "chose", "rights"])
def test_a_card_is_two_taps_from_the_main_menu(rt, card):
    screen = taps_from_menu(rt.library, "learn", card)
    assert (screen.flow, screen.step) == ("learn", card)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_card_fits_a_phone_screen_and_leads_to_the_contacts(rt, lang):
    for flow_id in ("learn", "indicators"):
        flow = rt.library.flows[flow_id]
        for step in flow.steps:
            screen = flows.screen(rt.library, Session(lang=lang, country="NL", flow=flow_id, step=step.id))
            text = render(rt.catalog, lang, screen, strict=True).text
            assert len(text) <= PHONE_SCREEN, (flow_id, step.id, len(text))
            assert any(o.flow == "contacts" for o in step.options), (flow_id, step.id)


def test_the_reference_lists_every_indicator_once_marked_observed_or_heard(rt):
    lib = rt.library
    screening = lib.flows["screening"]
    listed = []
    for step in lib.flows["indicators"].steps:
        screen = flows.screen(lib, Session(flow="indicators", step=step.id))
        for m in screen.text:
            if m.id == "learn-indicator-line":
                indicator = m.args["text"][0].removeprefix("indicator-")
                assert m.args["how"] == screening.indicator_index[indicator].how
                listed.append(indicator)
    assert sorted(listed) == sorted(i.id for i in screening.indicators)
