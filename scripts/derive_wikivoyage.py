"""Derive ``gazetteer/data/wikivoyage.tsv.gz`` from English Wikivoyage's destination articles.

Wikivoyage has an article, with one coordinate, for most places a traveller writes about: towns
and villages too small for GeoNames' cities500, national parks, islands, valleys, districts.
SOURCES.md names the repository, commit and path of the two raw exports (wikivoyage-map's node
files of 2024: title, lat, lng, byline; wikiscripts' CSV of 2015: title, coordinate, the
coordinate's geohack type, article text). This script keeps what cities500, the curated tables
and the derived sights-and-nature layer lack, and writes the compact table the gazetteer builds
from.

    python scripts/derive_wikivoyage.py --nodes DIR --export enwikivoyage.csv \
        --gazetteer GAZ.sqlite | gzip -9n > gazetteer/data/wikivoyage.tsv.gz

``DIR`` holds the ``*.json`` node files; ``GAZ.sqlite`` is a gazetteer built by this project
(its own Wikivoyage rows are ignored), used to drop the articles it already has and to give
each kept one the country and admin1 of its nearest town. An article of both exports, or one
place under two titles near each other, is kept once (the newer export first).

What is kept and dropped (rules in order; the first that matches decides):

- Kind: the title's head decides first ("... National Park" a park, "Isle of ..." an island,
  "... County" a region: ``TITLE_KINDS``), then a Wikivoyage disambiguation that names a kind
  ("Victoria (state)"), then the noun the article's first sentence puts the place in ("is a
  small fishing village", "is an island": ``BYLINE_KINDS``), then the 2015 export's geohack
  type (``GEOHACK_KINDS``; a country is skipped), then "X is in/near Y": a town. An
  article none of these classify (itineraries, travel topics) is dropped, as are titles that
  read as topics: a lower-case word that is no name particle ("Hiking in the East Bay") or two
  places in one ("Clydach and Pontardawe").
- Name: the title less its disambiguation, which names the containing region: "Armadale
  (Skye)" is Armadale, placed on Skye. A park, reserve or forest is also found by its bare name
  ("Lahemaa" for "Lahemaa National Park") when that is written like a name, is no ordinary
  English word and is no town's or region's name (``derive_sights_nature.distinctive``).
- Dropped as already known: the gazetteer has a place of the same name within ``SAME_KM`` (the
  town, the park or the island under its own name), an admin1 region of the name within
  ``REGION_KM`` or a country of it ("Hawaii", "Canary Islands"), unless the row brings a bare
  name the gazetteer lacks: the build then adds that spelling to the known place
  (``gazetteer.sources``). So is a town or region named as a known one with a generic head
  ("Lagos State", "Lagos City": ``ADMIN_HEADS``).
- Dropped as a word: a one-word name English mostly writes in lower case ("Teller"), a demonym
  (a longer name is a capitalised run of words in running text: a name).
- Ranking: every row ranks below the places of the other sources (``BOOSTS``): a Wikivoyage
  town is at the lowest town prior, so a cities500 town of the same name elsewhere keeps the
  bare name unless the thread's country or region says otherwise.

Only facts are taken from the articles (title, coordinate, the kind of place); no text.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from derive_sights_nature import demonyms, distinctive, ordinary, populated_names, tsv_line

from gazetteer.geo import distance_km
from gazetteer.normalize import normalize_name

# A title's head -> (kind, feature); checked in order, the first match wins.
TITLE_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        r"\b(?:National|State|Provincial|Regional|Natural|Marine|Nature|Forest|Game|Wildlife|"
        r"Biosphere|Conservation|Historical|Historic) (?:Park|Reserve|Reserves|Preserve|Refuge|"
        r"Sanctuary|Area|Recreation Area|Seashore|Lakeshore|Monument|Forest|Site)s?$"
        r"|\bNational Park\b|\bGeopark$|^Parc |^Parque |\bNationalpark$",
        "natural",
        "park",
    ),
    (r"\bNational Forest$|\bForest$|\bRainforest$|\bWoods$", "natural", "forest"),
    (
        r"^(?:Isle|Isla|Ile|Île|Ilha|Isola) |^(?:Pulau|Koh|Ko|Nusa|Gili) "
        r"|\b(?:Island|Islands|Isles|Isle|Archipelago|Atoll|Cays|Keys)$",
        "natural",
        "island",
    ),
    (r"^(?:Lake|Loch|Lago|Lac) |\bLake$|\bLakes$", "natural", "lake"),
    (r"\b(?:Mountains|Range|Alps|Hills|Highlands)$", "natural", "range"),
    (
        r"^(?:Mount|Mt\.?|Monte|Mont|Cerro|Pico|Gunung) |\b(?:Mountain|Peak|Volcano)$",
        "natural",
        "mountain",
    ),
    (r"\b(?:Canyon|Gorge)$", "natural", "gorge"),
    (r"\bValley$", "natural", "valley"),
    (r"\b(?:Falls|Waterfall)$", "natural", "waterfall"),
    (r"\bBeach$", "natural", "beach"),
    (r"\bDesert$", "natural", "desert"),
    (r"\bCaves?$", "natural", "cave"),
    (r"\bGlacier$", "natural", "glacier"),
    (r"\bPeninsula$|^Cape ", "natural", "cape"),
    (r"\b(?:Castle|Palace|Fortress|Fort)$", "sight", "castle"),
    (r"\b(?:Temple|Monastery|Abbey)$", "sight", "temple"),
    (r"\b(?:Ruins|Archaeological Site|Archaeological Park)$", "sight", "ruins"),
    (
        r"\b(?:County|Province|Region|District|Prefecture|Department|Division|Governorate|"
        r"Oblast|Krai|Canton|Shire|Coast|Riviera|Country|Lowlands|Uplands)$",
        "region",
        "",
    ),
)
# A disambiguation that names a kind rather than the containing place: "Victoria (state)".
DISAMBIGUATION_KINDS: dict[str, tuple[str, str]] = {
    "state": ("region", ""),
    "province": ("region", ""),
    "region": ("region", ""),
    "county": ("region", ""),
    "district": ("region", ""),
    "prefecture": ("region", ""),
    "island": ("natural", "island"),
    "city": ("city", ""),
    "town": ("city", ""),
    "village": ("city", ""),
}
# The noun the first sentence puts the place in ("X is a small fishing village in ...").
BYLINE_KINDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        (
            "city",
            "town",
            "village",
            "hamlet",
            "capital",
            "municipality",
            "resort",
            "port",
            "community",
            "suburb",
            "township",
            "settlement",
            "commune",
            "parish",
            "spa",
            "metropolis",
            "oasis",
            "borough",
        ),
        ("city", ""),
    ),
    **dict.fromkeys(
        (
            "region",
            "area",
            "county",
            "province",
            "state",
            "district",
            "neighbourhood",
            "neighborhood",
            "quarter",
        ),
        ("region", ""),
    ),
    **dict.fromkeys(("island", "islands", "archipelago", "atoll"), ("natural", "island")),
    **dict.fromkeys(("park", "reserve"), ("natural", "park")),
    "forest": ("natural", "forest"),
    "mountain": ("natural", "mountain"),
    "peak": ("natural", "mountain"),
    "volcano": ("natural", "volcano"),
    "range": ("natural", "range"),
    "lake": ("natural", "lake"),
    "beach": ("natural", "beach"),
    "valley": ("natural", "valley"),
    "canyon": ("natural", "gorge"),
    "gorge": ("natural", "gorge"),
    "desert": ("natural", "desert"),
    "peninsula": ("natural", "cape"),
    "cave": ("natural", "cave"),
    "glacier": ("natural", "glacier"),
    "waterfall": ("natural", "waterfall"),
    "site": ("sight", "site"),
    "ruins": ("sight", "ruins"),
    "temple": ("sight", "temple"),
    "monastery": ("sight", "temple"),
    "castle": ("sight", "castle"),
}
_BYLINE_NOUN = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the|one of the)\s+(?:[\w'-]+\s+){0,4}?("
    + "|".join(sorted(BYLINE_KINDS, key=len, reverse=True))
    + r")\b"
)
_BYLINE_WHERE = re.compile(r"^[^.]*?\b(?:is|are)\s+(?:in|on|near|located|situated|about)\b")
# Lower-case words a place's name may hold; any other makes the title a topic.
PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "delle",
        "dei",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "of",
        "the",
        "upon",
        "on",
        "am",
        "an",
        "im",
        "bei",
        "sur",
        "y",
        "e",
        "en",
        "i",
        "van",
        "von",
        "der",
        "den",
        "al",
        "ad",
        "na",
        "nad",
        "pod",
        "op",
        "aan",
        "sul",
        "zu",
        "ob",
    ]
)
# Park-like heads after a bare name ("Lahemaa National Park" -> "Lahemaa").
_PARK_TAIL = re.compile(
    r"^(.+?)\s+(?:National|State|Provincial|Regional|Marine|Nature|Forest|Game|Wildlife)\s+"
    r"(?:Park|Reserve|Preserve|Refuge|Sanctuary|Forest)$"
)
_BIG_KINDS = frozenset({"country", "continent"})
REGION_KM = 1000.0
# A generic head after a known place's name, and the kinds of place it names: "Lagos State"
# is the admin1 region Lagos, "Lagos City" the town; "Alpine County" is no town Alpine.
ADMIN_HEADS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        r"^(.+?) (?:State|Province|Region|Governorate|Division|Prefecture|Department|Oblast)$",
        frozenset({"admin1", "admin2", "region"}),
    ),
    (r"^(.+?) (?:County|District|Municipality)$", frozenset({"admin2", "region"})),
    (r"^(.+?) (?:City|Town)$", frozenset({"city"})),
)
SAME_KM = {"city": 40.0, "region": 400.0, "natural": 40.0, "sight": 15.0}
# Priors below every other source: the lowest town, then feature kinds under the derived layer.
BOOSTS = {"city": 0.0, "region": -0.47, "natural": -0.3, "sight": -0.15}


@dataclass(slots=True)
class Row:
    id: str
    name: str
    kind: str
    feature: str
    country: str
    admin1: str
    lat: float
    lon: float
    aliases: list[str]
    source: str


def kind_of(title: str, qualifier: str, byline: str, geohack: str = "") -> tuple[str, str] | None:
    for pattern, kind, feature in TITLE_KINDS:
        if re.search(pattern, title):
            return kind, feature
    if qualifier.lower() in DISAMBIGUATION_KINDS:
        return DISAMBIGUATION_KINDS[qualifier.lower()]
    first = byline.split(". ")[0]
    match = _BYLINE_NOUN.search(first)
    if match:
        return BYLINE_KINDS[match.group(1)]
    if geohack:
        return GEOHACK_KINDS.get(geohack)
    if _BYLINE_WHERE.search(first):
        return "city", ""
    return None


def topic(name: str) -> bool:
    """A title that reads as a travel topic or a pair of places, not one place's name."""
    words = name.replace("-", " ").split()
    return (
        " and " in name
        or " & " in name
        or any(w[:1].islower() and w not in PARTICLES for w in words)
        or any(ch.isdigit() for ch in name)
    )


class Known:
    """The places a gazetteer already holds, by name key, and its towns for country/admin1."""

    def __init__(self, path: Path) -> None:
        from scipy.spatial import cKDTree

        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        towns = self.con.execute(
            "SELECT lat, lon, country_code, admin1 FROM places WHERE kind = 'city' "
            "AND id NOT LIKE 'wikivoyage:%'"
        ).fetchall()
        self.towns = [(cc or "", a1 or "") for _, _, cc, a1 in towns]
        self.tree = cKDTree([(lat, lon * math.cos(math.radians(lat))) for lat, lon, *_ in towns])

    def has(
        self, key: str, lat: float, lon: float, km: float, kinds: frozenset[str] | None = None
    ) -> bool:
        """A place of this name (of one of ``kinds``) within ``km``, an admin1 region of it
        within ``REGION_KM`` (an article's point can lie far from the region's centre:
        "Hawaii"), or a country."""
        rows = self.con.execute(
            "SELECT p.lat, p.lon, p.kind FROM names n JOIN places p ON p.pid = n.pid "
            "WHERE n.key = ? AND p.id NOT LIKE 'wikivoyage:%'",
            (key,),
        )
        return any(
            (kinds is None or kind in kinds)
            and (
                kind in _BIG_KINDS
                or distance_km(lat, lon, a, b) <= (REGION_KM if kind == "admin1" else km)
            )
            for a, b, kind in rows
        )

    def under_head(self, name: str, lat: float, lon: float) -> bool:
        """The name is a known town or admin region's with its generic head ("Lagos State",
        "Lagos City" for Lagos; ``ADMIN_HEADS``)."""
        for pattern, kinds in ADMIN_HEADS:
            match = re.match(pattern, name)
            if match and self.has(normalize_name(match.group(1)), lat, lon, REGION_KM, kinds):
                return True
        return False

    def where(self, lat: float, lon: float) -> tuple[str, str]:
        distance, index = self.tree.query((lat, lon * math.cos(math.radians(lat))))
        return self.towns[index] if distance < 1.0 else ("", "")


# The geohack "type" of an article's coordinate (older export) -> (kind, feature); None: skip.
GEOHACK_KINDS: dict[str, tuple[str, str] | None] = {
    "city": ("city", ""),
    "adm": ("region", ""),
    "landmark": ("sight", "site"),
    "isle": ("natural", "island"),
    "mountain": ("natural", "mountain"),
    "pass": ("natural", "pass"),
    "river": ("natural", "river"),
    "waterbody": ("natural", "lake"),
    "forest": ("natural", "forest"),
    "country": None,
    "airport": None,
    "event": None,
}


def nodes(folder: Path) -> Iterator[dict]:
    """The articles of wikivoyage-map's node files: title, lat, lng, byline."""
    for path in sorted(folder.glob("*.json")):
        yield from json.loads(path.read_text(encoding="utf-8")).values()


def export_rows(path: Path) -> Iterator[dict]:
    """The articles of wikiscripts' CSV export (TITLE, LATITUDE, LONGITUDE, REMARKS with the
    coordinate's geohack type, CONTENT), as nodes: the first sentence is the byline."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                lat, lng = float(row["LATITUDE"]), float(row["LONGITUDE"])
            except (TypeError, ValueError):
                continue
            geohack = re.search(r"Type: ([a-z]+)", row.get("REMARKS") or "")
            yield {
                "title": row["TITLE"],
                "lat": lat,
                "lng": lng,
                "byline": (row.get("CONTENT") or "").split(". ")[0],
                "type": geohack.group(1) if geohack else "",
            }


def rows(articles: Iterable[dict], known: Known, towns: frozenset[str]) -> Iterator[Row]:
    peoples = demonyms()
    for node in articles:
        title = str(node.get("title") or "")
        lat, lon = node.get("lat"), node.get("lng")
        if not title or lat is None or lon is None:
            continue
        match = re.fullmatch(r"(.+?) \((.+)\)", title)
        name, qualifier = (match.group(1), match.group(2)) if match else (title, "")
        if topic(name) or ordinary(name) or name.lower() in peoples:
            continue
        found = kind_of(name, qualifier, str(node.get("byline") or ""), node.get("type", ""))
        if found is None:
            continue
        kind, feature = found
        lat, lon = round(float(lat), 4), round(float(lon), 4)
        aliases = []
        bare = _PARK_TAIL.match(name)
        if (
            bare
            and not ordinary(bare.group(1))
            and distinctive(bare.group(1), towns)
            and not known.has(normalize_name(bare.group(1)), lat, lon, SAME_KM[kind])
        ):
            aliases.append(bare.group(1))
        if known.has(normalize_name(name), lat, lon, SAME_KM[kind]) and not aliases:
            continue  # a known park with a new bare name stays: the build merges the two
        if kind in ("city", "region") and known.under_head(name, lat, lon):
            continue
        country, admin1 = known.where(lat, lon)
        yield Row(
            id="wikivoyage:" + title.replace(" ", "_"),
            name=name,
            kind=kind,
            feature=feature,
            country=country,
            admin1=admin1 if kind != "region" else "",
            lat=lat,
            lon=lon,
            aliases=aliases,
            source=f"Wikivoyage: {title}",
        )


HEADER = """\
# Towns, villages, parks, islands and regions of English Wikivoyage that the other sources lack,
# derived by scripts/derive_wikivoyage.py (titles and coordinates of Wikivoyage articles, CC BY-SA
# 3.0; see SOURCES.md). Columns as regions.tsv plus admin1; `id` is the full place id. Do not
# edit by hand: fix the script or add a row to regions.tsv.
"""
COLUMNS = (
    "id",
    "name",
    "kind",
    "feature",
    "country",
    "admin1",
    "lat",
    "lon",
    "boost",
    "aliases",
    "source",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=Path, required=True)
    parser.add_argument("--export", type=Path, required=True)
    parser.add_argument("--gazetteer", type=Path, required=True)
    args = parser.parse_args(argv)
    out = sys.stdout
    out.write(HEADER)
    out.write("\t".join(COLUMNS) + "\n")
    seen: set[str] = set()
    kept: dict[str, list[Row]] = {}
    articles = itertools.chain(nodes(args.nodes), export_rows(args.export))
    for row in rows(articles, Known(args.gazetteer), populated_names()):
        key = normalize_name(row.name)
        if row.id in seen or any(
            distance_km(row.lat, row.lon, o.lat, o.lon) <= SAME_KM[row.kind]
            for o in kept.get(key, ())
        ):
            continue  # the newer export's article, or the same place under another title
        seen.add(row.id)
        kept.setdefault(key, []).append(row)
        out.write(row_line(row))
    return 0


def write_rows(header: str, rows: Iterable[Row]) -> None:
    """A derived table on standard output: its header comment, the column line, the rows."""
    out = sys.stdout
    out.write(header)
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        out.write(row_line(row))


def row_line(row: Row) -> str:
    """One row of the table, in ``COLUMNS`` order (the Wikipedia layer writes the same)."""
    return tsv_line((
        row.id,
        row.name,
        row.kind,
        row.feature,
        row.country,
        row.admin1,
        f"{row.lat:g}",
        f"{row.lon:g}",
        f"{BOOSTS[row.kind]:g}",
        "|".join(row.aliases),
        row.source,
    ))


if __name__ == "__main__":
    raise SystemExit(main())
