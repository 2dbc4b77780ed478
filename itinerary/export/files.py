"""Every writer goes through here so an output is either whole or absent, never half a file."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from itinerary.errors import ExportError

STDOUT = "-"


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without an error.

    The temporary file sits in the target folder so ``os.replace`` is a rename on one file system;
    on any failure it is removed and the previous file (if any) stays untouched.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except FileNotFoundError as exc:
        if not folder.is_dir():
            raise ExportError(f"{target}: folder {folder} does not exist") from None
        raise ExportError(f"{target}: cannot write in {folder}: {_reason(exc)}") from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write in {folder}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(f"{target}: cannot write: {_reason(exc)}") from None
    except BaseException:
        _remove(tmp)
        raise


def check_writable(path: str | Path) -> None:
    """Fail before the slow work when an output could not be written anyway."""
    if str(path) == STDOUT:
        return
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file")
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: cannot write in {folder}: permission denied")


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is ``-``."""
    if str(path) == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    with atomic_writer(path) as stream:
        stream.write(text)


def _remove(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


def _umask() -> int:
    # mkstemp creates 0600 files; outputs should get the mode any other new file would.
    mask = os.umask(0)
    os.umask(mask)
    return mask
