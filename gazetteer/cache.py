"""The on-disk memory of online geocoding answers, so a service is asked about a name at most once.

Answers (hits and misses) are kept raw, keyed by service and normalized name; turning them into
places happens on every read, so a better mapping applies to old answers too. Failures are never
stored: the next run asks again. SQLite in WAL mode lets several processes share one file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from gazetteer.errors import GeocodeCacheError
from gazetteer.store import check_name

ENV_PATH = "ITINERARY_GEOCODE_CACHE"
# "ITGC" (itinerary geocode cache): tells our file from any other SQLite database.
_APPLICATION_ID = 0x49544743
_SCHEMA_VERSION = 2
_BUSY_TIMEOUT_MS = 10_000
_TABLES = {
    "answers": """
        CREATE TABLE answers (
            service TEXT NOT NULL,
            key TEXT NOT NULL,
            query TEXT NOT NULL,
            answer TEXT,
            stored_at REAL NOT NULL,
            PRIMARY KEY (service, key)
        ) WITHOUT ROWID""",
    # When each service was last asked, by any process using this file.
    "slots": "CREATE TABLE slots (service TEXT PRIMARY KEY, asked_at REAL NOT NULL)",
}


def default_cache_path() -> Path:
    """``$ITINERARY_GEOCODE_CACHE``, else beside the gazetteer in the user's cache directory."""
    override = os.environ.get(ENV_PATH)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_cache_path("itinerary") / "geocode-cache.sqlite3"


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    """What a service said about a name: its raw answer, or ``None`` when it knew no such place."""

    answer: dict[str, Any] | None
    stored_at: float


class GeocodeCache(AbstractContextManager["GeocodeCache"]):
    """A SQLite file of raw answers; safe to share between threads and processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                path, timeout=_BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
            )
        except (OSError, sqlite3.Error) as error:
            raise GeocodeCacheError(f"cannot open geocode cache {path}: {error}") from error
        try:
            self._prepare()
        except GeocodeCacheError:
            self._conn.close()
            raise
        except sqlite3.Error as error:
            self._conn.close()
            raise GeocodeCacheError(
                f"cannot use geocode cache {path}: {error}; delete the file to start afresh"
            ) from error

    def _prepare(self) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        with self._transaction():
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != _APPLICATION_ID and tables:
                raise GeocodeCacheError(
                    f"{self.path} is not an itinerary geocode cache; choose another path"
                )
            if version != _SCHEMA_VERSION:
                # A cache from another schema holds nothing worth migrating: ask again.
                for table, create in _TABLES.items():
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
                    conn.execute(create)
                conn.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
        _use_wal(conn)
        # In WAL mode this still never corrupts the file; a power cut may lose the last answers,
        # which a cache can afford, and commits skip an fsync each.
        conn.execute("PRAGMA synchronous = NORMAL")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A write transaction that takes the file's lock at once, so read-then-write is atomic
        across processes."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def get(self, service: str, name: str) -> CachedAnswer | None:
        """The stored answer, or ``None`` when this service was never asked about the name."""
        key = check_name(name)  # "Røros", "ROROS" and "Roros" share one answer
        with self._guard("read"):
            row = self._conn.execute(
                "SELECT answer, stored_at FROM answers WHERE service = ? AND key = ?",
                (service, key),
            ).fetchone()
        if row is None:
            return None
        return CachedAnswer(None if row[0] is None else json.loads(row[0]), row[1])

    def put(self, service: str, name: str, answer: dict[str, Any] | None) -> None:
        """Store a hit (the raw answer) or a miss (``None``); the last answer for a name wins."""
        row = (
            service,
            check_name(name),
            name,
            None if answer is None else json.dumps(answer, ensure_ascii=False),
            time.time(),
        )
        with self._guard("write"):
            self._conn.execute(
                "INSERT OR REPLACE INTO answers (service, key, query, answer, stored_at)"
                " VALUES (?, ?, ?, ?, ?)",
                row,
            )

    def claim_slot(
        self, service: str, min_delay_seconds: float, *, now: Callable[[], float] = time.time
    ) -> float:
        """Take the service's next request slot if ``min_delay_seconds`` have passed since any
        process using this file last asked it; else return how long to wait (0.0 = go ahead).

        A usage policy such as Nominatim's one request per second holds per application, so the
        spacing must hold across the worker processes of a batch run, not only within one.
        ``now`` (wall time, read inside the file's lock) is the caller's clock.
        """
        with self._guard("claim a request slot in"), self._transaction():
            row = self._conn.execute(
                "SELECT asked_at FROM slots WHERE service = ?", (service,)
            ).fetchone()
            at = now()
            # A slot "taken in the future" means the clock was set back: take it, do not stall.
            wait = 0.0 if row is None or row[0] > at else row[0] + min_delay_seconds - at
            if wait <= 0:
                self._conn.execute(
                    "INSERT OR REPLACE INTO slots (service, asked_at) VALUES (?, ?)", (service, at)
                )
        return max(wait, 0.0)

    def clear(self, service: str | None = None) -> int:
        """Forget the answers of one service, or of all; returns how many were dropped."""
        with self._guard("clear"):
            if service is None:
                return self._conn.execute("DELETE FROM answers").rowcount
            return self._conn.execute("DELETE FROM answers WHERE service = ?", (service,)).rowcount

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """One statement at a time on the shared connection; SQLite trouble as our error."""
        with self._lock:
            try:
                yield
            except sqlite3.Error as error:
                raise GeocodeCacheError(
                    f"cannot {action} geocode cache {self.path}: {error}"
                ) from error

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL once. The switch needs the file to itself and SQLite answers
    "database is locked" at once instead of waiting (no busy handler), so two processes opening
    a new cache together retry here until the other's switch is done."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
