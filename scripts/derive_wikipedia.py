"""Derive ``gazetteer/data/wikipedia_features.tsv.gz`` from geotagged Wikipedia articles.

    python scripts/derive_wikipedia.py --wiki es=es.json --wiki fr=fr.json --gazetteer GAZ.sqlite \
        | gzip -9n > gazetteer/data/wikipedia_features.tsv.gz

Each ``--wiki LANG=FILE`` is one language's file of wikipediamap (SOURCES.md names the
repository and commit): article titles and coordinates of that Wikipedia, from DBpedia. The
articles whose title starts with a generic head of ``gazetteer/data/generics.tsv`` in that
language ("Isla Navarino", "Glaciar Lituya", "Cueva de Altamira", "Passo Giau") become natural
places and sights of the head's kind and feature; the build gives each its English forms
("Navarino Island", "Lituya Glacier") and its country's local ones from the same table.
``GAZ.sqlite`` is a gazetteer this project built without the table: a row the gazetteer has
already is dropped, and each row takes the country and admin1 of the nearest town.

Rules (classes, no names by hand), in order:

- a title with a disambiguation ("Isla Fitzroy (Queensland)") is read without it; a title in
  another script, with a digit, or with no generic head of the language is left out;
- a name or English form that names a town, country or travel region (GeoNames' cities500 with
  its alternate names; ``regions.tsv``) leaves the row out: "Playa del Carmen", "Monte Carlo"
  and "Valle de Bravo" are towns, and the town must keep its name;
- a row the gazetteer has by one of its spellings near it (a natural place, sight or region
  within 40 km, 15 km for a sight) is left out;
- a spelling that rows more than 40 km apart share ("Castillo de San Felipe" in several
  countries) leaves them all out: the name alone cannot say which is meant.

Every row ranks below the other sources, as Wikivoyage's do: natural places at 0.28, sights at
0.25. Only titles, coordinates and the kind of place the title says are taken (facts), no text.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from derive_sights_nature import populated_names
from derive_wikivoyage import SAME_KM, Known, Row, write_rows

from gazetteer.geo import distance_km
from gazetteer.normalize import is_latin, normalize_name
from gazetteer.sources import (
    GENERICS,
    Generic,
    country_languages,
    generic_forms,
    generics,
    read_table,
)

FEATURE_KINDS = frozenset({"natural", "sight", "region"})
AMBIGUOUS_KM = 40.0

HEADER = """\
# Natural places and sights of Spanish and French Wikipedia whose title starts with a generic head
# of generics.tsv, derived by scripts/derive_wikipedia.py (titles and coordinates of Wikipedia
# articles via DBpedia, CC BY-SA 3.0; see SOURCES.md). Columns as regions.tsv plus admin1; `id`
# is the full place id. Do not edit by hand: fix the script or add a row to regions.tsv.
"""


def articles(path: Path) -> Iterator[tuple[str, float, float]]:
    """(title, lat, lon) of every article of one wikipediamap file (its layers are by size)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for layer in data["layers"]:
        for lat, lon, title in layer:
            yield str(title).replace("_", " "), float(lat), float(lon)


def head_of(name: str, language: str, table: Iterable[Generic]) -> Generic | None:
    """The generic whose longest head of ``language`` the name starts with."""
    best: tuple[int, Generic] | None = None
    folded = name.casefold()
    for generic in table:
        for head in generic.local.get(language, ()):
            prefix = head.casefold() + ("" if head.endswith("'") else " ")
            longer = best is None or len(prefix) > best[0]
            if longer and folded.startswith(prefix) and len(name) > len(prefix):
                best = (len(prefix), generic)
    return best[1] if best else None


def candidates(
    language: str, path: Path, table: tuple[Generic, ...], kinds: dict[str, str]
) -> Iterator[Row]:
    for title, lat, lon in articles(path):
        name = title.split(" (")[0].strip()
        if not is_latin(name) or any(ch.isdigit() for ch in name):
            continue
        generic = head_of(name, language, table)
        if generic is None:
            continue
        kind = kinds[generic.feature]
        yield Row(
            id=f"wikipedia-{language}:{title.replace(' ', '_')}",
            name=name,
            kind=kind,
            feature=generic.feature,
            country="",
            admin1="",
            lat=round(lat, 4),
            lon=round(lon, 4),
            aliases=[],
            source=f"Wikipedia ({language}): {title}",
        )


def derive(wikis: list[tuple[str, Path]], known: Known, towns: frozenset[str]) -> list[Row]:
    table = generics()
    kinds = {row["feature"]: row["kind"] for row in read_table(GENERICS)}
    languages = country_languages()
    kept: list[tuple[Row, set[str]]] = []
    for language, path in wikis:
        for row in candidates(language, path, table, kinds):
            country, admin1 = known.where(row.lat, row.lon)
            local = languages.get(country)
            spellings = [row.name, *generic_forms(row.name, row.feature, local)]
            keys = {normalize_name(s) for s in spellings}
            if keys & towns:
                continue
            if any(
                known.has(key, row.lat, row.lon, SAME_KM[row.kind], FEATURE_KINDS) for key in keys
            ):
                continue
            row.country, row.admin1 = country, admin1
            kept.append((row, keys))
    return _unambiguous(kept)


def _unambiguous(rows: list[tuple[Row, set[str]]]) -> list[Row]:
    """Rows (with their spellings' keys) less those whose spelling another row far away
    shares; of rows near each other (one place under two titles or in two languages), the
    first."""
    by_key: dict[str, list[Row]] = defaultdict(list)
    for row, keys in rows:
        for key in keys:
            by_key[key].append(row)
    dropped: set[str] = set()
    for holders in by_key.values():
        first = holders[0]
        for other in holders[1:]:
            if distance_km(first.lat, first.lon, other.lat, other.lon) > AMBIGUOUS_KM:
                dropped.update(h.id for h in holders)
                break
            dropped.add(other.id)  # the same place again
    return [row for row, _ in rows if row.id not in dropped]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wiki", action="append", required=True, help="LANG=FILE")
    parser.add_argument("--gazetteer", type=Path, required=True)
    args = parser.parse_args(argv)
    wikis = [(spec.split("=", 1)[0], Path(spec.split("=", 1)[1])) for spec in args.wiki]
    rows = derive(wikis, Known(args.gazetteer), populated_names())
    write_rows(HEADER, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
