"""The architecture, checked on the source: the engine package does no I/O of its own and
knows no adapter, and no module imports itself round a cycle (type-only imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("flows", "bot")
# What flows/ may never import: the adapters, and anything that talks to the network,
# a database or an event loop (reading its own data files is fine).
FORBIDDEN_IN_FLOWS = ("bot", "telegram", "aiosqlite", "sqlite3", "tornado", "asyncio", "socket", "http", "urllib")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """Every module the file imports, anywhere in it (functions and `if TYPE_CHECKING:` too).
    `from a import b` names a.b when that is a module, else a."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: imports_of(path, name, known) & known for name, path in modules.items()}


def test_flows_imports_no_adapter_and_no_io_library():
    modules = _modules()
    wrong = sorted(
        (name, imported)
        for name, path in modules.items()
        if name.split(".")[0] == "flows"
        for imported in imports_of(path, name, set(modules))
        if imported.split(".")[0] in FORBIDDEN_IN_FLOWS
    )
    assert not wrong, f"flows/ must stay a pure engine: {wrong}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules round it, or None."""
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_no_import_cycle_in_flows_or_bot():
    cycle = find_cycle(_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one_through_a_type_only_import(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from flows.engine import Session\n")
    edges = imports_of(source, "flows.annex", {"flows.engine", "flows.annex"})
    assert edges == {"typing", "flows.engine"}
    assert find_cycle({"flows.annex": {"flows.engine"}, "flows.engine": {"flows.annex"}}) == [
        "flows.annex",
        "flows.engine",
        "flows.annex",
    ]
