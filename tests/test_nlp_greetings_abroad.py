"""A greeting in the writer's own language names their home as "Hello from" does: "Bonjour de
Caen!", "Saluti da Bologna!" (which the model reads as one person's name) make a home of Caen
and Bologna. Written for issue 10 and issue 11 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Normandy and Emilia in one summer?

Trying to fit the D-Day beaches and a food week in Italy into one July.

Claire says:
May 1, 2026 at 9:00 am
Bonjour de Caen! The beaches need two full days at least.

Paolo says:
May 1, 2026 at 10:00 am
Saluti da Bologna! Modena and Parma are an easy train ride from here.
"""


def test_a_greeting_from_a_town_in_another_language_is_a_home(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "summer.txt"))
    found = {(r.mention.author, r.mention.text): r.mention.relation for r in report.resolutions}
    assert found[("Claire", "Caen")] == "lives"
    assert found[("Paolo", "Bologna")] == "lives"


FAR_GREETINGS = """Overland from Tbilisi to Yerevan

Two weeks in September, mostly by marshrutka. Which border crossing?

Lilit says:
May 2, 2026 at 8:00 am
Barev from Vanadzor! The Bagratashen crossing is the easy one.

Zaza says:
May 2, 2026 at 9:30 am
Gamarjoba from Batumi, we did it the other way last spring.
"""


def test_greetings_of_the_caucasus_name_the_writers_home(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(FAR_GREETINGS, "overland.txt"))
    found = {(r.mention.author, r.mention.text): r.mention.relation for r in report.resolutions}
    assert found[("Lilit", "Vanadzor")] == "lives"
    assert found[("Zaza", "Batumi")] == "lives"
