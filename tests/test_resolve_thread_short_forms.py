"""Short forms a thread teaches: once it names Zion National Park, "Zion" is the park and not a
town of Illinois; once it names the Grand Canyon or the Columbia River Gorge, "the Canyon" and
"the Gorge" are those, and "the Lakes" the Lake District. Written for issue 10 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Utah and Arizona parks in a week

Flying into Las Vegas in April, then Zion National Park for two nights and the Grand Canyon
South Rim for two. Is the Canyon worth getting up for at sunrise?

Marisol says:
March 3, 2026 at 8:00 am
Absolutely, the Canyon at first light was the best hour of our trip. In Zion walk the Narrows
if the river is low.

Tate says:
March 3, 2026 at 9:30 am
Different corner, but we saw the Columbia River Gorge from Portland last summer and went back
out to the Gorge on a weekday morning, far quieter.

Bea says:
March 4, 2026 at 7:15 am
Nothing like that here: a wet week in the Lake District last spring, and we are going back
to the Lakes in May anyway.
"""


def test_a_thread_s_full_name_decides_its_short_forms(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "parks.txt"))
    placed = {
        (r.mention.author, r.mention.text): r.place.name
        for r in report.resolutions
        if r.place is not None
    }
    assert placed[("Marisol", "Zion")] == "Zion National Park"
    assert placed[("Marisol", "Canyon")] == "Grand Canyon"
    assert placed[("Tate", "Gorge")] == "Columbia River Gorge"
    assert placed[("Bea", "Lakes")] == "Lake District"  # not Lakes state in South Sudan
