"""Stated itineraries around statements that name two places and tell no trip, and route
shapes fresh own-words records showed the rules missing: a move of home ("we moved from A to B
in 2018", "emigrated from A to B"), a distance or nearness said of a place ("A is two hours from
B", "B is closer to A than C"), a place nearly gone to ("we almost went to A but ended up in B"),
an outing in brackets inside a dash or arrow list ("A (day trip to B) - C"), a stop at its
place, and a list after the verb of a trip told of someone close to the writer ("my sister did
A, B, C and D").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text", [
    "We moved from Manchester to Edinburgh in 2018 and have never looked back.",
    "My parents emigrated from Porto to Toronto when I was six.",
    "She relocated from Denver to Seattle for a new job last spring.",
    "Salzburg is a two-hour train ride from Munich, and Innsbruck is closer to Munich than "
    "Vienna is.",
])
def test_a_move_of_home_or_a_distance_is_no_route(analyzer: Analyzer, text: str) -> None:
    assert stated(analyzer, text) == []


def test_a_distance_said_beside_a_route_leaves_the_route(analyzer: Analyzer) -> None:
    text = ("We drove from Lisbon to Evora and then down to Lagos. "
            "Sintra is forty minutes from Lisbon, which we never got to.")
    assert stated(analyzer, text) == [["lisbon", "evora", "lagos"]]


@pytest.mark.parametrize("text, stops", [
    ("We nearly went to Brasov but ended up in Sibiu for three nights, then drove on to "
     "Sighisoara.", ["sibiu", "sighisoara"]),
    ("Landed in Hanoi, almost went to Sapa but the weather was awful, so we took the night "
     "bus to Hue instead.", ["hanoi", "hue"]),
])
def test_a_place_nearly_gone_to_is_no_stop(analyzer: Analyzer, text: str,
                                            stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Seville (day trip to Cordoba) - Granada - Malaga",
     ["seville", "cordoba", "granada", "malaga"]),
    ("Krakow (day trip to Wieliczka) \u2013 Zakopane \u2013 Wroclaw \u2013 Poznan",
     ["krakow", "wieliczka", "zakopane", "wroclaw", "poznan"]),
])
def test_an_outing_in_brackets_in_a_list_is_a_stop_at_its_place(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("My cousin did Lisbon, Evora, Lagos and Faro by bus and said the beaches made up for the "
     "heat.", ["lisbon", "evora", "lagos", "faro"]),
    ("Our son did Hanoi, Hue, Hoi An and Dalat on a motorbike, which still makes me nervous.",
     ["hanoi", "hue", "hoi an", "dalat"]),
])
def test_a_list_after_someone_close_did_is_their_route(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]
