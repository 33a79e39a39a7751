"""What the doctor found, and how it says it: one line per finding, what to do under it."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Literal, TextIO

Level = Literal["ok", "note", "warn", "fix"]
LABELS = {"ok": "ok", "note": "note", "warn": "WARN", "fix": "FIX"}
WIDTH = 100


@dataclass(frozen=True)
class Finding:
    level: Level
    topic: str  # what was looked at: "Bot token", "Data folder"
    says: str  # what was found, in plain words
    todo: str = ""  # what to do about it

    @property
    def must_fix(self) -> bool:
        return self.level == "fix"


def ok(topic: str, says: str) -> Finding:
    return Finding("ok", topic, says)


def note(topic: str, says: str, todo: str = "") -> Finding:
    return Finding("note", topic, says, todo)


def warn(topic: str, says: str, todo: str = "") -> Finding:
    return Finding("warn", topic, says, todo)


def fix(topic: str, says: str, todo: str) -> Finding:
    return Finding("fix", topic, says, todo)


class Printer:
    """Writes findings as they come, with every secret blanked out as a last guard:
    a library's error message may quote the token (python-telegram-bot's does)."""

    def __init__(self, out: TextIO, secrets: list[str]):
        self._out = out
        self._secrets = [s for s in secrets if s]
        self.findings: list[Finding] = []

    def hide(self, *secrets: str) -> None:
        self._secrets += [s for s in secrets if s]

    def line(self, text: str = "") -> None:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        self._out.write(text + "\n")
        self._out.flush()

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)
        head = f"{LABELS[finding.level]:<5} {finding.topic}: {finding.says}"
        self.line(textwrap.fill(head, WIDTH, subsequent_indent=" " * 6, break_on_hyphens=False, break_long_words=False))
        if finding.todo:
            self.line(
                textwrap.fill(
                    finding.todo,
                    WIDTH,
                    initial_indent="      → ",
                    subsequent_indent=" " * 8,
                    break_on_hyphens=False,
                    break_long_words=False,  # a path or command stays whole, to copy
                )
            )

    def summary(self, start: str = "firstline run --telegram") -> int:
        """The closing line; the exit status (1 when something must be fixed)."""
        to_fix = sum(f.must_fix for f in self.findings)
        self.line()
        if to_fix:
            self.line(
                f"{to_fix} thing{'s' if to_fix > 1 else ''} to fix (marked FIX above); then run `firstline doctor` again."
            )
            return 1
        warnings = sum(f.level == "warn" for f in self.findings)
        more = f" ({warnings} warning{'s' if warnings > 1 else ''} above: worth a look)" if warnings else ""
        self.line(f"Nothing to fix{more}. Start the bot with `{start}`.")
        return 0
