"""Complete screenings through Telegram, one to each outcome, in English and in Dutch.

The paths are the story files' (tests/stories); what the user finally sees must
be exactly the screen the engine renders for the same path, contacts included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_runner import load_story, run_story
from tests.telegram.helpers import country_option

STORIES = Path(__file__).parents[1] / "stories"


def one_story_per_outcome() -> dict[str, Path]:
    chosen: dict[str, Path] = {}
    for path in sorted(STORIES.glob("screening-*.yaml")):
        story = load_story(path)
        if story.get("start") == "screening" and story.get("outcome") and "at" not in story:
            chosen.setdefault(story["outcome"], path)
    return chosen


OUTCOMES = one_story_per_outcome()
CASES = [(outcome, lang) for outcome in sorted(OUTCOMES) for lang in ("en", "nl")]


def test_every_outcome_has_a_story():
    assert set(OUTCOMES) == {"unsafe", "A", "B", "C", "D"}


@pytest.mark.parametrize("outcome,lang", CASES, ids=[f"{o}-{lang}" for o, lang in CASES])
async def test_complete_screening(bot, api, person, rt, outcome, lang):
    story = load_story(OUTCOMES[outcome])
    expected = run_story(rt, story, lang)
    worker = person(language_code=lang)

    await worker.send("/start")
    await worker.choose(country_option(rt, story["country"]))  # the country question comes first, once
    await worker.choose("screening")  # from the menu
    screen_id = worker.screen()["message_id"]
    assert worker.screen()["text"] == expected.texts[0]

    for n, step in enumerate(story["steps"], 1):
        if "choose" in step:
            await worker.choose(step["choose"])
        elif "text" in step:
            await worker.send("some free text")
        else:
            await worker.choose({"back": "_back", "menu": "_menu"}[step["command"]])
        assert worker.screen()["text"] == expected.texts[n], f"step {n}: {step}"

    assert expected.screen.outcome == outcome
    final = worker.screen()
    assert final["text"] == expected.texts[-1]
    # Calm: the whole screening lived in one message, edited in place.
    if not any("text" in step for step in story["steps"]):
        assert final["message_id"] == screen_id
    assert worker.keyboards() == 1
