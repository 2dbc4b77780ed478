"""Where a batch's reports go: one JSON report a line, whole or resumable, never half a line.

A fresh run writes ``.OUT.<pid>.part`` beside OUT and renames it over OUT at the end; interrupted,
it removes the temporary file. A process killed outright cannot, so every run first removes the
``.part`` files of OUT whose writing process is gone. A resumed run appends to OUT itself, one
whole line per write: what a kill leaves is OUT's complete lines plus at most one partial last
line, which the next resume drops (it only trusts lines that end and parse as a report).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from itinerary.batch.inputs import report_key
from itinerary.errors import ExportError
from itinerary.export.files import STDOUT

PART = ".part"
REPORT_KEYS = ("schema_version", "id", "source", "places", "readers_also_went_to", "place_pairs")


def temp_path(target: Path) -> Path:
    """The temporary file of ``target`` for this process: the pid says whether it is stale."""
    return target.with_name(f".{target.name}.{os.getpid()}{PART}")


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the temporary files of ``target`` left by processes that no longer run."""
    removed = []
    for part in target.parent.glob(f".{target.name}.*{PART}"):
        pid = part.name[len(target.name) + 2 : -len(PART)]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
            removed.append(part)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def read_reports(path: Path) -> Iterator[dict[str, Any]]:
    """The reports of an output to resume; a partial last line (a killed run) is cut off the file.

    A bad line before the last one is not a kill's doing: the file is refused, untouched.
    """
    good = 0
    with _open_for_resume(path) as stream:
        for number, line in enumerate(stream, start=1):
            report = _parse(line)
            if report is None:
                if stream.read(1):
                    raise ExportError(f"{path}:{number}: not a report line; cannot resume from "
                                      f"this file")
                break
            good += len(line)
            yield report
        size = stream.seek(0, os.SEEK_END)
    if good < size:
        with _unwritable_as_export_error(path):
            os.truncate(path, good)


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.endswith(b"\n"):
        return None
    try:
        report = json.loads(line)
        report_key(report)
    except (ValueError, KeyError, TypeError):
        return None
    return report if all(key in report for key in REPORT_KEYS) else None


@contextlib.contextmanager
def _open_for_resume(path: Path) -> Iterator[BinaryIO]:
    with _unwritable_as_export_error(path), path.open("rb") as stream:
        yield stream


@contextlib.contextmanager
def _unwritable_as_export_error(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or type(exc).__name__}") from None


class ReportWriter:
    """Report lines to ``target`` (``-`` for stdout): atomic when fresh, appended when resumed."""

    def __init__(self, target: str | Path, *, resume: bool = False) -> None:
        self.target = Path(target)
        self.stdout = str(target) == STDOUT
        self.resume = resume and not self.stdout
        self._fd: int | None = None
        self._temp: Path | None = None

    def __enter__(self) -> ReportWriter:
        if self.stdout:
            return self
        remove_stale_parts(self.target)
        with _unwritable_as_export_error(self.target):
            if self.resume:
                self._fd = os.open(self.target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            else:
                self._temp = temp_path(self.target)
                self._fd = os.open(self._temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        return self

    def write(self, line: str) -> None:
        """One line, in one write: a kill leaves it whole or cut, and a cut one is the last."""
        data = (line + "\n").encode("utf-8")
        if self._fd is None:
            sys.stdout.write(line + "\n")
            return
        with _unwritable_as_export_error(self.target):
            while data:
                data = data[os.write(self._fd, data) :]

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._fd is None:
            sys.stdout.flush()
            return
        fd, self._fd = self._fd, None
        try:
            with _unwritable_as_export_error(self.target):
                if exc_type is None:
                    os.fsync(fd)
                os.close(fd)
                fd = -1
                if exc_type is None and self._temp is not None:
                    os.replace(self._temp, self.target)
        finally:
            if fd != -1:
                os.close(fd)
            if self._temp is not None:  # still there: the run failed, or the rename did
                self._temp.unlink(missing_ok=True)
