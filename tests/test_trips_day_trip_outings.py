"""Outings said in the shapes of trip reports: "the loveliest outing", a morning spent there, a
cue that heads a colon list ("Day trips by train: A, B, and C"), "From there:" under a stay
line, a long day in brackets, "Day 3: A (from X)", "we moved over to X and did A", "X is where
we stayed", "I'd do A from X", "we did that from X"; and "isn't worth a day trip", "wouldn't
do A from X", which deny one."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.models import Relation
from itinerary.trips.travel import Travel

NAMES = ["Osaka", "Nara", "Kobe", "Himeji", "Vienna", "Melk", "Bratislava"]


def said(gazetteer: Gazetteer, travel: Travel, text: str,
         relations: dict[tuple[str, str], Relation] | None = None) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, [text], NAMES, relations)


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
    ("Kansai plan\nDay 1: arrive Osaka\nDay 2: Himeji (from Osaka)\nDay 3: Kobe (from Osaka, "
     "back late)\nDay 4: fly home",
     {("Osaka", "Himeji"), ("Osaka", "Kobe")}),
    ("Kansai\nOsaka is where we stayed, and Himeji was an easy day trip from there.",
     {("Osaka", "Himeji")}),
    ("Kansai\nI'd do Nara from Osaka, but I wouldn't do Himeji from Osaka.",
     {("Osaka", "Nara")}),
    ("Kansai\nNara is small and calm. We did that from Osaka in an afternoon.",
     {("Osaka", "Nara")}),
])
def test_an_outing_said_in_a_trip_report(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_a_stay_moved_on_to_is_a_base_though_read_as_a_home(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Japan\nAfter three nights in Kobe, where we did Himeji as a day trip, we moved over "
            "to Osaka and did Nara one morning, back by lunch.")
    assert said(gazetteer, travel, text, {("post", "Osaka"): "lives"}) == {
        ("Kobe", "Himeji"), ("Osaka", "Nara")}


def test_not_worth_a_day_trip_denies_it(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Vienna for a week\nWe stayed in Vienna for a week. Honestly Bratislava isn't "
            "worth a day trip from Vienna, the old town is tiny.")
    assert said(gazetteer, travel, text) == set()
