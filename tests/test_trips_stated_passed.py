"""A leg told as the object of a trip verb ("we did A to B"); a place passed that a remark in
brackets names ("B (via P, 3h)"), which the route reads before the stop it leads to; and a
stay the next sentence leaves in time ("Five nights in A. Next morning a bus to B"), where the
route starts; an end told with where it lay ("We finished on the coast at C"); and where the
writer came from ("Coming from X, we flew into A"), no stop. Texts of our own."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize(("text", "route"), [
    ("Years ago I did Seville to Granada on the old bus, five hours of hairpins.",
     ["seville", "granada"]),
    ("we did Hamburg to Copenhagen by train last March, the ferry bit is gone now",
     ["hamburg", "copenhagen"]),
])
def test_a_leg_after_a_trip_verb_is_a_route(analyzer: Analyzer, text: str,
                                            route: list[str]) -> None:
    assert route in stated(analyzer, text)


@pytest.mark.parametrize(("text", "route"), [
    ("Our loop: Munich -> Salzburg (via Chiemsee, 2h) -> Vienna -> Prague",
     ["munich", "chiemsee", "salzburg", "vienna", "prague"]),
    ("Milan -> Genoa -> Nice (via Sanremo, 3h30) -> Marseille, all by train",
     ["milan", "genoa", "sanremo", "nice", "marseille"]),
])
def test_a_place_passed_in_brackets_comes_before_its_stop(analyzer: Analyzer, text: str,
                                                          route: list[str]) -> None:
    assert stated(analyzer, text) == [route]


def test_a_place_passed_in_brackets_under_a_short_day_label(analyzer: Analyzer) -> None:
    text = "D1 Sofia\nD2 Plovdiv (via Pazardzhik), back to Sofia\nD3 Veliko Tarnovo"
    assert stated(analyzer, text) == [["sofia", "pazardzhik", "plovdiv", "sofia", "veliko tarnovo"]]


@pytest.mark.parametrize(("text", "route"), [
    ("Four nights in Valencia first. Next morning a bus down to Alicante, and a few days after "
     "that the train to Murcia.", ["valencia", "alicante", "murcia"]),
    ("Our first couple of days were in Edinburgh. On the Tuesday we drove north to Inverness and "
     "then across to Ullapool.", ["edinburgh", "inverness", "ullapool"]),
])
def test_a_stay_left_the_next_morning_opens_the_route(analyzer: Analyzer, text: str,
                                                       route: list[str]) -> None:
    assert stated(analyzer, text) == [route]


@pytest.mark.parametrize(("text", "route"), [
    ("Flew into Bangkok, night train to Chiang Mai, then Pai. We finished on the coast at Krabi.",
     ["bangkok", "chiang mai", "pai", "krabi"]),
    ("Started in Munich, train to Salzburg and then Hallstatt. We wrapped it up by the lake in "
     "Zell am See.", ["munich", "salzburg", "hallstatt", "zell am see"]),
])
def test_an_end_told_with_where_it_lay_closes_the_route(analyzer: Analyzer, text: str,
                                                         route: list[str]) -> None:
    assert stated(analyzer, text) == [route]


@pytest.mark.parametrize(("text", "route"), [
    ("Coming from Boston, we flew into Dublin, took the bus to Galway and finished in Cork.",
     ["dublin", "galway", "cork"]),
    ("Coming all the way from Perth, we landed in Bangkok and took the train up to Ayutthaya and "
     "then Chiang Mai.", ["bangkok", "ayutthaya", "chiang mai"]),
])
def test_where_the_writer_came_from_is_no_stop(analyzer: Analyzer, text: str,
                                               route: list[str]) -> None:
    assert stated(analyzer, text) == [route]
