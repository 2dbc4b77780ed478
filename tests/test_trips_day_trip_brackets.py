"""A stay written in brackets with its outings ("X (4 nights, with A and B as day trips)")
sets out from X and reaches no further than the bracket; a leg the text says took far longer
than a day allows is no day trip, whatever else the sentence says of the day. Own words."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.trips.travel import Travel

NAMES = ["Tokyo", "Kyoto", "Nara", "Uji", "Osaka", "Florence", "Siena", "Lucca", "Rome",
         "Naples"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, list(texts), NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kansai plan\nTokyo one night, then Kyoto (4 nights, with Nara and Uji as day trips), "
     "Osaka 2 nights.", {("Kyoto", "Nara"), ("Kyoto", "Uji")}),
    ("Tuscany\nRome two nights, then Florence (5 nights; Siena and Lucca as day trips), "
     "and Naples to finish.", {("Florence", "Siena"), ("Florence", "Lucca")}),
])
def test_a_stay_in_brackets_is_the_base_of_the_outings_in_them(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_a_leg_said_to_take_most_of_a_day_is_no_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    post = "Italy by rail\nFlorence three nights, then Rome two nights and Naples to finish."
    reply = "The Rome to Naples slow train took seven hours and was our best day in Italy."
    assert said(gazetteer, travel, post, reply) == set()
