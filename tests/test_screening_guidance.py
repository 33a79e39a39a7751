"""What the screening says around the outcome never contradicts the guide, and the
checklists cost a worker few taps (issue 14, items 1, 4 and 7)."""

import pytest

import flows
from bot.render import render
from bot.telegram import buttons
from flows import Press, Session, Start
from flows.annex import assessment_args

LANGS = ["en", "nl", "bg", "ro", "es", "fr", "el"]
TO_OBSERVE = ["safe", "continue", "adult", "understood", "consents"]


def walk(rt, presses, lang="en"):
    s = Session(lang=lang, country="NL")
    s, reply = flows.advance(rt.library, s, Start(flow="screening"))
    for action in presses:
        s, reply = flows.advance(rt.library, s, Press(action=action, nonce=s.nonce))
        assert not reply.notices, (action, reply.notices)
    return s, reply


def assessment(rt, ticks, lang="en"):
    presses = [*TO_OBSERVE]
    for group, items in ticks:
        presses += [group, *items]
    s, reply = walk(rt, [*presses, "_done", "_done"], lang)
    assert reply.screen.step == "assessment"
    return s, reply


# --- item 1: smuggling is not trafficking ------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_vulnerability_alone_does_not_point_to_trafficking(rt, lang):
    s, reply = assessment(rt, [("ind-vulnerability", ["vuln-no-permits", "vuln-education-language"])], lang)
    args = assessment_args(rt.library.flows["screening"], s)
    assert args["elements"] == "situation" and args["consent"] == "open"
    text = render(rt.catalog, lang, reply.screen, strict=True).text
    english = render(rt.catalog, "en", reply.screen, strict=True).text
    assert "Smuggling is not trafficking" in english and "irrelevant here: a means was used" not in english
    assert text != english or lang == "en"
    actions = [b.action for row in reply.screen.buttons for b in row]
    assert "smuggling" in actions  # the four differences, one tap away


def test_consent_is_irrelevant_only_with_signs_of_a_means_and_of_exploitation(rt):
    flow = rt.library.flows["screening"]
    s, _ = assessment(rt, [("ind-threat", ["threat-fear"])])
    assert assessment_args(flow, s)["consent"] == "open"
    s, _ = assessment(rt, [("ind-purpose", ["purpose-hands-over-money"]), ("ind-threat", ["threat-fear"])])
    assert assessment_args(flow, s)["consent"] == "means"
    # Vulnerability with signs of exploitation: abuse of vulnerability may be the means.
    s, reply = assessment(rt, [("ind-purpose", ["purpose-no-time-off"]), ("ind-vulnerability", ["vuln-dependent"])])
    assert assessment_args(flow, s)["consent"] == "means"
    assert "smuggling" not in [b.action for row in reply.screen.buttons for b in row]


def test_the_assessment_never_states_a_means_as_a_fact(rt):
    for lang in LANGS:
        for consent in ("means", "open"):
            args = {
                "act": [],
                "means": ["annex-row-threat"],
                "purpose": [],
                "more": [],
                "child": "no",
                "consent": consent,
                "elements": "some",
            }
            text = rt.catalog.text(lang, "screening-assessment", args, strict=True)
            assert "irrelevant here: a means was used" not in text.lower()
    en = rt.catalog.text(
        "en",
        "screening-assessment",
        {
            "act": [],
            "means": ["annex-row-threat"],
            "purpose": [],
            "more": [],
            "child": "no",
            "consent": "means",
            "elements": "some",
        },
        strict=True,
    )
    assert "signs of a means and of exploitation" in en


# --- item 4: safety again ------------------------------------------------------------


def test_danger_signs_are_marked_in_the_data(rt):
    flow = rt.library.flows["screening"]
    danger = {i.id for i in flow.indicators if i.danger}
    assert {"isolation-speaks-for", "threat-aggressive-escort"} <= danger


@pytest.mark.parametrize(
    "sign,group",
    [
        ("isolation-speaks-for", "ind-isolation"),
        ("threat-aggressive-escort", "ind-threat"),
        ("transport-afraid-escort", "ind-transport"),
    ],
)
def test_a_danger_sign_asks_about_safety_again_and_safe_returns_with_the_tick(rt, sign, group):
    s, reply = walk(rt, [*TO_OBSERVE, group, sign])
    assert reply.screen.step == "safety-again"
    s, reply = walk(rt, [*TO_OBSERVE, group, sign, "safe"])
    assert reply.screen.step == group and sign in s.ticks
    s, reply = walk(rt, [*TO_OBSERVE, group, sign, "unsafe"])
    assert reply.screen.outcome == "unsafe"


def test_unticking_a_danger_sign_does_not_ask_again(rt):
    s, reply = walk(rt, [*TO_OBSERVE, "ind-isolation", "isolation-speaks-for", "safe", "isolation-speaks-for"])
    assert reply.screen.step == "ind-isolation" and "isolation-speaks-for" not in s.ticks


# --- item 7: speed -------------------------------------------------------------------


def test_groups_open_only_what_the_worker_chose_and_jump_between_them(rt):
    s, reply = walk(rt, [*TO_OBSERVE])
    assert reply.screen.step == "observe"
    groups = [b.action for row in reply.screen.buttons for b in row if b.action.startswith("ind-")]
    assert len(groups) == 13
    s, reply = walk(rt, [*TO_OBSERVE, "ind-purpose", "purpose-no-refusal", "ind-debt"])
    assert reply.screen.step == "ind-debt"
    s, reply = walk(rt, [*TO_OBSERVE, "ind-purpose", "purpose-no-refusal", "ind-debt", "_done"])
    assert reply.screen.step == "annex"


def test_all_48_indicators_stay_reachable(rt):
    flow = rt.library.flows["screening"]
    groups = flow.step("observe").groups
    listed = [i for g in groups for i in flow.step(g).items]
    assert len(listed) == 48 == len(set(listed)) == len(flow.indicators)
    # Without a conversation only the observed (👁) ones are offered, once each (issue 14, item 2).
    watch = flow.step("watch").items
    assert len(watch) == len(set(watch)) and {flow.indicator_index[i].how for i in watch} == {"observe"}
    assert len(flow.rows) == 15


def test_annex_marks_are_set_directly_never_wrapping_round(rt):
    s, reply = walk(rt, [*TO_OBSERVE, "_done", "threat=3"])
    assert s.raised == {"threat": 3}
    s, reply = walk(rt, [*TO_OBSERVE, "_done", "threat=3", "threat=0"])
    assert s.raised == {}
    s, reply = walk(rt, [*TO_OBSERVE, "_done", "threat=2"])
    assert s.raised == {"threat": 2}
    # A row with ticked signs offers no mark below 1.
    s, reply = walk(rt, [*TO_OBSERVE, "ind-threat", "threat-fear", "_done"])
    row = next(r for r in reply.screen.buttons if r[0].action.startswith("threat="))
    assert [b.action for b in row] == ["threat=1", "threat=2", "threat=3"]
    s2, reply = flows.advance(rt.library, s, Press(action="threat=0", nonce=s.nonce))
    assert reply.notices and s2.raised == {}


def test_the_annex_screen_fits_telegram(rt):
    s, reply = walk(rt, [*TO_OBSERVE, "_done"])
    all_buttons = [b for row in reply.screen.buttons for b in row]
    assert len(all_buttons) <= 100
    assert all(buttons.fits(b.action) for b in all_buttons)
    for row in reply.screen.buttons:
        assert len(row) <= 8


def test_dependence_on_the_employer_is_not_a_mere_situation(rt):
    """Depending on the employer for housing and food points to the exploiter: it is a sign
    of abuse of vulnerability, not of the person's situation alone."""
    s, reply = assessment(rt, [("ind-vulnerability", ["vuln-no-permits", "vuln-dependent"])])
    assert assessment_args(rt.library.flows["screening"], s)["elements"] == "some"
    assert "smuggling" not in [b.action for row in reply.screen.buttons for b in row]
    # A mark the worker set on another row is a sign too.
    s, reply = walk(rt, [*TO_OBSERVE, "ind-vulnerability", "vuln-no-permits", "_done", "documents=2", "_done"])
    assert assessment_args(rt.library.flows["screening"], s)["elements"] == "some"
