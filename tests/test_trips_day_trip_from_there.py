"""An outing told as a day (or a morning) in a place right after the base it leaves: "from there
a day in B", "from A a morning at B"; not a day in a town reached from the last ("in from A, a
day in B, then C"). Texts of our own."""

from __future__ import annotations

import pytest

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def said(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    report = analyzer.analyze(Thread(sections=(Section(id="post", author=None, text=text),)))
    names = {p.place.id: p.place.name for p in report.places}
    return {(names[t.base], names[t.destination]) for t in report.day_trips if t.kind == "said"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We rented a flat in Seville for ten days. From there a day in Cordoba, by the fast train.",
     {("Sevilla", "Córdoba")}),
    ("Two weeks in Cadiz, and from Cadiz a morning at Jerez for the sherry bodegas.",
     {("Cadiz", "Jerez de la Frontera")}),
])
def test_a_day_in_a_place_after_the_base_it_leaves(analyzer: Analyzer, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert said(analyzer, text) == expected
