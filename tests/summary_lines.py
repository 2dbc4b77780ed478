"""The readers summary of a report as {place name: {relation: readers}}, for tests."""

from __future__ import annotations

from pathlib import Path

from itinerary.models import Report
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads


def summary_by_place(report: Report) -> dict[str, dict[str, set[str]]]:
    names = {p.place.id: p.place.name for p in report.places}
    by_place: dict[str, dict[str, set[str]]] = {}
    for entry in report.readers_also_went_to:
        for relation in ("visited", "planning", "wishlist", "lives"):
            for reader in getattr(entry, relation):
                by_place.setdefault(names[entry.place_id], {}).setdefault(relation, set()).add(
                    reader)
    return by_place


def summary_of_page(analyzer: Analyzer, folder: Path, page: str,
                    name: str = "page.txt") -> dict[str, dict[str, set[str]]]:
    """The readers summary of a page written into ``folder`` under ``name`` and read as a user's
    file is (the suffix and the content decide how)."""
    path = folder / name
    path.write_text(page, encoding="utf-8")
    (thread,) = read_threads(path)
    return summary_by_place(analyzer.analyze(thread))
