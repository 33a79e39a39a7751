"""The loader refuses each kind of broken flow, naming file, step and rule."""

import re
import shutil
from pathlib import Path

import pytest

from flows.loader import DATA_DIR, FlowError, load_library

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\S+)(?: at (?:step (\S+)|flow))?", re.M)


def _library_with(tmp_path: Path, flow_file: Path | None = None, contacts_file: Path | None = None):
    data = tmp_path / "data"
    (data / "contacts").mkdir(parents=True)
    shutil.copy(FIXTURES / "menu.yaml", data / "menu.yaml")
    shutil.copy(DATA_DIR / "contacts" / "nl.yaml", data / "contacts" / "nl.yaml")
    if flow_file:
        shutil.copy(flow_file, data / flow_file.name)
    if contacts_file:
        shutil.copy(contacts_file, data / "contacts" / contacts_file.name)
    return load_library(data)


def test_the_shipped_library_loads(rt):
    assert {"menu", "setup", "screening", "contacts"} <= set(rt.library.flows)
    assert "NL" in rt.library.directories
    assert {"en", "nl"} <= set(rt.library.languages)


def test_a_minimal_library_loads(tmp_path):
    assert set(_library_with(tmp_path).flows) == {"menu"}


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_flow_is_refused_with_file_step_and_rule(tmp_path, path):
    rule, step = EXPECT.search(path.read_text()).groups()
    with pytest.raises(FlowError) as caught:
        _library_with(tmp_path, flow_file=path)
    err = caught.value
    assert err.rule == rule, str(err)
    assert err.step == step, str(err)
    assert path.name in str(err)
    assert rule in str(err)


@pytest.mark.parametrize("name", ["unsourced", "undated"])
def test_contact_without_source_or_date_is_refused(tmp_path, name):
    with pytest.raises(FlowError) as caught:
        _library_with(tmp_path, contacts_file=FIXTURES / "contacts" / f"{name}.yaml")
    assert caught.value.rule == "schema"
    assert f"{name}.yaml" in str(caught.value)


def test_every_broken_rule_has_a_fixture():
    rules = {EXPECT.search(p.read_text()).group(1) for p in BROKEN}
    assert {
        "unknown-target",
        "unreachable-step",
        "no-outcome",
        "duplicate-id",
        "missing-message",
        "button-data-too-long",
    } <= rules


def test_next_defaults_to_the_following_step(tmp_path):
    flow = tmp_path / "walk.yaml"
    flow.write_text(
        "id: walk\nstart: table\nrows: [{id: recruitment, element: act}]\nsteps:\n"
        "  - {id: table, kind: marks, text: screening-annex}\n"
        "  - {id: end, kind: end, text: outcome-d, outcome: D}\n",
        encoding="utf-8",
    )
    lib = _library_with(tmp_path, flow_file=flow)
    assert lib.flows["walk"].step("table").next == "end"
    # The last step has nothing below it: its `next` must be given.
    flow.write_text(
        flow.read_text().replace("  - {id: end, kind: end, text: outcome-d, outcome: D}\n", ""), encoding="utf-8"
    )
    with pytest.raises(FlowError) as caught:
        _library_with(tmp_path / "again", flow_file=flow)
    assert (caught.value.rule, caught.value.step) == ("schema", "table")


def test_the_loaders_action_limit_is_what_the_telegram_codec_fits():
    from bot.telegram import buttons
    from flows import MAX_ACTION_BYTES

    assert buttons.fits("a" * MAX_ACTION_BYTES)
    assert not buttons.fits("a" * (MAX_ACTION_BYTES + 1))


def test_every_screening_step_names_the_guide_section_it_follows(rt):
    """Each branch of the screening says which section of the printed guide it follows:
    the edition, its year, the section's title and the project address, all in the data."""
    flow = rt.library.flows["screening"]
    guide = flow.guide
    assert guide is not None and guide.year == 2013 and "EuroTrafGuid" in guide.edition
    assert guide.address.startswith("http://www.fei.gouv.fr/")  # the address the guide prints
    for step in flow.steps:
        assert step.guide in guide.sections, step.id
    for text in [guide.edition, guide.address, *guide.sections.values()]:
        assert "/work" not in text and "shared" not in text and not re.search(r"\bl(ines?|\.) ?\d", text)


@pytest.mark.parametrize("change,rule", [("drop", "schema"), ("unknown", "unknown-target")])
def test_a_step_of_a_guided_flow_without_a_known_section_is_refused(tmp_path, change, rule):
    flow = tmp_path / "guided.yaml"
    section = {"drop": "", "unknown": "guide: nowhere, "}[change]
    flow.write_text(
        "id: guided\nstart: a\n"
        "guide: {edition: EuroTrafGuid, year: 2013, address: 'http://example.org', sections: {action: Onderneem actie}}\n"
        "steps:\n"
        "  - {id: a, guide: action, kind: choice, text: outcome-d, options: [{id: go, label: common-continue, next: b}]}\n"
        f"  - {{id: b, {section}kind: end, text: outcome-d, outcome: D}}\n",
        encoding="utf-8",
    )
    with pytest.raises(FlowError) as caught:
        _library_with(tmp_path, flow_file=flow)
    assert (caught.value.rule, caught.value.step) == (rule, "b")
