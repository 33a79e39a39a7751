"""A new session is made in one place, and adapters never edit one (issue 13, item 2)."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.sessions import new_session
from flows import Session

BOT = Path(__file__).resolve().parent.parent / "bot"
SESSION_FIELDS = set(Session.model_fields)


def test_a_new_session_is_seeded_afresh_in_the_language_asked(rt):
    seeds = {new_session(rt.library).seed for _ in range(8)}
    assert len(seeds) > 1  # fresh entropy each time
    assert new_session(rt.library, "nl").lang == "nl"
    assert new_session(rt.library, seed=7).model_dump() == Session(seed=7).model_dump()


def _offences(path: Path) -> list[str]:
    """Session fields assigned, Session(...) built with fields, a seed drawn: outside bot/sessions.py."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(BOT.parent)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(t, ast.Attribute) and _names_a_session(t.value) and t.attr in SESSION_FIELDS:
                        found.append(f"{where}: assigns session.{t.attr}")
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name == "Session" and (node.args or node.keywords):
                found.append(f"{where}: builds a Session with fields")
            if name == "model_copy" and any(k.arg == "update" for k in node.keywords):
                found.append(f"{where}: model_copy(update=...)")
            if name in ("randbits", "getrandbits"):
                found.append(f"{where}: draws a seed")
    return found


def _names_a_session(node: ast.expr) -> bool:
    """`session` or `<anything>.session`."""
    return (isinstance(node, ast.Name) and node.id == "session") or (
        isinstance(node, ast.Attribute) and node.attr == "session"
    )


def test_no_adapter_builds_or_edits_a_session():
    offences = [o for path in sorted(BOT.rglob("*.py")) if path.name != "sessions.py" for o in _offences(path)]
    assert offences == []
