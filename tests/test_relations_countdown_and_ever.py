"""A countdown with its month ("Can't wait for X in May") is a plan, never advice against the
place its "can't" seems to deny; a superlative the writer has lived ("the best beaches we've
ever seen", "the prettiest town I had ever been to") says they have been; a place only seen from
a train or a bus, or named as where one would base oneself another time, was not visited.
Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import classify


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("Can't wait for Gozo in October.", "Gozo", "planning"),
    ("Really can't wait for Tromso in February, first time up north.", "Tromso", "planning"),
    ("Siargao has the clearest water we've ever seen.", "Siargao", "visited"),
    ("Ohrid has the best trout I have ever eaten, go in spring.", "Ohrid", "visited"),
    ("Is Siargao the best surf you've ever had?", "Siargao", "mentioned"),
    ("We only saw Segovia from the coach, sadly.", "Segovia", "mentioned"),
    ("Caught Etna from the plane window, smoking away.", "Etna", "mentioned"),
    ("We walked to Tavira from the bus station in ten minutes.", "Tavira", "visited"),
    ("Lucca is where I'd base myself if I did Tuscany again.", "Lucca", "mentioned"),
])
def test_countdowns_and_lived_superlatives(english: Language, text: str, name: str,
                                           relation: str) -> None:
    assert classify(place(english, text, name)) == relation
