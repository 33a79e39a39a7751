"""Mid-shift speed: taps from the menu's "Screening" button (that tap included) to the
outcome screen, for every screening story. The targets themselves are each story's
`max_taps` (checked in every language by tests/test_stories.py); this prints the table
(`pytest -s tests/test_tap_counts.py`, or `python -m tests.test_tap_counts`)."""

from pathlib import Path

from bot.runtime import load
from tests.story_runner import load_story, run_story

STORIES = sorted((Path(__file__).parent / "stories").glob("screening-*.yaml"))


def tap_table(rt) -> list[tuple[str, int | None, str | None, int | None]]:
    rows = []
    for path in STORIES:
        story = load_story(path)
        result = run_story(rt, story, "en", path.stem)
        rows.append((path.stem, result.taps, result.screen.outcome if result.screen else None, story.get("max_taps")))
    return rows


def format_table(rows) -> str:
    lines = [f"{'screening story':<40} {'taps':>4}  outcome  target"]
    for name, taps, outcome, target in rows:
        lines.append(f"{name:<40} {taps if taps is not None else '-':>4}  {outcome or '-':<7}  {target or ''}")
    return "\n".join(lines)


def test_tap_counts_of_every_screening_story(rt):
    rows = tap_table(rt)
    print("\n" + format_table(rows))
    by_name = {name: (taps, outcome) for name, taps, outcome, _ in rows}
    # The two targets: no signs at all → D in ≤ 10; five ticks in three groups → B in ≤ 18.
    assert by_name["screening-d-needs-help"][1] == "D" and by_name["screening-d-needs-help"][0] <= 10
    assert by_name["screening-b-five-ticks"][1] == "B" and by_name["screening-b-five-ticks"][0] <= 18
    # Every story that ends at an outcome is counted (the resume story ends back at the start).
    assert all(taps is not None for taps, outcome in by_name.values() if outcome)


if __name__ == "__main__":
    print(format_table(tap_table(load())))
