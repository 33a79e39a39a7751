"""Story files: a conversation and what must happen, run against the engine.

A story is YAML:

    story: what it shows
    langs: [en, nl]          # optional: by default every shipped language; each screen rendered strictly
    country: NL
    start: screening
    steps:
      - {choose: safe, step: needs}     # press an option (by id), then expect the step
      - {text: true, step: needs}       # type text where buttons are expected
      - {command: back, step: safety}   # back | menu | exit
      - {choose: C, shows: [practice-action-right]}   # message ids the screen shows (also inside list arguments)
      - {choose: continue, ticks: [threat-fear]}       # the indicators ticked after this step
    outcome: B                          # the last screen's outcome
    max_taps: 18                        # optional: taps from the menu's button to the first outcome, at most
    contacts: [comensha, police]        # optional: contact ids on the last screen, in order
    items: [girl-15, age-doubt, ...]    # optional, for a practice or quiz run: the scenarios or questions
                                        # it deals from, in this order (the others are left out), so a
                                        # new item in the flow does not change what the story meets

The runner stops at the first mismatch and says which story, language and step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

import flows
from bot.render import TELEGRAM_TEXT_LIMIT, render
from bot.replay import COMMANDS  # the same command words replay scripts use
from bot.runtime import Runtime
from bot.telegram import buttons
from flows import Press, Session, Start, TypedText
from flows.library import Library
from flows.schema import Flow

TELEGRAM_MAX_BUTTONS = 100  # an inline keyboard's limit


class StoryMismatch(AssertionError):
    pass


@dataclass
class Result:
    session: Session
    screen: flows.Screen | None
    texts: list[str]
    # Taps from the menu's button that opens the story's flow (that tap included) to the
    # first screen with an outcome; None when no outcome was reached.
    taps: int | None = None


def load_story(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def run_story(rt: Runtime, story: dict, lang: str, name: str = "") -> Result:
    where = f"story {name or story.get('story')!r} ({lang})"
    library = _dealing_from(rt.library, story, where)
    session = Session(lang=lang, country=story.get("country"))
    session, reply = flows.advance(library, session, Start(flow=story["start"], at=story.get("at")))
    texts = [_render(rt, lang, reply, where, 0)]
    taps = None
    for n, step in enumerate(story.get("steps", []), 1):
        if "choose" in step:
            available = [b.action for row in reply.screen.buttons for b in row]
            if step["choose"] not in available:
                raise StoryMismatch(
                    f"{where}, step {n}: no option {step['choose']!r} on screen {reply.screen.step!r} (options: {available})"
                )
            event = Press(action=step["choose"], nonce=session.nonce)
        elif "text" in step:
            event = TypedText()
        elif "command" in step:
            event = Press(action=COMMANDS[step["command"]], nonce=session.nonce)
        else:
            raise StoryMismatch(f"{where}, step {n}: no action in {step}")
        session, reply = flows.advance(library, session, event)
        if reply.exit:
            if step.get("step") not in (None, "exit"):
                raise StoryMismatch(f"{where}, step {n}: expected step {step['step']!r}, got a quick exit")
            return Result(session, None, texts, _check_taps(story, taps, where))
        texts.append(_render(rt, lang, reply, where, n))
        if taps is None and reply.screen.outcome is not None:
            taps = 1 + n
        if "step" in step and reply.screen.step != step["step"]:
            raise StoryMismatch(
                f"{where}, step {n} ({_describe(step)}): expected step {step['step']!r}, got {reply.screen.step!r}"
            )
        if "ticks" in step and sorted(session.ticks) != sorted(step["ticks"]):
            raise StoryMismatch(
                f"{where}, step {n} ({_describe(step)}): ticked {session.ticks}, expected {step['ticks']}"
            )
        if "shows" in step:
            shown = _message_ids(reply.screen)
            missing = [m for m in step["shows"] if m not in shown]
            if missing:
                raise StoryMismatch(
                    f"{where}, step {n} ({_describe(step)}): screen {reply.screen.step!r} does not show {missing} (shows {sorted(shown)})"
                )
    screen = reply.screen
    if "outcome" in story and screen.outcome != story["outcome"]:
        raise StoryMismatch(
            f"{where}: expected outcome {story['outcome']!r}, got {screen.outcome!r} at step {screen.step!r}"
        )
    if "contacts" in story:
        got = [
            c.entry.id if c.entry else f"{c.kind}:{c.role}" for c in screen.contacts
        ]  # honest lines and rules by role
        if got != story["contacts"]:
            raise StoryMismatch(f"{where}: expected contacts {story['contacts']}, got {got}")
    return Result(session, screen, texts, _check_taps(story, taps, where))


def _check_taps(story: dict, taps: int | None, where: str) -> int | None:
    limit = story.get("max_taps")
    if limit is not None and (taps is None or taps > limit):
        raise StoryMismatch(f"{where}: {taps} taps to the outcome, at most {limit} expected")
    return taps


def _dealing_from(library: Library, story: dict, where: str) -> Library:
    """The library with the story's flow dealing only from the story's `items`, in their order."""
    if "items" not in story:
        return library
    flow = library.flows[story["start"]]
    unknown = [i for i in story["items"] if i not in flow.items]
    if unknown:
        raise StoryMismatch(f"{where}: items {unknown} are not in flow {flow.id!r}")
    kind = "scenarios" if flow.scenarios else "questions"
    kept = [flow.items[i].model_dump() for i in story["items"]]
    # Steps dumped one by one: each is its own kind's model, which the flow's dump (typed by
    # the common base) would cut down to the base's fields.
    steps = [s.model_dump(exclude_unset=True) for s in flow.steps]
    dealing = Flow.model_validate({**flow.model_dump(exclude={"steps"}), "steps": steps, kind: kept})
    return replace(library, flows={**library.flows, flow.id: dealing})


def _render(rt: Runtime, lang: str, reply, where: str, n: int) -> str:
    out = render(rt.catalog, lang, reply.screen, reply.notices, strict=True)
    if len(out.text) > TELEGRAM_TEXT_LIMIT:
        raise StoryMismatch(f"{where}, step {n}: text of {reply.screen.step!r} is {len(out.text)} characters")
    if sum(len(row) for row in reply.screen.buttons) > TELEGRAM_MAX_BUTTONS:
        too_many = f"screen {reply.screen.step!r} has more than {TELEGRAM_MAX_BUTTONS} buttons"
        raise StoryMismatch(f"{where}, step {n}: {too_many}")
    for row in reply.screen.buttons:
        for b in row:
            if not buttons.fits(b.action):
                raise StoryMismatch(f"{where}, step {n}: button {b.action!r} does not fit in callback data")
    return out.text


def _describe(step: dict) -> str:
    return ", ".join(f"{k} {v!r}" for k, v in step.items() if k not in ("step", "shows", "ticks"))


def _message_ids(screen: flows.Screen) -> set[str]:
    """The screen's text messages and the message ids passed to them in list arguments."""
    ids = set()
    for msg in screen.text:
        ids.add(msg.id)
        for value in msg.args.values():
            if isinstance(value, list):
                ids.update(value)
    return ids
