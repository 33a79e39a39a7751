"""Simulated users: each runs one complete screening, a story file's path, as Telegram updates.

A user taps the buttons the bot really put on screen (read from the in-process
Bot API), so every tap of the benchmark is one the bot accepts and persists.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from bot.runtime import Runtime
from tests.story_runner import load_story
from tests.telegram.helpers import country_option
from tests.telegram.inprocess import BOT, InProcessBotApi

STORIES = Path(__file__).parents[1] / "stories"
COMMANDS = {"back": "_back", "menu": "_menu", "exit": "_exit"}
FIRST_CHAT = 900_000_001


@dataclass(frozen=True)
class Script:
    story: str
    steps: tuple[tuple[str, str], ...]  # ("command", "/start") | ("choose", action) | ("text", "…")


def screening_scripts(rt: Runtime) -> list[Script]:
    """Every complete screening the story files describe, from /start to the outcome."""
    scripts = []
    for path in sorted(STORIES.glob("screening-*.yaml")):
        story = load_story(path)
        if story.get("start") != "screening" or "at" in story or not story.get("outcome"):
            continue
        steps = [("command", "/start"), ("choose", country_option(rt, story["country"])), ("choose", "screening")]
        for step in story["steps"]:
            if "choose" in step:
                steps.append(("choose", step["choose"]))
            elif "text" in step:
                steps.append(("text", "some free text"))
            else:
                steps.append(("choose", COMMANDS[step["command"]]))
        scripts.append(Script(path.stem, tuple(steps)))
    return scripts


# Telegram's update ids are nine digits or so; stored sessions remember the last ones applied.
_update_ids = itertools.count(612_000_001)


@dataclass
class User:
    chat_id: int
    script: Script
    lang: str
    at: int = 0
    queries: itertools.count = field(default_factory=itertools.count)

    @property
    def done(self) -> bool:
        return self.at >= len(self.script.steps)

    def next_update(self, api: InProcessBotApi, strict: bool = True) -> dict:
        """The update for the next step; `strict`: the button must be on the screen shown
        (the bot), else any data will do (the floor, whose screen is always the same)."""
        kind, value = self.script.steps[self.at]
        self.at += 1
        user = {"id": self.chat_id, "is_bot": False, "first_name": "Bench", "language_code": self.lang}
        chat = {"id": self.chat_id, "type": "private", "first_name": "Bench"}
        if kind == "choose":
            message_id, data = _button(api, self.chat_id, value, strict)
            message = {"message_id": message_id, "date": 0, "chat": chat, "from": BOT, "text": "…"}
            query = {
                "id": f"{self.chat_id}-{next(self.queries)}",
                "from": user,
                "message": message,
                "chat_instance": "1",
                "data": data,
            }
            return {"update_id": next(_update_ids), "callback_query": query}
        message = {"message_id": api.new_message_id(self.chat_id), "date": 0, "chat": chat, "from": user, "text": value}
        if kind == "command":
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(value.split()[0])}]
        return {"update_id": next(_update_ids), "message": message}


def _button(api: InProcessBotApi, chat_id: int, action: str, strict: bool) -> tuple[int, str]:
    screen = api.chat(chat_id).screen
    if screen is not None:
        message_id, markup = screen
        for row in markup["inline_keyboard"]:
            for b in row:
                if b["callback_data"].split(":", 1)[1] == action:
                    return message_id, b["callback_data"]
    if strict:
        raise AssertionError(f"no button {action!r} on the screen of the simulated user")
    return (screen[0] if screen else 1), f"0:{action}"


def users(scripts: list[Script], count: int, first_chat: int = FIRST_CHAT) -> list[User]:
    """`count` users, the scripts dealt round, half of them in Dutch."""
    return [User(first_chat + n, scripts[n % len(scripts)], ("en", "nl")[n % 2]) for n in range(count)]
