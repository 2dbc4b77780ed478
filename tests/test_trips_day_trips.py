"""Day-trip pairings: bases, the one-way limit, airports, and the sections that support a pair."""

from __future__ import annotations

import pytest
from trips_threads import IDS, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

NAMES = ["Røros", "Trondheim", "Oslo", "Gardermoen", "Lillehammer", "Norway", "Bergen"]
TRONDHEIM, ROROS, OSLO = IDS["Trondheim"], IDS["Røros"], IDS["Oslo"]


@pytest.fixture(scope="module")
def travel(gazetteer: Gazetteer) -> Travel:
    return Travel.from_gazetteer(gazetteer)


def test_roros_pairs_with_trondheim_not_oslo(gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(
        section("post", "Copper and snow in Røros\nRøros works as an easy day trip from "
                        "Trondheim, where we had four nights. Oslo is a long way off."),
        section("comment-1", "Lovely! It goes on my list for when we get to Trondheim in May.",
                "Ola"),
        section("comment-2", "Could it be done as a day out, do you think?", "Per"),
        section("comment-3", "We drove from Oslo to Bergen last year.", "Kim"),
        location="Røros, Norway",
    )
    trips = find_day_trips(t, resolve(gazetteer, t, NAMES), travel, subject={ROROS})
    (trip,) = trips
    assert (trip.base, trip.destination) == (TRONDHEIM, ROROS)
    assert 100 < trip.distance_km < 115
    assert 2.0 <= trip.travel_hours <= 2.5
    assert trip.evidence == ("post", "comment-1", "comment-2")


def test_the_limit_is_one_way_hours(gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Mining towns\nWe saw Røros and then went back to Oslo."))
    resolutions = resolve(gazetteer, t, NAMES)
    assert find_day_trips(t, resolutions, travel) == ()  # about six hours each way
    (trip,) = find_day_trips(t, resolutions, travel, limit_hours=7.0)
    assert (trip.base, trip.destination) == (OSLO, ROROS)
    assert 5 < trip.travel_hours <= 7
    t = thread(section("post", "Copper\nRøros is a fine day trip from Trondheim."))
    assert find_day_trips(t, resolve(gazetteer, t, NAMES), travel, limit_hours=2.0) == ()


def test_an_airport_is_no_destination(gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Arrivals\nWe landed at Gardermoen and stayed in Oslo. One day "
                               "we took the train to Lillehammer and back."))
    trips = find_day_trips(t, resolve(gazetteer, t, NAMES), travel)
    assert [(x.base, x.destination) for x in trips] == [(OSLO, IDS["Lillehammer"])]
    assert trips[0].evidence == ("post",)


def test_a_base_is_a_stay_or_a_well_connected_city(gazetteer: Gazetteer, travel: Travel) -> None:
    """Lillehammer (29,000 people) is a base only once the thread says people stay there."""
    passing = thread(section("post", "Olympics\nLillehammer and Røros are both lovely."))
    assert find_day_trips(passing, resolve(gazetteer, passing, NAMES), travel,
                          limit_hours=5.0) == ()
    staying = thread(section("post", "Olympics\nWe stayed in Lillehammer. Røros was lovely."))
    (trip,) = find_day_trips(staying, resolve(gazetteer, staying, NAMES), travel,
                             limit_hours=5.0)
    assert (trip.base, trip.destination) == (IDS["Lillehammer"], ROROS)
    assert trip.evidence == ("post",)  # a stay, and the destination in the next sentence


def test_a_sentence_about_another_base_is_no_evidence(gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(
        section("post", "Copper\nTrondheim has a fine cathedral."),
        section("comment-1", "Is Røros too far for a day trip from Oslo?", "Ada"),
    )
    (trip,) = find_day_trips(t, resolve(gazetteer, t, NAMES), travel, subject={ROROS})
    assert (trip.base, trip.destination) == (TRONDHEIM, ROROS)
    assert trip.evidence == ()
