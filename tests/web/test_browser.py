"""The web chat in Chromium: screenings with JavaScript on and off, quick exit, downloads,
accessibility (axe-core) and the phone-sized layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.browser import PHONE, NeutralSite, accept_language, axe_violations, chromium, dump, post, wait
from tests.web.screens import every_kind
from tests.web.served import Served, local_settings
from tests.web.stories import OUTCOMES, expected_end, presses, story

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "web-outcome-360.png"
LANGS = ["en", "nl", "el"]


@pytest.fixture(scope="module")
def neutral():
    with NeutralSite() as site:
        yield site


@pytest.fixture(scope="module")
def served(rt, neutral):
    with Served(rt, local_settings(web_exit_url=neutral.url)) as s:
        yield s


@pytest.fixture(scope="module")
def js_on():
    driver = chromium(js=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def js_off():
    driver = chromium(js=False)
    yield driver
    driver.quit()


def _state(driver) -> str | None:
    """The page's sealed state; None while a new page is loading."""
    from selenium.common.exceptions import WebDriverException

    try:
        return driver.execute_script("const e = document.querySelector('input[name=s]'); return e ? e.value : null")
    except WebDriverException:  # the document went away under the script: the next page is coming
        return None


def press(driver, action: str) -> None:
    from selenium.webdriver.common.by import By

    before = _state(driver)
    button = driver.find_element(By.CSS_SELECTOR, f'form.screen button[name="a"][value="{action}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait(driver, lambda d: _state(d) not in (None, before))


def start(driver, url: str, lang: str, country: str) -> None:
    """A new tab (a history of its own), the first page, language and country."""
    old = driver.current_window_handle
    driver.switch_to.new_window("tab")
    new = driver.current_window_handle
    driver.switch_to.window(old)
    driver.close()
    driver.switch_to.window(new)
    accept_language(driver, "en")
    driver.get(url + "/")
    press(driver, lang)
    press(driver, country.lower())


def main_text(driver) -> str:
    from selenium.webdriver.common.by import By

    return " ".join(driver.find_element(By.TAG_NAME, "main").text.split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("outcome", sorted(OUTCOMES))
@pytest.mark.parametrize("js", ["js-on", "js-off"])
def test_a_screening_reaches_each_outcome_in_the_browser(rt, served, js_on, js_off, js, outcome, lang):
    driver = js_on if js == "js-on" else js_off
    s = story(OUTCOMES[outcome])
    start(driver, served.url, lang, s["country"])
    entries = driver.execute_script("return history.length")
    press(driver, s["start"])
    for action in presses(s):
        press(driver, action)
    first_line, phones = expected_end(rt, s, lang)
    assert " ".join(first_line.split()) in main_text(driver)
    assert driver.find_element("css selector", "html").get_attribute("lang") == lang
    if js == "js-on":
        # Swapped in place: no new history entry, and the new screen's heading has the focus.
        assert driver.execute_script("return history.length") == entries
        assert driver.execute_script("return document.activeElement.tagName") == "H1"
    else:
        assert driver.execute_script("return history.length") > entries


def test_the_in_page_back_returns_screen_by_screen_within_one_history_entry(rt, served, js_on):
    driver = js_on
    start(driver, served.url, "fr", "FR")
    entries = driver.execute_script("return history.length")
    menu = _state(driver)
    press(driver, "screening")
    screening = _state(driver)
    press(driver, "safe")
    back = "header button.back"
    for expected in (screening, menu):
        driver.find_element("css selector", back).click()
        wait(driver, lambda d: _state(d) == expected)
        assert driver.execute_script("return document.activeElement.tagName") == "H1"
    assert driver.find_element("css selector", back).text == rt.catalog.text(
        "fr", "nav-back"
    )  # the setup screens before
    press(driver, "screening")  # on from an earlier screen: a fork, as a resubmitted page would be
    assert main_text(driver).startswith(rt.catalog.text("fr", "web-heading-screening"))
    assert driver.execute_script("return history.length") == entries


@pytest.mark.parametrize("how", ["button", "shift three times"])
def test_quick_exit_then_back_shows_no_bot_page(served, neutral, js_on, how):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = js_on
    driver.get("about:blank")
    start(driver, served.url, "en", "NL")
    press(driver, "screening")
    if how == "button":
        driver.find_element("css selector", "header a.exit").click()
    else:
        chain = ActionChains(driver)
        for _ in range(3):
            chain.key_down(Keys.SHIFT).key_up(Keys.SHIFT)
        chain.perform()
    wait(driver, lambda d: d.current_url == neutral.url and d.title == "Weather")
    driver.back()  # Selenium waits for the navigation
    wait(
        driver, lambda d: d.current_url != neutral.url and d.execute_script("return document.readyState") == "complete"
    )
    assert not driver.current_url.startswith(served.url)
    assert driver.find_elements("css selector", "form.screen, header a.exit") == []


def test_the_annex_pdf_downloads(rt, served, tmp_path):
    driver = chromium(js=True, downloads=str(tmp_path))
    try:
        s = story(OUTCOMES["B"])
        start(driver, served.url, "es", s["country"])
        press(driver, s["start"])
        for action in presses(s):
            press(driver, action)
        press(driver, "pdf")
        assert rt.catalog.text("es", "web-download-warning") in main_text(driver)
        driver.find_element("css selector", 'button[formaction$="download"]').click()
        pdf = wait(
            driver, lambda d: next((p for p in tmp_path.iterdir() if p.suffix == ".pdf" and p.stat().st_size > 0), None)
        )
        assert pdf.read_bytes().startswith(b"%PDF")
        assert main_text(driver)  # the page stays
    finally:
        driver.quit()


def test_no_screen_in_any_language_has_an_accessibility_violation(rt, served, js_on):
    driver = js_on
    found = {}
    for lang in rt.library.languages:
        accept_language(driver, lang)
        for kind, path, form in every_kind(served.port, lang):
            if form is None:
                driver.get(served.url + path)
            else:
                if not driver.current_url.startswith(served.url):
                    driver.get(served.url + "/robots.txt")
                post(driver, served.url + path, form)
            violations = axe_violations(driver)
            if violations:
                found[f"{lang} {kind}"] = violations
        # A screen swapped in place by the script, with its in-page Back.
        start(driver, served.url, lang, "NL")
        press(driver, "screening")
        violations = axe_violations(driver)
        if violations:
            found[f"{lang} swapped in place"] = violations
    assert not found, dump(found)


def test_the_outcome_screen_fits_a_phone_and_is_photographed(rt, served, js_on):
    driver = js_on
    s = story(OUTCOMES["C"])
    start(driver, served.url, "en", s["country"])
    press(driver, s["start"])
    for action in presses(s):
        press(driver, action)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        driver.execute_script("window.scrollTo(0, 0)")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= PHONE["width"]
        heights = driver.execute_script(
            "return [...document.querySelectorAll('button, a.button, a.exit, a.tel')].map(e => e.getBoundingClientRect().height)"
        )
        assert heights and min(heights) >= 44
        tels = driver.execute_script("return [...document.querySelectorAll('a[href^=\"tel:\"]')].length")
        assert tels > 0
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(driver.get_screenshot_as_png())
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert SCREENSHOT.stat().st_size > 10_000
