"""Stated itineraries that fresh own-words threads (corpus/itineraries/threads 22-29) showed
the rules missing: a reply that tells a route again with a change ("So: A, B, C" after advice,
"same as yours but swap B for D: A, D, C") and a trip told from its end ("we ended in C after
a week in B, having started in A").

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
