"""``itinerary analyze`` and ``itinerary readers`` end to end, on the examples and the seed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.export.report_json import schema

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "examples" / "norway-thread.txt"
THREADS = ROOT / "examples" / "threads.json"
SEED = Path(__file__).parents[2] / "shared/seed/roros-day-trip-thread.txt"
runner = CliRunner()


def _json(args: list[str], **kwargs: object) -> object:
    result = runner.invoke(app, args, **kwargs)  # type: ignore[arg-type]
    assert result.exit_code == 0, (result.stderr, result.exception)
    return json.loads(result.stdout)


def _check_report(report: dict) -> None:
    jsonschema.validate(report, schema())
    texts = {s["id"]: s["text"] for s in report["sections"]}
    ids = {p["id"] for p in report["places"]}
    for mention in report["mentions"]:
        assert texts[mention["section"]][mention["start"] : mention["end"]] == mention["text"]
        assert mention["place_id"] is None or mention["place_id"] in ids
    for itinerary in report["itineraries"]:
        assert set(itinerary["stops"]) <= ids
    for trip in report["day_trips"]:
        assert {trip["base"], trip["destination"]} <= ids


def test_analyze_json_on_example() -> None:
    report = _json(["analyze", str(EXAMPLE), "--format", "json"])
    assert isinstance(report, dict)
    _check_report(report)
    assert report["source"] == str(EXAMPLE)
    assert report["sections"][1]["author"] == "Drew"
    names = {p["name"] for p in report["places"]}
    assert {"Røros", "Trondheim", "Oslo", "Bergen"} <= names


def test_analyze_several_threads_gives_an_array() -> None:
    reports = _json(["analyze", str(THREADS), "--format", "json"])
    assert isinstance(reports, list)
    assert [r["id"] for r in reports][:1] == ["lisbon-trams"]
    assert len(reports) == 3
    for report in reports:
        _check_report(report)


def test_analyze_stdin() -> None:
    report = _json(["analyze", "-", "--format", "json"], input=EXAMPLE.read_text())
    assert report["source"] == "-"  # type: ignore[index]
    assert any(p["name"] == "Røros" for p in report["places"])  # type: ignore[index]


def test_analyze_tables() -> None:
    result = runner.invoke(app, ["analyze", str(EXAMPLE)])
    assert result.exit_code == 0, result.exception
    out = result.stdout
    for heading in ("Places", "Readers also went to"):
        assert heading in out
    places_row = next(line for line in out.splitlines() if line.startswith("Trondheim, NO "))
    assert " city " in places_row


def test_no_model_still_finds_gazetteer_names() -> None:
    report = _json(["analyze", str(EXAMPLE), "--format", "json", "--no-model"])
    _check_report(report)  # type: ignore[arg-type]
    assert any(p["name"] == "Trondheim" for p in report["places"])  # type: ignore[index]


def test_readers_text_and_markdown() -> None:
    text = runner.invoke(app, ["readers", str(EXAMPLE)])
    assert text.exit_code == 0, text.exception
    assert text.stdout.startswith("Readers also went to\n\n")
    markdown = runner.invoke(app, ["readers", str(EXAMPLE), "--format", "markdown"])
    assert markdown.stdout.startswith("### Readers also went to\n\n")
    listed = [line for line in text.stdout.splitlines() if line.startswith("- ")]
    assert listed, text.stdout
    assert len([line for line in markdown.stdout.splitlines() if line.startswith("- **")]) >= len(
        [line for line in listed if ":" in line])


def test_readers_json() -> None:
    data = _json(["readers", str(EXAMPLE), "--format", "json"])
    assert data["schema_version"] == 2  # type: ignore[index]
    item = {"$defs": schema()["$defs"], "$ref": "#/$defs/reader_place"}
    for entry in data["readers_also_went_to"]:  # type: ignore[index]
        jsonschema.validate(entry, item)


def test_subprocess_stdout_is_data_only() -> None:
    done = subprocess.run([sys.executable, "-m", "itinerary", "analyze", str(EXAMPLE), "-f",
                           "json"], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    _check_report(json.loads(done.stdout))
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not SEED.exists(), reason="seed thread not present")
def test_seed_thread_report() -> None:
    report = _json(["analyze", str(SEED), "--format", "json"])
    _check_report(report)  # type: ignore[arg-type]
    assert [s["id"] for s in report["sections"]][:3] == ["post", "comment-1", "comment-2"]  # type: ignore[index]
    assert any(p["name"] == "Røros" for p in report["places"])  # type: ignore[index]
