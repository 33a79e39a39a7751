"""The loader refuses practice, quiz and reference flows whose data or wiring is wrong,
naming the file, the step (where there is one) and the rule."""

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from flows.loader import DATA_DIR, FlowError, load_library, read_yaml

FIXTURES = Path(__file__).parent / "fixtures"
PRACTICE = read_yaml(DATA_DIR / "practice.yaml")
QUIZ = read_yaml(DATA_DIR / "quiz.yaml")
INDICATORS = read_yaml(DATA_DIR / "indicators.yaml")


def load_with(tmp_path: Path, *flows: dict):
    data = tmp_path / "data"
    (data / "contacts").mkdir(parents=True)
    shutil.copy(FIXTURES / "menu.yaml", data / "menu.yaml")
    for name in ("screening", "contacts", "learn"):
        shutil.copy(DATA_DIR / f"{name}.yaml", data / f"{name}.yaml")
    shutil.copy(DATA_DIR / "indicators.yaml", data / "indicators.yaml")
    shutil.copy(DATA_DIR / "contacts" / "nl.yaml", data / "contacts" / "nl.yaml")
    for flow in flows:
        (data / f"{flow['id']}.yaml").write_text(yaml.safe_dump(flow, allow_unicode=True), encoding="utf-8")
    return load_library(data)


def step(flow: dict, step_id: str) -> dict:
    return next(s for s in flow["steps"] if s["id"] == step_id)


def scenario(flow: dict, scenario_id: str) -> dict:
    return next(s for s in flow["scenarios"] if s["id"] == scenario_id)


def test_the_shipped_runs_load_on_their_own(tmp_path):
    lib = load_with(tmp_path, PRACTICE, QUIZ)
    assert {"practice", "quiz", "indicators"} <= set(lib.flows)


def _breaks(change):
    def broken():
        flow = copy.deepcopy(QUIZ if change.__name__.startswith("quiz") else PRACTICE)
        change(flow)
        return flow

    return broken


def unknown_indicator(f):
    scenario(f, "loverboy")["signals"].append("no-such-indicator")


def unknown_source(f):
    f["source"] = "nope"


def note_on_the_right_action(f):
    scenario(f, "smuggled")["notes"]["D"] = "practice-s-smuggled-not-bc"


def note_on_an_unknown_pick(f):
    scenario(f, "smuggled")["notes"]["Z"] = "practice-s-smuggled-not-bc"


def also_a_group_of_the_story(f):
    scenario(f, "loverboy")["also"].append("wages")


def duplicate_scenario(f):
    f["scenarios"].append(copy.deepcopy(scenario(f, "girl-15")))


def option_into_the_run(f):
    step(f, "intro")["options"][0]["next"] = "feedback"


def ask_leads_out_of_the_run(f):
    step(f, "action")["next"] = "summary"


def finish_leads_into_the_run(f):
    step(f, "feedback")["done"] = "signals"


def no_action_question(f):
    step(f, "signals")["next"] = "feedback"
    f["steps"] = [s for s in f["steps"] if s["id"] != "action"]


def quiz_answer_not_an_option(f):
    f["questions"][0]["answer"] = "maybe"


def quiz_signals_question(f):
    step(f, "question")["ask"] = "signals"


CASES = [
    (unknown_indicator, "unknown-target", None, "no-such-indicator"),
    (unknown_source, "unknown-target", None, "nope"),
    (note_on_the_right_action, "schema", None, "'D' is right here"),
    (note_on_an_unknown_pick, "unknown-target", None, "'Z'"),
    (also_a_group_of_the_story, "schema", None, "'wages'"),
    (duplicate_scenario, "duplicate-id", None, "girl-15"),
    (option_into_the_run, "unknown-target", "intro", "inside a run"),
    (ask_leads_out_of_the_run, "unknown-target", "action", "'summary'"),
    (finish_leads_into_the_run, "unknown-target", "feedback", "inside the run"),
    (no_action_question, "schema", "deal", "'action'"),
    (quiz_answer_not_an_option, "schema", None, "maybe"),
    (quiz_signals_question, "unknown-target", None, "'source'"),
]


@pytest.mark.parametrize("change,rule,at_step,detail", CASES, ids=[c[0].__name__ for c in CASES])
def test_a_broken_run_is_refused_with_file_step_and_rule(tmp_path, change, rule, at_step, detail):
    flow = _breaks(change)()
    with pytest.raises(FlowError) as caught:
        load_with(tmp_path, flow)
    err = caught.value
    assert (err.rule, err.step) == (rule, at_step), str(err)
    assert f"{flow['id']}.yaml" in str(err) and detail in str(err)


def test_a_reference_step_naming_an_unknown_group_is_refused(tmp_path):
    flow = copy.deepcopy(INDICATORS)
    flow["id"] = "reference-copy"
    step(flow, "debt")["groups"] = ["debt", "payments"]
    with pytest.raises(FlowError) as caught:
        load_with(tmp_path, flow)
    assert (caught.value.rule, caught.value.step) == ("unknown-target", "debt")
