"""Every said day trip points at sections whose text says it: on every example thread and, when
the shared dev set is on this machine, on every dev thread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from itinerary.errors import ItineraryError
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

ROOT = Path(__file__).parents[1]
DEV = ROOT.parent / "shared" / "dev"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix != ".md")
DEV_THREADS = sorted(p for p in DEV.glob("[0-9][0-9]_*") if not p.name.endswith(".score.json")
                     and p.suffix != ".md") if DEV.is_dir() else []
# Words a sentence framing an outing as there and back in a day uses (checked independently
# of the cue file the code reads).
FRAMING = re.compile(r"day|there and back|and back|back (?:by|to|for|in time|the same|in|on|at)"
                     r"|base|from|did|out to|outing|morning|afternoon"
                     r"|(?:up|out|over|down|across) to\b.*\bback\b", re.IGNORECASE)


@pytest.mark.parametrize("path", [*EXAMPLES, *DEV_THREADS], ids=lambda p: p.name)
def test_every_said_day_trip_has_its_sentence(analyzer: Analyzer, path: Path) -> None:
    try:
        threads = list(read_threads(path))
    except ItineraryError:
        pytest.skip(f"{path.name} is not readable by this version of the readers")
    for thread in threads:
        report = analyzer.analyze(thread)
        texts = {s.id: s.text for s in thread.sections}
        for trip in report.day_trips:
            assert trip.kind == "said"
            assert trip.evidence and len(trip.sentences) == len(trip.evidence)
            for section_id, sentence in zip(trip.evidence, trip.sentences, strict=True):
                assert sentence in texts[section_id]
                assert FRAMING.search(sentence), sentence
        assert all(t.kind == "possible" and not t.sentences for t in report.possible_day_trips)
