"""A quarter of a big town that shares its name with a town elsewhere is the quarter when its
town is written in the same sentence: "Porto ... we stayed in Ribeira" is Porto's riverside,
not Ribeira in Brazil. Written for issue 10 (round 23) in our own words."""

from __future__ import annotations

from gazetteer.geo import distance_km
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Two countries, one language

Brazil first: Rio for a week, then Salvador and Recife. After that we flew across to Portugal.
In Porto we stayed in Ribeira right on the water. Then a flight to Spain: in Seville we had a
flat in Triana across the bridge from the old town.
"""


def test_a_quarter_of_the_sentence_town_beats_a_far_namesake(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "two-countries.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions}
    ribeira, triana = placed["Ribeira"], placed["Triana"]
    assert ribeira is not None and distance_km(ribeira.lat, ribeira.lon, 41.14, -8.61) < 5
    assert triana is not None and distance_km(triana.lat, triana.lon, 37.38, -6.00) < 5
