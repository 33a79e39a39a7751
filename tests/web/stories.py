"""The screening stories of tests/stories/, pressed through the web chat."""

from __future__ import annotations

from pathlib import Path

from bot.replay import COMMANDS
from tests.story_runner import load_story, run_story
from tests.web.served import Page

STORIES = Path(__file__).parent.parent / "stories"
# One story per outcome.
OUTCOMES = {
    "unsafe": "screening-unsafe.yaml",
    "A": "screening-a-child-exploited.yaml",
    "B": "screening-b.yaml",
    "C": "screening-c-not-yet.yaml",
    "D": "screening-d-needs-help.yaml",
}


def story(name: str) -> dict:
    return load_story(STORIES / name)


def presses(story: dict) -> list[str]:
    """The story's presses as the web page's button values."""
    out = []
    for step in story["steps"]:
        if "choose" in step:
            out.append(step["choose"])
        elif "command" in step:
            out.append(COMMANDS[step["command"]])
        else:
            raise ValueError(f"a web story presses buttons only, not {step}")
    return out


def expected_end(rt, story: dict, lang: str) -> tuple[str, list[str]]:
    """What the engine alone shows at the story's end: the first line of its text, and its numbers."""
    result = run_story(rt, story, lang)
    first = rt.catalog.render(lang, result.screen.text[0]).split("\n")[0]
    return first, [c.entry.phone for c in result.screen.contacts if c.entry and c.entry.phone]


def walk(visitor, story: dict, lang: str) -> Page:
    """Setup in `lang` for the story's country, the menu's screening, then the story's presses."""
    visitor.setup(lang, story["country"])
    visitor.press(story["start"])
    for action in presses(story):
        visitor.press(action)
    return visitor.page
