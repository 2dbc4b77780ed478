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


# A village of the thread bears the name itself: a far city that a foreign language calls so is
# no reading of it (Bario in Sarawak's highlands is not Bari, Minca by the Colombian coast is
# not Munich), though the Roma of Lesotho still leaves Rome its Italian name.
HIGHLANDS = """Sarawak by small plane

From Miri we took the little plane up to Bario and walked between the longhouses for three
days; the rice up there is famous. Back in Miri we spent a day at the Niah Caves.
"""

TWO_CONTINENTS = """A year of slow travel

Guatemala first: Antigua, then Lake Atitlan. After that I flew to Colombia and spent a week in
Minca, a hill village of coffee farms above the coast. Bolivia came last: Sucre and Uyuni.
"""


def test_a_village_of_the_thread_keeps_its_name_from_a_far_city(analyzer: Analyzer) -> None:
    highlands = analyzer.analyze(read_text(HIGHLANDS, "sarawak.txt"))
    placed = {r.mention.text: r.place for r in highlands.resolutions}
    assert placed["Bario"] is not None and placed["Bario"].name == "Bario", placed["Bario"]
    year = analyzer.analyze(read_text(TWO_CONTINENTS, "year.txt"))
    placed = {r.mention.text: r.place for r in year.resolutions}
    assert placed["Minca"] is None or placed["Minca"].country_code == "CO", placed["Minca"]


# A nickname cut from the place's own name is written wherever the thread is: "Vic Falls" in a
# thread about Portugal is still Victoria Falls, "Gili T" in one about Spain still Gili Trawangan.
NICKNAMES = """Lisbon and Porto in a week

Lisbon for four nights, then the train up to Porto for three.

Rita says:
May 2, 2026 at 8:00 am
Lovely. My next trips are Vic Falls in August and Gili T over the new year.
"""


def test_a_nickname_cut_from_the_name_is_no_foreign_name(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(NICKNAMES, "portugal.txt"))
    placed = {r.mention.text: r.place for r in report.resolutions}
    assert placed["Vic Falls"] is not None and placed["Vic Falls"].country_code == "ZW"
