"""What the shipped content offers, read from file names alone.

Cheap enough to parametrize tests at collection time, where loading the library (seconds
of parsing every locale) is not: the library itself is loaded once, by the `rt` fixture
(tests/conftest.py), when the first test that needs it runs. test_stories.py holds this
listing to the loaded library, so the two cannot drift apart.
"""

from functools import cache
from typing import TYPE_CHECKING

from flows.loader import DATA_DIR, default_locales_dir

if TYPE_CHECKING:
    from bot.runtime import Runtime

# A language is a folder of .ftl files under locales/ (flows/messages.py: Catalog).
LANGUAGES = tuple(sorted(p.name for p in default_locales_dir().iterdir() if p.is_dir() and any(p.glob("*.ftl"))))

# A country is a directory file under flows/data/contacts/ (its name, upper case).
COUNTRIES = tuple(sorted(p.stem.upper() for p in (DATA_DIR / "contacts").glob("*.yaml")))


@cache
def loaded() -> "Runtime":
    """The shipped library, loaded when a test first needs it: the `rt` fixture, and the helpers
    of test modules that run outside one."""
    from bot.runtime import load

    return load()
