"""Google Maps directions links: origin, destination, at most 9 waypoints, long trips split."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qs, urlsplit

import pytest
from export_samples import DAY_TRIP, REPORT, ROROS, STATED, TRONDHEIM, itinerary, place

from itinerary.export.maps import day_trip_link, directions_url, itinerary_links
from itinerary.models import Report, ResolvedPlace


def _query(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.google.com", "/maps/dir/")
    return {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_stated_itinerary_link() -> None:
    (link,) = itinerary_links(STATED, REPORT)
    query = _query(link.url)
    assert query == {
        "api": "1",
        "origin": "59.91273,10.74609",
        "destination": "62.57468,11.3842",
        "waypoints": "63.43049,10.39506",
        "travelmode": "driving",
    }
    assert "%7C" not in link.url  # one waypoint, no separator
    assert link.title == "Oslo → Trondheim → Røros"


def test_day_trip_link_has_no_waypoints() -> None:
    link = day_trip_link(DAY_TRIP, REPORT)
    query = _query(link.url)
    assert (query["origin"], query["destination"]) == ("63.43049,10.39506", "62.57468,11.3842")
    assert "waypoints" not in query
    assert link.stops == (TRONDHEIM.id, ROROS.id)


def _long_report(count: int) -> tuple[Report, list]:
    stops = [place(f"test:{i}", f"Stop {i}", 60 + i * 0.1, 10 + i * 0.1) for i in range(count)]
    resolved = tuple(ResolvedPlace(place=p, confidence=1, reason="", alternatives=(),
                                   mentions=1, authors=()) for p in stops)
    return dataclasses.replace(REPORT, places=resolved), stops


@pytest.mark.parametrize(("count", "parts"), [(2, 1), (11, 1), (12, 2), (21, 2), (22, 3)])
def test_long_itineraries_split_into_consecutive_links(count: int, parts: int) -> None:
    report, stops = _long_report(count)
    links = itinerary_links(itinerary(stops), report)
    assert len(links) == parts
    covered: list[str] = []
    for number, link in enumerate(links, 1):
        query = _query(link.url)
        waypoints = query["waypoints"].split("|") if "waypoints" in query else []
        assert len(waypoints) <= 9
        assert len(link.stops) == len(waypoints) + 2
        if parts > 1:
            assert link.title.endswith(f"(part {number} of {parts})")
        if covered:
            assert link.stops[0] == covered[-1]  # each part starts where the last ended
            covered.extend(link.stops[1:])
        else:
            covered.extend(link.stops)
    assert covered == [p.id for p in stops]


def test_pipe_separator_is_encoded() -> None:
    report, stops = _long_report(4)
    (link,) = itinerary_links(itinerary(stops), report)
    assert link.url.count("%7C") == 1


@pytest.mark.parametrize(("mode", "travelmode"),
                         [("road", "driving"), ("train", "transit"), ("walk", "walking"),
                          ("fly", None), ("boat", None)])
def test_travel_mode(mode: str, travelmode: str | None) -> None:
    (link,) = itinerary_links(itinerary([TRONDHEIM, ROROS], mode=mode), REPORT)
    assert _query(link.url).get("travelmode") == travelmode


def test_single_stop_has_no_link() -> None:
    assert itinerary_links(itinerary([ROROS]), REPORT) == []


def test_url_takes_two_to_eleven_stops() -> None:
    _, stops = _long_report(12)
    with pytest.raises(ValueError, match="2 to 11"):
        directions_url(stops, "driving")
    with pytest.raises(ValueError):
        directions_url(stops[:1], "driving")
