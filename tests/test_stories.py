"""Every story in tests/stories, run in every shipped language (or the `langs` a
story names) with strict rendering."""

from pathlib import Path

import pytest

from tests.shipped import COUNTRIES
from tests.shipped import LANGUAGES as LANGS
from tests.story_runner import load_story, run_story

STORIES = sorted((Path(__file__).parent / "stories").glob("*.yaml"))
CASES = [(p, lang) for p in STORIES for lang in load_story(p).get("langs", LANGS)]


def test_stories_run_in_every_language_folder_the_seven_among_them(rt):
    assert set(rt.library.languages) == set(LANGS)
    assert set(rt.library.directories) == set(COUNTRIES)
    assert {"en", "nl", "bg", "ro", "es", "fr", "el"} <= set(LANGS)


@pytest.mark.parametrize("path,lang", CASES, ids=[f"{p.stem}-{lang}" for p, lang in CASES])
def test_story(rt, path, lang):
    run_story(rt, load_story(path), lang, path.stem)
