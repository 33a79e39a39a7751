"""`firstline replay`: a scripted conversation over JSON lines (its lines are described in the README).

Each input line is applied in turn; every screen becomes one JSON line, flushed
at once so a driver can answer screen by screen. An input that cannot be applied
prints {"error": ...}; the run goes on and exits non-zero at the end.

With `--out DIR`, the annex summary a press asks for is written there as a PDF and
its path given in the screen's line ("documents"); without it, the screen says the
document is sent in Telegram only. The contacts card stays Telegram's: its QR code
needs the bot's own address, which a replay does not have.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO

import flows
from bot.documents import NOT_HERE
from bot.render import render
from bot.runtime import Runtime
from bot.sessions import new_session
from flows import Msg, Press, Seed, SetCountry, SetLanguage, Show, Start, TypedText

COMMANDS = {"exit": flows.EXIT, "menu": flows.MENU, "back": flows.BACK}


class Replay:
    def __init__(self, runtime: Runtime, out: Path | None = None):
        self.rt = runtime
        self.out = out  # where documents are written (None: nowhere)
        # A {"seed": N} line makes a run reproducible.
        self.session = new_session(runtime.library)
        self.last = None  # the last rendered screen, for "press"

    def apply(self, line: dict) -> dict | None:
        """One input line -> one output line (or None when it shows no screen)."""
        lib = self.rt.library
        if "seed" in line:
            if not isinstance(line["seed"], int) or isinstance(line["seed"], bool) or line["seed"] < 0:
                raise ValueError(f"a seed is a whole number ≥ 0, not {line['seed']!r}")
            self.session, _ = flows.advance(lib, self.session, Seed(seed=line["seed"]))
            line = {k: v for k, v in line.items() if k != "seed"}
            if not line:
                return None
        if "lang" in line or "country" in line:
            lang, country = line.get("lang", self.session.lang), line.get("country", self.session.country)
            if lang not in lib.languages:
                raise ValueError(f"unknown language {lang!r}; known: {', '.join(lib.languages)}")
            if country is not None and country not in lib.directories:
                raise ValueError(f"no contact directory for country {country!r}")
            self.session, _ = flows.advance(lib, self.session, SetLanguage(lang=lang))
            self.session, _ = flows.advance(lib, self.session, SetCountry(country=country))
            if len(line) == sum(k in line for k in ("lang", "country")):
                return None
        if "start" in line:
            if line["start"] not in lib.flows:
                raise ValueError(f"unknown flow {line['start']!r}")
            event = Start(flow=line["start"])
        elif "press" in line:
            event = Press(action=self._find(line["press"]), nonce=self.session.nonce)
        elif "choose" in line:
            if self.last is None:
                raise ValueError("no screen yet: start a flow first")
            actions = [b.action for row in self.last.buttons for b in row]
            if line["choose"] not in actions:
                raise ValueError(
                    f"no option {line['choose']!r} on screen {self.last_step!r}; options: {', '.join(actions)}"
                )
            event = Press(action=line["choose"], nonce=self.session.nonce)
        elif "text" in line:
            event = TypedText()  # the text itself goes nowhere
        elif "command" in line:
            if line["command"] not in COMMANDS:
                raise ValueError(f"unknown command {line['command']!r}; known: {', '.join(COMMANDS)}")
            if line["command"] == "back" and not self._has(flows.BACK):
                # Pressing a Back that is not there would only earn a stale-button notice.
                where = f"screen {self.last_step!r}" if self.last is not None else "no screen yet"
                raise ValueError(f"no Back button: {where}")
            event = Press(action=COMMANDS[line["command"]], nonce=self.session.nonce) if self.session.flow else Show()
        else:
            raise ValueError(f"cannot apply {sorted(line)}")
        self.session, reply = flows.advance(lib, self.session, event)
        if reply.exit:
            self.last = None
            return {
                "flow": None,
                "step": None,
                "text": self.rt.catalog.text(self.session.lang, "exit-done"),
                "buttons": [],
                "outcome": None,
                "contacts": [],
            }
        written = [self._write() for d in reply.documents if self.out is not None and d == "annex-pdf"]
        # A document not written here: the screen says where it is sent instead.
        notices = reply.notices + [Msg(id=NOT_HERE[d]) for d in reply.documents if not (self.out and d == "annex-pdf")]
        out = render(self.rt.catalog, self.session.lang, reply.screen, notices)
        self.last, self.last_step = out, reply.screen.step
        line = {
            "flow": reply.screen.flow,
            "step": reply.screen.step,
            "text": out.text,
            "buttons": [{"id": b.action, "label": b.label} for row in out.buttons for b in row],
            "outcome": reply.screen.outcome,
            "contacts": out.contacts,
        }
        if written:
            line["documents"] = written
        return line

    def _write(self) -> str:
        """Write the annex summary into the --out folder, never over an earlier one."""
        from bot.documents.annex_pdf import FILENAME, annex_pdf  # fpdf2 only when asked for

        assert self.out is not None
        self.out.mkdir(parents=True, exist_ok=True)
        stem, suffix = FILENAME.rsplit(".", 1)
        path, n = self.out / FILENAME, 1
        while path.exists():
            n += 1
            path = self.out / f"{stem}-{n}.{suffix}"
        path.write_bytes(annex_pdf(self.rt, self.session, self.session.lang))
        return str(path)

    def _has(self, action: str) -> bool:
        """The last screen shown has a button with this action."""
        return self.last is not None and any(b.action == action for row in self.last.buttons for b in row)

    def _find(self, pattern: str) -> str:
        """The first button whose label matches the regular expression."""
        if self.last is None:
            raise ValueError("no screen yet: start a flow first")
        regex = re.compile(pattern)
        for row in self.last.buttons:
            for b in row:
                if regex.search(b.label):
                    return b.action
        labels = [b.label for row in self.last.buttons for b in row]
        raise ValueError(f"no button matches {pattern!r} on screen {self.last_step!r}; buttons: {labels}")


def run(runtime: Runtime, source: IO[str], sink: IO[str], out: Path | None = None) -> int:
    replay, failed = Replay(runtime, out), False
    for n, raw in enumerate(source, 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            if not isinstance(line, dict):
                raise ValueError("each line must be a JSON object")
            out = replay.apply(line)
        except (ValueError, flows.EngineError) as e:
            failed = True
            out = {"error": f"line {n}: {e}"}
        if out is not None:
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
            sink.flush()
    return 1 if failed else 0
