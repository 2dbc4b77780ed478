"""Day trips said by the evening back at the base ("back in X for the night"), by "a day in A
from X" with no verb, by "a morning out at A" or "a good outing", by a verbless reply that
gives the distance of the place just asked about, and by a cue in a bracket, which speaks of
the item before it only; a stay of "an afternoon and a night" is none."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.trips.travel import Travel

NAMES = ["Lisbon", "Sintra", "Évora", "Porto", "Braga", "Coimbra", "Óbidos", "Lagos", "Sagres",
         "Silves", "Tomar", "Nazaré"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, texts, NAMES)


@pytest.mark.parametrize(("texts", "expected"), [
    (("Portugal in March\nWe stayed in Lisbon for a week. Took the early train to Évora for the "
      "market and were back in Lisbon for the night.",), {("Lisbon", "Évora")}),
    (("North\nFive nights in Porto. Braga one day, back to Porto for the night after the "
      "cathedral.",), {("Porto", "Braga")}),
    (("North\nWe had a week in Porto. A day in Braga from Porto is enough for the old town.",),
     {("Porto", "Braga")}),
    (("Algarve\nFive nights in Lagos, with a morning out at Sagres and an afternoon out to "
      "Silves.",), {("Lagos", "Sagres"), ("Lagos", "Silves")}),
    (("Portugal\nWe used Lisbon as a base for a week. Sintra and Évora made good outings.",),
     {("Lisbon", "Sintra"), ("Lisbon", "Évora")}),
    (("Porto, four nights\nWe're in Porto for four nights. Is Braga a fair excursion?",),
     {("Porto", "Braga")}),
    (("Lisbon for a week\nWe have a flat in Lisbon for seven nights.",
      "Did you get to Sintra? Forty minutes on the train and an easy day out from Lisbon."),
     {("Lisbon", "Sintra")}),
])
def test_an_outing_said_by_its_evening_its_day_or_its_distance(
        gazetteer: Gazetteer, travel: Travel, texts: tuple[str, ...],
        expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, *texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Portugal\nWe split the fortnight between Porto, Coimbra (our base for Tomar) and Lisbon.",
     {("Coimbra", "Tomar")}),
    ("Portugal\nIf you go back, Sintra (an easy side trip from Lisbon) and Lagos are worth it.",
     {("Lisbon", "Sintra")}),
    ("Portugal\nThree nights in Porto, then Lisbon (day trip to Sintra, and the tiles museum) "
     "and Lagos.", {("Lisbon", "Sintra")}),
    # an outing to a place the gazetteer lacks: the town before the bracket is its base
    ("Portugal\nFour nights in Lisbon, then Coimbra (day trip to the Buçaco forest, the rest "
     "was the university) and Porto.", set()),
    ("Portugal\nThree nights in Porto, then Braga (a side trip out to the Peneda hills, and "
     "lots of churches) and home.", set()),
])
def test_a_cue_in_a_bracket_speaks_of_the_item_before_it(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize("text", [
    "Portugal\nWe stayed in Porto for a week. Took the bus to Braga for a morning and one night, "
    "then carried on to Coimbra.",
    "Portugal\nFive nights in Lisbon. Then the train to Tomar for an afternoon and one night, and "
    "on to Coimbra.",
])
def test_an_afternoon_and_a_night_is_a_stop_not_a_day_trip(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == set()
