"""The map page without a browser: structure (markers, layers, panel, popups), self-containment,
escaping of thread text, and the export / map / batch commands that write it."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.export.html import HtmlPages, render_html
from itinerary.models import ReaderPlace, Report, Section, Thread
from itinerary.pipeline import Analyzer
from itinerary.readers import parse_text, read_threads

ROOT = Path(__file__).parents[1]
SEED = ROOT.parent / "shared" / "seed" / "roros-day-trip-thread.txt"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix != ".md")
NORWAY = ROOT / "examples" / "norway-thread.txt"
MAX_BYTES = 400_000
runner = CliRunner()


def _page(html: str) -> tuple[HTMLParser, dict]:
    tree = HTMLParser(html)
    data_node = tree.css_first('script[type="application/json"]#map-data')
    assert data_node is not None
    return tree, json.loads(data_node.text())


def _names(data: dict) -> dict[str, str]:
    return {f["id"]: f["properties"]["name"] for f in data["features"]
            if f["properties"]["feature"] == "place"}


def _cells(row: Node) -> list[str]:
    return [cell.text(strip=True) for cell in row.css("td")]


@pytest.fixture(scope="module")
def seed_report(analyzer: Analyzer) -> Report:
    if not SEED.is_file():
        pytest.skip(f"the seed thread {SEED} is not here")
    (thread,) = read_threads(SEED)
    return analyzer.analyze(thread)


@pytest.fixture(scope="module")
def seed_page(seed_report: Report) -> str:
    return render_html(seed_report)


def test_seed_page_stated_loop_day_trip_and_plan(seed_page: str) -> None:
    tree, data = _page(seed_page)
    names = _names(data)
    routes = {tuple(names[s] for s in r["stops"]): r for r in data["routes"]}
    stated = ("Oslo Gardermoen Airport", "Trondheim", "Ålesund", "Bergen", "Oslo")
    assert routes[stated]["kind"] == "stated"
    plans = [stops for stops, r in routes.items() if r["kind"] == "suggested"]
    assert ("Oslo Gardermoen Airport", "Røros", "Trondheim", "Ålesund", "Bergen", "Oslo") in plans
    trips = [[names[s] for s in f["properties"]["stops"]] for f in data["features"]
             if f["properties"]["feature"] == "day_trip"]
    assert ["Trondheim", "Røros"] in trips
    section = next(s for s in tree.css("section.route")
                   if s.css_first("p.path").text(strip=True) == " → ".join(stated))
    rows = [_cells(row) for row in section.css("tbody tr")]
    assert [row[:3] for row in rows] == [
        ["1", "Oslo Gardermoen Airport", "Trondheim"], ["2", "Trondheim", "Ålesund"],
        ["3", "Ålesund", "Bergen"], ["4", "Bergen", "Oslo"]]
    assert all(row[6] in ("stated", "estimated") for row in rows)
    inserted = tree.css_first("p.inserted")
    assert inserted is not None and "Røros" in inserted.text()
    readers = [li.css_first(".name").text() for li in tree.css("ol.readers-list li")]
    assert "Trondheim" in readers and "Bergen" in readers


def test_every_panel_row_has_a_popup_and_every_layer_a_label(seed_page: str) -> None:
    tree, data = _page(seed_page)
    popups = {n.attributes["data-popup"] for n in tree.css("#popups [data-popup]")}
    targets = {n.attributes["data-target"] for n in tree.css("#panel [data-target]")}
    assert targets and targets <= popups
    legs = [f for f in data["features"] if f["properties"]["feature"] == "leg"]
    assert {f"leg:{f['properties']['route']}:{f['properties']['leg']}" for f in legs} == {
        t for t in targets if t.startswith("leg:")}
    labels = {n.attributes["data-layer-label"] for n in tree.css("[data-layer-label]")}
    assert labels == {str(r["index"]) for r in data["routes"]} | {"day-trips"}
    places = [f for f in data["features"] if f["properties"]["feature"] == "place"]
    assert {f"place:{f['id']}" for f in places} <= popups


def test_place_popup_quotes_who_said_what(seed_page: str) -> None:
    tree, data = _page(seed_page)
    trondheim = next(i for i, name in _names(data).items() if name == "Trondheim")
    popup = tree.css_first(f'[data-popup="place:{trondheim}"]')
    assert popup is not None
    assert popup.css_first("h3").text() == "Trondheim"
    assert "confidence" in popup.css_first("p.kind").text()
    assert popup.css_first("p.reason").text(strip=True)
    quotes = {(q.css_first(".writer").text(), q.css_first(".rel").text()): q.css_first("q").text()
              for q in popup.css("ul.quotes li")}
    assert any(w.startswith("Inna Blair") and rel == "planning" and "road trip" in sentence
               for (w, rel), sentence in quotes.items()), quotes


def test_page_is_self_contained_and_small(seed_page: str) -> None:
    tree, data = _page(seed_page)
    assert len(seed_page.encode()) < MAX_BYTES
    assert all("src" not in s.attributes for s in tree.css("script"))
    assert not tree.css("link[rel=stylesheet]") and not tree.css("img[src]")
    assert "L.map(" in seed_page and ".leaflet-container" in seed_page  # Leaflet inlined
    assert not re.search(r"""(src|href)=["']?https?://[^"'>]*\.(js|css)""", seed_page)
    assert "url(images/" not in seed_page  # Leaflet's images are data URIs
    assert data["tiles"]["url"].startswith("https://tile.openstreetmap.org/")
    assert "OpenStreetMap" in data["tiles"]["attribution"]
    assert data["basemap"]["features"], "no outline to draw on when offline"


def test_page_without_tiles_names_no_tile_server(seed_report: Report) -> None:
    html = render_html(seed_report, tiles=False)
    _, data = _page(html)
    assert data["tiles"] is None and "tile.openstreetmap.org" not in html


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_render(path: Path, analyzer: Analyzer) -> None:
    for thread in read_threads(path):
        report = analyzer.analyze(thread)
        html = render_html(report)
        tree, data = _page(html)
        assert len(html.encode()) < MAX_BYTES
        assert len(tree.css("#popups [data-popup^='place:']")) == len(report.places)
        for route in data["routes"]:
            section = tree.css_first(f'section.route[data-route="{route["index"]}"]')
            assert len(section.css("tbody tr")) == len(route["stops"]) - 1
        assert len(tree.css("section.day-trips tbody tr")) == len(report.day_trips)


HOSTILE = Thread(sections=(
    Section("post", None, "Hostile test\nWe spent a week in Bergen and took the train to Oslo.",
            title="Hostile <b>test</b>"),
    Section("comment-1", "Eve <img src=x onerror=alert(1)>",
            "I live in Bergen <script>alert('bergen')</script> and love it. </script><!--"),
), source="hostile.txt")


def test_thread_text_is_text_never_markup(analyzer: Analyzer) -> None:
    report = analyzer.analyze(HOSTILE)
    assert any(r.place and r.place.name == "Bergen" and r.mention.author for r in
               report.resolutions), "the hostile comment should name Bergen"
    html = render_html(report)
    tree, _ = _page(html)
    scripts = tree.css("script")
    assert len(scripts) == 3  # the data, Leaflet, the page's own script
    assert not tree.css("img") and not tree.css("b")
    assert tree.css_first("h1").text() == "Hostile <b>test</b>"
    data_text = scripts[0].text()
    assert "</" not in data_text and "<!--" not in data_text
    quotes = [q.text() for q in tree.css(".quotes q")]
    assert any("<script>alert('bergen')</script>" in q for q in quotes), quotes
    writers = [w.text() for w in tree.css(".quotes .writer")]
    assert "Eve <img src=x onerror=alert(1)>" in writers


def test_export_html_and_map_commands(tmp_path: Path) -> None:
    out = tmp_path / "norway.html"
    result = runner.invoke(app, ["export", str(NORWAY), "--html", str(out)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert f"wrote {out}" in result.stderr and result.stdout == ""
    _, data = _page(out.read_text())
    assert data["routes"]
    thread = tmp_path / "my trip.txt"
    thread.write_text(NORWAY.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["map", str(thread)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    expected = out.read_text().replace(str(NORWAY), str(thread)).replace(NORWAY.name, thread.name)
    assert (tmp_path / "my trip.html").read_text() == expected
    result = runner.invoke(app, ["map", str(thread), "--out", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("<!doctype html>")


def test_map_never_overwrites_a_saved_page(tmp_path: Path) -> None:
    page = tmp_path / "tuscany.html"
    original = (ROOT / "examples" / "tuscany-wordpress.html").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    result = runner.invoke(app, ["map", str(page)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert page.read_text(encoding="utf-8") == original
    _page((tmp_path / "tuscany.map.html").read_text())
    result = runner.invoke(app, ["map", str(page), "--out", str(page)])
    assert result.exit_code == 2 and "overwrite" in result.stderr
    assert page.read_text(encoding="utf-8") == original


def test_one_thread_per_page(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(ROOT / "examples" / "threads.json"), "--html",
                                 str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert "batch" in str(result.exception) and not list(tmp_path.iterdir())


def test_png_without_a_browser_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = runner.invoke(app, ["export", str(NORWAY), "--png", str(tmp_path / "x.png")])
    assert result.exit_code == 1
    assert "headless browser" in str(result.exception) and not list(tmp_path.iterdir())


def test_batch_pages_and_index(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = tmp_path / "maps"
    pages = HtmlPages(folder)
    threads = [t for p in (NORWAY, ROOT / "examples" / "threads.json") for t in read_threads(p)]
    written = [pages.add(analyzer.analyze(t)) for t in threads]
    index = HTMLParser(pages.write_index().read_text())
    links = [a.attributes["href"] for a in index.css("a")]
    assert links == [p.name for p in written] and len(set(links)) == len(threads)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*links, "index.html"])


def test_batch_pages_beside_saved_pages_keep_them(tmp_path: Path, analyzer: Analyzer) -> None:
    saved = tmp_path / "tuscany.html"
    original = (ROOT / "examples" / "tuscany-wordpress.html").read_text(encoding="utf-8")
    saved.write_text(original, encoding="utf-8")
    (thread,) = read_threads(saved)
    assert HtmlPages(tmp_path).add(analyzer.analyze(thread)).name == "tuscany.map.html"
    assert saved.read_text(encoding="utf-8") == original


def test_batch_html_option(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    result = runner.invoke(app, ["batch", str(NORWAY), "--out", str(tmp_path / "r.jsonl"),
                                 "--html", str(folder)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "norway-thread.html"]


def test_stated_legs_routed_roads_and_advice_reach_the_page(analyzer: Analyzer) -> None:
    text = ("A week in the Alps\n\nWe drove from Zurich to Lucerne in an hour, then on to "
            "Interlaken. You should not miss Grindelwald.\n\n"
            "1. Ines\n\n    I went to Lucerne last year and I recommend Zermatt to anyone.\n")
    thread = parse_text(text)
    report = analyzer.analyze(thread)
    stated = [i for i in report.itineraries if i.kind == "stated"]
    assert stated, "the drive is a stated itinerary"
    first = stated[0].legs[0]
    first_lon = 8.54
    road = ((first_lon, 47.37), (8.40, 47.20), (8.31, 47.05))
    routed = dataclasses.replace(first, stated=("hours",), geometry=road)
    advice = ReaderPlace(report.places[0].place.id, visited=("Ines",), recommends=("Ines",))
    report = dataclasses.replace(
        report, readers_also_went_to=(advice,),
        itineraries=(dataclasses.replace(stated[0], legs=(routed, *stated[0].legs[1:])),))
    tree, data = _page(render_html(report))
    sources = [cell.text(strip=True) for cell in tree.css("td.source")]
    assert sources[0] == "stated"
    legs = [f for f in data["features"] if f["properties"]["feature"] == "leg"]
    assert legs[0]["geometry"]["coordinates"][1] == [8.40, 47.20]  # the road, not a straight line
    assert legs[0]["geometry"]["coordinates"][0][0] == first_lon
    panel = tree.css_first(".readers-list").text()
    assert "recommends" in panel and "Ines" in panel
