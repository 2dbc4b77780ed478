"""Derive ``gazetteer/data/stations.tsv.gz`` from Trainline's European station list.

    python scripts/derive_stations.py --stations stations.csv --gazetteer GAZ.sqlite \
        | gzip -9n > gazetteer/data/stations.tsv.gz

``stations.csv`` is Trainline's open list of European railway stations (SOURCES.md names the
repository, commit and licence): name, point, country, and flags for the stations its booking
site suggests. Travellers name a city's big stations as places of their own ("we got into
Roma Termini", "the train from Gare du Nord", "Amsterdam Centraal"): those become sights of the
feature ``station``. ``GAZ.sqlite`` is a gazetteer this project built without the table: it
tells which words of a station's name are its town.

Rules (classes, no names by hand), in order:

- a station the booking site suggests, not a city's meta entry, with a name in Latin script and
  no digit, bracket, comma or slash; of rows with one name, the main station first;
- the name must start with a town the gazetteer has within ``TOWN_KM`` ("Madrid" of "Madrid
  Atocha", "London" of "London Kings Cross", "Amsterdam" of "Amsterdam-Centraal") and go on
  after it: a station named as its town alone ("Kingham") is the town already, and gives no
  row. The rest alone is no name of the station (it is often the district: "Atocha");
- the names a traveller writes: the name as listed; the town's English name with the rest
  ("Rome Termini" for "Roma Termini"); each with "Station" after it; the rest with "Station"
  ("Atocha Station", "Kings Cross Station") unless the rest is a word every city's station has
  ("Centrale", "Hbf", "Nord"); a "central" rest in English ("Milan Central Station"), "Hbf" as
  "Hauptbahnhof"; a French "Gare ..." rest alone ("Gare du Nord"), which names one station;
- a spelling that rows more than ``AMBIGUOUS_KM`` apart share ("Victoria Station" of London
  and of Manchester) is dropped from them all; a row the gazetteer has by its name within
  ``SAME_KM`` is left out.

Rows rank as the Wikipedia layer's sights do (0.25), below every other source: every spelling
holds the word "Station" or the station's own name, so no town loses its name to a station.
Only the names, points and countries are taken (facts).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from derive_wikivoyage import Known, Row, write_rows

from gazetteer.geo import distance_km
from gazetteer.normalize import is_latin, normalize_name
from gazetteer.store import Gazetteer

TOWN_KM = 15.0
SAME_KM = 2.0
AMBIGUOUS_KM = 40.0

HEADER = """\
# Railway stations of European cities, derived by scripts/derive_stations.py from Trainline's
# station list (ODbL; see SOURCES.md). Columns as regions.tsv plus admin1; `id` is the full
# place id. Do not edit by hand: fix the script.
"""

# Rests every city's station has: no "X Station" form alone ("Centrale Station" is any city's).
GENERIC_RESTS = frozenset(
    normalize_name(word)
    for word in [
        "Centrale",
        "Centraal",
        "Central",
        "Centrum",
        "Hbf",
        "Hauptbahnhof",
        "Bahnhof",
        "Nord",
        "Sud",
        "Süd",
        "Est",
        "Ost",
        "Ouest",
        "West",
        "North",
        "South",
        "East",
        "Station",
        "Gare",
        "Stazione",
        "Estación",
        "Airport",
        "Aeroporto",
        "Aéroport",
        "Flughafen",
        "Ville",
        "Centre",
        "Center",
        "Town",
        "City",
        "Port",
        "Porto",
        "Puerto",
        "Hafen",
        "Strand",
        "Plage",
        "Mare",
        "Bus",
    ]
)
CENTRAL_RESTS = frozenset(
    normalize_name(w) for w in ("Centrale", "Centraal", "Central", "Centrum", "Hbf", "Hauptbahnhof")
)
HBF = normalize_name("Hbf")


def stations(path: Path) -> list[dict[str, str]]:
    """The listed stations travellers can book, main stations first."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            row
            for row in csv.DictReader(handle, delimiter=";")
            if row["is_city"] != "t"
            and row["is_suggestable"] == "t"
            and row["latitude"]
            and row["longitude"]
            and is_latin(row["name"])
            and not any(ch.isdigit() or ch in "(),/" for ch in row["name"])
        ]
    rows.sort(key=lambda row: row["is_main_station"] != "t")
    return rows


def words_of(name: str) -> list[str]:
    """The name's words, its separators ("-", " - ", "—") read as spaces."""
    return name.replace("—", " ").replace(" - ", " ").replace("-", " ").split()


def town_split(gaz: Gazetteer, name: str, lat: float, lon: float) -> tuple[str, str, str] | None:
    """(town as written, town's display name, rest) for the longest town prefix near the point."""
    words = words_of(name)
    for size in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:size])
        for place in gaz.lookup(prefix, kinds=("city",)):
            if distance_km(lat, lon, place.lat, place.lon) <= TOWN_KM:
                return prefix, place.name, " ".join(words[size:])
    return None


def spellings(name: str, town: str, display: str, rest: str) -> list[str]:
    """The forms of the name travellers write (the module's docstring lists them)."""
    heads = dict.fromkeys((town, display))
    forms = [name]
    key = normalize_name(rest)
    for head in heads:
        forms += [f"{head} {rest}", f"{head} {rest} Station"]
        if key in CENTRAL_RESTS:
            forms += [f"{head} Central Station", f"{head} Central"]
        if key == HBF:
            forms += [f"{head} Hauptbahnhof"]
    if key not in GENERIC_RESTS and rest[:1].isupper():
        forms.append(f"{rest} Station")
    if rest.split()[0] == "Gare" and len(rest.split()) > 1:
        forms.append(rest)
    return list(dict.fromkeys(forms))


def derive(path: Path, gaz: Gazetteer, known: Known) -> list[Row]:
    kept: list[tuple[Row, set[str]]] = []
    seen: set[str] = set()
    for station in stations(path):
        name = station["name"]
        lat, lon = round(float(station["latitude"]), 4), round(float(station["longitude"]), 4)
        if normalize_name(name) in seen:
            continue
        seen.add(normalize_name(name))
        split = town_split(gaz, name, lat, lon)
        if split is None:
            continue
        if known.has(normalize_name(name), lat, lon, SAME_KM):
            continue
        forms = spellings(name, *split)
        country, admin1 = known.where(lat, lon)
        row = Row(
            id=f"trainline:{station['id']}",
            name=name,
            kind="sight",
            feature="station",
            country=country or station["country"],
            admin1=admin1,
            lat=lat,
            lon=lon,
            aliases=forms[1:],
            source=f"Trainline stations: {station['id']}",
        )
        kept.append((row, {normalize_name(f) for f in forms}))
    return _unshared(kept)


def _unshared(rows: list[tuple[Row, set[str]]]) -> list[Row]:
    """Rows less the spellings that rows far apart share (a row losing its name goes)."""
    by_key: dict[str, list[Row]] = defaultdict(list)
    for row, keys in rows:
        for key in keys:
            by_key[key].append(row)
    shared = {
        key
        for key, holders in by_key.items()
        if any(
            distance_km(holders[0].lat, holders[0].lon, h.lat, h.lon) > AMBIGUOUS_KM
            for h in holders[1:]
        )
    }
    out = []
    for row, _ in rows:
        if normalize_name(row.name) in shared:
            continue
        row.aliases = [a for a in row.aliases if normalize_name(a) not in shared]
        out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=Path, required=True)
    parser.add_argument("--gazetteer", type=Path, required=True)
    args = parser.parse_args(argv)
    with Gazetteer(args.gazetteer) as gaz:
        rows = derive(args.stations, gaz, Known(args.gazetteer))
    write_rows(HEADER, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
