"""Loads flows and contact directories and refuses a broken one.

Every refusal names the file, the step and the rule broken, so a content editor
can fix a flow without reading the engine.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import yaml
from pydantic import ValidationError

from flows import buttons, drill, engine
from flows.contacts import CONTACT_MESSAGES, SECTIONS, Directory
from flows.library import Library
from flows.messages import Catalog
from flows.schema import AskStep, BranchStep, ChecklistStep, ChoiceStep, DealStep, EndStep, FeedbackStep, Flow, MarksStep, ReferenceStep

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def default_locales_dir() -> Path:
    """`locales/` beside the packages in a checkout, inside `flows/` in a wheel."""
    packaged = PACKAGE_DIR / "locales"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "locales"


# Messages the engine and the renderers use whatever the flow.
ENGINE_MESSAGES = (
    "checklist-item",
    "checklist-button",
    "marks-line",
    "marks-button",
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
# Messages shown on buttons whatever the flow (option labels come from the flows).
BUTTON_MESSAGES = (
    "nav-back",
    "nav-menu",
    "nav-exit",
    "common-done",
    "checklist-button",
    "marks-button",
    "person-lang-button",
    "practice-group-button",
    "quiz-option-button",
)
# Messages the engine uses in a practice run's feedback, a quiz run's feedback and a reference step.
PRACTICE_MESSAGES = (
    "practice-signals-result",
    "practice-group-right",
    "practice-group-missed",
    "practice-sign",
    "practice-group-also",
    "practice-also",
    "practice-group-wrong",
    "practice-groups-wrong",
    "practice-action-right",
    "practice-action-wrong",
    "practice-score",
)
QUIZ_MESSAGES = ("quiz-right", "quiz-wrong", "quiz-score", "quiz-option", "quiz-option-button")
REFERENCE_MESSAGES = ("learn-indicator-group", "learn-indicator-line")


class FlowError(Exception):
    def __init__(self, file: Path | str, step: str | None, rule: str, detail: str):
        self.file, self.step, self.rule = str(file), step, rule
        where = f"step '{step}'" if step else "flow"
        super().__init__(f"{Path(file).name}: {where}: {rule}: {detail}")


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML that refuses a key given twice instead of silently keeping the last. On libyaml
    when PyYAML has it: reading the flows then takes a fifth of the time (make bench, cold start)."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise FlowError(loader.name, None, "duplicate-id", f"key '{key}' given twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path):
    with open(path, encoding="utf-8") as f:
        loader = _UniqueKeyLoader(f)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()


def _parse(model, path: Path, raw):
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
        raise FlowError(path, step, "schema", f"{'.'.join(map(str, loc))}: {err['msg']}") from None


def load_flow(path: Path) -> Flow:
    return _parse(Flow, path, read_yaml(path))


def load_directory(path: Path) -> Directory:
    return _parse(Directory, path, read_yaml(path))


def load_library(data_dir: Path = DATA_DIR, locales_dir: Path | None = None, catalog: Catalog | None = None) -> Library:
    catalog = catalog or Catalog(locales_dir or default_locales_dir())
    flow_files = sorted(Path(data_dir).glob("*.yaml"))
    flows: dict[str, Flow] = {}
    files: dict[str, Path] = {}
    for path in flow_files:
        flow = load_flow(path)
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
    if engine.MENU_FLOW not in flows:
        raise FlowError(data_dir, None, "unknown-target", f"no '{engine.MENU_FLOW}' flow")
    for flow_id, flow in flows.items():
        check_flow(flow, files[flow_id], lib)
    check_messages(lib, files, catalog)
    return lib


def check_directory(directory: Directory, path: Path) -> None:
    seen = set()
    for c in directory.contacts:
        if c.id in seen:
            raise FlowError(path, None, "duplicate-id", f"contact id '{c.id}' given twice")
        seen.add(c.id)
        if not (c.phone or c.url):
            raise FlowError(path, None, "schema", f"contact '{c.id}' has neither phone nor url")


def check_flow(flow: Flow, path: Path, lib: Library) -> None:
    """The graph rules: ids unique, targets known, every step reachable and able to end."""
    steps: dict[str, object] = {}
    for step in flow.steps:
        if step.id in steps:
            raise FlowError(path, step.id, "duplicate-id", f"step id '{step.id}' given twice")
        if step.id.startswith("_"):
            raise FlowError(path, step.id, "schema", "step ids may not start with '_'")
        if getattr(step, "audience", "worker") == "person" and step.kind not in ("choice", "end"):
            raise FlowError(path, step.id, "schema", "only choice and end steps can be shown to the person")
        steps[step.id] = step
    for what, ids in (("indicator", [i.id for i in flow.indicators]), ("row", [r.id for r in flow.rows])):
        dup = next((i for i in ids if ids.count(i) > 1), None)
        if dup:
            raise FlowError(path, None, "duplicate-id", f"{what} id '{dup}' given twice")
    rows = {r.id for r in flow.rows}
    for ind in flow.indicators:
        if ind.row not in rows:
            raise FlowError(path, None, "unknown-target", f"indicator '{ind.id}' names unknown row '{ind.row}'")
    if flow.start not in steps:
        raise FlowError(path, None, "unknown-target", f"start step '{flow.start}' does not exist")

    edges: dict[str, list[str]] = {}
    for step in flow.steps:
        targets: list[str] = []
        actions: list[str] = []
        if isinstance(step, BranchStep):
            targets = [c.next for c in step.cases] + [step.otherwise]
        elif isinstance(step, DealStep):
            targets = [step.next]
        elif isinstance(step, AskStep):
            targets = [step.next]
            actions = [engine.DONE]
            if step.ask == "answer":
                actions += [o.id for q in flow.questions for o in q.options]
            elif flow.source in lib.flows:
                source = lib.flows[flow.source]
                actions += drill.signal_groups(source) if step.ask == "signals" else drill.outcomes(source)
        elif isinstance(step, FeedbackStep):
            targets = [step.next, step.done]
            actions = [engine.NEXT, engine.FINISH]
        elif isinstance(step, (ChecklistStep, MarksStep)):
            targets = [step.next]
            actions = [engine.DONE]
            if isinstance(step, ChecklistStep):
                for item in step.items:
                    if item not in flow.indicator_index:
                        raise FlowError(path, step.id, "unknown-target", f"unknown indicator '{item}'")
                if len(set(step.items)) != len(step.items):
                    raise FlowError(path, step.id, "duplicate-id", "an indicator is listed twice")
                actions += step.items
            else:
                if not flow.rows:
                    raise FlowError(path, step.id, "unknown-target", "a marks step needs annex rows in the flow")
                actions += sorted(rows)
        else:
            option_ids = [o.id for o in step.options]
            dup = next((i for i in option_ids if option_ids.count(i) > 1), None)
            if dup:
                raise FlowError(path, step.id, "duplicate-id", f"option id '{dup}' given twice")
            for o in step.options:
                if o.flow is not None and o.flow not in lib.flows:
                    raise FlowError(path, step.id, "unknown-target", f"option '{o.id}' starts unknown flow '{o.flow}'")
                if o.set_lang is not None and o.set_lang not in lib.languages:
                    raise FlowError(path, step.id, "unknown-target", f"option '{o.id}' sets unknown language '{o.set_lang}'")
                if o.set_country is not None and o.set_country not in lib.directories:
                    raise FlowError(path, step.id, "unknown-target", f"option '{o.id}' sets a country without a directory: '{o.set_country}'")
                if o.send is not None:
                    _check_send(flow, step, o, path)
                if o.next is not None:
                    targets.append(o.next)
            actions = option_ids
        for t in targets:
            if t not in steps:
                raise FlowError(path, step.id, "unknown-target", f"goes to unknown step '{t}'")
        for a in actions + [engine.BACK, engine.MENU, engine.EXIT]:
            if not buttons.fits(a):
                raise FlowError(path, step.id, "button-data-too-long", f"button '{a}' needs more than {buttons.MAX_BYTES} bytes of callback data")
        if isinstance(step, EndStep) and flow.requires_outcome and step.outcome is None:
            raise FlowError(path, step.id, "no-outcome", "this flow must end in an outcome, this end has none")
        for role in getattr(step, "contacts", []):
            if role not in SECTIONS:
                raise FlowError(path, step.id, "unknown-target", f"unknown contact role '{role}'")
        edges[step.id] = targets

    # The run's wiring first: a run step leading astray would otherwise show up only
    # as an unreachable step further on.
    check_runs(flow, path, lib)
    reached = _reach(flow.start, edges)
    unreachable = next((s.id for s in flow.steps if s.id not in reached), None)
    if unreachable:
        raise FlowError(path, unreachable, "unreachable-step", f"no path leads here from '{flow.start}'")

    # A step ends when it is an end step, or it can reach one. Options that start
    # another flow hand over to a flow that is checked on its own.
    can_end = {s.id for s in flow.steps if isinstance(s, EndStep) or any(o.flow for o in getattr(s, "options", []))}
    reverse: dict[str, list[str]] = {s: [] for s in steps}
    for src, targets in edges.items():
        for t in targets:
            reverse[t].append(src)
    can_end = _reach_all(can_end, reverse)
    stuck = next((s.id for s in flow.steps if s.id not in can_end), None)
    if stuck:
        raise FlowError(path, stuck, "no-outcome", "no path from here ever reaches an end")

    _check_branch_loops(flow, path)


def check_runs(flow: Flow, path: Path, lib: Library) -> None:
    """Practice, quiz and reference rules: the source flow, every scenario's answers
    (signal groups and outcomes that exist in the source), every question, and
    the run's steps wired deal -> ask... -> feedback -> ask... or summary."""
    uses_source = bool(flow.scenarios) or any(isinstance(s, ReferenceStep) or (isinstance(s, AskStep) and s.ask != "answer") for s in flow.steps)
    if flow.source is None:
        if uses_source:
            raise FlowError(path, None, "unknown-target", "scenarios, signal and action questions and reference steps need a 'source' flow")
        groups, outcomes, index = [], [], {}
    else:
        source = lib.flows.get(flow.source)
        if source is None or not source.indicators:
            raise FlowError(path, None, "unknown-target", f"source flow '{flow.source}' does not exist or has no indicators")
        groups, outcomes, index = drill.signal_groups(source), drill.outcomes(source), source.indicator_index

    for what, ids in (("scenario", [s.id for s in flow.scenarios]), ("question", [q.id for q in flow.questions])):
        dup = next((i for i in ids if ids.count(i) > 1), None)
        if dup:
            raise FlowError(path, None, "duplicate-id", f"{what} id '{dup}' given twice")
    for sc in flow.scenarios:
        where = f"scenario '{sc.id}'"
        if len(set(sc.signals)) != len(sc.signals):
            raise FlowError(path, None, "duplicate-id", f"{where}: a signal is listed twice")
        unknown = next((i for i in sc.signals if i not in index), None)
        if unknown:
            raise FlowError(path, None, "unknown-target", f"{where}: '{unknown}' is not an indicator of '{flow.source}'")
        if sc.action not in outcomes:
            raise FlowError(path, None, "unknown-target", f"{where}: '{sc.action}' is not an outcome of '{flow.source}'")
        expected = {index[i].group for i in sc.signals}
        for g in sc.also:
            if g not in groups:
                raise FlowError(path, None, "unknown-target", f"{where}: '{g}' is not a signal group of '{flow.source}'")
            if g in expected:
                raise FlowError(path, None, "schema", f"{where}: '{g}' is both a signal group of the story and an 'also'")
        for key in sc.notes:
            if key not in groups and key not in outcomes:
                raise FlowError(path, None, "unknown-target", f"{where}: note on '{key}', neither a signal group nor an outcome of '{flow.source}'")
            if key in expected or key == sc.action:
                raise FlowError(path, None, "schema", f"{where}: note on '{key}', but a note explains a wrong pick and '{key}' is right here")
    for q in flow.questions:
        ids = [o.id for o in q.options]
        dup = next((i for i in ids if ids.count(i) > 1), None)
        if dup:
            raise FlowError(path, None, "duplicate-id", f"question '{q.id}': option id '{dup}' given twice")

    steps = flow.step_index
    in_run = {s.id for s in flow.steps if isinstance(s, (AskStep, FeedbackStep))}
    for step in flow.steps:
        if isinstance(step, ReferenceStep):
            for g in step.groups:
                if g not in groups:
                    raise FlowError(path, step.id, "unknown-target", f"'{g}' is not a signal group of '{flow.source}'")
            if len(set(step.groups)) != len(step.groups):
                raise FlowError(path, step.id, "duplicate-id", "a group is listed twice")
        if isinstance(step, (DealStep, AskStep, FeedbackStep)) or (isinstance(step, ChoiceStep) and step.show == "summary"):
            if not flow.items:
                raise FlowError(path, step.id, "schema", "a run needs scenarios or questions in the flow")
        if isinstance(step, AskStep) and (step.ask == "answer") != bool(flow.questions):
            raise FlowError(path, step.id, "schema", f"an '{step.ask}' question needs {'questions' if step.ask == 'answer' else 'scenarios'} in the flow")
        if isinstance(step, (DealStep, FeedbackStep)) and not isinstance(steps[step.next], AskStep):
            raise FlowError(path, step.id, "unknown-target", f"'{step.next}' is not an ask step")
        if isinstance(step, FeedbackStep) and step.done in in_run:
            raise FlowError(path, step.id, "unknown-target", f"'{step.done}' is inside the run; 'done' leads out of it")
        if isinstance(step, AskStep) and not isinstance(steps[step.next], (AskStep, FeedbackStep)):
            raise FlowError(path, step.id, "unknown-target", f"'{step.next}' is neither an ask nor a feedback step")
        if not isinstance(step, (DealStep, AskStep, FeedbackStep)):
            into = [t for t in _targets(step) if t in in_run]
            if into:
                raise FlowError(path, step.id, "unknown-target", f"goes to '{into[0]}' inside a run; only a deal step starts one")
    if flow.start in in_run:
        raise FlowError(path, None, "unknown-target", f"start step '{flow.start}' is inside a run; start at a deal step")
    # From each place a new item is asked, the asks lead to a feedback, picking the answer on the way.
    answering = "answer" if flow.questions else "action"
    for step in flow.steps:
        if isinstance(step, (DealStep, FeedbackStep)):
            seen, at = [], steps[step.next]
            while isinstance(at, AskStep) and at.id not in seen:
                seen.append(at.id)
                at = steps[at.next]
            if not isinstance(at, FeedbackStep):
                raise FlowError(path, seen[-1], "no-outcome", "these questions never reach a feedback step")
            if not any(steps[a].ask == answering for a in seen):
                raise FlowError(path, step.id, "schema", f"the questions from here reach feedback without an '{answering}' question")


def _targets(step) -> list[str]:
    if isinstance(step, BranchStep):
        return [c.next for c in step.cases] + [step.otherwise]
    found = [o.next for o in getattr(step, "options", []) if o.next]
    return found + ([step.next] if isinstance(step, (ChecklistStep, MarksStep)) else [])


def _check_send(flow: Flow, step, option, path: Path) -> None:
    """A `send` option names a known document, changes nothing in the session, and
    the annex summary is offered only where a screening has an outcome to sum up."""
    if option.send not in engine.DOCUMENTS:
        raise FlowError(path, step.id, "unknown-target", f"option '{option.id}' sends unknown document '{option.send}' (known: {', '.join(engine.DOCUMENTS)})")
    if option.set_flags or option.set_lang or option.set_country:
        raise FlowError(path, step.id, "schema", f"option '{option.id}' sends a document and so cannot set anything")
    if option.send == "annex-pdf" and not (isinstance(step, EndStep) and step.outcome and flow.rows):
        raise FlowError(path, step.id, "unknown-target", f"option '{option.id}': the annex summary needs an end step with an outcome in a flow with annex rows")


def _reach(start: str, edges: dict[str, list[str]]) -> set[str]:
    return _reach_all({start}, edges)


def _reach_all(starts: set[str], edges: dict[str, list[str]]) -> set[str]:
    seen, todo = set(starts), deque(starts)
    while todo:
        for nxt in edges.get(todo.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _check_branch_loops(flow: Flow, path: Path) -> None:
    """Branches show no screen, so a cycle made only of branches would never stop."""
    branch = {s.id: s for s in flow.steps if isinstance(s, BranchStep)}
    for start in branch:
        seen, todo = set(), [start]
        while todo:
            sid = todo.pop()
            for nxt in [c.next for c in branch[sid].cases] + [branch[sid].otherwise]:
                if nxt == start:
                    raise FlowError(path, start, "branch-loop", "branches lead back here without showing a screen")
                if nxt in branch and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)


def flow_messages(flow: Flow, lib: Library | None = None) -> set[str]:
    ids = {flow.title}
    source = lib.flows.get(flow.source) if lib and flow.source else None
    groups = drill.signal_groups(source) if source else []
    for step in flow.steps:
        if not isinstance(step, (BranchStep, DealStep)):
            ids.add(step.text)
        if isinstance(step, (ChecklistStep, MarksStep)):
            ids.add(step.done)
        for o in getattr(step, "options", []):
            ids.add(o.label)
        if isinstance(step, AskStep):
            ids |= {step.prompt} if step.prompt else set()
            if step.ask == "signals":
                ids |= {step.done, "practice-group-button", *(f"learn-group-{g}" for g in groups)}
            if step.ask == "action" and source:
                ids |= {engine.action_label(o) for o in drill.outcomes(source)}
        if isinstance(step, FeedbackStep):
            ids |= {step.more, step.finish}
        if isinstance(step, ReferenceStep) and source:
            ids |= set(REFERENCE_MESSAGES) | {f"indicator-group-{g}" for g in step.groups}
            ids |= {f"indicator-{i.id}" for i in source.indicators if i.group in step.groups}
    for sc in flow.scenarios:
        ids |= {sc.text, sc.why, *sc.notes.values(), *sc.read, *(f"indicator-{i}" for i in sc.signals)}
    if flow.scenarios and source:
        ids |= set(PRACTICE_MESSAGES) | {f"learn-group-{g}" for g in groups} | {f"practice-hint-{g}" for g in groups}
        outcomes = drill.outcomes(source)
        ids |= {engine.action_label(o) for o in outcomes} | {f"practice-when-{o.lower()}" for o in outcomes}
    for q in flow.questions:
        ids |= {q.text, q.why, *q.read, *(o.label for o in q.options)}
    if flow.questions:
        ids |= set(QUIZ_MESSAGES)
    ids |= {f"indicator-{i.id}" for i in flow.indicators}
    ids |= {f"indicator-group-{i.group}" for i in flow.indicators}
    ids |= {f"annex-row-{r.id}" for r in flow.rows}
    return ids


def check_messages(lib: Library, files: dict[str, Path], catalog: Catalog) -> None:
    if not catalog.languages:
        raise FlowError("locales", None, "missing-message", "no locale found")
    for lang in catalog.languages:
        known = catalog.ids(lang)
        for flow_id, flow in lib.flows.items():
            missing = sorted(flow_messages(flow, lib) - known)
            if missing:
                step = next((s.id for s in flow.steps if missing[0] in {getattr(s, "text", None), *[o.label for o in getattr(s, "options", [])]}), None)
                raise FlowError(files[flow_id], step, "missing-message", f"'{missing[0]}' is missing in locale '{lang}'")
        for country, directory in lib.directories.items():
            missing = sorted(directory.messages() - known)
            if missing:
                raise FlowError(f"locales/{lang}", None, "missing-message", f"'{missing[0]}' ({country} directory) is missing in locale '{lang}'")
        missing = sorted((set(ENGINE_MESSAGES) | {f"lang-{code}" for code in catalog.languages}) - known)
        if missing:
            raise FlowError(f"locales/{lang}", None, "missing-message", f"'{missing[0]}' is missing in locale '{lang}'")
