"""Day trips said without the words "day trip": a day given to a place, a stated time by train
or each way, the last train back; stays given by a flat or a hub; and outings a clause denies
or spends a night on, which are none."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.trips.travel import Travel

NAMES = ["Lisbon", "Sintra", "Cascais", "Évora", "Lagos", "Porto", "Coimbra", "Braga",
         "Florence", "Lucca", "Pisa", "Óbidos", "Nazaré"]


def said(gazetteer: Gazetteer, travel: Travel, text: str) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, [text], NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Portugal, autumn\nOur flat was in Lisbon for nine nights. Évora got a whole day, and "
     "Sintra and Cascais on one day by train.",
     {("Lisbon", "Évora"), ("Lisbon", "Sintra"), ("Lisbon", "Cascais")}),
    ("Tuscany\nFlorence was our hub for a week. Lucca is an hour by train and Pisa is 50 "
     "minutes on the regional train.",
     {("Florence", "Lucca"), ("Florence", "Pisa")}),
    ("North\nPorto was our home for five nights. Coimbra by the early train, a walk round the "
     "university, last train back.",
     {("Porto", "Coimbra")}),
])
def test_an_outing_said_by_its_day_its_time_or_the_way_back(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize("text", [
    "South\nWe had a week in Lisbon. Don't try Lagos from Lisbon in a day, it's 3 hours each way.",
    "Portugal\nWe stayed in Lisbon for a week. One weekend we drove out to Évora, slept one "
    "night there and drove back.",
])
def test_a_denied_outing_or_a_night_away_is_no_day_trip(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Portugal by train\nWe had a week in Lisbon. Lisbon to Porto is three hours on the fast "
     "train, Porto to Braga under an hour.", set()),
    ("Portugal by train\nWe had a week in Lisbon. From Lisbon to Évora is an hour and a half by "
     "bus.", set()),
    ("Portugal by train\nWe had a week in Lisbon. From Lisbon to Sintra is forty minutes, an "
     "easy day trip.", {("Lisbon", "Sintra")}),
])
def test_a_leg_said_of_in_the_present_is_how_far_not_an_outing(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    """"A to B is three hours on the train" tells how far B is, unless it says a day."""
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize("text", [
    "Portugal\nWe had a week in Lisbon. We spent a morning in Óbidos on the way from Lisbon "
    "to Nazaré.",
    "Tuscany\nFlorence was our base. Lucca made a lovely afternoon on the drive from Florence "
    "to Pisa.",
])
def test_a_part_of_a_day_spent_on_the_way_from_a_to_b_is_no_outing(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    """A morning spent somewhere "on the way from A to B" is a stop of that drive."""
    assert said(gazetteer, travel, text) == set()
