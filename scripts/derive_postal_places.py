"""Derive ``gazetteer/data/postal_places.tsv.gz``: villages and localities from GeoNames' postal
code files that no other source of the gazetteer has.

GeoNames' cities500 stops at 500 people, so the villages travellers stay in (a fishing village
on an island, a hamlet by a castle) are missing, and their name goes to a namesake elsewhere.
GeoNames' postal code files (CC BY 4.0) name the locality of every postal code, with a point,
for about a hundred countries: that is where those villages are. SOURCES.md names the
repository, commit and path of the files read.

    python scripts/derive_postal_places.py --postal DIR --gazetteer GAZ.sqlite \
        | gzip -9n > gazetteer/data/postal_places.tsv.gz

``DIR`` holds the ``XX.txt`` files (country, postal code, place name, admin names and codes,
latitude, longitude, accuracy); ``GAZ.sqlite`` is a gazetteer built by this project without
this table (its own postal rows are ignored), used to drop the localities it already has and
to give each kept one the admin1 of its nearest town. The script needs the PyPI package ``names``
0.3.0 (the US Census name lists), which the project itself does not depend on.

What is kept and dropped (rules in order; the first that matches decides):

- A locality is one name in one country: the points of its postal codes within
  ``CLUSTER_KM`` of each other are one place (their mean point). A name left at more than
  ``MAX_SPOTS`` separate spots of one country once the known places are dropped (below) is a
  generic name (a district "Cumhuriyet" or "Centro", a farmstead name that recurs), not a
  place a reader can tell apart: dropped.
- Written as a name: a name in capitals ("SAN CARLOS") is title-cased with its particles in
  lower case; a name in another script than Latin, with a digit, a bracket, a slash or a comma
  (a post office, "Cedex", a box number, two places in one), or with a lower-case word that is
  no name particle is dropped.
- Dropped as a word: one word English text writes often capitalised ("Jupiter", "Aston") or
  mostly in lower case ("Hope"; spaCy's lexeme probabilities, as for the other derived
  tables); in a country whose first language is English, a name whose every word is an English
  word or a region's name ("United", "High Street", "East Texas"); a demonym; and a given name
  or one of the commonest surnames of the US Census lists (package ``names``: "Linda",
  "Maria", "Taylor"), so that a person a thread addresses or names never becomes a village.
- Dropped as known: the gazetteer has a place of the same name within ``SAME_KM`` (the town,
  or a Wikivoyage village, under its own name), or the name is a country's, a continent's, an
  admin1 region's, a travel region's, a natural place's or sight's, or a town's of ``BIG_TOWN``
  people or more anywhere: a bare "Victoria", "Granada" or "Santa Maria delle Grazie" must keep
  meaning the big place or the sight, and a village of the name can only lose.
- Ranking: every row ranks below every other source (boost ``BOOST`` under the lowest town
  prior): a known place of the same name elsewhere keeps the bare name unless the thread's
  country, region or neighbouring places say otherwise.

Only facts are taken: the locality's name, its point and its country.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from derive_sights_nature import demonyms, ordinary, tsv_line
from derive_wikivoyage import COLUMNS, PARTICLES

from gazetteer.geo import distance_km
from gazetteer.normalize import is_latin, normalize_name

CLUSTER_KM = 15.0
MAX_SPOTS = 2
SAME_KM = 40.0
BIG_TOWN = 100_000
BOOST = -0.01
# log P of a word in English text (spaCy's lexeme table): at or above ENGLISH_WORD in lower case
# it is an English word ("valley", "premier"), at or above FREQUENT_NAME capitalised a name
# English text writes often ("Jupiter", "Aston").
ENGLISH_WORD = -15.0
FREQUENT_NAME = -14.0
# The commonest surnames of the US Census list taken as person names (its tail is mostly
# names of places and trades that are no more a person's than a village's).
SURNAMES = 2000
_BIG_KINDS = ("country", "continent", "admin1", "region", "natural", "sight")
_UNWANTED = re.compile(r"[0-9()\[\]/,;&+@#*]|\bCedex\b|\bBP\b|\bP\.?O\.?\b", re.IGNORECASE)


@dataclass(slots=True)
class Spot:
    name: str
    country: str
    lat: float
    lon: float
    codes: int


def person_names() -> frozenset[str]:
    """Given names and the commonest surnames of the US Census lists (package ``names``)."""
    folder = resources.files("names")
    found: set[str] = set()
    for member, limit in (
        ("dist.female.first", None),
        ("dist.male.first", None),
        ("dist.all.last", SURNAMES),
    ):
        lines = (folder / member).read_text(encoding="ascii").splitlines()[:limit]
        found.update(line.split()[0].lower() for line in lines if line.strip())
    return frozenset(found)


def written_name(raw: str) -> str | None:
    """The locality's name as a name is written, or None when it is no place's name."""
    name = " ".join(raw.split())
    if len(name) < 3 or not is_latin(name) or _UNWANTED.search(name):
        return None
    if name.isupper():
        name = " ".join(
            w.lower() if w.lower() in PARTICLES else w[:1] + w[1:].lower() for w in name.split()
        )
        name = name[:1].upper() + name[1:]
    words = name.replace("-", " ").split()
    if any(w[:1].islower() and w not in PARTICLES and "'" not in w for w in words):
        return None
    return name


def postal_rows(folder: Path) -> Iterator[Spot]:
    """Every postal code's locality, point and country, as the files give them."""
    for path in sorted(folder.glob("[A-Z][A-Z].txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 11:
                continue
            name = written_name(fields[2])
            try:
                lat, lon = float(fields[9]), float(fields[10])
            except ValueError:
                continue
            if name and (lat or lon):
                yield Spot(name, fields[0], lat, lon, 1)


def localities(spots: Iterable[Spot]) -> Iterator[Spot]:
    """One spot per place: a name's postal codes near each other merged into their mean point."""
    by_name: dict[tuple[str, str], list[Spot]] = defaultdict(list)
    for spot in spots:
        by_name[(spot.country, normalize_name(spot.name))].append(spot)
    for group in by_name.values():
        merged: list[Spot] = []
        for spot in group:
            near = next(
                (m for m in merged if distance_km(m.lat, m.lon, spot.lat, spot.lon) <= CLUSTER_KM),
                None,
            )
            if near is None:
                merged.append(Spot(spot.name, spot.country, spot.lat, spot.lon, 1))
            else:
                total = near.codes + 1
                near.lat = (near.lat * near.codes + spot.lat) / total
                near.lon = (near.lon * near.codes + spot.lon) / total
                near.codes = total
        yield from merged


class Known:
    """The places a gazetteer already holds, by name key, and its towns for admin1."""

    def __init__(self, path: Path) -> None:
        from scipy.spatial import cKDTree

        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        towns = self.con.execute(
            "SELECT lat, lon, country_code, admin1 FROM places WHERE kind = 'city' "
            "AND id NOT LIKE 'postal:%'"
        ).fetchall()
        self.towns = [(cc or "", a1 or "") for _, _, cc, a1 in towns]
        self.tree = cKDTree([(lat, lon * math.cos(math.radians(lat))) for lat, lon, *_ in towns])

    def has(self, key: str, lat: float, lon: float) -> bool:
        """A place of this name within ``SAME_KM``, or one a bare name must keep meaning (a
        country, continent, admin1 or travel region, a natural place or sight, a town of
        ``BIG_TOWN`` people)."""
        rows = self.con.execute(
            "SELECT p.lat, p.lon, p.kind, p.population FROM names n "
            "JOIN places p ON p.pid = n.pid WHERE n.key = ? AND p.id NOT LIKE 'postal:%'",
            (key,),
        )
        return any(
            kind in _BIG_KINDS or population >= BIG_TOWN or distance_km(lat, lon, a, b) <= SAME_KM
            for a, b, kind, population in rows
        )

    def admin1(self, country: str, lat: float, lon: float) -> str:
        """The admin1 of the nearest town of the same country (within about 100 km)."""
        distance, index = self.tree.query((lat, lon * math.cos(math.radians(lat))))
        town_country, admin1 = self.towns[index]
        return admin1 if distance < 1.0 and town_country == country else ""


class Words:
    """What English text writes: spaCy's English lexeme probabilities (package
    spacy-lookups-data, as ``itinerary.nlp.wordcase`` reads them), the names of the regions a
    gazetteer holds, and the countries whose first language is English (GeoNames'
    countries.json), where a locality named in English words is named like a thing."""

    def __init__(self, known: Known) -> None:
        from gazetteer import sources

        nations = json.loads(
            (sources.geonames_data_dir() / "countries.json").read_text(encoding="utf-8")
        )
        self.english = frozenset(
            code for code, row in nations.items() if row["languages"].startswith("en")
        )
        data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
        with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            self.prob: dict[str, float] = json.load(handle)
        self.regions = frozenset(
            key
            for (key,) in known.con.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid = n.pid "
                "WHERE p.kind IN ('country', 'continent', 'admin1')"
            )
        )

    def generic(self, name: str, country: str) -> bool:
        """A name English text holds for something else than a village: one word English
        writes often capitalised ("Jupiter", "Gotham", "Aston": a planet, a nickname, a firm)
        or mostly in lower case ("Hope"); in an English-speaking country, a name whose every
        word is an English word ("United", "North Street", "Box Elder") or a region's name
        ("East Texas", "Mississippi State"). Elsewhere such words are the country's own ("La
        Manga", "Agua Dulce")."""
        words = [w for w in name.replace("-", " ").split() if w.lower() not in PARTICLES]
        if len(words) == 1 and (
            ordinary(words[0]) or self.prob.get(words[0], -99.0) >= FREQUENT_NAME
        ):
            return True
        return country in self.english and all(
            ordinary(w)
            or self.prob.get(w.lower(), -99.0) >= ENGLISH_WORD
            or normalize_name(w) in self.regions
            for w in words
        )


def rows(spots: Iterable[Spot], known: Known) -> Iterator[tuple[str, ...]]:
    peoples, persons, words = demonyms(), person_names(), Words(known)
    for spot in spots:
        lowered = spot.name.lower()
        if words.generic(spot.name, spot.country) or lowered in peoples or lowered in persons:
            continue
        lat, lon = round(spot.lat, 4), round(spot.lon, 4)
        if known.has(normalize_name(spot.name), lat, lon):
            continue
        yield (
            f"postal:{spot.country}:{normalize_name(spot.name).replace(' ', '_')}:{lat:g}:{lon:g}",
            spot.name,
            "city",
            "",
            spot.country,
            known.admin1(spot.country, lat, lon),
            f"{lat:g}",
            f"{lon:g}",
            f"{BOOST:g}",
            "",
            f"GeoNames postal codes {spot.country}",
        )


HEADER = """\
# Villages and localities of GeoNames' postal code files that the other sources lack, derived
# by scripts/derive_postal_places.py (GeoNames, CC BY 4.0; see SOURCES.md). Columns as
# wikivoyage.tsv.gz; `id` is the full place id. Do not edit by hand: fix the script.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postal", type=Path, required=True)
    parser.add_argument("--gazetteer", type=Path, required=True)
    args = parser.parse_args(argv)
    out = sys.stdout
    out.write(HEADER)
    out.write("\t".join(COLUMNS) + "\n")
    spots = sorted(
        localities(postal_rows(args.postal)), key=lambda s: (s.country, s.name, s.lat, s.lon)
    )
    new = list(rows(spots, Known(args.gazetteer)))
    spread = Counter((fields[4], normalize_name(fields[1])) for fields in new)
    for fields in new:
        if spread[(fields[4], normalize_name(fields[1]))] <= MAX_SPOTS:
            out.write(tsv_line(fields))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
