"""Where the writer is now and where home is, said the way travellers sign off and check in:
missing a place (been there), getting home to a place (home), sitting somewhere as they write
(there now, "in X right now" even with the next stop's date after it), counting down to a trip
(planned), "originally from" (home unless another home follows), "now living in X" after a
comma (home; not said of somebody else). A home said before another place gives that place
nothing. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("Back home in Ghent and I already miss Symi.", "Symi", "visited"),
    ("Home in Tallinn again, still missing Madeira terribly.", "Madeira", "visited"),
    ("Finally got home to Halifax after the long flight.", "Halifax", "lives"),
    ("Currently in Kampot, the pepper farms are next door.", "Kampot", "visited"),
    ("Typing this from a hostel in Arequipa with terrible wifi.", "Arequipa", "visited"),
    ("Counting down the days until Svalbard!", "Svalbard", "planning"),
    ("Originally from Tartu, so ask me anything about Estonia.", "Tartu", "lives"),
    ("Originally from Bari, now in Leeds.", "Bari", "mentioned"),
    ("We're in Kotor right now, Budva tomorrow.", "Kotor", "visited"),
    ("We're in Kotor right now, Budva tomorrow.", "Budva", "planning"),
    ("Cork born and raised, now living in Lyon.", "Lyon", "lives"),
    ("My brother is now living in Lyon.", "Lyon", "mentioned"),
])
def test_home_and_where_the_writer_is_now(english: Language, text: str, name: str,
                                           relation: str) -> None:
    assert predict(place(english, text, name))[0] == relation


def test_a_home_said_first_is_not_the_next_places_home(analyzer: Analyzer) -> None:
    text = """Two weeks in Greece, tips?

Comments

Noor says:
Just got home to Dublin, Milos still feels unreal.

Ilya says:
Can't wait to get to Crete in May, our first time!
"""
    report = analyzer.analyze(read_text(text, "home.txt"))
    said = {(m.author, m.text): m.relation for m in (r.mention for r in report.resolutions)}
    assert said[("Noor", "Dublin")] == "lives"
    assert said[("Noor", "Milos")] != "lives"
    assert said[("Ilya", "Crete")] == "planning"
