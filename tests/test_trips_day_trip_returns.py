"""Day trips said by the way back or by a second day ("another we took the train to B"), from a
base given by the lodging near it or by advice ("From X you can easily do Y"), and outings that
end with a night away, which are none."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.trips.travel import Travel

NAMES = ["Bologna", "Modena", "Parma", "Ravenna", "Verona", "Padua", "Munich", "Füssen",
         "Salzburg", "Lyon", "Annecy", "Chamonix", "Innsbruck"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, list(texts), NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Emilia in spring\nWe had five nights in Bologna. One day we went up to Modena by train "
     "and were back for dinner, and another we took the regional train out to Ravenna.",
     {("Bologna", "Modena"), ("Bologna", "Ravenna")}),
    ("Bavaria\nMunich was our home for a week. The castles at Füssen took a whole day and we "
     "were back by nine. Another day we caught the train to Salzburg.",
     {("Munich", "Füssen"), ("Munich", "Salzburg")}),
])
def test_another_day_goes_out_from_the_same_base(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Alps\nOur chalet was just outside Annecy for the whole week. From there we took the bus "
     "to Chamonix for the day.", {("Annecy", "Chamonix-Mont-Blanc")}),
    ("Veneto\nWe rented a farmhouse near Padua for ten days. From there we took the train to "
     "Verona for the day.", {("Padua", "Verona")}),
])
def test_a_lodging_near_a_town_makes_the_town_the_base(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Emilia\nBologna was our base for six nights. Parma was a round trip of about three hours "
     "on the train, worth it for the cheese.", {("Bologna", "Parma")}),
    ("Bavaria\nWe drove out and back to Füssen from Munich, about five hours all told.",
     {("Munich", "Füssen")}),
    ("Bavaria\nWe had a week in Munich and drove to Füssen on Saturday and Salzburg on Sunday, "
     "back in Munich each night.", {("Munich", "Füssen"), ("Munich", "Salzburg")}),
])
def test_a_round_trip_out_and_back_or_back_each_night_is_an_outing(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_advice_from_a_fronted_base_is_an_outing(gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Italy tips?\nWe land in Bologna in May.",
                "From Bologna you can easily do Modena, the train is 25 minutes. From Munich "
                "I'd add Salzburg if you like Mozart.") == {
        ("Bologna", "Modena"), ("Munich", "Salzburg")}


@pytest.mark.parametrize("text", [
    "France\nWe had a week in Lyon. Our day trip to Annecy turned into a night there when the "
    "last train was cancelled.",
    "Italy\nWe stayed in Bologna all week. On the weekend we took the train over to Ravenna "
    "for the day, stayed one night by the mosaics and came back in the morning.",
])
def test_an_outing_that_ends_with_a_night_away_is_none(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == set()
