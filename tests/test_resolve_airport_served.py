""""X airport" is the airport that serves X, not an airfield that happens to lie nearer the
town: Munich's, not Oberpfaffenhofen; Frankfurt am Main's, not the Wiesbaden army airfield. An
airport filed under another town of the name (Venice, Florida) does not take the phrase from
Venice, Italy. Written for issue 10 (round 25) in our own words."""

from __future__ import annotations

import pytest

from gazetteer.geo import distance_km
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text


@pytest.mark.parametrize(
    ("text", "airport", "within_km"),
    [
        (
            "Bavaria by train\n\nOur plane came down at Munich airport just after six, and by"
            " nine we were eating pretzels near the Viktualienmarkt.\n",
            (48.354, 11.786),
            5,
        ),
        (
            "The Rhine in a week\n\nWe started from Frankfurt airport, picked up a car and drove"
            " to Rudesheim and on to Koblenz.\n",
            (50.033, 8.571),
            5,
        ),
        (
            "Veneto loop\n\nFrom Venice airport we took the bus to Treviso, then the train to"
            " Padua and Vicenza.\n",
            (45.505, 12.352),
            30,  # Marco Polo or Treviso's, not Florida's
        ),
    ],
)
def test_the_airport_of_a_town_is_the_one_that_serves_it(
    analyzer: Analyzer, text: str, airport: tuple[float, float], within_km: float
) -> None:
    report = analyzer.analyze(read_text(text, "airport.txt"))
    places = [r.place for r in report.resolutions if r.place and r.place.kind == "airport"]
    assert places, [(r.mention.text, r.place) for r in report.resolutions]
    assert distance_km(places[0].lat, places[0].lon, *airport) < within_km, places[0]
