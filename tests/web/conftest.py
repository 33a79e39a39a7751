# The fake Bot API and the process starter, for the tests that run both channels in one process.
from tests.telegram.conftest import api, process  # noqa: F401
