"""Random walks through every flow: whatever is tapped, an end stays in reach.

Hypothesis taps random buttons (back and menu included, quick exit not), then a
search from wherever the walk stopped must find an end step by pressing
buttons. Every screen on the way renders strictly and fits Telegram's limits.
"""

from collections import deque

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flows
from bot.render import TELEGRAM_TEXT_LIMIT, render
from bot.telegram import buttons
from flows import Press, Session, Start
from tests.shipped import LANGUAGES


def actions(reply):
    return [b.action for row in reply.screen.buttons for b in row if b.action != flows.EXIT]


def check_screen(rt, reply, lang):
    out = render(rt.catalog, lang, reply.screen, reply.notices, strict=True)
    assert len(out.text) <= TELEGRAM_TEXT_LIMIT
    assert all(buttons.fits(b.action) for row in reply.screen.buttons for b in row)


def end_in_reach(lib, session, reply, budget=400):
    """Breadth-first over the engine's own moves, toggles skipped: state is (flow, step, flags).
    A hand-over to another flow (the menu) counts when that flow ends."""
    todo, seen = deque([(session, reply)]), set()
    while todo and budget:
        s, r = todo.popleft()
        budget -= 1
        if r.screen.ends:
            return True
        key = (s.flow, s.step, tuple(sorted(s.flags)))
        if key in seen:
            continue
        seen.add(key)
        step = lib.flows[s.flow].step(s.step)
        toggles = set(getattr(step, "items", [])) | {row.id for row in lib.flows[s.flow].rows if step.kind == "marks"}
        for a in actions(r):
            if a in toggles or a == flows.MENU:
                continue
            todo.append(flows.advance(lib, s, Press(action=a, nonce=s.nonce)))
    return False


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), lang=st.sampled_from(LANGUAGES), taps=st.lists(st.integers(0, 40), max_size=60))
def test_random_walk_keeps_an_end_in_reach(rt, data, lang, taps):
    flow = data.draw(st.sampled_from(sorted(rt.library.flows)), label="flow")
    s, reply = flows.advance(rt.library, Session(lang=lang, country="NL"), Start(flow=flow))
    check_screen(rt, reply, lang)
    for tap in taps:
        options = actions(reply)
        s, reply = flows.advance(rt.library, s, Press(action=options[tap % len(options)], nonce=s.nonce))
        check_screen(rt, reply, lang)
        assert Session.model_validate_json(s.model_dump_json()) == s
    assert end_in_reach(rt.library, s, reply), f"stuck at {s.flow}/{s.step}"
