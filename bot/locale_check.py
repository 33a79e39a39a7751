"""`firstline locales`: the locale check, as strict as compare-locales and tied to our flows.

Against the reference locale (English) every other locale must have exactly the
same messages, each using the same variables; every message must render
strictly with sample arguments and fit a Telegram message; button labels must
stay short enough to read on a phone; and no message may be left in English.
A message may stay identical to English on purpose (a name, a symbol, a word the
language borrows): list its id in a comment line of the file,
`## same-as-english: menu-title nav-menu`.
"""

from __future__ import annotations

import re
from pathlib import Path

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from flows.messages import REFERENCE, Catalog, parse_ftl

TELEGRAM_TEXT_LIMIT = 4096
# Longer labels are cut off on a phone's inline keyboard.
MAX_LABEL = 40
# What the Bot API accepts for the bot's descriptions and command descriptions.
API_LIMITS = {"tg-short-description": 120, "tg-description": 512}
COMMAND_PREFIX, MAX_COMMAND_DESCRIPTION = "tg-cmd-", 256
SAME_MARK = re.compile(r"same-as-english:(.*)")
# A word of four or more letters: identical text with one is prose left untranslated.
WORD = re.compile(r"[^\W\d_]{4,}")

# Sample arguments by variable name; lists are message ids, as the engine passes them.
SAMPLE = {
    "n": 3,
    "mark": 2,
    "how": "observe",
    "ticked": "yes",
    "text": ["common-none"],
    "row": ["common-none"],
    "date": "2026-11",
    "act": ["common-none"],
    "means": [],
    "purpose": ["common-none"],
    "more": [],
    "child": "no",
    "consent": "means",
    "elements": "some",
    "country": "Nederland",
    "total": 6,
    "found": 2,
    "expected": 3,
    "wrong": 1,
    "right": 4,
    "done": 5,
    "answer": ["common-none"],
    "chosen": ["common-none"],
    "note": ["common-none"],
    "read": [],
    "groups": ["common-none"],
    "lang": ["lang-en"],
    "current": "yes",
    "phone": "+31 70 333 44 44",
    "ticks": 2,
    "marks": 1,
    "part": "all",
    "group": "threat",
    "count": 2,
}


class _Variables(Visitor):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node):
        self.names.add(node.id.name)


def parse(folder: Path) -> tuple[dict[str, set[str]], set[str], list[str]]:
    """Each message's variables, the ids marked same-as-English, and syntax errors."""
    variables: dict[str, set[str]] = {}
    same: set[str] = set()
    problems: list[str] = []
    for path in sorted(folder.glob("*.ftl")):
        for entry in parse_ftl(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                v = _Variables()
                v.visit(entry)
                if entry.id.name in variables:
                    problems.append(f"{path.name}: '{entry.id.name}' is defined twice")
                variables[entry.id.name] = v.names
            elif isinstance(entry, ast.Junk):
                problems.append(f"{path.name}: cannot parse {entry.content.strip()[:60]!r}")
            elif isinstance(entry, (ast.Comment, ast.GroupComment, ast.ResourceComment)):
                found = SAME_MARK.search(entry.content)
                if found:
                    same |= set(found.group(1).split())
    return variables, same, problems


def check(locales_dir: Path, lang: str, labels: set[str] = frozenset()) -> list[str]:
    """Every problem of one locale, in plain words; an empty list means it is complete."""
    catalog = Catalog(locales_dir)
    reference, _, problems = parse(locales_dir / REFERENCE)
    mine, same, syntax = parse(locales_dir / lang)
    problems = [f"{REFERENCE}/{p}" for p in problems] + [f"{lang}/{p}" for p in syntax]
    problems += [f"missing: {m}" for m in sorted(set(reference) - set(mine))]
    problems += [f"obsolete: {m}" for m in sorted(set(mine) - set(reference))]
    for msg_id in sorted(set(reference) & set(mine)):
        if mine[msg_id] != reference[msg_id]:
            problems.append(f"variables of {msg_id}: {sorted(mine[msg_id])}, reference has {sorted(reference[msg_id])}")
            continue
        unknown = reference[msg_id] - set(SAMPLE)
        if unknown:
            problems.append(f"{msg_id}: no sample value for {sorted(unknown)} (add it to SAMPLE)")
            continue
        args = {k: SAMPLE[k] for k in reference[msg_id]}
        try:
            text = catalog.text(lang, msg_id, args, strict=True)
        except Exception as e:  # any rendering failure is a finding, not a crash of the check
            problems.append(f"{msg_id}: does not render: {e}")
            continue
        if not text.strip():
            problems.append(f"{msg_id}: renders empty")
        if len(text) > TELEGRAM_TEXT_LIMIT:
            problems.append(f"{msg_id}: {len(text)} characters, more than a Telegram message holds")
        limit = API_LIMITS.get(msg_id, MAX_COMMAND_DESCRIPTION if msg_id.startswith(COMMAND_PREFIX) else None)
        if limit is not None and len(text) > limit:
            problems.append(f"{msg_id}: {len(text)} characters, the Bot API accepts at most {limit}")
        if msg_id in labels and len(text) > MAX_LABEL:
            problems.append(f"{msg_id}: button label of {len(text)} characters (at most {MAX_LABEL}): {text!r}")
        if (
            lang != REFERENCE
            and msg_id not in same
            and text == catalog.text(REFERENCE, msg_id, args, strict=True)
            and WORD.search(text)
        ):
            problems.append(f"{msg_id}: left in English: {text[:60]!r}")
    return problems


def button_labels(flows: dict) -> set[str]:
    """The message ids shown on buttons: every option label, and the engine's own."""
    from flows import scoring
    from flows.loader import BUTTON_MESSAGES
    from flows.scoring import action_label

    labels = set(BUTTON_MESSAGES)
    for flow in flows.values():
        if flow.source:
            labels |= {action_label(o) for o in scoring.outcomes(flows[flow.source])}
        for question in flow.questions:
            if len(question.options) <= 2:  # longer ones are lettered buttons
                labels |= {o.label for o in question.options}
        for step in flow.steps:
            labels |= {o.label for o in getattr(step, "options", [])}
            for name in ("done", "more", "finish"):
                if isinstance(getattr(step, name, None), str):
                    labels.add(getattr(step, name))
    return labels


def main(locales_dir: str | None, langs: list[str]) -> int:
    """Print every problem of the locales. The flows are read without the loader's
    checks, so a half-translated locale can be checked while it is being written."""
    from flows.loader import DATA_DIR, default_locales_dir, load_flow
    from flows.pickers import Offer

    folder = Path(locales_dir) if locales_dir else default_locales_dir()
    offer = Offer.found(DATA_DIR, folder)
    flows = {f.id: f for f in (load_flow(p, offer) for p in sorted(DATA_DIR.glob("*.yaml")))}
    labels = button_labels(flows)
    langs = langs or sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
    failed = False
    for lang in langs:
        problems = check(folder, lang, labels)
        print(f"{lang}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  {p}")
        failed |= bool(problems)
    return 1 if failed else 0
