"""Stated itineraries from shapes that fresh own-words threads (Bulgaria, Salta, Queensland,
Poland, Laos, Costa Rica, Hungary, Tanzania, Yucatán, mainland Greece) showed the rules missing:

- a leg or an outline told first ("We did A down to B but ...: A, C, ...", "A to B is a long
  train, we broke it in P. Our route was A, P, B, ...") and then told again in full from the
  same start: one trip, the full one, not the outline glued in front of it (a stop named
  again in the middle, "back to A", is a loop, no retelling);
- a stay told after the stop it came before ("flew out of A after two days in P", "the boat
  to A with a night in P"): P comes first;
- a question about a leg put to another reader ("Name, how was the bus from A to B?"): no trip;
- an outing to a park or an island told in prose ("with a full day in the P", "a day tour of
  P"): a stop at its place, not the region holding the stop before it;
- a stay or a way skipped ("skip the night in P", "skipped the detour through P"): no stop;
- names alone in brackets after a list's stop ("A (B)", "A (B, C)"): what the stay is for;
- a stay list's entry written as notes that move ("- drive to A, 1 night, then over the
  mountains to B for 2 nights", "- fly to A, then the B loop"): part of the list, not advice.

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated_routes

from itinerary.pipeline import Analyzer


def _stops(analyzer: Analyzer, text: str) -> list[list[str]]:
    return [stops for stops, _ in stated_routes(analyzer, text)]


@pytest.mark.parametrize("text, stops", [
    ("We did Lisbon up to Porto in the end, but slowly: Lisbon, Obidos, Coimbra, Aveiro and "
     "then Porto for the last three nights.", ["lisbon", "obidos", "coimbra", "aveiro", "porto"]),
    ("Loved this! Vienna to Salzburg is a long train, we broke it in Linz. Our route was "
     "Vienna, Linz, Salzburg, then over to Innsbruck.",
     ["vienna", "linz", "salzburg", "innsbruck"]),
])
def test_an_outline_told_again_in_full_is_one_trip(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stops(analyzer, text) == [stops]
    # a stop named again in the middle is no retelling: "back to A" closes a loop
    text = "We started in Kandy. Then Ella, Nuwara Eliya and back to Kandy."
    assert _stops(analyzer, text) == [["kandy", "ella", "nuwara eliya", "kandy"]]


@pytest.mark.parametrize("text, stops", [
    ("We drove down to Hue, then Hoi An, and flew home out of Da Nang after two days in "
     "Hoi An.", ["hue", "hoi an", "da nang"]),
    ("From Hanoi we took the night train to Lao Cai, then went up to Sapa and left for Ha Giang "
     "after three nights in Sapa.", ["hanoi", "lao cai", "sapa", "ha giang"]),
    ("We started in Seville, then took the bus to Granada with a night in Antequera.",
     ["seville", "antequera", "granada"]),
])
def test_a_stay_told_after_the_stop_it_came_before_comes_first(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stops(analyzer, text) == [stops]


@pytest.mark.parametrize("text", [
    "Priya, how was the ferry from Split to Hvar? We have heard mixed things.",
    "How was the drive from Cusco to Puno in the end?",
])
def test_a_leg_asked_about_is_no_trip(analyzer: Analyzer, text: str) -> None:
    assert _stops(analyzer, text) == []



@pytest.mark.parametrize("text, stops", [
    ("Then we drove from Brisbane to Hervey Bay, two nights there with a day tour of Fraser "
     "Island, and north to Bundaberg.", ["brisbane", "hervey bay", "fraser island", "bundaberg"]),
    ("We drove from Denver to Moab, three nights there with a full day in Canyonlands, then "
     "on to Page.", ["denver", "moab", "canyonlands", "page"]),
])
def test_an_outing_to_a_park_or_island_in_prose_is_a_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """"with a full day in the P", "a day tour of P": P is where the outing went, not the
    region the stop before it lies in."""
    assert _stops(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Honestly I'd skip the stop in Pisa and go from Florence straight to Lucca, then on to "
     "Genoa.", ["florence", "lucca", "genoa"]),
    ("We skipped the detour through Bled and drove from Ljubljana to Piran, then down to "
     "Rovinj.", ["ljubljana", "piran", "rovinj"]),
])
def test_a_stay_or_way_skipped_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stops(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Day 1-2: Bangkok\nDay 3-4: Siem Reap (Angkor Wat, Ta Prohm)\nDay 5: Battambang\n"
     "Day 6-7: Phnom Penh", ["bangkok", "siem reap", "battambang", "phnom penh"]),
    ("Day 1: Edinburgh\nDay 2: Pitlochry (Blair Atholl)\nDay 3-4: Inverness\nDay 5: Skye",
     ["edinburgh", "pitlochry", "inverness", "skye"]),
])
def test_names_in_brackets_after_a_days_stop_are_what_it_is_for(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """"A (B, C)" in a list: B and C are what the stay at A is for, no stops of their own
    (an outing told in the brackets, "(day trip to B)", stays one)."""
    assert _stops(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Our plan:\n- Lisbon 3 nights\n- Sintra 1 night\n- drive down to Evora, 1 night, then on "
     "along the back roads to Lagos for three nights\n- Faro 1 night",
     ["lisbon", "sintra", "evora", "lagos", "faro"]),
    ("So far:\n- Hanoi 3 nights\n- Ninh Binh 2 nights\n- fly to Hue, then the train over the "
     "pass to Hoi An for the rest", ["hanoi", "ninh binh", "hue", "hoi an"]),
])
def test_a_stay_lists_entry_of_notes_that_moves_is_part_of_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """A bulleted entry written as notes ("- drive to A, 1 night, then on to B", "- fly to A,
    then ...") goes on with the stay list it stands in, the writer's own plan, not advice."""
    assert _stops(analyzer, text) == [stops]
