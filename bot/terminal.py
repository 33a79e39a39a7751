"""`firstline chat`: the conversation in a terminal, for trying the flows without Telegram.

Buttons are numbered; type a number to press one. Anything else counts as text
typed where a button is expected. Quick exit clears the screen and forgets the
session, as it does in Telegram.
"""

from __future__ import annotations

import sys
from typing import IO

import flows
from bot.documents import NOT_HERE
from bot.render import render
from bot.runtime import Runtime
from bot.sessions import new_session
from flows import Msg, Press, Start, TypedText

CLEAR = "\033[2J\033[H"


def chat(runtime: Runtime, stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    session, reply = flows.advance(runtime.library, new_session(runtime.library), Start(flow="setup"))
    while True:
        if reply.exit:
            stdout.write(CLEAR + runtime.catalog.text(session.lang, "exit-done") + "\n")
            session, reply = flows.advance(
                runtime.library, new_session(runtime.library, session.lang), Start(flow="setup")
            )
        notices = reply.notices + [Msg(id=NOT_HERE[d]) for d in reply.documents]  # no documents here: say so
        out = render(runtime.catalog, session.lang, reply.screen, notices)
        actions = [b for row in out.buttons for b in row]
        stdout.write("\n" + out.text + "\n\n")
        for n, b in enumerate(actions, 1):
            stdout.write(f"  [{n}] {b.label}\n")
        stdout.write("> ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            stdout.write("\n")
            return 0
        choice = line.strip()
        if choice.isdigit() and 1 <= int(choice) <= len(actions):
            event = Press(action=actions[int(choice) - 1].action)
        else:
            event = TypedText()
        session, reply = flows.advance(runtime.library, session, event)
