"""The fake Bot API for the deployment tests (the doctor, the installed wheel): the same
fixture the adapter tests use."""

from tests.telegram.conftest import api  # noqa: F401
