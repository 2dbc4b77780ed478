"""Day trips a post asks about in questions after saying it wants some ("We'd like a couple of
day trips. A? B?"): each goes out from the post's stay, never from a town only asked about;
a drive done "in a day" to a town then stayed in for nights is a move, no day trip; "Also X to Y
is a day out" sets out from X. Texts of our own."""

from __future__ import annotations

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def said(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    report = analyzer.analyze(Thread(sections=(Section(id="post", author=None, text=text),)))
    names = {p.place.id: p.place.name for p in report.places}
    return {(names[d.base], names[d.destination]) for d in report.day_trips if d.kind == "said"}


def test_questions_after_a_wish_for_day_trips_name_them_from_the_stay(
        analyzer: Analyzer) -> None:
    found = said(analyzer, "Spring in Spain\n\nWe have six nights in Valencia in March and no "
                           "car. We would like a couple of day trips. Sagunto? Xativa? Or is "
                           "Requena worth it?")
    assert {("Valencia", "Sagunto"), ("Valencia", "Xàtiva")} <= found
    assert not any(base != "Valencia" for base, _ in found)


def test_a_drive_in_a_day_to_a_town_stayed_in_is_no_day_trip(analyzer: Analyzer) -> None:
    assert said(analyzer, "Austria\n\nWe drove from Munich to Salzburg in a day and stayed "
                          "four nights there.") == set()



def test_a_leg_opening_its_sentence_after_also_sets_out_from_its_first_town(
        analyzer: Analyzer) -> None:
    found = said(analyzer, "Andalucia\n\nWe stayed two nights in Ronda. Also Granada to the "
                           "Alpujarras is a lovely day out if you have a car.")
    assert found == {("Granada", "Las Alpujarras")}
