"""Atomic writes: an output is whole or absent, and a bad output path is one clear error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itinerary.errors import ExportError
from itinerary.export.files import atomic_writer, check_writable, write_text


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.geojson"
    write_text(target, "first\n")
    write_text(target, "second\n")
    assert target.read_text() == "second\n"
    assert os.listdir(tmp_path) == ["out.geojson"]


def test_failure_mid_write_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "reports.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_writer(target) as stream:
        stream.write("half a rep")
        raise RuntimeError("worker died")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["reports.jsonl"]


def test_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.gpx"
    write_text(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "out.json"
    with pytest.raises(ExportError, match="does not exist"):
        check_writable(target)
    with pytest.raises(ExportError, match="does not exist"):
        write_text(target, "x")


def test_folder_as_output(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        check_writable(tmp_path)
    with pytest.raises(ExportError, match="is a folder"):
        write_text(tmp_path, "x")


def test_parent_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("")
    with pytest.raises(ExportError):
        check_writable(blocker / "out.json")
    with pytest.raises(ExportError):
        write_text(blocker / "out.json", "x")


def test_unwritable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user that may write anywhere (root)")
        with pytest.raises(ExportError, match="permission denied"):
            check_writable(locked / "out.json")
        with pytest.raises(ExportError, match="cannot write"):
            write_text(locked / "out.json", "x")
    finally:
        locked.chmod(0o700)


def test_dash_is_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    check_writable("-")
    write_text("-", "to stdout\n")
    assert capsys.readouterr().out == "to stdout\n"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_folder_that_refuses_new_files_even_to_root() -> None:
    # /proc takes no new files whoever asks: a real unwritable folder when tests run as root.
    with pytest.raises(ExportError, match="cannot write in /proc"):
        write_text("/proc/itinerary-test.geojson", "x")
