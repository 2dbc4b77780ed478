"""Stated itineraries: what own-words probe threads of session 23 showed the rules missing. A
title's negation ("... without a car") reaching the first stop over a blank line; a small
town a city's districts would swallow, told as an outing ("a morning out to A"); a city-state
(Singapore, Hong Kong) read as its country; a place only compared ("reminded us of A") or
ruled out by "no A"; the base an outing left, named again as the trip leaves it ("a day trip
to B. We left A for C"), and a stay that such a sentence leaves; a numbered day before its
move ("Day 4 back to A"); a park stayed in after a stop that is over ("After A we spent a
night in the B park"); a route told again as "so it's now A, B, C"; a negation in an aside
closed before the next stop ("to B (we didn't stop in P) and on to C").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("Andalusia without a hire car\n\nWe took the train into Seville and stayed four nights, "
     "then went on to Cordoba and finished in Granada.", ["seville", "cordoba", "granada"]),
    ("Never again in August\n\nWe landed in Naples, took the ferry to Ischia and then on to "
     "Capri.", ["naples", "ischia", "capri"]),
])
def test_a_titles_negation_stops_at_the_blank_line(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("We spent four nights in Florence, with an evening out to Fiesole, then took the bus to "
     "Siena and finished in Arezzo.", ["florence", "fiesole", "siena", "arezzo"]),
    ("We had four nights in Palermo, with a morning out to Monreale, then took the bus to "
     "Trapani and finished in Marsala.", ["palermo", "monreale", "trapani", "marsala"]),
])
def test_an_outing_keeps_a_small_town_near_a_city(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("We flew from Singapore to Kuching and then on to Miri.", ["singapore", "kuching", "miri"]),
    ("Three nights in Hong Kong, then the train to Guangzhou and a flight on to Guilin.",
     ["hong kong", "guangzhou", "guilin"]),
])
def test_a_city_state_is_a_stop(analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("We flew into Lima and went on to Arequipa, which reminded me of Seville in a way. After "
     "Arequipa we spent two nights in Puno.", ["lima", "arequipa", "puno"]),
    ("Our loop went Salzburg, Hallstatt and Linz by train, and no Vienna this time.",
     ["salzburg", "hallstatt", "linz"]),
])
def test_a_place_only_compared_or_ruled_out_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("We drove up to Cusco and did a day trip out to Pisac. We left Cusco on the Monday for "
     "Puno.", ["cusco", "pisac", "cusco", "puno"]),
    ("We stayed in Kandy and did a half day out to Pinnawala. We left Kandy on the Friday for "
     "Ella.", ["kandy", "pinnawala", "kandy", "ella"]),
])
def test_the_base_an_outing_left_is_named_again_as_the_trip_leaves_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_numbered_day_before_its_move_is_a_day_label(analyzer: Analyzer) -> None:
    text = "Our week:\nDay 1 Lisbon\nDay 2 Sintra\nDay 3 drive to Evora\nDay 4 back to Lisbon"
    assert stated(analyzer, text) == [["lisbon", "sintra", "evora", "lisbon"]]


def test_a_park_stayed_in_after_a_stop_that_is_over_is_a_stop(analyzer: Analyzer) -> None:
    text = ("We flew into Windhoek and drove to Sesriem. After Sesriem we spent a night at a camp "
            "in the Namib-Naukluft National Park, then went on to Swakopmund.")
    assert stated(analyzer, text) == [["windhoek", "sesriem", "namib naukluft national park",
                                       "swakopmund"]]


def test_a_route_told_again_as_it_is_now(analyzer: Analyzer) -> None:
    text = "We cut Bologna, so the route is now Milan, Verona, Padua and Venice."
    assert stated(analyzer, text) == [["milan", "verona", "padua", "venice"]]


@pytest.mark.parametrize("text, stops", [
    ("We drove from Graz to Maribor (we didn't stop in Ptuj after all) and then on to Zagreb.",
     ["graz", "maribor", "zagreb"]),
    ("From Krakow we took the train to Wroclaw (never found time for Opole), and later on to "
     "Poznan.", ["krakow", "wroclaw", "poznan"]),
])
def test_a_negation_in_a_closed_aside_rules_out_no_later_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]
