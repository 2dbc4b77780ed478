"""Routes written tight that the model glues into one entity are read name by name: a chain of
bare hyphens ("Krakow-Zakopane-Bratislava" as one PERSON), a day's numbers before its stop
("Days 3-4 Bratislava" as one DATE) and a verb of travel opening the sentence ("Flew Vienna
to Split" with "Flew Vienna" as one PERSON). Written for issue 12 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Central Europe by train, ten days

Rough plan: Krakow-Zakopane-Bratislava-Vienna, trains only, mid September. Too much?

Agata says:
August 1, 2026 at 9:00 am
We did almost exactly that. Days 1-2 Krakow, 3-4 Bratislava was tight but fine. Flew Vienna
to Split at the end for a week of sea.
"""


def test_a_route_written_tight_is_read_name_by_name(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "trains.txt"))
    post = [r.mention.text for r in report.resolutions if r.mention.section == "post"]
    assert {"Krakow", "Zakopane", "Bratislava", "Vienna"} <= set(post)
    reply = {r.mention.text for r in report.resolutions if r.mention.author == "Agata"}
    assert {"Krakow", "Vienna", "Split"} <= reply
    name = {p.place.id: p.place.name for p in report.places}
    routes = [[name[s] for s in i.stops] for i in report.itineraries]
    assert any(r[:4] == ["Kraków", "Zakopane", "Bratislava", "Vienna"] for r in routes), routes


def test_a_route_with_spaced_dashes_read_as_one_person_is_its_stops(analyzer: Analyzer) -> None:
    # The model reads each of these chains as one PERSON; a spaced dash never joins a name.
    text = """Salzkammergut by car?

We did Hallstatt - Gosau - Werfen - Salzburg last June and loved it.

Pieter says:
May 3, 2026 at 8:12 am
We did it the other way and then Florence - Bologna - Verona the year after.
"""
    report = analyzer.analyze(read_text(text, "loops.txt"))
    found = {(r.mention.section, r.mention.text) for r in report.resolutions if r.place}
    post = {t for s, t in found if s == "post"}
    assert {"Hallstatt", "Gosau", "Werfen", "Salzburg"} <= post
    assert {"Florence", "Bologna", "Verona"} <= {t for s, t in found if s != "post"}
