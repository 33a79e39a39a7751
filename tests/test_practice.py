"""Practice runs: the scenarios against the screening, dealing, judging, scoring and
the feedback screens, through the pure functions and through the engine."""

import pytest

import flows
from bot.render import TELEGRAM_TEXT_LIMIT, render
from flows import EngineError, Press, Session, Start, scoring
from flows.loader import DATA_DIR, read_yaml
from flows.run import Run, deal
from flows.schema import OUTCOMES


@pytest.fixture(scope="module")
def lib(rt):
    return rt.library


@pytest.fixture(scope="module")
def practice(lib):
    return lib.flows["practice"]


@pytest.fixture(scope="module")
def screening(lib):
    return lib.flows["screening"]


def at_scenario(scenario_id, *more, country="NL", **session):
    """A session at the signals question of the given scenarios, as a deal would leave it."""
    return Session(
        country=country, flow="practice", step="signals", run=Run(order=[scenario_id, *more]), nonce=5, **session
    )


def press(lib, s, *actions):
    reply = None
    for a in actions:
        s, reply = flows.advance(lib, s, Press(action=a, nonce=s.nonce))
    return s, reply


def shown(reply):
    ids = []
    for m in reply.screen.text:
        ids.append(m.id)
        ids += [v for value in m.args.values() if isinstance(value, list) for v in value]
    return ids


# --- the scenarios, checked against the screening flow itself ------------------------


def test_every_scenarios_expected_answers_exist_in_the_screening_flow():
    """Read straight from the YAML, not through the loader: the groups a scenario's
    signals name and the action it expects are groups and outcomes of screening.yaml."""
    screening = read_yaml(DATA_DIR / "screening.yaml")
    practice = read_yaml(DATA_DIR / "practice.yaml")
    assert practice["source"] == "screening"
    group_of = {i["id"]: i["group"] for i in screening["indicators"]}
    groups = set(group_of.values())
    outcomes = {s["outcome"] for s in screening["steps"] if s["kind"] == "end"}
    assert len(practice["scenarios"]) >= 16
    for sc in practice["scenarios"]:
        assert set(sc.get("signals", [])) <= set(group_of), sc["id"]
        assert sc["action"] in outcomes, sc["id"]
        assert set(sc.get("also", [])) <= groups, sc["id"]
        assert set(sc.get("notes", {})) <= groups | outcomes, sc["id"]
        expected = {group_of[i] for i in sc.get("signals", [])}
        assert not expected & set(sc.get("also", [])), sc["id"]


def test_the_scenarios_cover_every_outcome_and_the_cases_the_guide_warns_about(practice, screening):
    by_id = {sc.id: sc for sc in practice.scenarios}
    assert {sc.action for sc in practice.scenarios} == set(OUTCOMES)
    cases = {
        "pimp-listening": "unsafe",  # a pimp listening in
        "age-doubt": "A",  # age in doubt: presume a child
        "chose-freely": "B",  # "I chose it freely" although means were used
        "smuggled": "D",  # smuggling that is not trafficking
        "friend-interpreter": "C",  # a friend offering to interpret
        "refuses-talk": "C",  # a person who refuses to talk
        "loverboy": "C",  # a "loverboy" recruitment
        "debt-bondage": "B",  # debt bondage
        "national": "B",  # a national of the country
        "young-man": "B",  # a male victim
        "trans-woman": "C",  # a transgender victim
        "needs-help": "D",  # needs help, no signs
    }
    for scenario_id, outcome in cases.items():
        assert by_id[scenario_id].action == outcome, scenario_id
    assert by_id["needs-help"].signals == []
    assert "debt" in scoring.expected_groups(screening, by_id["debt-bondage"])


def test_signal_groups_and_outcomes_come_from_the_screening(screening):
    groups = scoring.signal_groups(screening)
    assert len(groups) == 13 and groups[0] == "purpose"
    assert scoring.outcomes(screening) == list(OUTCOMES)
    assert scoring.outcome_roles(screening, "A")[0] == "child-protection"


# --- dealing ---------------------------------------------------------------------------


def test_deal_is_a_reproducible_shuffle_that_moves_the_seed_on():
    ids = [f"s{i}" for i in range(19)]
    order, nxt = deal(ids, 6, 42)
    assert len(order) == 6 and len(set(order)) == 6 and set(order) <= set(ids)
    assert deal(ids, 6, 42) == (order, nxt)
    assert nxt != 42
    assert deal(ids, 6, nxt)[0] != order
    assert sorted(deal(ids, None, 7)[0]) == sorted(ids)
    orders = {tuple(deal(ids, None, seed)[0]) for seed in range(20)}
    assert len(orders) == 20, "different seeds, different orders"


def test_a_run_is_dealt_from_the_sessions_seed(lib):
    def first_run(seed):
        s, _ = flows.advance(lib, Session(country="NL", seed=seed), Start(flow="practice"))
        s, reply = press(lib, s, "start")
        return s, reply

    a, reply = first_run(1)
    assert reply.screen.step == "signals" and len(a.run.order) == 6
    assert first_run(1)[0].run.order == a.run.order
    assert len({tuple(first_run(seed)[0].run.order) for seed in range(8)}) > 1
    assert a.seed != 1, "dealing moves the seed on"
    # Another run in the same session is dealt afresh, and differently.
    s, _ = press(lib, a, "_done", "B", "_finish", "again")
    assert s.step == "signals" and s.run.order != a.run.order and s.run.done == 0


# --- judging and scoring ------------------------------------------------------------------


def test_judge_sorts_every_pick(practice, screening):
    loverboy = practice.items["loverboy"]
    j = scoring.judge(screening, loverboy, ["debt", "purpose", "recruitment", "isolation"], "C")
    assert j.expected == ["purpose", "isolation", "wages", "deception", "vulnerability"]
    assert j.right == ["purpose", "isolation"]
    assert j.missed == ["wages", "deception", "vulnerability"]
    assert j.also == ["recruitment"]
    assert j.wrong == ["debt"]
    assert j.signs["vulnerability"] == ["vuln-emotional-ties"]
    assert j.action_right
    assert not scoring.judge(screening, loverboy, [], "B").action_right


def test_scores_add_up_over_a_run(practice, screening):
    run = Run(order=["loverboy", "needs-help"], picks=["purpose", "debt"], answer="B")
    scoring.score_scenario(run, screening, practice.items["loverboy"])
    assert (run.found, run.expected, run.wrong, run.right, run.done) == (1, 5, 1, 0, 1)
    assert run.missed == [0]
    assert run.groups == ["isolation", "wages", "deception", "vulnerability", "debt"]
    run.at, run.picks, run.answer = 1, [], "D"
    scoring.score_scenario(run, screening, practice.items["needs-help"])
    assert (run.found, run.expected, run.wrong, run.right, run.done) == (1, 5, 1, 1, 2)
    assert scoring.read_again(practice, run) == ["learn-btn-chose", "learn-btn-means"]


# --- the engine: questions, feedback, summary -------------------------------------------------


def test_signal_groups_toggle_and_only_they_are_accepted(lib):
    s, reply = flows.advance(lib, at_scenario("smuggled"), flows.Show())
    toggles = [
        b.action for row in reply.screen.buttons for b in row if b.action not in ("_done", "_menu", "_exit", "_back")
    ]
    assert toggles == scoring.signal_groups(lib.flows["screening"])
    assert all(len(row) == 1 for row in reply.screen.buttons[: len(toggles)]), "one group a row: labels stay whole"
    assert reply.screen.buttons[0][0].label.args["text"] == ["learn-group-purpose"]
    s, reply = press(lib, s, "transport", "vulnerability", "transport")
    assert s.run.picks == ["vulnerability"] and reply.screen.step == "signals"
    s2, reply = press(lib, s, "B")  # an action is not a button of the signals question
    assert reply.notices[0].id == "notice-stale" and s2.run.answer is None
    old = s.nonce
    s, _ = press(lib, s, "debt")
    s3, reply = flows.advance(lib, s, Press(action="threat", nonce=old))
    assert reply.notices[0].id == "notice-stale" and s3.run.picks == ["vulnerability", "debt"]


def test_feedback_explains_every_miss_and_every_wrong_pick(lib):
    s, reply = press(lib, at_scenario("smuggled"), "transport", "recruitment", "purpose", "_done", "B")
    assert reply.screen.step == "feedback"
    ids = shown(reply)
    # The missed group, with the story's sign of it.
    assert "practice-group-missed" in ids and "learn-group-vulnerability" in ids and "indicator-vuln-no-permits" in ids
    # Wrong picks: the story's own notes where it has them, else the group's signs in the guide.
    assert "practice-s-smuggled-not-transport" in ids and "practice-s-smuggled-not-recruitment" in ids
    assert "practice-hint-purpose" in ids
    # The wrong action: the story's note, the right action and the guide's reasoning.
    assert [
        v
        for m in reply.screen.text
        if m.id == "practice-action-wrong"
        for v in (m.args["note"][0], m.args["answer"][0])
    ] == ["practice-s-smuggled-not-bc", "practice-act-d"]
    assert "practice-s-smuggled-why" in ids and "practice-score" in ids
    result = reply.screen.text[1]
    assert result.id == "practice-signals-result" and (
        result.args["found"],
        result.args["expected"],
        result.args["wrong"],
    ) == (0, 1, 3)


def test_a_wrong_action_without_a_note_says_what_that_action_is_for(lib):
    s, reply = press(lib, at_scenario("refuses-talk"), "movement", "isolation", "_done", "A")
    wrong = next(m for m in reply.screen.text if m.id == "practice-action-wrong")
    assert wrong.args["note"] == ["practice-when-a"] and wrong.args["answer"] == ["practice-act-c"]
    assert [m.id for m in reply.screen.text].count("practice-group-right") == 2


def test_feedback_lists_the_contacts_the_right_action_would_call(lib):
    screening = lib.flows["screening"]
    for scenario_id, outcome in (("girl-15", "A"), ("smuggled", "D"), ("pimp-listening", "unsafe")):
        s, reply = press(lib, at_scenario(scenario_id), "_done", "B")
        roles = scoring.outcome_roles(screening, outcome)
        assert reply.screen.ends and reply.screen.outcome is None
        assert reply.screen.contacts == lib.contacts_for("NL", roles, brief=True)  # without descriptions
        assert reply.screen.contacts, scenario_id


def test_next_item_then_only_the_summary_after_the_last(lib):
    s, reply = press(lib, at_scenario("needs-help", "girl-15"), "_done", "D")
    actions = [b.action for row in reply.screen.buttons for b in row]
    assert flows.NEXT in actions and flows.FINISH in actions
    assert flows.BACK not in actions, "an answer given is final"
    s, reply = press(lib, s, flows.NEXT)
    assert reply.screen.step == "signals" and s.run.at == 1 and s.run.picks == [] and s.run.answer is None
    assert flows.BACK not in [b.action for row in reply.screen.buttons for b in row]
    s, reply = press(lib, s, "purpose", "_done", "A")
    actions = [b.action for row in reply.screen.buttons for b in row]
    assert flows.NEXT not in actions and flows.FINISH in actions
    s2, reply = press(lib, s, flows.NEXT)
    assert reply.notices[0].id == "notice-stale" and s2.run.at == 1
    s, reply = press(lib, s, flows.FINISH)
    assert reply.screen.step == "summary"
    args = reply.screen.text[0].args
    assert (args["done"], args["right"], args["found"], args["wrong"]) == (2, 2, 1, 0)
    assert args["expected"] == 4 and args["read"] == []
    assert args["groups"] == ["learn-group-harbouring", "learn-group-movement", "learn-group-wages"]


def test_answers_are_scored_once(lib):
    s, _ = press(lib, at_scenario("needs-help", "girl-15"), "_done", "D")
    done = s.run.done
    for action in ("D", "_done", "_back"):
        s, reply = press(lib, s, action)
        assert reply.notices and reply.notices[0].id == "notice-stale"
    assert s.run.done == done


def test_leaving_the_flow_forgets_the_run_and_a_lost_run_restarts(lib):
    s, _ = press(lib, at_scenario("needs-help"), "_done")
    s, reply = press(lib, s, flows.MENU)
    assert s.run is None and reply.screen.flow == "menu"
    gone = at_scenario("a-scenario-that-was-removed")
    s, reply = flows.advance(lib, gone, Press(action="_done", nonce=gone.nonce))
    assert reply.screen.flow == "menu" and reply.notices[0].id == "notice-restarted"
    no_answer = Session(country="NL", flow="practice", step="feedback", run=Run(order=["needs-help"]))
    s, reply = flows.advance(lib, no_answer, flows.Show())
    assert reply.screen.flow == "menu"


def test_a_run_cannot_be_started_in_its_middle(lib):
    with pytest.raises(EngineError):
        flows.advance(lib, Session(), Start(flow="practice", at="feedback"))


def test_quick_exit_keeps_nothing_of_the_run(lib):
    s, _ = press(lib, at_scenario("needs-help"), "_done", "D")
    s, reply = press(lib, s, flows.EXIT)
    assert reply.exit and s.run is None and s.flow is None


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_scenario_renders_and_fits_a_screen_even_with_every_group_ticked(rt, lang):
    """Every scenario, every answer, no group or all of them ticked, with every country's contacts."""
    lib, groups = rt.library, scoring.signal_groups(rt.library.flows["screening"])
    for scenario, country in ((sc, c) for sc in lib.flows["practice"].scenarios for c in lib.directories):
        for answer in OUTCOMES:
            for picks in ([], groups):
                s, reply = press(lib, at_scenario(scenario.id, country=country), *picks, "_done")
                for screen_reply in (reply, press(lib, s, answer)[1]):
                    text = render(rt.catalog, lang, screen_reply.screen, screen_reply.notices, strict=True).text
                    assert len(text) <= TELEGRAM_TEXT_LIMIT, (scenario.id, answer, len(text))


def test_a_session_with_the_largest_run_stays_under_a_kilobyte(lib, practice):
    ids = [sc.id for sc in practice.scenarios]
    groups = scoring.signal_groups(lib.flows["screening"])
    run = Run(
        order=ids,
        at=len(ids) - 1,
        picks=groups,
        answer="unsafe",
        found=99,
        expected=99,
        wrong=99,
        right=99,
        done=99,
        missed=list(range(len(ids))),
        groups=groups,
    )
    s = at_scenario(ids[0], lang="nl", seed=2**32 - 1).model_copy(update={"run": run, "step": "feedback", "trail": []})
    assert len(s.model_dump_json()) < 1024
    assert Session.model_validate_json(s.model_dump_json()) == s
