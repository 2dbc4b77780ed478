"""A home verb gives a home only to its own place: "I'm based in Utrecht and cycle out to
Haarlem" keeps Haarlem a trip, "moved from Bristol to Bath" makes Bath the home and not Bristol,
"grew up in Split but live in Zagreb now" leaves Split behind, and "we moved on to Hue" is a
trip's next stop where "we moved back to Galway" is a home. Written for issue 11 in our own
words."""

from __future__ import annotations

from itinerary.models import Report
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Where are you all writing from?

Curious where the regulars of this blog are based. I'm in Ghent myself.

Joost says:
June 4, 2026 at 7:02 am
I'm based in Utrecht and cycle out to Haarlem on Sundays when the weather allows.

Nell says:
June 4, 2026 at 8:40 am
We moved from Bristol to Bath in March, much quieter.

Ivana says:
June 4, 2026 at 9:15 am
I grew up in Split but live in Zagreb now. My brother grew up in Hvar and still lives there.

Tariq says:
June 4, 2026 at 11:30 am
After twenty years in Manchester we moved to Kendal, right on the edge of the Lakes.

Sofie says:
June 5, 2026 at 6:05 am
We live in Vesterbro and work in Norrebro, so the bikes get a lot of use.

Wim says:
June 5, 2026 at 9:40 am
Not a local, just a reader on the road: from Hanoi we moved on to Hue and later moved down to
Hoi An for a week. My sister moved back to Cork after years away and loves it.

Orla says:
June 5, 2026 at 10:10 am
We moved back to Galway last year after a long spell abroad.
"""


def relations(report: Report) -> dict[tuple[str | None, str], str]:
    return {(r.mention.author, r.mention.text): r.mention.relation for r in report.resolutions}


def test_a_home_verb_gives_only_its_own_place_a_home(analyzer: Analyzer) -> None:
    found = relations(analyzer.analyze(read_text(THREAD, "regulars.txt")))
    assert found[("Joost", "Utrecht")] == "lives"
    assert found[("Joost", "Haarlem")] != "lives"
    assert found[("Nell", "Bath")] == "lives"
    assert found[("Nell", "Bristol")] != "lives"
    assert found[("Ivana", "Zagreb")] == "lives"
    assert found[("Ivana", "Split")] != "lives"
    assert found[("Tariq", "Kendal")] == "lives"
    assert found[("Tariq", "Manchester")] != "lives"
    assert found[("Sofie", "Vesterbro")] == "lives"
    assert found[("Sofie", "Norrebro")] != "lives"
    assert found[("Wim", "Hue")] != "lives"  # a move along a trip
    assert found[("Wim", "Hoi An")] != "lives"
    assert found[("Orla", "Galway")] == "lives"


def test_the_summary_names_each_reader_under_one_home(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "regulars.txt"))
    names = {p.place.id: p.place.name for p in report.places}
    homes = {(names[line.place_id], person)
             for line in report.readers_also_went_to for person in line.lives}
    assert ("Bath", "Nell") in homes and ("Zagreb", "Ivana") in homes
    assert not {("Bristol", "Nell"), ("Split", "Ivana"), ("Manchester", "Tariq"),
                ("Haarlem", "Joost")} & homes
