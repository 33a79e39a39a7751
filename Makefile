# `make run` and `make test` are all a fresh machine needs (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench chat clean

# Re-install whenever the project's metadata changes.
$(STAMP): pyproject.toml
	@# Debian and Ubuntu ship Python without its venv module (ensurepip): say what to install.
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { \
		echo "make: $(PYTHON) cannot make a virtual environment: its venv module is missing."; \
		echo "      On Debian or Ubuntu: sudo apt install python3-venv   (then run make again)"; \
		exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/firstline run

chat: $(STAMP)
	$(BIN)/firstline chat

test: $(STAMP) lint
	$(BIN)/python -m pytest

# ruff (lint and format, pyproject.toml) over everything; mypy strict over the engine (flows/).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy flows

# The fast part, for while you work: everything but the tests marked slow or browser (pyproject.toml),
# on every core (pytest-xdist): about two minutes of CPU, so about a minute on two quiet cores.
check: $(STAMP)
	$(BIN)/python -m pytest -n auto -m "not slow and not browser"

# The bot's figures beside python-telegram-bot's bare floor (README: "Reliability and performance").
bench: $(STAMP)
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
