"""A route that ends "in B via P" passes P before B, and a stop named again as a leg of the route
("the Mostar leg was stunning") is no stop of its own. Texts of our own."""

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
