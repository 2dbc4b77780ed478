"""A quarter of a big town that shares its name with a town elsewhere is one of the name's
places, and the thread's town and region make it the one meant: "Triana" in Seville is not the
village of Málaga province, the "Kalsa" of Palermo not a Slovak village. Written for issue 10
(round 23) in our own words."""

from __future__ import annotations

from gazetteer.geo import distance_km
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Two islands of old quarters

Sicily first: in Palermo we slept in the Kalsa, near the sea walls, then Cefalu and Catania.
Then a flight to Spain: in Seville we had a flat in Triana across the bridge from the old town,
and we finished in Granada.
"""


def test_a_quarter_named_like_a_far_town_is_found_in_its_town(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "two-countries.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions}
    kalsa, triana = placed["Kalsa"], placed["Triana"]
    assert kalsa is not None and distance_km(kalsa.lat, kalsa.lon, 38.12, 13.37) < 5, kalsa
    assert triana is not None and distance_km(triana.lat, triana.lon, 37.38, -6.00) < 5, triana
