"""The terminal chat, and `firstline run` falling back to it without a token."""

import io
import os
import subprocess
import sys

import pytest

from bot.terminal import CLEAR, chat


def _number(rt, step: str, option: str) -> int:
    """The number the terminal shows on a setup button: the pickers follow the library."""
    return 1 + [o.id for o in rt.library.flows["setup"].step(step).options].index(option)


def test_chat_walks_setup_menu_and_screening_then_quick_exit_clears(rt):
    # setup: Nederlands, then Nederland; menu: 1 = screening; typed text; 2 = "not safe";
    # on the outcome screen: 1 back, 2 menu, 3 quick exit.
    out = io.StringIO()
    typed = f"{_number(rt, 'language', 'nl')}\n{_number(rt, 'country', 'nl')}\n1\nhello there\n2\n3\n"
    assert chat(rt, io.StringIO(typed), out) == 0
    text = out.getvalue()
    before_exit, after_exit = text.split(CLEAR)
    assert rt.catalog.text("nl", "notice-use-buttons") in before_exit
    assert "hello there" not in text
    assert rt.catalog.text("nl", "outcome-unsafe").splitlines()[0] in before_exit
    assert "[3] " + rt.catalog.text("nl", "nav-exit") in before_exit
    assert after_exit.startswith(rt.catalog.text("nl", "exit-done"))
    assert rt.catalog.text("nl", "setup-language") in after_exit, "a fresh start after the exit"


@pytest.mark.slow  # starts `firstline run` as a process
def test_run_without_token_opens_the_terminal_chat():
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], input="1\n", capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0
    assert "[1] English" in done.stdout and "> " in done.stdout
