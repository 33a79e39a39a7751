"""How the browser tests find Chromium, and that CI cannot skip them when it is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.web import browser

ROOT = Path(__file__).parents[2]


def test_a_missing_chromium_fails_the_browser_tests_where_they_are_required(monkeypatch):
    monkeypatch.setattr(browser, "REQUIRED", True)
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="no chromium"):
        browser.browser_binary()


def test_a_missing_chromium_skips_them_elsewhere_and_says_why(monkeypatch):
    monkeypatch.setattr(browser, "REQUIRED", False)
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium chromium-driver"):
        browser.browser_binary()


def test_ci_installs_chromium_and_requires_the_browser_tests():
    run = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"apt-get .*install .*chromium chromium-driver", run)
    assert "export FIRSTLINE_BROWSER_TESTS=required" in run
    assert run.index("FIRSTLINE_BROWSER_TESTS=required") < run.index("\nmake test")
    assert run.startswith("#!/usr/bin/env bash\n# CI entry point")  # nothing spliced into its header
