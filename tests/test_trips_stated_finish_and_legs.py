"""A route that ends "in B via P" passes P before B; a stop named again as a leg of the route
("the Mostar leg was stunning") is no stop of its own; a sentence giving the trip's ends ("we
land in A and fly home from B") before a plan that starts from A again frames it. Texts of our
own."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize(("text", "route"), [
    ("Our plan: fly into Porto, two nights, then the train to Coimbra and Lisbon, finishing in "
     "Lagos via the Alentejo coast road through Vila Nova de Milfontes.",
     ["porto", "coimbra", "lisbon", "vila nova de milfontes", "lagos"]),
    ("We're taking the ferry from Naples to Ischia, then Procida, and ending in Capri via "
     "Sorrento.", ["naples", "ischia", "procida", "sorrento", "capri"]),
])
def test_a_route_ending_via_a_stop_passes_it_first(
        analyzer: Analyzer, text: str, route: list[str]) -> None:
    assert route in stated(analyzer, text)


def test_a_leg_named_after_a_stop_adds_no_stop(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "Last June we did Zagreb → Plitvice → Zadar → Split by bus, the "
                              "Plitvice stretch was the slowest.")
    assert ["zagreb", "plitvice", "zadar", "split"] in routes


def test_the_ends_given_first_frame_the_plan_told_after_them(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We land in Lima on May 3 and fly home from Cusco on the 20th. "
                              "Thinking Lima, Paracas (one night), then a flight to Arequipa, "
                              "Puno for 2 nights, and Cusco for the last week.")
    assert routes == [["lima", "paracas", "arequipa", "puno", "cusco"]]
