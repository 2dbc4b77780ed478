"""The stated itineraries of one text, each stop as written: what the route tests compare."""

from __future__ import annotations

from gazetteer.normalize import normalize_name
from itinerary.models import Itinerary, Report, Section, Thread
from itinerary.pipeline import Analyzer


def stated_routes(analyzer: Analyzer, text: str) -> list[tuple[list[str], Itinerary]]:
    """Each stated itinerary of ``text``, read as a post alone, with its stops as written."""
    report = analyzer.analyze(Thread(sections=(Section(id="post", author=None, text=text),)))
    return [([written(report, stop) for stop in i.stops], i)
            for i in report.itineraries if i.kind == "stated"]


def stated(analyzer: Analyzer, text: str) -> list[list[str]]:
    return [stops for stops, _ in stated_routes(analyzer, text)]


def written(report: Report, place_id: str) -> str:
    """How the text wrote the place ``place_id`` (its first mention, normalised)."""
    return next(normalize_name(r.mention.text) for r in report.resolutions
                if r.place is not None and r.place.id == place_id)
