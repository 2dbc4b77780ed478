"""A swap in a plan names two places: "swap Salzburg for Hallstatt", "we swapped Hvar for Vis"
(Vis being also a word, and Salzburg read by the model as a person's name). Written for issue 10
and issue 12 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Alps and islands, one summer

Two weeks split between Austria and the Croatian islands, trying not to overdo it.

Ante says:
May 1, 2026 at 9:00 am
Last year we swapped Hvar for Vis at the last minute and loved the quiet. For the Austrian half
I would swap Salzburg for Hallstatt, but go early.
"""


def test_both_sides_of_a_swap_are_places(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "swaps.txt"))
    found = {r.mention.text for r in report.resolutions if r.mention.author == "Ante"}
    assert {"Hvar", "Vis", "Salzburg", "Hallstatt"} <= found
