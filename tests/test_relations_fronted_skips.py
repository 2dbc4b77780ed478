"""A place set before "we skipped" or "we never got to" ("Olympia we skipped and I don't regret
it") was not visited, whatever the trip around it; a place with words before it in its clause
("In Athens we skipped the museum") keeps its reading. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import classify


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("We did the whole loop last May. Olympia we skipped and I don't regret it.", "Olympia",
     "mentioned"),
    ("Loved the south coast last spring. Knossos we never got to, the queue was enormous.",
     "Knossos", "mentioned"),
    ("Spent a week in the Dolomites in June. Cortina I missed, sadly, the pass was shut.",
     "Cortina", "mentioned"),
    ("Three days there last May, and in Athens we skipped the museum for the markets.",
     "Athens", "visited"),
])
def test_a_place_fronted_before_a_skip(english: Language, text: str, name: str,
                                       relation: str) -> None:
    assert classify(place(english, text, name)) == relation
