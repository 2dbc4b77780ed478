"""Bad input and output paths: exit 1 with one line on stderr, no traceback; usage errors exit 2.

These fail before any model loads, so they run fast."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.errors import ExportError, InputError

runner = CliRunner()
EXAMPLE = Path(__file__).parents[1] / "examples" / "norway-thread.txt"


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "itinerary", *args], input=stdin,
                          capture_output=True, timeout=600, check=False,
                          text=stdin is None)


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    malformed = tmp_path / "thread.json"
    malformed.write_text('{"title": "Oslo", "post": "Three days in Oslo",')
    return {"missing": tmp_path / "nope.txt", "empty": empty, "binary": binary,
            "malformed": malformed}


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "malformed"])
@pytest.mark.parametrize("command", [["analyze"], ["readers"], ["export", "--maps-link"]])
def test_bad_input_is_an_input_error(bad_inputs: dict[str, Path], case: str,
                                     command: list[str]) -> None:
    result = runner.invoke(app, [command[0], str(bad_inputs[case]), *command[1:]])
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert str(bad_inputs[case].name) in str(result.exception)
    assert result.stdout == ""


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "malformed"])
def test_bad_input_subprocess_one_line_no_traceback(bad_inputs: dict[str, Path],
                                                    case: str) -> None:
    done = _cli("analyze", str(bad_inputs[case]), "--format", "json")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    assert bad_inputs[case].name in lines[0]
    assert "Traceback" not in done.stderr


def test_malformed_json_says_where(bad_inputs: dict[str, Path]) -> None:
    done = _cli("analyze", str(bad_inputs["malformed"]))
    assert "malformed JSON at column 48" in done.stderr


def test_empty_stdin() -> None:
    done = _cli("analyze", "-", stdin=b"")
    assert done.returncode == 1
    assert done.stderr.decode().startswith("error: -")


def test_unwritable_output_fails_before_analysis(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.geojson"
    result = runner.invoke(app, ["export", str(EXAMPLE), "--geojson", str(target)])
    assert result.exit_code == 1
    assert isinstance(result.exception, ExportError)
    assert "does not exist" in str(result.exception)
    done = _cli("export", str(EXAMPLE), "--gpx", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {tmp_path}: is a folder, not a file"


def test_batch_unwritable_out(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    done = _cli("batch", str(EXAMPLE), "--out", str(blocker / "out.jsonl"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert list(tmp_path.iterdir()) == [blocker]


def test_batch_nothing_to_read(tmp_path: Path) -> None:
    done = _cli("batch", str(tmp_path / "*.txt"), "--out", str(tmp_path / "out.jsonl"))
    assert done.returncode == 1
    assert "no files match" in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("args", [
    ["export", str(EXAMPLE)],  # no output asked for
    ["export", str(EXAMPLE), "--geojson", "-", "--gpx", "-"],  # two outputs on stdout
    ["export", str(EXAMPLE), "--geojson", "-", "--maps-link"],
    ["analyze", str(EXAMPLE), "--format", "yaml"],
    ["analyze", str(EXAMPLE), "--day-trip-hours", "0"],
    ["batch", str(EXAMPLE)],  # --out is required
    ["batch", str(EXAMPLE), "--out", "x.jsonl", "--workers", "0"],
    ["analyze"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""


def test_usage_error_subprocess() -> None:
    done = _cli("export", str(EXAMPLE))
    assert done.returncode == 2
    assert "--geojson" in done.stderr and "Traceback" not in done.stderr


def test_unknown_geocoder_is_a_usage_error() -> None:
    result = runner.invoke(app, ["analyze", str(EXAMPLE), "--geocoder", "bing"])
    assert result.exit_code == 2
    assert "nominatim" in result.stderr


def test_cli_import_stays_light() -> None:
    # `itinerary gazetteer lookup` must stay fast: no spaCy or exporters at import time.
    code = ("import sys, itinerary.cli; "
            "print(json.dumps(sorted(m for m in ('spacy', 'gpxpy', 'itinerary.pipeline', "
            "'trafilatura', 'itinerary.readers') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True,
                          text=True, check=True)
    assert json.loads(done.stdout) == []


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_output_folder_refusing_files_subprocess() -> None:
    done = _cli("export", str(EXAMPLE), "--geojson", "/proc/itinerary-test.geojson")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines()[-1].startswith(
        "error: /proc/itinerary-test.geojson: cannot write in /proc")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["analyze", str(EXAMPLE), "--format", "xml"], "'xml'; choose one of table, json"),
        (["readers", str(EXAMPLE), "-f", "pdf"], "'pdf'; choose one of text, markdown, json"),
        (["analyze", str(EXAMPLE), "-i", "yaml"],
         "'yaml'; choose one of auto, text, html, json, jsonl"),
    ],
)
def test_a_wrong_choice_names_the_allowed_ones(args: list[str], allowed: str) -> None:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert allowed in result.stderr and "Value error" not in result.stderr


def test_choices_take_any_case() -> None:
    result = runner.invoke(app, ["readers", str(EXAMPLE), "--format", "JSON", "--no-model"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["readers_also_went_to"] is not None


@pytest.mark.parametrize("command", [[], ["analyze"], ["export"], ["batch"], ["gazetteer"],
                                     ["gazetteer", "lookup"]])
def test_flags_show_no_value_type_in_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "--help" in result.stdout and "<bool>" not in result.stdout


def test_a_fault_of_ours_is_one_line_with_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever breaks inside the library (here the JSON parser itself) still ends in one
    line, not a traceback; the variable brings the traceback back for a bug report."""
    from itinerary.cli import main

    thread = tmp_path / "thread.json"
    thread.write_text('{"title": "Oslo", "post": "Three days in Oslo."}')

    def broken(*_: object, **__: object) -> object:
        raise RuntimeError("parser out of order")

    monkeypatch.setattr(json, "loads", broken)
    monkeypatch.setattr(sys, "argv", ["itinerary", "readers", str(thread)])
    monkeypatch.delenv("ITINERARY_TRACEBACK", raising=False)
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "RuntimeError: parser out of order" in err
    monkeypatch.setenv("ITINERARY_TRACEBACK", "1")
    with pytest.raises(RuntimeError):
        main()
