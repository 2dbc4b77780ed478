"""The readers summary of a report as {place name: {relation: readers}}, for tests."""

from __future__ import annotations

from itinerary.models import Report


def summary_by_place(report: Report) -> dict[str, dict[str, set[str]]]:
    names = {p.place.id: p.place.name for p in report.places}
    by_place: dict[str, dict[str, set[str]]] = {}
    for entry in report.readers_also_went_to:
        for relation in ("visited", "planning", "wishlist", "lives"):
            for reader in getattr(entry, relation):
                by_place.setdefault(names[entry.place_id], {}).setdefault(relation, set()).add(
                    reader)
    return by_place
