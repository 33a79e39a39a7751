"""Running a deployed command as an operator does, for the deployment tests."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

COMMAND_SECONDS = 120  # room for a cold start on a busy machine


async def run_merged(*command: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """The exit status and the output, errors interleaved as a terminal or a journal shows them."""
    proc = await asyncio.create_subprocess_exec(
        *command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    out = (await asyncio.wait_for(proc.communicate(), COMMAND_SECONDS))[0].decode()
    return proc.returncode, out
