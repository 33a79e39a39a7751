"""The bot process killed with SIGKILL at random moments during 200 conversations, and restarted.

Two hundred users (different chats, in English and Dutch) each run a short
scripted screening against one bot process at once, tapping the buttons they
see. Meanwhile the process is killed at random moments of its work (after a
random number of answered taps, not of seconds: on a busy machine a process
killed every second or two spends its life starting up) and started again, many
times. Each time it lies dead, the database is checked: whole (SQLite's
integrity check), every session readable, and every user's stored step the one
on their screen (or, for a user whose tap was in flight, the one that tap leads
to, shown once the tap comes again). At the end every conversation has reached
its end, every screen on the way was the one the bot shows without any kill, and
no tap was ever answered "out of date": each resumed at the step its user saw.

No tap waits against a clock of its own: the test measures progress, the longest
the bot was up (ready, between a start and a kill) without any tap being answered.
A lost update stalls its user for ever, and once the others are done, the bot too.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time

import pytest

from bot.records import decode
from bot.settings import Settings
from bot.store import SessionStore, load_secret
from tests.bench.users import Script, screening_scripts
from tests.telegram.conftest import TOKEN
from tests.telegram.local import LocalBot
from tests.telegram.people import Person, buttons
from tests.telegram.process import BotProcess

pytestmark = pytest.mark.slow  # SIGKILLs the real bot process, again and again

USERS = 200
MAX_STEPS = 7  # the shorter screenings (unsafe, a child): many conversations, many kills, a short test
SEED = 20261128
FIRST_CHAT = 730_000_001
KILLS = 8
# The longest the bot, up and ready, may go without answering any tap. A few seconds at worst
# on a busy 2-core machine (a process just started answers its first tap slowly); a lost or
# starved update stalls for ever once every other conversation has ended.
MAX_STALL_SECONDS = 45


@pytest.fixture
def bot_process(api, tmp_path):
    # Unpaced: the fake Bot API has no flood limit, and paced to Telegram's 30 messages a
    # second the conversations would spend most of the test waiting on the pacing.
    proc = BotProcess(api, tmp_path / "data", tmp_path / "bot.log", FIRSTLINE_MESSAGES_PER_SECOND="0")
    yield proc
    proc.ensure_stopped()


async def golden(rt, tmp_path, scripts: list[Script]) -> dict[tuple[str, str], list[str]]:
    """What each script shows after each step when nothing goes wrong, in each language."""
    bot = await LocalBot(rt, tmp_path / "golden").start()
    texts: dict[tuple[str, str], list[str]] = {}
    try:
        for n, script in enumerate(scripts):
            for lang in ("en", "nl"):
                user = bot.user(FIRST_CHAT - 1 - 2 * n - (lang == "nl"), lang=lang)
                seen = texts[(script.story, lang)] = []
                for kind, value in script.steps:
                    await (user.tap(value) if kind == "choose" else user.send(value))
                    seen.append(user.text())
    finally:
        await bot.stop()
    assert bot.errors == []
    return texts


class Progress:
    """Taps answered, and the longest stall: time the bot was up without answering any.
    The time it lies dead or starts up is the test's doing, not the bot's, and not counted."""

    def __init__(self) -> None:
        self.answered = 0
        self.longest = 0.0
        self.up_seconds = 0.0
        self._since: float | None = None  # the last answer, or the bot ready; None while it is down
        self._up_at = 0.0

    def up(self) -> None:
        self._since = self._up_at = time.monotonic()

    def down(self) -> None:
        self.longest = max(self.longest, self.stall())
        self.up_seconds += time.monotonic() - self._up_at
        self._since = None

    def tap_answered(self) -> None:
        self.answered += 1
        if self._since is not None:
            self.longest = max(self.longest, self.stall())
            self._since = time.monotonic()

    def stall(self) -> float:
        return 0.0 if self._since is None else time.monotonic() - self._since


class Conversation:
    """One user working through a script, waiting out the kills."""

    def __init__(self, api, chat_id: int, script: Script, lang: str, expected: list[str], progress: Progress):
        self.api, self.script, self.expected, self.progress = api, script, expected, progress
        self.person = Person(api, chat_id, language_code=lang)
        self.at = 0  # steps answered
        self.pending = False
        self.want = ""

    def visible(self) -> tuple[str, int] | None:
        """The live screen's text and nonce."""
        try:
            screen = self.person.screen()
        except AssertionError:
            return None
        return screen["text"], int(buttons(screen)[0][1].split(":", 1)[0])

    def report(self) -> str:
        seen = self.visible()
        messages = [
            (i, (m.get("text") or "")[:12], bool(m.get("reply_markup"))) for i, m in self.person.chat.messages.items()
        ]
        calls = [
            (c.method, c.params.get("message_id"), c.status)
            for c in self.api.calls
            if c.params.get("chat_id") == self.person.chat_id
        ]
        return (
            f"chat {self.person.chat_id} ({self.script.story}), {self.want}, "
            f"on screen {seen and (seen[0][:60], seen[1])}; messages {messages}; calls {calls}"
        )

    async def run(self) -> None:
        person = self.person
        for kind, value in self.script.steps:
            if kind == "choose":
                screen = person.screen()
                data = next(d for _, d in buttons(screen) if d.split(":", 1)[1] == value)
                message = person.chat.messages[screen["message_id"]]
                content = {
                    "callback_query": {
                        "id": self.api.new_callback_id(),
                        "from": person.user,
                        "message": message,
                        "chat_instance": "1",
                        "data": data,
                    }
                }
            else:
                message = person.new_message(
                    text=value, entities=[{"type": "bot_command", "offset": 0, "length": len(value)}]
                )
                content = {"message": message}
            self.pending = True
            self.want = f"step {self.at + 1} {kind} {value!r}: waiting for {self.expected[self.at][:60]!r}"
            await self.api.queue(self.api.new_update(**content))
            # Woken by the calls about this chat only: two hundred users polling, or woken by
            # every call, would take the CPU the bot needs. No deadline here: see Progress.
            changed = self.person.chat.changed
            while True:
                changed.clear()
                if (seen := self.visible()) is not None and _shows(seen[0], self.expected[self.at]):
                    break
                await changed.wait()
            self.at += 1
            self.pending = False
            self.progress.tap_answered()


def _shows(seen: str, want: str) -> bool:
    """The screen wanted, or that screen without its passing notice (a hint, say): a reply
    lost to a kill is shown again as the screen it left the user on."""
    return seen == want or want.endswith("\n\n" + seen)


async def check_store(data_dir, conversations: list[Conversation]) -> None:
    """With the bot dead: the database whole, each session readable and where its user is."""
    db = sqlite3.connect(data_dir / "sessions.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for (record,) in db.execute("SELECT conversation FROM sessions"):
            decode(record)  # raises if a record is torn
    finally:
        db.close()
    store = await SessionStore.open(
        data_dir / "sessions.sqlite3", load_secret(Settings(bot_token=TOKEN, data_dir=data_dir)), 12
    )
    try:
        for c in conversations:
            seen = c.visible()
            stored = await store.load(store.key(c.person.chat_id))
            if seen is None or stored is None:
                assert seen is None or c.pending, "a screen on show without its session"
                continue
            nonce = stored.session.nonce
            if c.pending:  # the tap in flight may have been saved, its screen not shown yet
                assert nonce in (seen[1], seen[1] + 1), f"chat {c.person.chat_id}: stored {nonce}, on screen {seen[1]}"
            else:
                assert nonce == seen[1], f"chat {c.person.chat_id}: stored {nonce}, on screen {seen[1]}"
    finally:
        await store.close()


async def test_killed_at_random_during_200_conversations_each_resumes_where_its_user_was(
    api, bot_process, rt, tmp_path
):
    scripts = [s for s in screening_scripts(rt) if len(s.steps) <= MAX_STEPS]
    expected = await golden(rt, tmp_path, scripts)
    progress = Progress()
    conversations = []
    for n in range(USERS):
        script, lang = scripts[n % len(scripts)], ("en", "nl")[n % 2]
        conversations.append(Conversation(api, FIRST_CHAT + n, script, lang, expected[(script.story, lang)], progress))

    rng = random.Random(SEED)
    # Each life of the process ends after a random number of answered taps (about KILLS kills
    # in all), so that each does some work, however slow the machine.
    life = sum(len(c.script.steps) for c in conversations) // (KILLS + 1)
    await bot_process.start()
    progress.up()
    kill_at = progress.answered + rng.randint(life // 2, life * 3 // 2)
    talking = asyncio.gather(*(c.run() for c in conversations))
    kills = 0
    try:
        while not talking.done():
            await asyncio.wait([talking], timeout=0.1)
            assert bot_process.proc.poll() is None, (
                f"the bot exited by itself: {bot_process.log_path.read_text()[-2000:]}"
            )
            stalled = progress.stall()
            assert stalled < MAX_STALL_SECONDS, (
                f"no tap answered for {stalled:.0f} s with the bot up; waiting: "
                + "; ".join(c.report() for c in conversations if c.pending)[:6000]
            )
            if progress.answered >= kill_at and not talking.done():
                await asyncio.sleep(rng.uniform(0, 0.3))  # amid the taps in flight, not just after one
                await bot_process.kill()
                progress.down()
                kills += 1
                await check_store(tmp_path / "data", conversations)
                await bot_process.start()
                progress.up()
                kill_at = progress.answered + rng.randint(life // 2, life * 3 // 2)
    finally:
        if not talking.done():
            talking.cancel()
            await asyncio.gather(talking, return_exceptions=True)
    await talking  # raises what went wrong in a conversation
    progress.down()
    print(
        f"{kills} kills; {progress.answered} taps answered in {progress.up_seconds:.0f} s up; longest stall with the bot up {progress.longest:.1f} s"
    )

    assert kills >= 5, "too few kills to mean anything"
    assert progress.longest < MAX_STALL_SECONDS
    assert all(c.at == len(c.script.steps) for c in conversations)
    stale = {rt.catalog.text(lang, "notice-stale") for lang in ("en", "nl")}
    assert [c for c in api.calls_of("answerCallbackQuery") if c.params.get("text") in stale] == []
    assert await bot_process.terminate() == 0
    await check_store(tmp_path / "data", conversations)
    log = (tmp_path / "bot.log").read_text()
    assert "handling an update failed" not in log and "Traceback" not in log
