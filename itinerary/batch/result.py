"""What a batch run tells its caller as it goes (``Progress``) and at the end (``BatchResult``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from itinerary.batch.inputs import Failure
from itinerary.export.corpus import CorpusSummary
from itinerary.export.files import write_text
from itinerary.models import Report


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of a run. The first call (``outcome`` None, ``done`` 0) says the workers are ready.

    The local engine calls once per thread with its report or failure; the Dask engine once per
    partition (``outcome`` None, ``done`` grows by the partition's threads).
    """

    done: int  # threads (and unreadable records) finished in this run
    total: int  # to do in this run: the input less what a resumed output already holds
    skipped: int = 0  # already in the output (resume)
    outcome: Report | Failure | None = None


ProgressCallback = Callable[[Progress], None]


@dataclass(slots=True)
class BatchResult:
    """The corpus summary covers every report in the output (a resumed run's earlier ones too)."""

    summary: CorpusSummary = field(default_factory=CorpusSummary)
    analyzed: int = 0  # reports written by this run
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)


def write_errors(path: str | Path, failures: Iterable[Failure]) -> None:
    """The errors file: one JSON object a line, ``{"id", "source", "reason"}``."""
    lines = (json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in failures)
    write_text(path, "".join(lines))


def tell(progress: ProgressCallback | None, step: Progress) -> None:
    if progress is not None:
        progress(step)
