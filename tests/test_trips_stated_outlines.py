"""Stated itineraries whose first sentence only outlines the trip by its ends ("We land in A and
fly home from B"): a plan told again in full from A is the trip, not the outline; and a plan
that starts elsewhere starts where the trip lands ("Flying into A and out of A. C two nights,
D three, then back to A"). Sentences that say how far places are, and tell no trip: a base's
outings ("From X, A is a short taxi") and a leg said of in the present ("From A to B is about
three hours"); and a stop made on the drive from the stay before ("B was an afternoon on
the drive from A to C") is no return to A.

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("We land in Edinburgh on the 4th and fly home from Inverness on the 15th. For now the "
     "plan is Edinburgh for three nights, two nights in Pitlochry on the way up, then "
     "Inverness for the rest.", ["edinburgh", "pitlochry", "inverness"]),
    ("Arriving in Budapest, leaving from Krakow. The idea: Budapest four nights, then "
     "Bratislava for one and Krakow to finish.", ["budapest", "bratislava", "krakow"]),
])
def test_a_plan_told_again_in_full_replaces_its_outline(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Flying into Perth on 3 March and out of Perth on the 17th. Margaret River three nights, "
     "Albany two, then Esperance and back to Perth.",
     ["perth", "margaret river", "albany", "esperance", "perth"]),
    ("We land in Christchurch and fly home from Christchurch too. Kaikoura two nights, "
     "Hanmer Springs one, then Akaroa before driving back to Christchurch.",
     ["christchurch", "kaikoura", "hanmer springs", "akaroa", "christchurch"]),
])
def test_a_plan_that_starts_elsewhere_starts_where_the_trip_lands(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text", [
    "From Kandy, Pinnawala is an hour by bus and Dambulla makes a long day out.",
    "From Luang Prabang, the boat to Pak Ou is a classic half day, and Kuang Si is close too.",
    "From Arequipa, the bus to Chivay is a long day, and Cabanaconde is further still.",
])
def test_what_a_bases_outings_are_like_is_no_route(analyzer: Analyzer, text: str) -> None:
    """A sentence that opens with a base and says what reaching each place from it is like
    tells the base's outings, not a trip from one to the next."""
    assert stated(analyzer, text) == []


def test_a_move_told_from_a_fronted_base_is_still_a_route(analyzer: Analyzer) -> None:
    assert stated(analyzer, "From Nafplio, we drove on to Monemvasia and then to Gythio.") == [
        ["nafplio", "monemvasia", "gythio"]]


@pytest.mark.parametrize("text", [
    "From Sarajevo to Mostar is about two and a half hours, and the train is the prettier way.",
    "Tbilisi to Kazbegi takes three hours in a marshrutka, longer in snow.",
])
def test_a_leg_said_of_in_the_present_is_no_route(analyzer: Analyzer, text: str) -> None:
    assert stated(analyzer, text) == []


def test_a_leg_driven_is_still_a_route(analyzer: Analyzer) -> None:
    assert stated(analyzer, "We drove from Sarajevo to Mostar, which is about two hours.") == [
        ["sarajevo", "mostar"]]


@pytest.mark.parametrize("text, stops", [
    ("We stayed three nights in Kandy. Dambulla was a great afternoon on the drive from Kandy "
     "to Sigiriya.", ["kandy", "dambulla", "sigiriya"]),
    ("We stayed three nights in Split. Trogir was a lovely morning on the drive from Split to "
     "Zadar.", ["split", "trogir", "zadar"]),
])
def test_a_stop_made_on_the_drive_from_the_stay_before_is_no_return_to_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """"B was an afternoon on the drive from A to C", after a stay in A: the drive sets out from
    A, so the trip is A, B, C, not back to A in between."""
    assert stated(analyzer, text) == [stops]
