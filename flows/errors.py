"""The errors of the engine package: a broken flow, and a caller asking for what is not there."""

from __future__ import annotations

from pathlib import Path


class FlowError(Exception):
    """A flow file the loader refuses: names the file, the step and the rule broken."""

    def __init__(self, file: Path | str, step: str | None, rule: str, detail: str):
        self.file, self.step, self.rule = str(file), step, rule
        where = f"step '{step}'" if step else "flow"
        super().__init__(f"{Path(file).name}: {where}: {rule}: {detail}")


class EngineError(Exception):
    """A caller passed something the library does not have (a flow id, a language)."""
