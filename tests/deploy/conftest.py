"""The fake Bot API for the deployment tests (the doctor, the installed wheel)."""

from __future__ import annotations

import pytest

from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeBotApi


@pytest.fixture
async def api():
    api = FakeBotApi(TOKEN)
    await api.start()
    yield api
    await api.stop()
