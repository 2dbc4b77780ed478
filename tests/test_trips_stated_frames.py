"""Stated itineraries from the shapes the session-16 own-words routes showed the rules missing:
a weekday before a date labelling a day ("Sun 2 June -", "Sat 4th -"); a plain list offered as
choices, which is no route ("I'd look at: A, B, C", "A/B/C, which one is best?"); a trip told
from its end with each stop told as coming before the one named before it ("Before that it was
B"); one writer's two trips, each opened by its own time ("The first time …", "Last winter …");
and a route written with tildes ("A ~ B ~ C").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("Fri 3 May - Porto\nSat 4 May - Porto, port cellars\nSun 5 May - train to Coimbra\n"
     "Tue 7 May - Lisbon", ["porto", "coimbra", "lisbon"]),
    ("Wed 12th - pick up the car in Dublin\nThu 13th - Galway\nFri 14th - Limerick\n"
     "Sat 15th - Kilkenny", ["dublin", "galway", "limerick", "kilkenny"]),
])
def test_a_weekday_before_a_date_labels_a_day(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_places_offered_as_choices_are_no_route(analyzer: Analyzer) -> None:
    """A plain list that its lead or the words after it call a choice tells no trip; a route
    asked about after its sentence stays a route."""
    assert stated(analyzer, "One day trip from Lisbon, so Sintra/Cascais/Evora, which is "
                            "the best pick?") == []
    assert stated(analyzer, "For a first visit I'd consider:\n- Bruges\n- Ghent\n- Antwerp\n"
                            "Any of them is an hour from Brussels by train.") == []
    assert stated(analyzer, "Our route: Munich, Salzburg, Vienna. Which one would you give an "
                            "extra night?") == [["munich", "salzburg", "vienna"]]


@pytest.mark.parametrize("text, stops", [
    ("We finished in Krakow. Before that it was Zakopane, and before that we had come down "
     "from Warsaw by bus.", ["warsaw", "zakopane", "krakow"]),
    ("Our last night was in Split; we got there from Zadar, which came after three nights in "
     "Zagreb.", ["zagreb", "zadar", "split"]),
])
def test_a_trip_told_from_its_end_one_stop_before_another(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, trips", [
    ("We have done this twice. The first time, years ago: Sydney, Canberra, then down to "
     "Melbourne. Last winter we went north: Brisbane -> Noosa -> Hervey Bay and back to "
     "Brisbane.", [["sydney", "canberra", "melbourne"], ["brisbane", "noosa", "hervey bay",
                                                          "brisbane"]]),
    ("Our first visit was a drive from Denver to Boulder and on to Estes Park. The second time "
     "we flew into Salt Lake City and drove down to Moab, then across to Durango.",
     [["denver", "boulder", "estes park"], ["salt lake city", "moab", "durango"]]),
])
def test_two_trips_each_opened_by_its_own_time(
        analyzer: Analyzer, text: str, trips: list[list[str]]) -> None:
    assert stated(analyzer, text) == trips


def test_a_route_written_with_tildes(analyzer: Analyzer) -> None:
    assert stated(analyzer, "Menton ~ Nice ~ Antibes ~ Cannes, four days by bus.") == [
        ["menton", "nice", "antibes", "cannes"]]
