"""A road or route is driven along, never a day-trip destination; towns and nature still are."""

from __future__ import annotations

from trips_threads import section, thread

from gazetteer import Gazetteer
from itinerary.models import Mention, Resolution
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel


def destinations(gazetteer: Gazetteer, travel: Travel, text: str, names: list[str]) -> set[str]:
    """The day trips' destinations when each name (any kind of place) is its likeliest sense."""
    t = thread(section("post", text))
    resolutions = []
    for name in names:
        start = text.index(name)
        sentence = (text.rfind(".", 0, start) + 1, text.find(".", start) + 1)
        mention = Mention("post", None, name, start, start + len(name), "test", sentence)
        resolutions.append(Resolution(mention, gazetteer.lookup(name)[0], 1.0, "test"))
    resolutions.sort(key=lambda r: r.mention.start)
    found = find_day_trips(t, resolutions, travel)
    names_by_id = {}
    for trip in found:
        destination = gazetteer.get(trip.destination)
        assert destination is not None
        names_by_id[trip.destination] = destination.name
    return set(names_by_id.values())


def test_no_day_trip_to_the_ring_road(gazetteer: Gazetteer, travel: Travel) -> None:
    text = (
        "We had four nights in Akureyri. A day trip to the Ring Road, they said, but the "
        "road just runs past the town. Our day trip from Akureyri to Mývatn was the best."
    )
    found = destinations(gazetteer, travel, text, ["Akureyri", "Ring Road", "Mývatn"])
    assert "Ring Road" not in found
    assert "Mývatn" in found


def test_a_coast_is_still_a_day_trip(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Three nights in Naples, with a day trip to the Amalfi Coast by ferry."
    assert destinations(gazetteer, travel, text, ["Naples", "Amalfi Coast"]) == {"Amalfi Coast"}
