"""Small shared steps for the Telegram tests."""

from __future__ import annotations

import flows
from bot.render import render
from flows import Press, Session, Start
from tests.telegram.people import Person


async def to_screening(worker: Person, rt) -> None:
    """A new worker: /start, the Netherlands, then the screening from the menu."""
    await worker.send("/start")
    await worker.choose(country_option(rt, "NL"))
    await worker.choose("screening")


def country_option(rt, country: str, flow: str = "setup", step: str = "country") -> str:
    """The id of the option that picks `country` on a country question."""
    options = rt.library.flows[flow].step(step).options
    return next(o.id for o in options if o.set_country == country)


def language_option(rt, lang: str) -> str:
    """The id of the option that picks `lang` on the menu's language question."""
    return next(o.id for o in rt.library.flows["menu"].step("language").options if o.set_lang == lang)


def engine_text(
    rt,
    lang: str,
    actions: list[str],
    flow: str = "screening",
    country: str | None = "NL",
    notices=(),
    at: str | None = None,
) -> str:
    """What the engine shows after `actions` from the start of `flow`."""
    session, reply = flows.advance(rt.library, Session(lang=lang, country=country), Start(flow=flow, at=at))
    for action in actions:
        session, reply = flows.advance(rt.library, session, Press(action=action, nonce=session.nonce))
    return render(rt.catalog, lang, reply.screen, list(notices)).text
