"""Stated itineraries from layouts the session-14 own-words routes showed the rules missing:
days written as numeric dates ("5/10: A"), a run of day ranges on one line after any word
("Probably Days 1-2 A, 3-4 B, 5-6 C"), a trip told from its end with the stops passed on the
way from its start ("we finished up in D, having driven up from A by way of B and C"), and
tables pasted without their outer bars or with a column of hotels, whose names are often
towns' names too ("| 3 | Parnu | Windsor |"); and a swap ("I'd swap B for C"), which rewrites
the route told before it, in its comment or in the one it answers, and is no leg B -> C; a
route label before a list in brackets ("your route (A, B, C)"); a place named as where a thing
came from ("a beer that had been brewed in A"); and, no route, a question weighing a stay
against a move ("Do we base ourselves in A, or go on to B?").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated, stated_routes, written

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def stated_routes_of(analyzer: Analyzer, text: str) -> list[tuple[list[str], bool]]:
    return [(stops, i.recommended) for stops, i in stated_routes(analyzer, text)]


def test_numeric_dates_label_the_days_of_a_list_and_a_rating_does_not(
        analyzer: Analyzer) -> None:
    text = ("5/10: Kyoto, temples all day.\n7/10: Nara, deer everywhere.\n"
            "8/10: Osaka, street food.\n10/10: Hiroshima.\n\n10/10 would do it all again.")
    assert stated(analyzer, text) == [["kyoto", "nara", "osaka", "hiroshima"]]


@pytest.mark.parametrize("text, stops", [
    ("Probably Days 1-2 Vienna, 3-4 Salzburg, 5-6 Munich.", ["vienna", "salzburg", "munich"]),
    ("Days 1-2 Vienna, 3-4 Salzburg, 5-6 Munich", ["vienna", "salzburg", "munich"]),
])
def test_day_ranges_going_on_along_one_line(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("We finished up in Munich, having driven up from Verona by way of Bolzano and "
     "Innsbruck.", ["verona", "bolzano", "innsbruck", "munich"]),
    ("Our last night was in Lima; we'd come over from Cusco by way of Puno and Arequipa.",
     ["cusco", "puno", "arequipa", "lima"]),
])
def test_a_trip_told_from_its_end_with_stops_passed_from_its_start(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text", [
    "| Night | Town | Hotel |\n|---|---|---|\n| 1-2 | Tallinn | Bristol |\n| 3 | Parnu | Windsor |"
    "\n| 4-5 | Riga | Cambridge House |\n| 6 | Vilnius | Hotel Savoy |",
    "Night | Town | Hotel\n1-2 | Tallinn | Bristol\n3 | Parnu | Windsor\n4-5 | Riga | Cambridge "
    "House\n6 | Vilnius | Hotel Savoy",
])
def test_a_table_with_or_without_bars_and_its_hotels_are_no_stops(
        analyzer: Analyzer, text: str) -> None:
    assert stated(analyzer, text) == [["tallinn", "parnu", "riga", "vilnius"]]


def test_a_swap_rewrites_the_route_told_before_it_as_advice(analyzer: Analyzer) -> None:
    text = ("> Vienna > Salzburg > Innsbruck > Zurich\nLooks good. I would swap Innsbruck for "
            "Hallstatt though.")
    assert stated_routes_of(analyzer, text) == [(["vienna", "salzburg", "hallstatt", "zurich"],
                                                  True)]


def test_a_reply_swapping_one_stop_rewrites_the_posts_route(analyzer: Analyzer) -> None:
    thread = Thread(sections=(
        Section(id="post", author="ana", text="Ten days in Portugal in May. Plan: Lisbon (3n) > "
                "Sintra (1n) > Porto (3n) > Lagos (3n). Thoughts?"),
        Section(id="comment-1", author="ben", text="Looks fine, but I'd swap Sintra for Evora, "
                "Sintra is an easy day trip from Lisbon.")))
    report = analyzer.analyze(thread)
    routes = [(i.section, [written(report, s) for s in i.stops], i.recommended)
              for i in report.itineraries if i.kind == "stated"]
    assert routes == [("post", ["lisbon", "sintra", "porto", "lagos"], False),
                      ("comment-1", ["lisbon", "evora", "porto", "lagos"], True)]


@pytest.mark.parametrize("text, stops", [
    ("We cycled from Ghent to Bruges, with a stop for beer that had been brewed in Leuven, "
     "and rode on to Ostend.", ["ghent", "bruges", "ostend"]),
    ("Bus from Cusco to Puno, then the train to Arequipa, which was slower than the one from "
     "Ollantaytambo.", ["cusco", "puno", "arequipa"]),
])
def test_a_place_named_as_where_a_thing_came_from_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_route_label_before_a_list_in_brackets(analyzer: Analyzer) -> None:
    text = "Your itinerary (Seoul, Gyeongju, Busan, Jeju) is pretty standard, it works."
    assert stated(analyzer, text) == [["seoul", "gyeongju", "busan", "jeju"]]


def test_a_question_weighing_a_stay_against_a_move_is_no_route(analyzer: Analyzer) -> None:
    text = "Do we base ourselves in Bergen for the fjords, or go on to Alesund after?"
    assert stated(analyzer, text) == []


def test_a_trip_told_from_its_end_then_in_full_is_the_full_trip(analyzer: Analyzer) -> None:
    text = ("We finished in Krakow, having started in Berlin. Train from Berlin to Wroclaw, then "
            "on to Katowice and finally Krakow.")
    assert stated(analyzer, text) == [["berlin", "wroclaw", "katowice", "krakow"]]
