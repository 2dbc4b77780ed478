"""What a traveller sees is a place and whom they visit may be a person: "I want to see
Trincomalee" places Trincomalee though the model reads it as a person's name, and "we visited
Linda and Tom in Denver" places Denver only. Written for issue 10 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Two weeks between Sri Lanka and the Rockies

Splitting a long holiday between two very different places, advice welcome.

Kerstin says:
May 3, 2026 at 9:14 am
In Sri Lanka we based ourselves in Galle and saw Mirissa from the whale boat. Next time I want
to see Trincomalee on the east coast.

Rafael says:
May 3, 2026 at 9:40 am
Argentina first: you must see Iguazu if you have three days spare.

Tobias says:
May 3, 2026 at 10:14 am
We visited Linda and Tom in Denver last spring and saw Boulder on the way back.
"""


def test_the_object_of_see_is_a_place_and_visited_friends_are_not(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "two-trips.txt"))
    found = {r.mention.text for r in report.resolutions}
    assert {"Trincomalee", "Iguazu", "Boulder", "Denver", "Galle"} <= found
    assert not {"Linda", "Tom"} & found
