"""Routes the thirteenth round's own-words routes (``corpus/itineraries``, threads 30-31) showed
the rules losing, each seen in two unrelated texts: a stop added later between two stops of a
route told before ("EDIT: added C between A and B"), a question about a leg that opens with
"Why" or "Is the" (no trip told), "through the X to P" under a day (P is reached, not passed),
nights written bare before a list's dash ("A 3n - B"), a sentence naming where the trip leaves
from right before the list it leads into ("into A, out of B. So far:"), a pass a few km from
the town the road climbs out of, advice whose bare verb follows a fronted "From A to B,", and
an outing in brackets after a stay told after its place ("(did B as a day trip)") or as a day
at it, and an island reached by boat right before the room in a town on it ("ferry to Mull, room
in Tobermory"), and a stay list's last entry marked like the rest but with no nights ("- Dublin
(2n)" ... "- Galway").
Every sentence is written for this test."""

from __future__ import annotations

import pytest
from stated_stops import stated, stated_routes

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("Our plan: Lisbon > Evora > Lagos > Seville. EDIT: added Faro between Lagos and Seville, "
     "thanks all.", ["lisbon", "evora", "lagos", "faro", "seville"]),
    ("Did Vienna -> Graz -> Ljubljana -> Zagreb in the end, and put Maribor between Graz and "
     "Ljubljana.", ["vienna", "graz", "maribor", "ljubljana", "zagreb"]),
])
def test_a_stop_added_between_two_stops_of_a_told_route(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text", [
    "Is the bus from Cusco to Puno comfortable at night?",
    "Why is the train from Milan to Zurich so expensive this summer?",
])
def test_a_question_about_a_leg_tells_no_trip(analyzer: Analyzer, text: str) -> None:
    assert stated(analyzer, text) == []


def test_a_place_reached_through_a_fjord_or_pass_under_a_day_comes_after_the_day(
        analyzer: Analyzer) -> None:
    text = ("Day 1 - Zurich\nOld town and the lake.\nDay 2 - Lucerne\n"
            "Boat in the morning, then the train through the hills to Interlaken.\nDay 3 - Bern")
    assert stated(analyzer, text) == [["zurich", "lucerne", "interlaken", "bern"]]


def test_nights_written_bare_before_a_dash(analyzer: Analyzer) -> None:
    assert stated(analyzer, "Tirana 2n \u2013 Berat 1n \u2013 Gjirokaster 2n \u2013 Saranda") == [
        ["tirana", "berat", "gjirokaster", "saranda"]]


def test_the_ends_named_right_before_a_list_frame_it(analyzer: Analyzer) -> None:
    text = ("Two weeks, car from Lisbon, flying home from Faro. So far:\n\n"
            "Lisbon (2n) > bus to Evora (2n) > Monsaraz, staying in the village (2n) > Lagos (3n)")
    assert stated(analyzer, text) == [["lisbon", "evora", "monsaraz", "lagos"]]


def test_a_pass_near_the_town_below_it_is_crossed(analyzer: Analyzer) -> None:
    text = ("After two nights in Bolzano we drove up to Canazei, over the Sella Pass to Selva "
            "for four nights.")
    assert stated(analyzer, text) == [["bolzano", "canazei", "sella pass", "selva"]]


def test_a_bare_verb_after_a_fronted_leg_is_advice(analyzer: Analyzer) -> None:
    ((stops, itinerary),) = stated_routes(
        analyzer, "From Seattle to Portland, stop in Olympia for lunch, it halves the drive.")
    assert stops == ["seattle", "olympia", "portland"]
    assert itinerary.recommended


@pytest.mark.parametrize("text, stops", [
    ("Two nights in Cusco (did Pisac as a half day, lovely market), then the train to "
     "Aguas Calientes.", ["cusco", "pisac", "aguas calientes"]),
    ("Three nights in Chiang Mai (plus a day at Lamphun), then the bus up to Chiang Rai.",
     ["chiang mai", "lamphun", "chiang rai"]),
])
def test_an_outing_in_brackets_told_after_its_place_or_as_a_day_at_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Took the boat to Capri from Sorrento and found a room in Anacapri for three nights.",
     ["sorrento", "anacapri"]),
    ("Drove up to Mallaig, ferry over to Skye with two nights in Portree, then down to Glasgow.",
     ["mallaig", "portree", "glasgow"]),
])
def test_an_island_reached_by_boat_then_a_room_in_a_town_on_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Rough draft\n* Sofia (2 nights)\n* Plovdiv (2 nights)\n* Veliko Tarnovo",
     ["sofia", "plovdiv", "veliko tarnovo"]),
    ("Draft:\n- Hobart (3n)\n- Freycinet (2n)\n- Launceston",
     ["hobart", "freycinet", "launceston"]),
])
def test_a_stay_lists_last_entry_with_no_nights(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_first_level_region_between_two_arrows_is_a_step(analyzer: Analyzer) -> None:
    """Penang is a state named like its island: between arrows it is where the writer went."""
    assert stated(analyzer, "Ipoh -> Penang (3n) -> Langkawi -> Kuala Lumpur") == [
        ["ipoh", "penang", "langkawi", "kuala lumpur"]]
