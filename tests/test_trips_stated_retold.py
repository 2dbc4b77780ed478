"""Stated itineraries that fresh own-words threads (corpus/itineraries/threads 22-29) showed
the rules missing: a reply that tells a route again with a change ("So: A, B, C" after advice,
"same as yours but swap B for D: A, D, C"), a trip told from its end ("we ended in C after
a week in B, having started in A"), an open-jaw trip whose exit is named before the stops
between ("flew into A, out of B. In between: C, then D") and an outing after a list's last stop
("A, B, C with a day trip to D").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("Good point about the buses. So: Bologna, Florence, Siena, Rome. One fewer hotel.",
     ["bologna", "florence", "siena", "rome"]),
    ("Same as yours but swap Kandy for Nuwara Eliya: Colombo, Nuwara Eliya, Ella, Galle.",
     ["colombo", "nuwara eliya", "ella", "galle"]),
    ("same route as Pete's but swapping Lyon for Dijon? Paris, Dijon, Annecy, Geneva",
     ["paris", "dijon", "annecy", "geneva"]),
])
def test_a_route_told_again_with_a_change_is_a_list(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text", [
    "So many lovely towns here: Bologna, Florence, Siena and Rome are all worth a look.",
    "Swap a night in Rome for one in Siena? Florence, Pisa and Lucca are my favourites anyway.",
])
def test_lists_after_other_words_stay_no_route(analyzer: Analyzer, text: str) -> None:
    assert stated(analyzer, text) == []


@pytest.mark.parametrize("text, stops", [
    ("We finished up in Sevilla after three nights in Córdoba, having started in Madrid.",
     ["madrid", "cordoba", "sevilla"]),
    ("I ended in Kraków after a week in Prague, having begun in Berlin with friends.",
     ["berlin", "prague", "krakow"]),
])
def test_a_trip_told_from_its_end_reads_in_travel_order(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_an_end_with_no_start_keeps_the_order_told(analyzer: Analyzer) -> None:
    text = "We ended up in Salzburg for the night and drove on to Innsbruck in the morning."
    assert stated(analyzer, text) == [["salzburg", "innsbruck"]]


@pytest.mark.parametrize("text, stops", [
    ("Flew into Seoul, out of Busan. In between: Sokcho for the mountains, then Gyeongju.",
     ["seoul", "sokcho", "gyeongju", "busan"]),
    ("We fly into Munich and home from Vienna, and Salzburg is the only other stop.",
     ["munich", "salzburg", "vienna"]),
])
def test_the_airport_an_open_jaw_trip_leaves_from_is_its_last_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_out_of_a_town_onwards_is_where_the_trip_starts(analyzer: Analyzer) -> None:
    text = "We drove out of Denver to Boulder and then up to Estes Park."
    assert stated(analyzer, text) == [["denver", "boulder", "estes park"]]


@pytest.mark.parametrize("text, stops", [
    ("Our route: Tallinn, Riga, Vilnius with a day trip to Trakai.",
     ["tallinn", "riga", "vilnius", "trakai"]),
    ("We did Seville, Granada and Málaga, with a day out to Ronda at the end.",
     ["seville", "granada", "malaga", "ronda"]),
])
def test_an_outing_after_a_lists_last_stop_is_a_stop_at_its_place(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_stay_with_an_outing_is_no_list(analyzer: Analyzer) -> None:
    assert stated(analyzer, "We stayed in Porto with a day trip to Braga.") == []
