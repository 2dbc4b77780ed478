"""Mention recall on unseen text, session 22: each class seen in two probe threads written and
labelled before the tool ran on them, tested here in new sentences.

The classes: a preposition that opens a sentence is no part of the name after it ("At Vic
Falls", "In George Town"); a name said to be a kind of place is one ("Lowell is an old mill
town", "Tioman is a great island"); a stop said with what it is for, after a list's ", and" or
with a pastime in "-ing" ("..., and Palomino for the river tubing", "Semporna for diving"); a
name recommended as the subject of "is" ("Minca ... is a must", "Stratford is great for theatre").
"""

from __future__ import annotations

import pytest
from mention_names import place_names
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At Iguazu Falls the boat ride soaks you completely.", "Iguazu Falls"),
        ("From Milford Sound we drove back to Te Anau in the rain.", "Milford Sound"),
        ("In George Town the hawker stalls open at dusk.", "George Town"),
    ],
)
def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(
    place_nlp: Language, text: str, name: str
) -> None:
    found = place_names(place_nlp, text)
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hoi An was busy. Also Kampot itself is a sleepy river town, two days is plenty.",
         "Kampot"),
        ("We loved Penang. Pangkor is a quiet island if Langkawi feels too busy.", "Pangkor"),
    ],
)
def test_a_name_said_to_be_a_kind_of_place_is_one(
    place_nlp: Language, text: str, name: str
) -> None:
    assert name in place_names(place_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam is a city boy at heart and hates the bus.",
        "Austin is a great guide, ask for him at the desk.",
    ],
)
def test_a_person_said_to_be_a_kind_of_person_is_no_place(
    place_nlp: Language, text: str
) -> None:
    assert place_names(place_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two nights in Hurghada. Dahab for snorkelling, then back to Cairo.", "Dahab"),
        ("The market in Oaxaca is a must, and Mazunte for the beach.", "Mazunte"),
        ("The ruins at Tulum were busy, and Bacalar for the lagoon.", "Bacalar"),
    ],
)
def test_a_stop_said_with_what_it_is_for_is_a_place(
    place_nlp: Language, text: str, name: str
) -> None:
    assert name in place_names(place_nlp, text)


def test_a_person_thanked_for_a_pastime_is_no_place(place_nlp: Language) -> None:
    assert place_names(place_nlp, "Thanks to everyone, and Sam for driving us around.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After Guelph we drove west. Goderich is a must-see at sunset.", "Goderich"),
        ("We rented a car. Kilkenny is a must.", "Kilkenny"),
        ("After Guelph we drove west. Stratford is great for a matinee.", "Stratford"),
    ],
)
def test_a_name_recommended_as_the_subject_of_is_is_a_place(
    place_nlp: Language, text: str, name: str
) -> None:
    assert name in place_names(place_nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Sam is great for advice, ask him at the desk.", "The Ritz is great for afternoon tea."],
)
def test_a_person_or_a_hotel_recommended_is_no_place(place_nlp: Language, text: str) -> None:
    assert place_names(place_nlp, text) == set()
