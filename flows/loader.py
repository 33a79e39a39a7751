"""Loads flows and contact directories and refuses a broken one.

Every refusal names the file, the step and the rule broken, so a content editor
can fix a flow without reading the engine.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml
from pydantic import BaseModel, ValidationError

from flows import items, pickers
from flows.contacts import CONTACT_MESSAGES, Directory
from flows.errors import FlowError
from flows.library import Library
from flows.messages import LANGUAGE_NAME, Catalog
from flows.outputs import BACK, EXIT, MAX_ACTION_BYTES, MENU
from flows.schema import KINDS, Flow
from flows.screens import MENU_FLOW
from flows.step import Ctx, Step, steps_of, unique

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def default_locales_dir() -> Path:
    """`locales/` beside the packages in a checkout, inside `flows/` in a wheel."""
    packaged = PACKAGE_DIR / "locales"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "locales"


# Messages every screen, notice and contact list may use, whatever the flow and its kinds.
SHARED_MESSAGES = (
    "nav-back",
    "nav-menu",
    "nav-exit",
    "notice-stale",
    "notice-use-buttons",
    "notice-restarted",
    "common-none",
    "common-done",
    *CONTACT_MESSAGES,
    "exit-done",
    "person-lang-button",
    "person-divider",
)
SHARED_BUTTON_MESSAGES = ("nav-back", "nav-menu", "nav-exit", "common-done", "person-lang-button")


def _kinds() -> list[type[Step]]:
    return [cast(type[Step], k) for k in KINDS.values()]


def engine_messages() -> tuple[str, ...]:
    """Messages the engine and the renderers use whatever the flow: the shared ones and each kind's."""
    return tuple(dict.fromkeys([*SHARED_MESSAGES, *(m for k in _kinds() for m in k.MESSAGES)]))


def button_messages() -> tuple[str, ...]:
    """Messages shown on buttons whatever the flow (option labels come from the flows)."""
    return tuple(dict.fromkeys([*SHARED_BUTTON_MESSAGES, *(m for k in _kinds() for m in k.BUTTON_MESSAGES)]))


BUTTON_MESSAGES = button_messages()


# On libyaml when PyYAML has it: reading the flows then takes a fifth of the time (make bench, cold start).
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[valid-type,misc]  # chosen at import
    """YAML that refuses a key given twice instead of silently keeping the last."""


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise FlowError(
                loader.name, None, "duplicate-id", f"key '{key}' given twice (line {key_node.start_mark.line + 1})"
            )
        seen.add(key)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        loader = _UniqueKeyLoader(f)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()


M = TypeVar("M", bound=BaseModel)


def _parse(model: type[M], path: Path, raw: Any) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        loc = err["loc"]
        step = None
        if len(loc) >= 2 and loc[0] == "steps" and isinstance(raw, dict):
            try:
                step = raw["steps"][loc[1]].get("id")
            except (IndexError, KeyError, TypeError, AttributeError):
                step = None
        where, msg = ".".join(map(str, loc)), err["msg"].removeprefix("Value error, ")
        raise FlowError(path, step, "schema", f"{where}: {msg}" if where else msg) from None


def load_flow(path: Path, offer: pickers.Offer | None = None) -> Flow:
    """One flow; its language and country pickers list `offer` (by default what is beside it on disk)."""
    return _parse(
        Flow, path, pickers.expand(read_yaml(path), offer or pickers.Offer.found(path.parent, default_locales_dir()))
    )


def load_directory(path: Path) -> Directory:
    return _parse(Directory, path, read_yaml(path))


def load_library(data_dir: Path = DATA_DIR, locales_dir: Path | None = None, catalog: Catalog | None = None) -> Library:
    catalog = catalog or Catalog(locales_dir or default_locales_dir())
    flow_files = sorted(Path(data_dir).glob("*.yaml"))
    flows: dict[str, Flow] = {}
    files: dict[str, Path] = {}
    offer = pickers.Offer(pickers.ordered_languages(catalog.languages), pickers.countries_in(data_dir))
    for path in flow_files:
        flow = load_flow(path, offer)
        if flow.id in flows:
            raise FlowError(path, None, "duplicate-id", f"flow id '{flow.id}' also used by {files[flow.id].name}")
        flows[flow.id], files[flow.id] = flow, path
    directories: dict[str, Directory] = {}
    for path in sorted((Path(data_dir) / "contacts").glob("*.yaml")):
        directory = load_directory(path)
        check_directory(directory, path)
        if directory.country in directories:
            raise FlowError(path, None, "duplicate-id", f"a second directory for country '{directory.country}'")
        directories[directory.country] = directory
    lib = Library(flows=flows, directories=directories, languages=catalog.languages)
    if MENU_FLOW not in flows:
        raise FlowError(data_dir, None, "unknown-target", f"no '{MENU_FLOW}' flow")
    for flow_id, flow in flows.items():
        check_flow(flow, files[flow_id], lib)
    check_messages(lib, files, catalog)
    return lib


def check_directory(directory: Directory, path: Path) -> None:
    if path.stem.upper() != directory.country:  # the country pickers go by the file name
        raise FlowError(
            path, None, "schema", f"the directory of {directory.country} must be named {directory.country.lower()}.yaml"
        )
    seen = set()
    for c in directory.contacts:
        if c.id in seen:
            raise FlowError(path, None, "duplicate-id", f"contact id '{c.id}' given twice")
        seen.add(c.id)
        if not (c.phone or c.url):
            raise FlowError(path, None, "schema", f"contact '{c.id}' has neither phone nor url")


def check_flow(flow: Flow, path: Path, lib: Library) -> None:
    """The graph rules: ids unique, targets known, every step reachable and able to end.
    What each kind of step must say is the kind's own check."""
    _check_ids(flow, path)
    _check_guide(flow, path)
    ctx = Ctx(lib, flow)
    edges: dict[str, list[str]] = {}
    for step in steps_of(flow):
        step.check(ctx, path)
        _check_targets(flow, step, path)
        _check_buttons(ctx, step, path)
        edges[step.id] = step.targets()
    # The run's wiring first: a run step leading astray would otherwise show up only
    # as an unreachable step further on.
    check_runs(flow, path, lib)
    _check_reach(flow, path, edges)
    _check_screenless_loops(flow, path)


def _check_guide(flow: Flow, path: Path) -> None:
    """A flow that follows a guide says, for every step, which of its sections."""
    for step in flow.steps:
        if flow.guide is None:
            if step.guide is not None:
                raise FlowError(path, step.id, "unknown-target", "names a guide section, but the flow has no `guide`")
        elif step.guide is None:
            raise FlowError(path, step.id, "schema", "names no guide section (`guide`), and the flow follows a guide")
        elif step.guide not in flow.guide.sections:
            raise FlowError(path, step.id, "unknown-target", f"unknown guide section '{step.guide}'")


def _check_ids(flow: Flow, path: Path) -> None:
    seen: set[str] = set()
    for step in flow.steps:
        if step.id in seen:
            raise FlowError(path, step.id, "duplicate-id", f"step id '{step.id}' given twice")
        seen.add(step.id)
    for what, ids in (("indicator", [i.id for i in flow.indicators]), ("row", [r.id for r in flow.rows])):
        dup = unique(ids)
        if dup:
            raise FlowError(path, None, "duplicate-id", f"{what} id '{dup}' given twice")
    rows = {r.id for r in flow.rows}
    for ind in flow.indicators:
        if ind.row not in rows:
            raise FlowError(path, None, "unknown-target", f"indicator '{ind.id}' names unknown row '{ind.row}'")
    if flow.start not in seen:
        raise FlowError(path, None, "unknown-target", f"start step '{flow.start}' does not exist")
    for step_id in flow.skipped_because:
        if step_id not in seen:
            raise FlowError(path, None, "unknown-target", f"skipped_because names unknown step '{step_id}'")


def _check_targets(flow: Flow, step: Step, path: Path) -> None:
    for t in step.targets():
        if t not in flow.step_index:
            raise FlowError(path, step.id, "unknown-target", f"goes to unknown step '{t}'")


def _check_buttons(ctx: Ctx, step: Step, path: Path) -> None:
    """Every action must fit an adapter's button data (Telegram's callback data)."""
    for a in [*step.actions(ctx), BACK, MENU, EXIT]:
        if len(a.encode()) > MAX_ACTION_BYTES:
            raise FlowError(
                path,
                step.id,
                "button-data-too-long",
                f"button '{a}' needs more than {MAX_ACTION_BYTES} bytes of button data",
            )


def _check_reach(flow: Flow, path: Path, edges: dict[str, list[str]]) -> None:
    reached = _reach_all({flow.start}, edges)
    unreachable = next((s.id for s in flow.steps if s.id not in reached), None)
    if unreachable:
        raise FlowError(path, unreachable, "unreachable-step", f"no path leads here from '{flow.start}'")
    # A step ends when it is an end step, or it can reach one. Options that start
    # another flow hand over to a flow that is checked on its own.
    reverse: dict[str, list[str]] = {s.id: [] for s in flow.steps}
    for src, targets in edges.items():
        for t in targets:
            reverse[t].append(src)
    can_end = _reach_all({s.id for s in steps_of(flow) if s.can_end()}, reverse)
    stuck = next((s.id for s in flow.steps if s.id not in can_end), None)
    if stuck:
        raise FlowError(path, stuck, "no-outcome", "no path from here ever reaches an end")


def check_runs(flow: Flow, path: Path, lib: Library) -> None:
    """Practice, quiz and reference rules: the source flow, every scenario's answers
    (signal groups and outcomes that exist in the source), every question, and
    the run's steps wired deal -> ask... -> feedback -> ask... or summary."""
    steps = steps_of(flow)
    ctx = Ctx(lib, flow)
    source = ctx.source
    if flow.source is None:
        if flow.scenarios or any(s.needs_source() for s in steps):
            raise FlowError(
                path,
                None,
                "unknown-target",
                "scenarios, signal and action questions and reference steps need a 'source' flow",
            )
    elif source is None or not source.indicators:
        raise FlowError(
            path, None, "unknown-target", f"source flow '{flow.source}' does not exist or has no indicators"
        )
    items.check_scenarios(flow, path, source)
    items.check_questions(flow, path)
    in_run = {s.id for s in steps if s.in_run}
    for step in steps:
        if step.needs_items() and not flow.items:
            raise FlowError(path, step.id, "schema", "a run needs scenarios or questions in the flow")
        step.check_run(ctx, path)
        if not (step.in_run or step.starts_run):
            into = [t for t in step.targets() if t in in_run]
            if into:
                raise FlowError(
                    path, step.id, "unknown-target", f"goes to '{into[0]}' inside a run; only a deal step starts one"
                )
    if flow.start in in_run:
        raise FlowError(
            path, None, "unknown-target", f"start step '{flow.start}' is inside a run; start at a deal step"
        )
    for step in steps:
        step.check_wiring(ctx, path)


def _reach_all(starts: set[str], edges: dict[str, list[str]]) -> set[str]:
    seen, todo = set(starts), deque(starts)
    while todo:
        for nxt in edges.get(todo.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _check_screenless_loops(flow: Flow, path: Path) -> None:
    """Steps without a screen (branches) pass on at once, so a cycle made only of them would never stop."""
    screenless = {s.id: s for s in steps_of(flow) if not s.shows_screen}
    for start in screenless:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in screenless[todo.pop()].targets():
                if nxt == start:
                    raise FlowError(path, start, "branch-loop", "branches lead back here without showing a screen")
                if nxt in screenless and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)


def flow_messages(flow: Flow, lib: Library) -> set[str]:
    """Every message the flow needs: its steps', its items', its indicators' and annex rows'."""
    ctx = Ctx(lib, flow)
    ids: set[str] = set()
    for step in steps_of(flow):
        ids |= step.messages(ctx)
    ids |= items.item_messages(flow, ctx.source)
    ids |= {f"indicator-{i.id}" for i in flow.indicators}
    ids |= {f"indicator-group-{i.group}" for i in flow.indicators}
    ids |= {f"annex-row-{r.id}" for r in flow.rows}
    ids |= set(flow.skipped_because.values())
    return ids


def check_messages(lib: Library, files: dict[str, Path], catalog: Catalog) -> None:
    if not catalog.languages:
        raise FlowError("locales", None, "missing-message", "no locale found")
    # First what every language needs whatever the flows, its own name among it: a language
    # folder without language.ftl would otherwise show up as a lang-<code> missing elsewhere.
    for lang in catalog.languages:
        missing = sorted((set(engine_messages()) | {LANGUAGE_NAME}) - catalog.ids(lang))
        if missing:
            raise FlowError(f"locales/{lang}", None, "missing-message", f"'{missing[0]}' is missing in locale '{lang}'")
    needed = {flow_id: flow_messages(flow, lib) for flow_id, flow in lib.flows.items()}
    for lang in catalog.languages:
        known = catalog.ids(lang)
        for flow_id, flow in lib.flows.items():
            missing = sorted(needed[flow_id] - known)
            if missing:
                ctx = Ctx(lib, flow)
                step = next((s.id for s in steps_of(flow) if missing[0] in s.messages(ctx)), None)
                raise FlowError(
                    files[flow_id], step, "missing-message", f"'{missing[0]}' is missing in locale '{lang}'"
                )
        for country, directory in lib.directories.items():
            missing = sorted(directory.messages() - known)
            if missing:
                raise FlowError(
                    f"locales/{lang}",
                    None,
                    "missing-message",
                    f"'{missing[0]}' ({country} directory) is missing in locale '{lang}'",
                )
