"""Every story in tests/stories, run in each of its languages with strict rendering."""

from pathlib import Path

import pytest

from tests.story_runner import load_story, run_story

STORIES = sorted((Path(__file__).parent / "stories").glob("*.yaml"))
CASES = [(p, lang) for p in STORIES for lang in load_story(p).get("langs", ["en"])]


@pytest.mark.parametrize("path,lang", CASES, ids=[f"{p.stem}-{lang}" for p, lang in CASES])
def test_story(rt, path, lang):
    run_story(rt, load_story(path), lang, path.stem)
