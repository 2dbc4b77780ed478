"""Pages in shapes no reader names, third round (tests/unseen_shapes/ pages listed under
``_round3``, labelled before the readers ran, and short pages written here): member lines that
give a writer's home in plain text and saved HTML, talk-page signatures after the words, trip
and activity logs with their figures, JSON exports under keys of their own. Every thread here
is invented."""

from __future__ import annotations

from unseen_shapes_score import ROOT, labels, round3

from itinerary.readers import read_threads
from itinerary.readers.formats import read_text


def _homes(name: str) -> dict[str, str | None]:
    thread = read_threads(ROOT / name)[0]
    return {s.author: s.home for s in thread.sections if s.author}


def test_a_members_home_line_sets_the_home_in_text_and_html_copies() -> None:
    # "Location: Pisa" under a rank, "Lives in Quito" / "From: Leeds" under the name, and
    # "From: Hamburg" as a field beside a review or under a board's member name
    pages = [name for name in round3() if "homes" in labels()[name]]
    assert len(pages) >= 4
    for name in pages:
        assert _homes(name) == labels()[name]["homes"], name


LIVES_IN = """Island Hoppers Forum

Naxos or Paros with small kids?

Eleni P.
Lives in Thessaloniki
12 March 2025
Naxos, the beaches on the west side are shallow for a long way. Agios Prokopios is ideal.

Mark Tully
From: Galway
Member since 2019
13 March 2025
We did Paros last year and Naxos this year, Naxos was easier with a buggy.

Sofia R
13 March 2025
Agree on Naxos, we stayed in Plaka.
"""


def test_a_home_line_belongs_to_the_writer_above_it_and_never_to_the_text() -> None:
    thread = read_text(LIVES_IN)
    homes = {s.author: s.home for s in thread.sections if s.author}
    assert homes == {"Eleni P.": "Thessaloniki", "Mark Tully": "Galway", "Sofia R": None}
    assert all("Galway" not in s.text and "Lives in" not in s.text for s in thread.sections)
