import pytest

from bot.runtime import load


@pytest.fixture(scope="session")
def rt():
    """The shipped flows, locales and directories, loaded and validated once."""
    return load()
