"""A country that is one city (Hong Kong, Singapore, Monaco) read as its country is a town for
trips: a base someone stays in and the start of a said day trip. Mentions are
placed by hand on the country entries, as the resolver sometimes picks them."""

from __future__ import annotations

import pytest
from trips_threads import section, thread

from gazetteer import Gazetteer
from itinerary.models import Mention, Resolution, Thread
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

COUNTRY_OR_TOWN = {"Hong Kong": "geonames:1819730", "Singapore": "geonames:1880251",
                   "Monaco": "geonames:2993457", "Macau": "geonames:1821274",
                   "Johor Bahru": "geonames:1732752", "Menton": "geonames:2994497"}


def _resolved(gazetteer: Gazetteer, text: str) -> tuple[Thread, list[Resolution]]:
    t = thread(section("post", text))
    found = []
    for name, pid in COUNTRY_OR_TOWN.items():
        start = text.find(name)
        while start >= 0:
            place = gazetteer.get(pid)
            assert place is not None, name
            mention = Mention(section="post", author=None, text=name, start=start,
                              end=start + len(name), source="test", sentence=(0, len(text)),
                              relation="visited")
            found.append(Resolution(mention=mention, place=place, confidence=1.0, reason="test"))
            start = text.find(name, start + 1)
    return t, sorted(found, key=lambda r: r.mention.start)


@pytest.mark.parametrize("text, base, destination", [
    ("Harbour week\nWe spent three nights in Hong Kong and took the ferry to Macau as a day trip.",
     "Hong Kong", "Macau"),
    ("Equator stopover\nSix nights in Singapore, and one day trip over the causeway to Johor "
     "Bahru for the food.", "Singapore", "Johor Bahru"),
    ("Riviera spring\nWe stayed four nights in Monaco; Menton made a lovely day trip by train.",
     "Monaco", "Menton"),
])
def test_a_city_state_stayed_in_is_a_day_trip_base(
        gazetteer: Gazetteer, travel: Travel, text: str, base: str, destination: str) -> None:
    t, resolutions = _resolved(gazetteer, text)
    found = find_day_trips(t, resolutions, travel)
    assert {(tr.base, tr.destination) for tr in found if tr.kind == "said"} == {
        (COUNTRY_OR_TOWN[base], COUNTRY_OR_TOWN[destination])}

