"""A plan written as a list of stays is a route even when it ends with the way home ("... Split
3 nights then fly home"); an outing listed among the stays is a stop in its place, as in a
bulleted stay list; a title naming a region of several countries ("the Balkans") is no stop to
fit into that route. Written for issue 12 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Ten days in the Balkans in September

Dubrovnik 3 nights, Mostar as a day trip, Kotor 3 nights, Split 3 nights then fly home. Too
much bus time?
"""


def test_a_stay_list_is_the_route_without_the_title_region(
    analyzer: Analyzer,
) -> None:
    report = analyzer.analyze(read_text(THREAD, "balkans.txt"))
    name = {p.place.id: p.place.name for p in report.places}
    routes = [[name[s] for s in i.stops] for i in report.itineraries]
    assert ["Dubrovnik", "Mostar", "Kotor", "Split"] in routes, routes
    assert not any("Balkans" in r for r in routes), routes
