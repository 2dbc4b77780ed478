"""Advice against said as "I'd drop X", "ditch X" or "X …, I'd skip it" is no wish of the
writer's, and a town one was "born and bred" in is no home when the sentence goes on to the home
now. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name"), [
    ("I'd drop Hallstatt, the crowds are unreal by ten.", "Hallstatt"),
    ("Honestly I'd ditch Brasov and give Sibiu the extra night.", "Brasov"),
    ("Hallstatt is heaving in August, I'd skip it this time.", "Hallstatt"),
])
def test_dropping_a_place_is_no_wish(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] not in ("wishlist", "planning")


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("Tromsø born and bred, now living in Bergen.", "Tromsø", "mentioned"),
    ("Galway born and raised, these days based in Lyon.", "Galway", "mentioned"),
    ("Galway born and raised, happy to help.", "Galway", "lives"),
])
def test_born_and_bred_is_home_only_without_another_home_after(
        english: Language, text: str, name: str, relation: str) -> None:
    assert predict(place(english, text, name))[0] == relation
