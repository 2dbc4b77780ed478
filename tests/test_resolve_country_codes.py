"""A country written short is the country, even in a thread of airport codes: "USA" beside "LAS"
and "PHX" is not the airport whose code is USA (Concord, North Carolina). Our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Road trip USA southwest - 3 weeks in October

Flying into LAS, then Zion NP for 3 nights (Springdale), Bryce, Capitol Reef, Moab for Arches
and Canyonlands, down to Monument Valley and Page, Grand Canyon south rim, Sedona, and fly home
from PHX. Too much?
"""


def test_a_countrys_abbreviation_among_airport_codes_is_the_country(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "parks.txt"))
    placed = [(r.mention.text, r.place) for r in report.resolutions]
    usa = [place for text, place in placed if text == "USA"]
    assert usa and all(place is not None and place.kind == "country" for place in usa)
    codes = {text: place for text, place in placed if text in ("LAS", "PHX")}
    assert codes and all(place is not None and place.kind == "airport"
                         for place in codes.values())
