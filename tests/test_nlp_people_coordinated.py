"""Two people's names joined by "and" share the cue beside the pair: "Orlando and Troy said"
is two people although only the second name stands beside the speech verb. Written for issue
10 from fresh threads in our own words; the same words joined by "and" stay places in a trip."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_names_joined_before_a_speech_verb_are_people(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("anna", "Three nights in Marrakech, then the bus out to Essaouira."),
        ("cal", "Orlando and Troy said the hammam was the best part of the week."),
        ("dee", "Thanks for the tips. Regina and Jo told us the souks shut early on Friday."),
    )
    assert {("post", "Marrakech"), ("post", "Essaouira")} <= names
    assert not {text for _, text in names} & {"Orlando", "Troy", "Regina"}


def test_places_joined_by_and_stay_places(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("sam", "We drove from Tampa to Orlando and Miami, then flew home from Miami."),
    )
    assert {("post", "Tampa"), ("post", "Orlando"), ("post", "Miami")} <= names


def test_a_name_joined_to_the_writer_is_a_companion(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("kim", "Ten days around Montenegro: Budva, Kotor and the Durmitor lakes."),
        ("lou", "Me and Sydney did Kotor in a day from Budva, it was packed with cruise crowds."),
        ("mia", "Victoria and I stayed in Perast instead and took the boat across."),
        ("ned", "We flew home via Sydney after a month in Asia, so Kotor was our last stop."),
    )
    assert {("comment-1", "Kotor"), ("comment-2", "Perast")} <= names
    assert ("comment-1", "Sydney") not in names  # "Sydney" is a place in ned's words only
    assert ("comment-2", "Victoria") not in names
    assert ("comment-3", "Sydney") in names
