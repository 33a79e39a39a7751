"""What the shipped content offers, read from file names alone.

Cheap enough to parametrize tests at collection time, where loading the library (seconds
of parsing every locale) is not: the library itself is loaded once, by the `rt` fixture
(tests/conftest.py), when the first test that needs it runs. test_stories.py holds this
listing to the loaded library, so the two cannot drift apart.
"""

from flows.loader import default_locales_dir

# A language is a folder of .ftl files under locales/ (flows/messages.py: Catalog).
LANGUAGES = tuple(sorted(p.name for p in default_locales_dir().iterdir() if p.is_dir() and any(p.glob("*.ftl"))))
