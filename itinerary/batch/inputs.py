"""What a batch reads: threads in input order, each with a key, a bad record as a ``Failure``.

A thread's key is its own ``id`` (JSON and JSON Lines records), else its source path (a text or
HTML file holds one thread). Keys must be unique: a resumed run skips the threads whose key is
already in its output, so two threads with one key would make one of them vanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import Format, discover, iter_records

STDIN = "-"
SHOWN_DUPLICATES = 5  # keys named in the one-line duplicate message
_LINE = re.compile(r"(\d+): ")


@dataclass(frozen=True, slots=True)
class Failure:
    """A thread (or an input record) that gave no report, and why, on one line."""

    source: str  # the path, "path:line" for a JSON Lines record
    reason: str
    key: str | None = None  # the thread's key when it was read; None for an unreadable record

    @property
    def message(self) -> str:
        where = self.source if self.key in (None, self.source) else f"{self.source} (id {self.key})"
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict[str, str | None]:
        """The line of the errors file (``--errors``)."""
        return {"id": self.key, "source": self.source, "reason": self.reason}


def thread_key(thread: Thread) -> str:
    return thread.id if thread.id is not None else thread.source


def report_key(report: Mapping[str, Any]) -> str:
    """The key of a JSON report (``report_to_dict``): the same as its thread's."""
    key = report["id"] if report["id"] is not None else report["source"]
    if not isinstance(key, str):
        raise TypeError("a report's id and source are strings")
    return key


def input_paths(source: str | Path) -> list[str]:
    """The files of ``source`` (file, folder or glob), or ``["-"]`` for stdin."""
    return [STDIN] if str(source) == STDIN else [str(p) for p in discover(source)]


def read_items(path: str, fmt: Format | str = "auto") -> Iterator[Thread | Failure]:
    """Every thread of one input file in order; a record that cannot be read is a Failure."""
    for item in iter_records(path, fmt):
        yield failure_of(item, path) if isinstance(item, InputError) else item


def failure_of(error: InputError, path: str) -> Failure:
    """Split the reader's "path[:line]: reason" message into where and why."""
    message = " ".join(str(error).split())
    if not message.startswith(f"{path}:"):
        return Failure(path, message)
    rest = message[len(path) + 1 :].lstrip()
    if line := _LINE.match(rest):
        return Failure(f"{path}:{line.group(1)}", rest[line.end() :])
    return Failure(path, rest)


def analysis_failure(thread: Thread, exc: Exception, internal: bool) -> Failure:
    reason = " ".join(str(exc).split())
    if internal:
        reason = f"internal error: {type(exc).__name__}: {reason}"
    return Failure(thread.source, reason, thread_key(thread))


def check_unique(counts: Mapping[str, int]) -> None:
    """An InputError naming the repeated keys, if any key comes more than once."""
    repeated = sorted((k for k, n in counts.items() if n > 1), key=lambda k: (-counts[k], k))
    if repeated:
        shown = ", ".join(f"{k!r} ({counts[k]} times)" for k in repeated[:SHOWN_DUPLICATES])
        more = len(repeated) - SHOWN_DUPLICATES
        tail = f" and {more} more" if more > 0 else ""
        raise InputError(f"thread ids must be unique in a batch (a thread without an id is known "
                         f"by its path): {shown}{tail}")
