"""A birthplace the writer has since left is no home: "born in Liepaja and living in Riga now"
makes Riga the home and Liepaja a place only mentioned; "born and raised in Galway and still
here" keeps Galway the home. Written for issue 11 in our own words."""

from __future__ import annotations

from itinerary.models import Report
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Baltic capitals by bus in May

Vilnius, Riga and Tallinn over nine days, any tips for the bus legs?

Kadri says:
May 2, 2026 at 8:10 am
Local tip from a Latvian, born in Liepaja and living in Riga now: take the early bus from Vilnius.

Aoife says:
May 2, 2026 at 9:30 am
Born and raised in Galway and still here! We did Riga last spring and loved the market.
"""


def relations(report: Report) -> dict[tuple[str | None, str], str]:
    return {(r.mention.author, r.mention.text): r.mention.relation for r in report.resolutions}


def test_a_birthplace_left_for_another_home_is_only_mentioned(analyzer: Analyzer) -> None:
    found = relations(analyzer.analyze(read_text(THREAD, "baltics.txt")))
    assert found[("Kadri", "Riga")] == "lives"
    assert found[("Kadri", "Liepaja")] != "lives"
    assert found[("Aoife", "Galway")] == "lives"


def test_a_base_for_this_week_is_a_stay_not_a_home(analyzer: Analyzer) -> None:
    thread = THREAD + (
        "\nMarco says:\nMay 3, 2026 at 7:45 am\n"
        "We're based in Vilnius this week, the old town is lovely in the evening.\n"
    )
    found = relations(analyzer.analyze(read_text(thread, "baltics.txt")))
    assert found[("Marco", "Vilnius")] != "lives"
