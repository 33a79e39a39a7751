"""A step kind is one module: a throwaway kind, registered from here, is loaded,
checked, shown and pressed through end to end without touching the engine or the loader."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Literal

import pytest

import flows
from flows.errors import FlowError
from flows.loader import DATA_DIR, default_locales_dir, load_library
from flows.outputs import DONE, Button, Msg
from flows.schema import KINDS, Id, MsgId, register
from flows.session import Session
from flows.step import STAY, Body, Ctx, Move, ScreenStep

FLOW = """\
id: tally
start: count
steps:
  - {id: count, kind: tally, text: tally-text, enough: 2, next: done}
  - {id: done, kind: end, text: tally-done}
"""


class TallyStep(ScreenStep):
    """Press `+` until the count reaches `enough`; then `done` leads on."""

    kind: Literal["tally"] = "tally"
    enough: int
    label: MsgId = "tally-plus"
    next: Id

    MESSAGES = ("tally-count",)

    def targets(self) -> list[str]:
        return [self.next]

    def actions(self, ctx: Ctx) -> list[str]:
        return ["plus", DONE]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, self.label}

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        if action == "plus":
            s.flags = [*s.flags, "tally"]
            return STAY
        if action == DONE and s.flags.count("tally") >= self.enough:
            return Move(to=self.next)
        return None

    def body(self, ctx: Ctx, s: Session) -> Body:
        count = s.flags.count("tally")
        rows = [[Button(action="plus", label=Msg(id=self.label))]]
        if count >= self.enough:
            rows.append([Button(action=DONE, label=Msg(id="common-done"))])
        return Body(text=[Msg(id=self.text), Msg(id="tally-count", args={"n": count})], rows=rows)


@pytest.fixture
def tally_kind():
    register(TallyStep)
    yield TallyStep
    del KINDS["tally"]


def _copy(tmp_path: Path, flow: str = FLOW) -> tuple[Path, Path]:
    data, locales = tmp_path / "data", tmp_path / "locales"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(default_locales_dir(), locales)
    (data / "tally.yaml").write_text(flow, encoding="utf-8")
    for folder in locales.iterdir():
        (folder / "tally.ftl").write_text(
            "tally-text = Count to two.\ntally-plus = +1\ntally-count = Count: { $n }\ntally-done = Done.\n",
            encoding="utf-8",
        )
    return data, locales


def test_a_new_kind_runs_a_flow_end_to_end(tmp_path, tally_kind):
    data, locales = _copy(tmp_path)
    lib = load_library(data, locales)
    s, reply = flows.advance(lib, Session(country="NL"), flows.Start(flow="tally"))
    assert reply.screen.step == "count" and [b.action for b in reply.screen.buttons[0]] == ["plus"]
    stale = s.nonce
    s, reply = flows.advance(lib, s, flows.Press(action=DONE, nonce=s.nonce))
    assert reply.notices[0].id == "notice-stale"  # not enough yet: a button this screen does not have
    for _ in range(2):
        s, reply = flows.advance(lib, s, flows.Press(action="plus", nonce=s.nonce))
    assert reply.screen.text[1].args == {"n": 2} and s.nonce > stale
    s, reply = flows.advance(lib, s, flows.Press(action=DONE, nonce=s.nonce))
    assert reply.screen.step == "done" and reply.screen.ends
    s, reply = flows.advance(lib, s, flows.Press(action=flows.BACK, nonce=s.nonce))
    assert reply.screen.step == "count"


def test_the_loader_applies_the_graph_rules_and_the_kinds_messages_to_a_new_kind(tmp_path, tally_kind):
    data, locales = _copy(tmp_path, FLOW.replace("next: done", "next: nowhere"))
    with pytest.raises(FlowError) as caught:
        load_library(data, locales)
    assert (caught.value.rule, caught.value.step) == ("unknown-target", "count")
    data, locales = _copy(tmp_path / "2")
    for folder in locales.iterdir():
        (folder / "tally.ftl").write_text("tally-text = x\ntally-plus = +\ntally-done = y\n", encoding="utf-8")
    with pytest.raises(FlowError) as caught:
        load_library(data, locales)
    assert caught.value.rule == "missing-message" and "tally-count" in str(caught.value)


def test_an_unknown_kind_is_refused_by_name(tmp_path):
    data, locales = _copy(tmp_path)
    with pytest.raises(FlowError) as caught:
        load_library(data, locales)
    assert caught.value.rule == "schema" and "unknown step kind 'tally'" in str(caught.value)
