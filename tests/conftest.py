import pytest

from tests.shipped import loaded


@pytest.fixture(scope="session")
def rt():
    """The shipped flows, locales and directories, loaded and validated once."""
    return loaded()
