"""A trip told to its last stay ("our last three nights were in D", "we rounded off the trip
with four days in D") ends at that stay; a place passed on from what others say of it
("locals kept recommending P", "everyone says P is ...") is a tip, not a stop; day trips from
a base the trip then leaves are stops at their place; "ended in B after two nights in P"
puts P before B. Texts of our own."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize(("text", "route"), [
    ("We took the train from Vienna to Salzburg and then on to Innsbruck. Our last three "
     "nights were in Munich.", ["vienna", "salzburg", "innsbruck", "munich"]),
    ("We rented a car in Tallinn and drove down to Tartu, then on to Riga. We rounded off the "
     "trip with four days in Vilnius.", ["tallinn", "tartu", "riga", "vilnius"]),
    ("From Seattle we drove to Portland and carried on down the coast to Eureka. We ended "
     "with a lazy week in San Francisco.", ["seattle", "portland", "eureka", "san francisco"]),
])
def test_the_last_stay_ends_the_trip(analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert route in stated(analyzer, text)


@pytest.mark.parametrize(("text", "route"), [
    ("We started in Perth and drove north to Kalbarri. Everyone says Shark Bay is the "
     "highlight, but we turned inland to Geraldton and then Broome.",
     ["perth", "kalbarri", "geraldton", "broome"]),
    ("We took the ferry from Victoria up to Nanaimo. Locals kept recommending Tofino, though "
     "the weather turned. Then we drove to Whistler and back to Vancouver.",
     ["victoria", "nanaimo", "whistler", "vancouver"]),
])
def test_a_place_others_tip_is_no_stop(analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert route in stated(analyzer, text)



@pytest.mark.parametrize(("text", "route"), [
    ("We were based in Florence for a week and did day trips to Siena and Lucca. Then we took "
     "the train to Venice and on to Verona.", ["florence", "siena", "lucca", "venice", "verona"]),
    ("We stayed in Cusco for five nights and did day trips to Pisac and Chinchero. After that "
     "we took the bus to Puno.", ["cusco", "pisac", "chinchero", "puno"]),
])
def test_day_trips_from_a_base_the_trip_then_leaves_are_stops(
        analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert stated(analyzer, text) == [route]


@pytest.mark.parametrize(("text", "route"), [
    ("We drove from Denver to Moab, then on to Page, and ended in Las Vegas after two nights "
     "in Kanab.", ["denver", "moab", "page", "kanab", "las vegas"]),
    ("We took the train from Rome to Florence and finished in Milan after three nights in "
     "Bologna.", ["rome", "florence", "bologna", "milan"]),
])
def test_the_end_after_a_stay_comes_after_that_stay(
        analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert stated(analyzer, text) == [route]
