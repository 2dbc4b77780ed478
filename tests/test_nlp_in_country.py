"""A name right before "in" and a country or state that holds a place of that name is that
place, however the model tags it: "Valencia in Venezuela", "Merida in Mexico". Written for
issue 10 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Caribbean coast or the Andes?

Torn between two very different months this winter, any thoughts welcome.

Dario says:
January 9, 2026 at 7:30 pm
Valencia in Venezuela is not one for a first trip right now. Merida in Mexico on the other
hand was easy and friendly, we loved the food.
"""


def test_a_name_followed_by_in_and_its_country_is_that_country_s_place(
    analyzer: Analyzer,
) -> None:
    report = analyzer.analyze(read_text(THREAD, "winter.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions if r.place is not None}
    assert placed["Valencia"].country_code == "VE"
    assert placed["Merida"].country_code == "MX"
