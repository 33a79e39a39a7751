"""A Bot API that answers oddly: start-up and the doctor say so in one line, cleanup goes on, an idle poller rests.

A Bot API server of another version, or a proxy in between, may answer a call
with a result of the wrong shape, or answer getUpdates at once whatever its
timeout. Under the systemd unit a traceback at start is a restart loop; a
poller that asks again at once burns a core.
"""

from __future__ import annotations

import asyncio
import logging
import os

import pytest

from tests.deploy.test_doctor import line, run_doctor

# python-telegram-bot warns about its own retry_after attribute.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

WITHOUT_IS_BOT = {"id": 4242424242, "first_name": "Firstline", "username": "firstline_test_bot"}


@pytest.mark.slow  # starts the real bot process
async def test_start_up_says_in_one_line_that_getme_cannot_be_read(api, process):
    api.answer_oddly("getMe", WITHOUT_IS_BOT)
    bot = process()
    try:
        await bot.start(ready_method="getMe")
    except AssertionError:
        pass  # it may be gone already
    assert await asyncio.to_thread(bot.proc.wait, 30) == 1
    log = bot.log_path.read_text()
    assert "Traceback" not in log, log
    errors = [text for text in log.splitlines() if " ERROR " in text]
    assert len(errors) == 1 and "the Bot API's answer to getMe could not be read (TypeError)" in errors[0], log


@pytest.mark.parametrize(
    "method, result",
    [("getMe", WITHOUT_IS_BOT), ("getWebhookInfo", True)],
)
async def test_the_doctor_says_in_one_line_that_an_answer_cannot_be_read(monkeypatch, api, tmp_path, method, result):
    api.answer_oddly(method, result)
    status, out = await run_doctor(monkeypatch, api, tmp_path / "data")
    assert status == 1 and "Traceback" not in out
    assert f"its answer to {method} could not be read" in line(out, "FIX   Bot API"), out


@pytest.mark.parametrize("odd", ["null", "403"])
async def test_an_old_keyboard_that_cannot_be_removed_does_not_undo_the_screen(bot, api, person, caplog, odd):
    caplog.set_level(logging.INFO, logger="bot")
    worker = person()
    await worker.send("/start")
    first = worker.screen()
    if odd == "null":
        api.answer_oddly("editMessageReplyMarkup", None)
    else:
        api.fail("editMessageReplyMarkup", status=403)  # Forbidden: not retried, not a BadRequest
    since = len(api.calls)
    await worker.send("/start")  # the screen goes below; the one above is to lose its keyboard
    await api.wait_for_call("editMessageReplyMarkup", since, lambda c: c.params["message_id"] == first["message_id"])
    second = worker.screen()
    assert second["message_id"] != first["message_id"]
    await bot.stop()  # the turn is finished and its bookkeeping saved
    assert "handling an update failed" not in caplog.text
    assert "an old keyboard could not be removed" in caplog.text


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.slow  # starts the real bot process
@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads the process's CPU time from /proc")
async def test_an_idle_poller_never_spins_against_a_server_that_answers_at_once(api, process, rt):
    api.ignore_timeout = True
    bot = process()
    await bot.start()
    # Past the start-up work (commands registered in every language).
    await api.wait_for(lambda: len(api.calls_of("setMyShortDescription")) >= len(rt.library.languages) + 1, timeout=30)
    since = len(api.calls)
    cpu, wall = cpu_seconds(bot.proc.pid), asyncio.get_running_loop().time()
    await asyncio.sleep(6)
    cpu, wall = cpu_seconds(bot.proc.pid) - cpu, asyncio.get_running_loop().time() - wall
    polls = len(api.calls_of("getUpdates", since=since))
    assert polls >= 2, "it still polls"
    # Process CPU time, not wall time: a busy machine slows it, it cannot make it spin.
    assert cpu / wall < 0.05, f"{cpu:.2f} s of CPU in {wall:.1f} s, {polls} getUpdates"
    assert await bot.terminate() == 0
