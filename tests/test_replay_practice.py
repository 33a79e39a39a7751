"""`firstline replay` runs a practice session end to end: feedback, contacts, score, summary."""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # each test starts `firstline replay` as a process

REPLAY = [sys.executable, "-m", "bot.cli", "replay", "-"]
ENV = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
# What the screening's outcomes call (screening.yaml's end steps), whatever the scenario.
OUTCOME_ROLES = {
    "specialised",
    "reporting",
    "referral",
    "sexual-health",
    "shelter",
    "legal",
    "migration",
    "child-protection",
    "police",
    "emergency",
    "sex-worker-support",
    "country-rules-referral",
    "country-rules-reporting",
}


def replay(lines):
    data = "".join(json.dumps(line) + "\n" for line in lines)
    done = subprocess.run(REPLAY, input=data, capture_output=True, text=True, env=ENV, timeout=60)
    return [json.loads(line) for line in done.stdout.splitlines()], done.returncode


def one_scenario(action):
    return [{"choose": "purpose"}, {"choose": "debt"}, {"choose": "_done"}, {"choose": action}]


@pytest.mark.parametrize("lang,score", [("en", "Score so far"), ("nl", "Score tot nu toe")])
def test_a_practice_session_runs_end_to_end_with_feedback_and_a_score(lang, score):
    actions = ["A", "B", "C", "D", "unsafe", "C"]
    script = [{"lang": lang, "country": "NL"}, {"seed": 11}, {"start": "practice"}, {"choose": "start"}]
    for n, action in enumerate(actions):
        script += one_scenario(action)
        script.append({"choose": "_next" if n < len(actions) - 1 else "_finish"})
    out, code = replay(script)
    assert code == 0, [o for o in out if "error" in o]
    feedback = [o for o in out if o["step"] == "feedback"]
    assert len(feedback) == 6
    for n, screen in enumerate(feedback, 1):
        assert screen["flow"] == "practice" and screen["outcome"] is None
        assert f" {n} " in screen["text"].splitlines()[0]
        assert score in screen["text"]
        assert screen["contacts"] and {c["role"] for c in screen["contacts"]} <= OUTCOME_ROLES
        assert all(c["phone"] in screen["text"] for c in screen["contacts"] if c.get("phone"))
    assert [b["id"] for b in feedback[-1]["buttons"]][0] == "_finish"
    summary = out[-1]
    assert summary["step"] == "summary"
    assert "6" in summary["text"].splitlines()[0]
    assert {"again", "learn", "contacts"} <= {b["id"] for b in summary["buttons"]}


def test_a_seed_line_makes_the_order_reproducible_and_seeds_differ():
    def first_story(seed):
        out, code = replay([{"lang": "en", "country": "NL", "seed": seed}, {"start": "practice"}, {"choose": "start"}])
        assert code == 0
        return out[-1]["text"]

    assert first_story(3) == first_story(3)
    assert len({first_story(seed) for seed in range(6)}) > 1
    out, code = replay([{"seed": "x"}, {"seed": -1}])
    assert code != 0 and len([o for o in out if "error" in o]) == 2
