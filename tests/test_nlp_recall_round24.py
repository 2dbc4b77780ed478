"""Mention recall on unseen text, session 24: each class seen in two probe threads written and
labelled before the tool ran on them, tested here in new sentences.

The classes: a town opening its sentence as the subject of a linking verb with a word of how a
place was, its weather, crowds or prices ("X was hot", "X got busy", "X felt calmer"), but not a
common person's name said so; a trekker's short form for a base camp ("EBC")."""

from __future__ import annotations

import pytest
from mention_names import place_names
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Five days in Sicily. Ragusa was hot and loud, and Siracusa felt calmer.",
         {"Ragusa", "Siracusa"}),
        ("Two nights in Tuscany. Lucca got busy after lunch.", {"Lucca"}),
    ],
)
def test_a_town_said_as_a_place_was(place_nlp: Language, text: str, names: set[str]) -> None:
    assert names <= place_names(place_nlp, text)


def test_a_persons_name_said_so_is_no_place(place_nlp: Language) -> None:
    """People are busy and cold too: a common given name stays a person's."""
    text = "A week in Sicily. Linda got cold on the ferry. Catania was hot."
    found = place_names(place_nlp, text)
    assert "Catania" in found
    assert "Linda" not in found


def test_a_base_camp_said_short(place_nlp: Language) -> None:
    text = "Our first trek in Nepal was EBC, eleven days up and three down."
    assert "EBC" in place_names(place_nlp, text)
