"""Report -> one self-contained HTML map page (and a PNG of it, drawn by a headless browser).

The page needs no network to show the data: Leaflet's JS and CSS are inlined from the
``xstatic-leaflet`` package, the report is embedded as GeoJSON (``itinerary.export.geojson``) in a
``<script type="application/json">``, and a low-resolution outline of the countries around the
trip (from ``countryinfo``) stands in for the map tiles when OpenStreetMap cannot be reached.
Everything a reader wrote reaches the page through Jinja2's autoescaping: popups, the legs table
and the layer names are rendered here, the page's script only draws geometry and wires clicks.
"""

from __future__ import annotations

import base64
import importlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from itinerary.errors import ExportError
from itinerary.export.describe import POST_WRITER, hours_text, stop_place
from itinerary.export.files import STDOUT, check_writable, write_text
from itinerary.export.geojson import line_geometry, report_features
from itinerary.models import Itinerary, Leg, Mode, Relation, Report

# One colour per itinerary, in report order (green is kept for day trips).
PALETTE = ("#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#ad1457", "#455a64")
DAY_TRIP_COLOR = "#2e7d32"
MODE_NAMES: dict[Mode, str] = {"road": "road", "train": "rail", "fly": "flight", "boat": "ferry",
                               "walk": "on foot"}
# Flights and ferries are drawn straight from port to port: dashed, so nobody reads them as a route.
DASHED: frozenset[Mode] = frozenset({"fly", "boat"})
RELATION_WORDS: dict[Relation, str] = {"visited": "visited", "planning": "planning",
                                       "wishlist": "would like to go", "lives": "lives there",
                                       "mentioned": "mentions", "recommends": "recommends",
                                       "advises_against": "advises against"}
# The readers panel's columns: the summary's relations, then advice (never a plan of the writer's).
READER_RELATIONS = ("visited", "planning", "wishlist", "lives", "recommends", "advises_against")
TILES = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
         "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap'
                        "</a> contributors", "max_zoom": 19}
SENTENCES_PER_PLACE = 6  # a popup quotes at most this many sentences, then says how many more
BASEMAP_DIGITS = 2  # ~1 km: the outlines are 1:110m data, finer digits would only add bytes
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
PNG_SIZE = (1400, 1060)
BROWSER_SECONDS = 60

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("itinerary.export", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
_ENV.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
_ENV.filters["hours"] = hours_text


@dataclass(frozen=True, slots=True)
class Quote:
    """One writer's sentence about a place, with the relation it expresses."""

    writer: str
    relation: str
    sentence: str


@dataclass(frozen=True, slots=True)
class LegRow:
    number: int
    origin: str
    destination: str
    mode: str
    km: float
    hours: float
    source: str  # "stated" or "estimated"
    dashed: bool


@dataclass(frozen=True, slots=True)
class Route:
    """One itinerary as the page shows it: colour, label and the legs table."""

    index: int
    itinerary: Itinerary
    color: str
    names: tuple[str, ...]
    legs: tuple[LegRow, ...]
    inserted: str | None


@dataclass(frozen=True, slots=True)
class Page:
    """What the template reads besides the report itself."""

    title: str
    routes: list[Route]
    quotes: dict[str, list[Quote]]  # place id -> what writers said of it


def render_html(report: Report, *, tiles: bool = True) -> str:
    """The page for one thread; ``tiles=False`` never asks a tile server (the plain outline map)."""
    page = _page(report)
    data = _map_data(report, page.routes, tiles=tiles)
    leaflet = leaflet_assets()
    return _ENV.get_template("map.html.j2").render(
        page=page, report=report, data=data, leaflet=leaflet, assets=page_assets(),
        source=report.thread.id or _source_name(report.thread.source),
        relations=READER_RELATIONS, relation_words=RELATION_WORDS, mode_names=MODE_NAMES,
        day_trip_color=DAY_TRIP_COLOR, place_names=_place_names(report),
        more=SENTENCES_PER_PLACE)


def write_html(report: Report, out: str | Path) -> int:
    """Write the page (atomically, or to stdout for ``-``); returns its size in bytes."""
    html = render_html(report)
    write_text(out, html)
    return len(html.encode())


def find_browser() -> str | None:
    """A Chromium-family browser on PATH, or None."""
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def require_browser() -> str:
    """The browser ``write_png`` will use, or one clear error saying how to get one."""
    browser = find_browser()
    if browser is None:
        raise ExportError("a PNG needs a headless browser and none is installed: install "
                          "Chromium (Debian: apt-get install chromium) or put chromium on PATH")
    return browser


def write_png(report: Report, out: str | Path, *, browser: str | None = None) -> None:
    """A screenshot of the page (drawn offline, so the picture is the same on every machine)."""
    browser = browser or require_browser()
    with tempfile.TemporaryDirectory(prefix="itinerary-png-") as tmp:
        folder = Path(tmp)
        (folder / "map.html").write_text(render_html(report, tiles=False), encoding="utf-8")
        shot = folder / "map.png"
        command = [browser, *headless_flags(folder / "profile"), "--hide-scrollbars",
                   f"--window-size={PNG_SIZE[0]},{PNG_SIZE[1]}", "--virtual-time-budget=3000",
                   f"--screenshot={shot}", (folder / "map.html").as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, timeout=BROWSER_SECONDS,
                                  check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ExportError(f"{out}: the browser {browser} failed: {exc}") from None
        if done.returncode != 0 or not shot.is_file():
            last = (done.stderr.decode(errors="replace").strip().splitlines() or ["no output"])[-1]
            raise ExportError(f"{out}: the browser {browser} made no picture: {last}")
        _replace(shot, Path(out))


def _replace(source: Path, target: Path) -> None:
    """Copy ``source`` over ``target`` in one rename, so ``target`` is never half a picture."""
    check_writable(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp's 0600 is not what a new picture should get
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None


def headless_flags(profile: Path) -> list[str]:
    """Chromium flags for a quiet, offline-safe headless run in a fresh profile."""
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-default-apps", f"--user-data-dir={profile}"]


class HtmlPages:
    """``batch --html DIR``: one page per thread as reports arrive, then an index page.

    Page names come from the thread's id or file name, made unique within the folder.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise ExportError(f"{self.folder}: is a file, not a folder")
        if not self.folder.parent.is_dir():
            raise ExportError(f"{self.folder}: folder {self.folder.parent} does not exist")
        self.entries: list[tuple[str, Report]] = []
        self._names: set[str] = {"index"}

    def add(self, report: Report) -> Path:
        self.folder.mkdir(exist_ok=True)
        name = self._name(report)
        path = self.folder / f"{name}.html"
        write_html(report, path)
        self.entries.append((path.name, report))
        return path

    def write_index(self) -> Path:
        self.folder.mkdir(exist_ok=True)
        path = self.folder / "index.html"
        write_text(path, _ENV.get_template("index.html.j2").render(entries=self.entries,
                                                                   title=_title))
        return path

    def _name(self, report: Report) -> str:
        thread = report.thread
        raw = thread.id or (Path(thread.source).stem if thread.source != STDOUT else "thread")
        base = re.sub(r"[^\w.-]+", "-", raw).strip(".-")[:80] or "thread"
        if thread.source != STDOUT and (self.folder / f"{base}.html").resolve() == Path(
                thread.source).resolve():
            base += ".map"  # a saved page analysed in place is never overwritten by its map
        name, n = base, 1
        while name.lower() in self._names:
            n += 1
            name = f"{base}-{n}"
        self._names.add(name.lower())
        return name


def _title(report: Report) -> str:
    thread = report.thread
    return thread.title or thread.id or _source_name(thread.source)


def _source_name(source: str) -> str:
    """The input's file name: a page that is shared should not show the writer's folders."""
    return "standard input" if source == STDOUT else Path(source).name


def _page(report: Report) -> Page:
    routes = [_route(i, itinerary, report)
              for i, itinerary in enumerate(i for i in report.itineraries if len(i.stops) >= 2)]
    return Page(title=_title(report), routes=routes, quotes=_quotes(report))


def _route(index: int, itinerary: Itinerary, report: Report) -> Route:
    names = tuple(stop_place(report, stop).name for stop in itinerary.stops)
    legs = tuple(_leg_row(n, leg, report) for n, leg in enumerate(itinerary.legs, 1))
    inserted = stop_place(report, itinerary.inserted).name if itinerary.inserted else None
    return Route(index=index, itinerary=itinerary, color=PALETTE[index % len(PALETTE)],
                 names=names, legs=legs, inserted=inserted)


def _leg_row(number: int, leg: Leg, report: Report) -> LegRow:
    return LegRow(number=number, origin=stop_place(report, leg.origin).name,
                  destination=stop_place(report, leg.destination).name,
                  mode=MODE_NAMES[leg.mode], km=leg.distance_km, hours=leg.travel_hours,
                  source="stated" if leg.stated else "estimated",
                  dashed=leg.mode in DASHED)


def _quotes(report: Report) -> dict[str, list[Quote]]:
    """Per place id, each writer's sentences about it in page order (one quote per sentence)."""
    texts = {section.id: section.text for section in report.thread.sections}
    quotes: dict[str, list[Quote]] = {}
    seen: set[tuple[str, str, tuple[int, int]]] = set()
    for resolution in report.resolutions:
        if resolution.place is None:
            continue
        mention = resolution.mention
        key = (resolution.place.id, mention.section, mention.sentence)
        if key in seen:
            continue
        seen.add(key)
        start, end = mention.sentence
        sentence = " ".join(texts.get(mention.section, "")[start:end].split())
        quotes.setdefault(resolution.place.id, []).append(
            Quote(writer=mention.author or POST_WRITER, relation=mention.relation,
                  sentence=sentence))
    return quotes


def _place_names(report: Report) -> dict[str, str]:
    return {resolved.place.id: resolved.place.name for resolved in report.places}


def _map_data(report: Report, routes: Sequence[Route], *, tiles: bool) -> dict[str, Any]:
    """What the page's script draws: the report's GeoJSON plus a line per leg and the outlines."""
    features = report_features(report)
    positions = {f["id"]: f["geometry"]["coordinates"] for f in features
                 if f["properties"]["feature"] == "place"}
    for route in routes:
        for row, leg in zip(route.legs, route.itinerary.legs, strict=True):
            features.append({
                "type": "Feature",
                # A router's road where one was used, else a straight line between the stops.
                "geometry": line_geometry(list(leg.geometry) if leg.geometry
                                          else [positions[leg.origin], positions[leg.destination]]),
                "properties": {"feature": "leg", "route": route.index, "leg": row.number,
                               "mode": leg.mode, "dashed": row.dashed, "stroke": route.color},
            })
    return {
        "type": "FeatureCollection",
        "features": features,
        "routes": [{"index": r.index, "kind": r.itinerary.kind, "color": r.color,
                    "stops": list(r.itinerary.stops)} for r in routes],
        "day_trip_color": DAY_TRIP_COLOR,
        "focus": _focus(report),
        "basemap": basemap(_bounds(positions.values())),
        "tiles": TILES if tiles else None,
    }


def _focus(report: Report) -> list[str]:
    """The places the first view frames: the trips' stops, else every place below country size."""
    ids = [s for i in report.itineraries for s in i.stops]
    ids += [p for trip in report.day_trips for p in (trip.base, trip.destination)]
    if not ids:
        ids = [r.place.id for r in report.places if r.place.kind not in ("country", "continent")]
    return list(dict.fromkeys(ids)) or [r.place.id for r in report.places]


def _bounds(positions: Iterable[Sequence[float]]) -> tuple[float, float, float, float] | None:
    points = list(positions)
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def basemap(bounds: tuple[float, float, float, float] | None) -> dict[str, Any]:
    """Country outlines around ``bounds`` (west, south, east, north), widened by a margin."""
    if bounds is None:
        return {"type": "FeatureCollection", "features": []}
    west, south, east, north = bounds
    margin = max(east - west, north - south) * 0.5 + 8
    box = (west - margin, south - margin, east + margin, north + margin)
    return {"type": "FeatureCollection",
            "features": [_outline_feature(i) for i, (_, b) in enumerate(_outlines())
                         if _overlaps(b, box)]}


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@cache
def _outlines() -> tuple[tuple[list[Any], tuple[float, float, float, float]], ...]:
    """Every country's polygons with their bounding box, read once per process."""
    from countryinfo import CountryInfo

    outlines = []
    for info in CountryInfo.all().values():
        for feature in info.get("geoJSON", {}).get("features", []):
            geometry = feature.get("geometry") or {}
            if geometry.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                        else [geometry["coordinates"]])
            bounds = _bounds(p for polygon in polygons for p in polygon[0])  # outer rings
            if bounds is not None:
                outlines.append((polygons, bounds))
    return tuple(outlines)


@cache
def _outline_feature(index: int) -> dict[str, Any]:
    """One country's outline as a rounded feature, built when a page first needs it."""
    rounded = [[_ring(ring) for ring in polygon] for polygon in _outlines()[index][0]]
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "MultiPolygon", "coordinates": rounded}}


def _ring(ring: Sequence[Sequence[float]]) -> list[list[float]]:
    points = [[round(lon, BASEMAP_DIGITS), round(lat, BASEMAP_DIGITS)] for lon, lat in ring]
    return [p for p, q in zip(points, [None, *points], strict=False) if p != q]


@dataclass(frozen=True, slots=True)
class Leaflet:
    version: str
    js: str
    css: str


@dataclass(frozen=True, slots=True)
class Assets:
    """The page's own script and style: package files inlined as they are, not templates."""

    js: str
    css: str


@cache
def page_assets() -> Assets:
    templates = resources.files("itinerary.export") / "templates"
    js = (templates / "map.js").read_text(encoding="utf-8")
    if re.search(r"</script", js, re.IGNORECASE):
        raise ExportError("the page script cannot be inlined: it contains </script>")
    return Assets(js=js, css=(templates / "map.css").read_text(encoding="utf-8"))


@cache
def leaflet_assets() -> Leaflet:
    """Leaflet's JS and CSS from the xstatic-leaflet package, the CSS's images as data URIs."""
    package = importlib.import_module("xstatic.pkg.leaflet")
    data = resources.files(package) / "data"
    js = (data / "leaflet.js").read_text(encoding="utf-8")
    css = (data / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        image = (data / "images" / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(image).decode()})"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)
    if re.search(r"</script", js, re.IGNORECASE):
        raise ExportError("the packaged Leaflet cannot be inlined: it contains </script>")
    return Leaflet(version=package.VERSION, js=js, css=css)

