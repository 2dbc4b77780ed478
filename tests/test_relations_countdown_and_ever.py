"""A countdown with its month ("Can't wait for X in May") is a plan, never advice against the
place its "can't" seems to deny; a superlative the writer has lived ("the best beaches we've
ever seen", "the prettiest town I had ever been to") says they have been. Sentences of our own."""

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
])
def test_countdowns_and_lived_superlatives(english: Language, text: str, name: str,
                                           relation: str) -> None:
    assert classify(place(english, text, name)) == relation
