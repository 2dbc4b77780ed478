"""Two pieces of local context that outrank the thread's countries: a list before "in Q" is in Q
("Cordoba and Salta in Argentina" in a thread full of Colombia), and a name written after "the"
is the range or region, not a small town of that name ("over the Andes"). Written for issue 10
in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Colombia first, then south by bus

Bogota, Medellin, the coffee towns around Salento and Cali, then Popayan and the border. After
Ecuador we fly on, ending with Cordoba and Salta in Argentina before the flight home.

Lina says:
June 3, 2026 at 8:00 am
Good plan. From Salta we took the bus over the Andes to San Pedro de Atacama, a long day.
"""


def test_a_list_before_in_q_and_a_name_after_the_are_placed_by_their_words(
    analyzer: Analyzer,
) -> None:
    report = analyzer.analyze(read_text(THREAD, "south.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions if r.place is not None}
    assert placed["Cordoba"].country_code == "AR"
    assert placed["Salta"].country_code == "AR"
    assert placed["Andes"].kind != "city"
