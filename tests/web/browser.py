"""Chromium from Debian's packages, driven by Selenium (README: "Tested in a real browser")."""

from __future__ import annotations

import json
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

CHROMEDRIVER = "/usr/bin/chromedriver"
# .ci/run sets it: there the browser tests must run, so a browser that could not be installed
# fails them (with the reason) instead of skipping a feature's proof.
REQUIRED = os.environ.get("FIRSTLINE_BROWSER_TESTS") == "required"
WAIT_SECONDS = 60  # a busy two-core machine can be slow; every wait polls for progress
PHONE = {"width": 360, "height": 780, "deviceScaleFactor": 1, "mobile": True}


def browser_binary() -> str:
    """Debian's Chromium and its driver, or the test fails (in CI) or skips saying what is missing."""
    binary = shutil.which("chromium")
    missing = [
        name for name, found in (("chromium", binary), ("chromedriver", os.path.exists(CHROMEDRIVER))) if not found
    ]
    if missing:
        why = f"no {' and no '.join(missing)}: apt-get install chromium chromium-driver (.ci/run does, as root)"
        if REQUIRED:
            pytest.fail(f"{why}; FIRSTLINE_BROWSER_TESTS=required, so the browser tests cannot be skipped")
        pytest.skip(why)
    assert binary is not None
    return binary


def chromium(js: bool = True, downloads: str | None = None):
    binary = browser_binary()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary  # named, so Selenium never goes looking for (or downloading) a browser
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1000,900",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
    ):
        options.add_argument(arg)
    prefs = {"download.prompt_for_download": False}
    if not js:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    if downloads:
        prefs["download.default_directory"] = downloads
    options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    driver.set_script_timeout(WAIT_SECONDS)
    driver.execute_cdp_cmd("Network.enable", {})
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def accept_language(driver, lang: str) -> None:
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Accept-Language": lang}})


def post(driver, url: str, fields: dict) -> None:
    """A plain form POST from the browser (as if from an earlier page), waiting for the new page."""
    driver.execute_script(
        """
        window.__before = true;
        const form = document.createElement('form');
        form.method = 'post'; form.action = arguments[0];
        for (const [name, value] of Object.entries(arguments[1])) {
          const input = document.createElement('input');
          input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input);
        }
        document.body.appendChild(form);
        HTMLFormElement.prototype.submit.call(form);
        """,
        url,
        fields,
    )
    wait(
        driver, lambda d: d.execute_script("return window.__before === undefined && document.readyState === 'complete'")
    )


def wait(driver, condition, seconds: float = WAIT_SECONDS):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(
        driver,
        seconds,
        poll_frequency=0.05,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    ).until(condition)


class NeutralSite:
    """Stands in for the quick-exit destination (a weather site, a search engine)."""

    def __enter__(self) -> NeutralSite:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = b"<!DOCTYPE html><html lang='en'><title>Weather</title><p>Sunny</p></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def axe_violations(driver) -> list[dict]:
    from selenium_axe_python import Axe

    axe = Axe(driver)
    axe.inject()
    result = axe.run()  # axe-core's defaults: every WCAG 2 A and AA rule (and best practices), none disabled
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["html"][:160] for n in v["nodes"][:3]]}
        for v in result["violations"]
    ]


def dump(violations) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)
