"""Outings said in the shapes of trip reports: "the loveliest outing", a morning spent there, a
cue that heads a colon list ("Day trips by train: A, B, and C"), "From there:" under a stay
line, a long day in brackets; and "isn't worth a day trip", which denies one."""

from __future__ import annotations

import pytest
from trips_threads import resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import DayTrip
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

NAMES = ["Osaka", "Nara", "Kobe", "Himeji", "Vienna", "Melk", "Bratislava"]


@pytest.fixture(scope="module")
def travel(gazetteer: Gazetteer) -> Travel:
    return Travel.from_gazetteer(gazetteer)


def said(gazetteer: Gazetteer, travel: Travel, text: str) -> set[tuple[str, str]]:
    t = thread(section("post", text))
    found: tuple[DayTrip, ...] = find_day_trips(t, resolve(gazetteer, t, NAMES), travel)

    def name(pid: str) -> str:
        p = gazetteer.get(pid)
        assert p is not None
        return p.name
    return {(name(d.base), name(d.destination)) for d in found if d.kind == "said"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kansai in November\nWe had a flat in Osaka for six nights. Nara was the loveliest "
     "outing of the week.",
     {("Osaka", "Nara")}),
    ("Danube\nWe stayed in Vienna for five nights. Melk is an abbey town upriver, and we "
     "spent a slow morning there.",
     {("Vienna", "Melk")}),
    ("Kansai\nFlat in Osaka, 6 nights. Day trips by train: Nara, Kobe, and one longer one "
     "out to Himeji.",
     {("Osaka", "Nara"), ("Osaka", "Kobe"), ("Osaka", "Himeji")}),
    ("Austria\nHotel: Vienna, 5 nights. From there: Melk (a very long day), and Bratislava "
     "by boat.",
     {("Vienna", "Melk"), ("Vienna", "Bratislava")}),
])
def test_an_outing_said_in_a_trip_report(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_not_worth_a_day_trip_denies_it(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Vienna for a week\nWe stayed in Vienna for a week. Honestly Bratislava isn't "
            "worth a day trip from Vienna, the old town is tiny.")
    assert said(gazetteer, travel, text) == set()
