"""`firstline replay` as a driver uses it: a real process, JSON lines in and out."""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # each test starts `firstline replay` as a process

REPLAY = [sys.executable, "-m", "bot.cli", "replay", "-"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "0"}
ENV.pop("TELEGRAM_BOT_TOKEN", None)

OBSERVE = [
    {"choose": "safe"},
    {"choose": "continue"},
    {"choose": "adult"},
    {"choose": "understood"},
    {"choose": "consents"},
]
GROUPS_DONE = [{"choose": "_done"}]  # from the groups at a glance, or a checklist, on to the table
SCRIPTS = {
    "unsafe": [{"choose": "unsafe"}],
    "A": [{"choose": "safe"}, {"choose": "continue"}, {"choose": "child"}, {"choose": "exploited"}],
    "B": [
        *OBSERVE,
        {"choose": "ind-purpose"},
        {"choose": "purpose-hands-over-money"},
        *GROUPS_DONE,
        {"choose": "_done"},
        {"choose": "suspect"},
        {"choose": "consents"},
    ],
    "C": [*OBSERVE, *GROUPS_DONE, {"choose": "_done"}, {"choose": "suspect"}, {"choose": "not-yet"}],
    "D": [*OBSERVE, *GROUPS_DONE, {"choose": "_done"}, {"choose": "no-suspicion"}],
}
ROLES = {
    "unsafe": {"emergency", "police"},
    "A": {"child-protection", "police", "specialised"},
    "B": {"country-rules-referral", "referral", "specialised", "reporting"},
    "C": {"country-rules-reporting", "specialised", "reporting", "sexual-health", "legal", "migration"},
    "D": {"shelter", "sexual-health", "sex-worker-support", "legal", "migration", "specialised"},
}


def replay(lines: list[dict]) -> tuple[list[dict], int]:
    data = "".join(json.dumps(line) + "\n" for line in lines)
    done = subprocess.run(REPLAY, input=data, capture_output=True, text=True, env=ENV, timeout=60)
    return [json.loads(line) for line in done.stdout.splitlines()], done.returncode


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("outcome", sorted(SCRIPTS))
def test_replay_reaches_each_outcome_with_its_contacts(lang, outcome):
    out, code = replay([{"lang": lang, "country": "NL"}, {"start": "screening"}, *SCRIPTS[outcome]])
    assert code == 0, out
    last = out[-1]
    assert last["outcome"] == outcome
    assert last["contacts"], "an outcome always lists contacts"
    assert {c["role"] for c in last["contacts"]} <= ROLES[outcome]
    assert {c["role"] for c in last["contacts"]} == ROLES[outcome]  # every role the outcome needs
    for c in last["contacts"]:
        if "rules" in c:
            assert c == {"role": c["role"], "rules": "NL"}
            continue
        assert set(c) == {"name", "role", "roles", "phone", "url", "description"}
        assert c["phone"] or c["url"]
        assert (c["phone"] or c["url"].removeprefix("https://").rstrip("/")) in last["text"]
    assert all(set(line) == {"flow", "step", "text", "buttons", "outcome", "contacts"} for line in out)


def test_press_matches_labels_and_text_and_exit_work():
    out, code = replay(
        [
            {"lang": "en", "country": "NL"},
            {"start": "screening"},
            {"press": "^✅"},
            {"text": "her name is Maria"},
            {"command": "exit"},
        ]
    )
    assert code == 0
    assert [o["step"] for o in out] == ["safety", "needs", "needs", None]
    assert "Maria" not in json.dumps(out)
    assert out[-1]["buttons"] == [] and out[-1]["text"]


def test_an_input_that_cannot_be_applied_is_an_error_and_a_failing_exit():
    out, code = replay(
        [
            {"lang": "en", "country": "NL"},
            {"start": "screening"},
            {"press": "no such label"},
            {"choose": "nope"},
            {"lang": "xx"},
            {"start": "nope"},
            {"choose": "safe"},
        ]
    )
    assert code != 0
    errors = [o for o in out if "error" in o]
    assert len(errors) == 4
    assert "no such label" in errors[0]["error"] and "line 3" in errors[0]["error"]
    assert out[-1]["step"] == "needs", "the run goes on after an error"


def test_each_screen_is_flushed_before_the_next_input_is_read():
    proc = subprocess.Popen(REPLAY, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        proc.stdin.write(json.dumps({"lang": "nl", "country": "NL"}) + "\n" + json.dumps({"start": "screening"}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())
        assert first["step"] == "safety"
        # Answer the screen we were shown, by its label, as a driver would.
        label = next(b["label"] for b in first["buttons"] if b["id"] == "unsafe")
        proc.stdin.write(json.dumps({"press": "^" + label.replace("?", "\\?") + "$"}) + "\n")
        proc.stdin.flush()
        second = json.loads(proc.stdout.readline())
        assert second["outcome"] == "unsafe"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_back_on_a_screen_without_back_is_an_error_not_a_stale_notice():
    out, code = replay(
        [
            {"lang": "en", "country": "NL"},
            {"start": "screening"},
            {"command": "back"},
            {"choose": "safe"},
            {"command": "back"},
        ]
    )
    assert code != 0
    assert "error" in out[1] and "Back" in out[1]["error"] and "line 3" in out[1]["error"]
    assert [o.get("step") for o in out[2:]] == ["needs", "safety"], "Back where there is one still works"
    assert "out of date" not in json.dumps(out)
