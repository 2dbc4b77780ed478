"""``itinerary batch`` end to end: order, ids, bad files in the middle, workers, summary."""

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
runner = CliRunner()

THREADS = [
    {"id": "a-bergen", "title": "Rainy days in Bergen", "location": "Bergen, Norway",
     "post": "Three wet days in Bergen, then the train over the mountains to Oslo.",
     "comments": [{"author": "Kim", "text": "We took the same train from Bergen to Oslo last "
                                           "summer and stopped a night in Flåm."}]},
    {"id": "b-porto", "title": "Porto by tram", "location": "Porto, Portugal",
     "post": "Porto is steep, so the old trams are a gift. A day trip to Braga was easy.",
     "comments": [{"author": "Lee", "text": "I live in Lisbon and go up to Porto every spring."}]},
    {"id": "c-kyoto", "title": "Kyoto temples", "location": "Kyoto, Japan",
     "post": "Kyoto in autumn, with one afternoon in Nara.",
     "comments": [{"author": "Kim", "text": "We are planning Kyoto and Osaka next April."}]},
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    source = tmp_path / "in"
    source.mkdir()
    (source / "1.json").write_text(json.dumps(THREADS[0]))
    (source / "2-empty.txt").write_text("")
    (source / "3.json").write_text(json.dumps(THREADS[1]))
    (source / "4-broken.json").write_text('{"post": "Oslo"')
    (source / "5.json").write_text(json.dumps(THREADS[2]))
    return source


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_batch_survives_bad_files_and_keeps_order(folder: Path, tmp_path: Path) -> None:
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out),
                                 "--summary", str(summary)])
    assert result.exit_code == 1, (result.stderr, result.exception)
    reports = _lines(out)
    assert [r["id"] for r in reports] == ["a-bergen", "b-porto", "c-kyoto"]
    for report in reports:
        jsonschema.validate(report, schema())
    assert f"failed: {folder / '2-empty.txt'}: empty file" in result.stderr
    assert str(folder / "4-broken.json") in result.stderr
    assert "3 threads analyzed" in result.stderr
    data = json.loads(summary.read_text())
    assert (data["threads"], data["failed"]) == (3, 2)
    assert result.stdout == ""


def test_jsonl_ids_and_verbatim_text(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    records = [{"id": "n1", "text": "  Flew from Dublin to Lisbon on Friday.\n"},
               {"id": "n2", "text": "A week in Kyoto and Nara."}]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = runner.invoke(app, ["batch", str(source), "--out", "-"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in reports] == ["n1", "n2"]
    assert [r["sections"][0]["text"] for r in reports] == [r["text"] for r in records]


def test_two_workers_same_output_as_one(folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["batch", str(folder), "--out", str(one)]).exit_code == 1
    done = subprocess.run([sys.executable, "-m", "itinerary", "batch", str(folder), "--out",
                           str(two), "--workers", "2"], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("failed: ") == 2
    assert two.read_text() == one.read_text()
    assert done.stdout == ""


def test_errors_file_names_each_failed_input(folder: Path, tmp_path: Path) -> None:
    errors = tmp_path / "failed.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out.jsonl"),
                                 "--errors", str(errors)])
    assert result.exit_code == 1, (result.stderr, result.exception)
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failed[0] == {"id": None, "source": str(folder / "2-empty.txt"),
                         "reason": "empty file"}
    assert failed[1]["source"] == str(folder / "4-broken.json")
    assert failed[1]["reason"].startswith("malformed JSON")


def test_duplicate_ids_are_one_line_and_nothing_written(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    records = [{"id": "p1", "text": "A week in Kyoto."}, {"id": "p2", "text": "Two days in Nara."},
               {"id": "p1", "text": "Back to Osaka."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "itinerary", "batch", str(source), "--out",
                           str(out)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        "error: thread ids must be unique in a batch (a thread without an id is known by its "
        "path): 'p1' (2 times)")
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_resume_says_what_it_skipped(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["batch", str(folder), "--out", str(out)])
    assert first.exit_code == 1
    reports = out.read_text()
    again = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--resume"])
    assert again.exit_code == 1  # the two bad files fail again: they are not in OUT
    assert "3 threads already in the output, skipped" in again.stderr
    assert "0 threads analyzed" in again.stderr
    assert out.read_text() == reports


@pytest.mark.parametrize(("options", "message"), [
    (["--out", "-", "--resume"], "resuming needs an output file"),
    (["--out", "x.jsonl", "--scheduler", "tcp://127.0.0.1:8786"], "needs --engine dask"),
    (["--out", "x/", "--engine", "dask", "--resume"], "--resume works with --engine local"),
])
def test_options_that_do_not_go_together(folder: Path, options: list[str], message: str) -> None:
    result = runner.invoke(app, ["batch", str(folder), *options])
    assert result.exit_code in (1, 2)
    assert message in " ".join(result.output.split()) or message in str(result.exception)
