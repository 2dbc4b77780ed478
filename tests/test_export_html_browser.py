"""The map page in a real headless Chromium, offline: it loads without console errors, draws a
numbered marker per itinerary stop and a marker per place, and a click on a panel row opens the
popup of that leg or place. Skipped, with the reason, where Chromium or its driver is missing."""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.export.html import PNG_SIZE, find_browser, headless_flags, render_html
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

ROOT = Path(__file__).parents[1]
SEED = ROOT.parent / "shared" / "seed" / "roros-day-trip-thread.txt"
THREAD = SEED if SEED.is_file() else ROOT / "examples" / "norway-thread.txt"
BROWSER = find_browser()
DRIVER = shutil.which("chromedriver")
WAIT = 15  # seconds for a popup to open after the map's fly-to animation

pytestmark = pytest.mark.skipif(
    BROWSER is None or DRIVER is None,
    reason="headless browser test needs chromium and chromedriver on PATH "
           "(Debian: apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def page(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    (thread,) = read_threads(THREAD)
    path = tmp_path_factory.mktemp("map") / "map.html"
    path.write_text(render_html(analyzer.analyze(thread)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(BROWSER)
    for flag in headless_flags(tmp_path_factory.mktemp("profile")):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    try:
        chrome.set_network_conditions(offline=True, latency=0, download_throughput=0,
                                      upload_throughput=0)
        yield chrome
    finally:
        chrome.quit()


@pytest.fixture(scope="module")
def loaded(driver, page: Path):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page.as_uri())
    WebDriverWait(driver, WAIT).until(
        lambda d: d.find_elements("css selector", ".leaflet-marker-icon.stop-marker"))
    return driver


def test_offline_page_loads_without_console_errors(loaded) -> None:  # type: ignore[no-untyped-def]
    assert loaded.execute_script("return navigator.onLine") is False
    errors = [entry for entry in loaded.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    note = loaded.find_element("id", "offline-note")
    assert note.is_displayed() and "offline" in note.text
    assert not loaded.find_elements("css selector", ".leaflet-tile")


def test_a_marker_per_stop_and_per_place(loaded) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(loaded.find_element("id", "map-data").get_attribute("textContent"))
    stops = sum(len(route["stops"]) for route in data["routes"])
    places = sum(1 for f in data["features"] if f["properties"]["feature"] == "place")
    assert stops >= 5
    assert len(loaded.find_elements("css selector", ".stop-marker")) == stops
    assert len(loaded.find_elements("css selector", "path.place-marker")) == places
    numbers = [m.text for m in loaded.find_elements("css selector", ".stop-marker")]
    assert {"1", "2", "3", "4", "5"} <= set(numbers)


def _open_popup(driver, selector: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click the panel row and wait until the open popup's heading is ``title``."""
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    def headings(d) -> list[str]:  # type: ignore[no-untyped-def]
        return [h.text for h in d.find_elements("css selector", ".leaflet-popup-content h3")]

    row = driver.find_element("css selector", selector)
    driver.execute_script("arguments[0].scrollIntoView()", row)
    row.click()
    try:
        WebDriverWait(driver, WAIT, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda d: headings(d) == [title])
    except TimeoutException:
        pytest.fail(f"clicking {selector} opened {headings(driver)}, expected [{title!r}]")
    assert "active" in row.get_attribute("class")


def test_clicking_a_leg_row_opens_its_popup(loaded) -> None:  # type: ignore[no-untyped-def]
    rows = loaded.find_elements("css selector", "section.route tbody tr")
    assert rows
    for row in (rows[-1], rows[0]):
        origin, destination = (cell.text for cell in row.find_elements("css selector", "td")[1:3])
        key = row.get_attribute("data-target")
        _open_popup(loaded, f'[data-target="{key}"]', f"{origin} → {destination}")


def test_clicking_a_reader_row_opens_the_place(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    row = loaded.find_element("css selector", "ol.readers-list li")
    name = row.find_element("css selector", ".name").text
    _open_popup(loaded, f'[data-target="{row.get_attribute("data-target")}"]', name)
    shot = tmp_path / "map.png"
    assert loaded.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_png_draws_the_page(tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    result = CliRunner().invoke(app, ["export", str(THREAD), "--png", str(out)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == PNG_SIZE  # IHDR width, height
    assert sorted(tmp_path.iterdir()) == [out]
