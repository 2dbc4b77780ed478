"""A trip told to its last stay ("our last three nights were in D", "we rounded off the trip
with four days in D") ends at that stay; a place passed on from what others say of it
("locals kept recommending P", "everyone says P is ...") is a tip, not a stop; a paragraph
ending on a day out from a base it reached goes on into the next paragraph's move. Texts of
our own."""

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
    ("We flew into Edinburgh and stayed four nights, with a day trip to Stirling.\n\nAfter "
     "that we took the train north to Inverness and then on to Aviemore.",
     ["edinburgh", "stirling", "inverness", "aviemore"]),
    ("We took the ferry to Helsinki. Three nights there, with a day out to Porvoo.\n\nFrom "
     "Helsinki we sailed over to Tallinn and then bussed to Riga.",
     ["helsinki", "porvoo", "helsinki", "tallinn", "riga"]),
])
def test_a_day_out_at_a_paragraph_end_stays_in_the_trip(
        analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert stated(analyzer, text) == [route]
