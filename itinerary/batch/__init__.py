"""Many threads to reports: ordered, resumable, one bad thread never ends the run.

``run_local`` uses this machine (one process, or worker processes that each load the analyzer
once); ``run_dask`` (``itinerary[dask]``) spreads partitions over a Dask cluster. Both report
progress through a callback and never print. See docs/batch.md.
"""

from __future__ import annotations

from itinerary.batch.inputs import Failure, report_key, thread_key
from itinerary.batch.local import run_local
from itinerary.batch.pool import LocalPool, Outcome
from itinerary.batch.result import BatchResult, Progress, ProgressCallback

__all__ = [
    "BatchResult",
    "Failure",
    "LocalPool",
    "Outcome",
    "Progress",
    "ProgressCallback",
    "report_key",
    "run_local",
    "thread_key",
]
