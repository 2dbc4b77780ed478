"""Another name of a place far away is no reading of a village the gazetteer lacks: "Amed" on
Bali's east coast is not Diyarbakir, which Kurdish calls Amed; but a flight may come from
anywhere, so "flew in from Bombay" is still Mumbai. Written for issue 10 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Bali's quiet east side in June

Ten days: Ubud first, then Amed for the snorkelling, then Sidemen for the rice terraces.

Wayan says:
May 1, 2026 at 9:00 am
Amed is lovely and slow, the wreck dive is right off the beach. We flew in from Bombay via
Singapore and it was an easy trip.
"""


def test_a_far_alias_is_left_unresolved_and_a_near_one_kept(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "east-bali.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions}
    assert placed["Ubud"] is not None and placed["Ubud"].country_code == "ID"
    assert placed["Amed"] is None or placed["Amed"].country_code == "ID"
    assert placed["Bombay"] is not None and placed["Bombay"].name == "Mumbai"
