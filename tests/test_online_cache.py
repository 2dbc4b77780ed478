"""The geocode cache: one SQLite file of raw answers, safe to share, never someone else's file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import platformdirs
import pytest

from gazetteer.cache import ENV_PATH, GeocodeCache, default_cache_path
from gazetteer.errors import GeocodeCacheError, InvalidQuery

ANSWER = {
    "address": "Røros, Trøndelag, Norge",
    "lat": 62.574751,
    "lon": 11.384425,
    "raw": {"osm_type": "node", "osm_id": 26931546, "class": "place", "type": "town"},
}


def test_hits_and_misses_round_trip_under_the_normalized_name(tmp_path: Path) -> None:
    with GeocodeCache(tmp_path / "c.sqlite3") as cache:
        cache.put("nominatim", "Røros", ANSWER)
        cache.put("nominatim", "Nowhereville", None)
        hit = cache.get("nominatim", "ROROS")
        miss = cache.get("nominatim", "nowhereville")
        assert hit is not None and hit.answer == ANSWER
        assert miss is not None and miss.answer is None
        assert cache.get("nominatim", "Bergen") is None
        assert cache.get("photon", "Røros") is None


def test_a_later_answer_replaces_the_earlier(tmp_path: Path) -> None:
    with GeocodeCache(tmp_path / "c.sqlite3") as cache:
        cache.put("photon", "Reine", None)
        cache.put("photon", "reine", ANSWER)
        stored = cache.get("photon", "Reine")
        assert stored is not None and stored.answer == ANSWER


def test_clear_one_service_or_all(tmp_path: Path) -> None:
    with GeocodeCache(tmp_path / "c.sqlite3") as cache:
        for service in ("nominatim", "photon"):
            cache.put(service, "Røros", ANSWER)
            cache.put(service, "Reine", None)
        assert cache.clear("photon") == 2
        assert cache.get("photon", "Røros") is None
        assert cache.get("nominatim", "Røros") is not None
        assert cache.clear() == 2
        assert cache.get("nominatim", "Røros") is None


def test_the_file_is_in_wal_mode_and_outlives_the_connection(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "c.sqlite3"
    with GeocodeCache(path) as cache:
        cache.put("geonames", "Reine", ANSWER)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with GeocodeCache(path) as cache:
        stored = cache.get("geonames", "reine")
        assert stored is not None and stored.answer == ANSWER


def test_a_request_slot_is_taken_once_per_delay(tmp_path: Path) -> None:
    clock = [1_800_000_000.0]  # the callers' clock, moved by hand: no real waiting

    def now() -> float:
        return clock[0]

    with GeocodeCache(tmp_path / "c.sqlite3") as cache, GeocodeCache(cache.path) as other:
        assert cache.claim_slot("nominatim", 0.3, now=now) == 0.0
        clock[0] += 0.1
        assert other.claim_slot("nominatim", 0.3, now=now) == pytest.approx(0.2)
        assert other.claim_slot("photon", 0.3, now=now) == 0.0
        clock[0] += 0.2
        assert other.claim_slot("nominatim", 0.3, now=now) == 0.0
        assert cache.claim_slot("nominatim", 0.3, now=now) == pytest.approx(0.3)


def test_a_clock_set_back_does_not_stall_the_slots(tmp_path: Path) -> None:
    with GeocodeCache(tmp_path / "c.sqlite3") as cache:
        cache.claim_slot("nominatim", 1.0)
    with closing(sqlite3.connect(tmp_path / "c.sqlite3")) as conn, conn:
        conn.execute("UPDATE slots SET asked_at = asked_at + 3600")
    with GeocodeCache(tmp_path / "c.sqlite3") as cache:
        assert cache.claim_slot("nominatim", 1.0) == 0.0
        assert cache.claim_slot("nominatim", 1.0) > 0.0


def test_names_without_letters_have_no_key(tmp_path: Path) -> None:
    with GeocodeCache(tmp_path / "c.sqlite3") as cache, pytest.raises(InvalidQuery):
        cache.put("nominatim", " -- ", None)


def test_someone_elses_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    with pytest.raises(GeocodeCacheError, match="is not an itinerary geocode cache"):
        GeocodeCache(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    conn.close()


def test_a_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(GeocodeCacheError, match="delete the file to start afresh"):
        GeocodeCache(path)


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(GeocodeCacheError, match="cannot open geocode cache"):
        GeocodeCache(blocker / "c.sqlite3")


def test_a_cache_of_another_schema_version_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with GeocodeCache(path) as cache:
        cache.put("nominatim", "Røros", ANSWER)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
    conn.close()
    with GeocodeCache(path) as cache:
        assert cache.get("nominatim", "Røros") is None
        cache.put("nominatim", "Røros", ANSWER)
        assert cache.get("nominatim", "Røros") is not None


def test_the_default_location_is_the_user_cache_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PATH, raising=False)
    path = default_cache_path()
    assert path.parent == platformdirs.user_cache_path("itinerary")
    assert path.suffix == ".sqlite3"


def test_the_environment_can_move_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_PATH, str(tmp_path / "elsewhere.sqlite3"))
    assert default_cache_path() == tmp_path / "elsewhere.sqlite3"


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from gazetteer.cache import GeocodeCache

    path, service = Path(sys.argv[1]), sys.argv[2]
    with GeocodeCache(path) as cache:
        for number in range(150):
            cache.put(service, f"place {number}", {"n": number} if number % 2 else None)
    """
)


def test_processes_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), service])
        for service in ("nominatim", "photon", "geonames")
    ]
    assert [writer.wait(timeout=600) for writer in writers] == [0, 0, 0]  # a ceiling only
    with GeocodeCache(path) as cache:
        for service in ("nominatim", "photon", "geonames"):
            odd, even = cache.get(service, "place 7"), cache.get(service, "place 8")
            assert odd is not None and odd.answer == {"n": 7}
            assert even is not None and even.answer is None
        assert cache.clear() == 450
