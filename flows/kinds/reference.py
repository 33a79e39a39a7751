"""`reference`: a choice screen that also lists every indicator of some signal groups."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from flows.errors import FlowError
from flows.kinds.choice import ChoiceBase
from flows.outputs import Msg
from flows.schema import Flow, Id, register
from flows.scoring import signal_groups
from flows.session import Session
from flows.step import Body, Ctx, unique

LINES = ("learn-indicator-group", "learn-indicator-line")


@register
class ReferenceStep(ChoiceBase):
    """Lists every indicator of `groups` (groups of the flow named by `source`), each
    marked as noticed by observing or by listening."""

    kind: Literal["reference"] = "reference"
    groups: list[Id] = Field(min_length=1)

    def needs_source(self) -> bool:
        return True

    def messages(self, ctx: Ctx) -> set[str]:
        ids = super().messages(ctx)
        source = ctx.source
        if source:
            ids |= set(LINES) | {f"indicator-group-{g}" for g in self.groups}
            ids |= {f"indicator-{i.id}" for i in source.indicators if i.group in self.groups}
        return ids

    def check_run(self, ctx: Ctx, path: Path) -> None:
        groups = signal_groups(ctx.the_source())
        for g in self.groups:
            if g not in groups:
                raise FlowError(path, self.id, "unknown-target", f"'{g}' is not a signal group of '{ctx.flow.source}'")
        if unique(self.groups):
            raise FlowError(path, self.id, "duplicate-id", "a group is listed twice")

    def body(self, ctx: Ctx, s: Session) -> Body:
        body = super().body(ctx, s)
        body.text += reference_lines(ctx.the_source(), self.groups)
        return body


def reference_lines(source: Flow, groups: list[str]) -> list[Msg]:
    """Every indicator of the groups, each marked as noticed by observing or by listening."""
    lines: list[Msg] = []
    for g in groups:
        lines.append(Msg(id="learn-indicator-group", args={"text": [f"indicator-group-{g}"]}))
        lines += [
            Msg(id="learn-indicator-line", args={"how": i.how, "text": [f"indicator-{i.id}"]})
            for i in source.indicators
            if i.group == g
        ]
    return lines
