"""A stay told between an arrival and the next move ("into A, a week in B with a day trip to C,
then the train to D"): B is the base, C the outing; neither A, where the trip came in, nor D,
where it goes next, is a day out; nor is the move after an out-and-back ("to C and back, then
down the coast to D"). Texts of our own."""

from __future__ import annotations

import pytest

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def said(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    report = analyzer.analyze(Thread(sections=(Section(id="post", author=None, text=text),)))
    names = {p.place.id: p.place.name for p in report.places}
    return {(names[t.base], names[t.destination]) for t in report.day_trips if t.kind == "said"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Landed in Marseille, a week in Avignon with a day out to Arles, then up to Lyon.",
     {("Avignon", "Arles")}),
    ("Arrived in Milan, a week in Bergamo with a day trip to Como, then the bus to Verona.",
     {("Bergamo", "Como")}),
    ("Flew into Faro, ten nights in Lagos with a day trip to Sagres, then the train to Lisbon.",
     {("Lagos", "Sagres")}),
])
def test_the_stay_between_arrival_and_move_is_the_base(analyzer: Analyzer, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert said(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("From Hobart we drove out to Port Arthur and back, then up the east coast to Bicheno.",
     {("Hobart", "Port Arthur")}),
    ("From Seville we drove to Ronda and back, then down the motorway to Malaga.",
     {("Sevilla", "Ronda")}),
])
def test_the_move_after_an_outing_is_no_outing(analyzer: Analyzer, text: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert said(analyzer, text) == expected
