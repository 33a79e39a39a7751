#!/bin/sh
# Installs Firstline from this source tree into a new virtual environment:
#   sh deploy/install.sh /opt/firstline/releases/2025-01-31
# The Dockerfile runs exactly this, and so does tests/deploy/test_install.py, so what
# the tests prove about it holds for the image and for an install on a server.
# Needs Python 3.11 or newer with its venv module (Debian/Ubuntu: apt install python3-venv)
# and access to PyPI. PYTHON picks the interpreter (default: python3).
# The versions of the dependencies are those in requirements.lock.
set -eu

venv=${1:?usage: sh deploy/install.sh NEW_VENV_DIR}
python=${PYTHON:-python3}
src=$(cd "$(dirname "$0")/.." && pwd)

if [ -e "$venv" ]; then
    echo "install.sh: $venv exists already; give a new folder (an install never mixes with an older one)" >&2
    exit 1
fi
[ -f "$src/requirements.lock" ] || {
    echo "install.sh: $src/requirements.lock is missing; it pins every dependency" >&2
    exit 1
}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "install.sh: Firstline needs Python 3.11 or newer; $python is $("$python" --version 2>&1)" >&2
    exit 1
}

wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT

"$python" -m venv "$venv"
# The wheel holds the code, the flows, the contact directories and the locales; its
# dependencies come from PyPI at the exact versions in requirements.lock, so two installs
# of the same release are the same program.
"$venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$wheels" "$src"
"$venv/bin/python" -m pip install --quiet --constraint "$src/requirements.lock" "$wheels"/firstline-*.whl
# Every dependency present at a version its dependents accept (its report goes to stderr).
"$venv/bin/python" -m pip check >&2
# Fails here, not at the first conversation, if anything shipped does not load.
"$venv/bin/firstline" check
