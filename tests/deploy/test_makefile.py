"""`make run` on a stock Debian, whose Python lacks the venv module until python3-venv is installed:
make says what to install, instead of a half-made .venv and a message about ensurepip."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

# A Python as Debian ships it without python3-venv: `import ensurepip` fails, `-m venv` half-works.
DEBIAN_PYTHON = f"""#!/bin/sh
case "$*" in
  *ensurepip*) echo "ModuleNotFoundError: No module named 'ensurepip'" >&2; exit 1 ;;
  *"-m venv"*) mkdir -p "$3"; echo "The virtual environment was not created successfully because ensurepip is not available." >&2; exit 1 ;;
esac
exec {sys.executable} "$@"
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_run_says_to_install_python3_venv_when_the_venv_module_is_missing(tmp_path):
    python = tmp_path / "python3"
    python.write_text(DEBIAN_PYTHON)
    python.chmod(0o755)
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["make", "-C", str(ROOT), "run", f"PYTHON={python}", f"VENV={venv}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "sudo apt install python3-venv" in done.stdout + done.stderr, done.stdout + done.stderr
    assert not venv.exists(), "no half-made virtual environment is left behind"
