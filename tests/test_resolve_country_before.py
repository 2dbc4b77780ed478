"""A country written earlier in a sentence holds the names after it, as a region would: "in
Canada we slept in London" is London, Ontario, even in a thread of US places; "on to Nicaragua,
staying in Leon" is León of Nicaragua beside a trip through Mexico. Written for issue 10
(round 25) in our own words."""

from __future__ import annotations

from gazetteer.geo import distance_km
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

LAKES = """A Great Lakes loop

We drove from Chicago to Detroit and on to Ann Arbor, then back west through Lansing.
Then the side trip: in Canada we slept two nights in London and one in Stratford.
"""

ISTHMUS = """Three months south of the border

Oaxaca, Puebla and Guanajuato filled the first month, then Queretaro and Morelia.
After that we went on to Nicaragua, staying in Leon first and then in Granada by the lake.
"""


def places(text: str, analyzer: Analyzer) -> dict[str, tuple[float, float]]:
    report = analyzer.analyze(read_text(text, "trip.txt"))
    return {r.mention.text: (r.place.lat, r.place.lon) for r in report.resolutions if r.place}


def test_a_country_before_a_name_holds_it(analyzer: Analyzer) -> None:
    found = places(LAKES, analyzer)
    assert distance_km(*found["London"], 42.98, -81.25) < 30, found["London"]
    assert distance_km(*found["Stratford"], 43.37, -80.98) < 30, found["Stratford"]


def test_a_country_before_a_list_holds_its_towns_against_the_threads_country(
    analyzer: Analyzer,
) -> None:
    found = places(ISTHMUS, analyzer)
    assert distance_km(*found["Leon"], 12.44, -86.88) < 30, found["Leon"]
    assert distance_km(*found["Granada"], 11.93, -85.96) < 30, found["Granada"]
