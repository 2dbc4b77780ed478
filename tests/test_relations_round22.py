"""Round twenty-two's ruling cues, from its own-words probe threads: a plan said as "have X
pencilled in" is no visit; "break the drive in X", "stay a night at X" told to the reader is
advice, not the writer's trip (unless the writer tells their own plan); "I'd leave X for
another trip" is no wish, plan or advice to go. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name", "label"), [
    ("We land in Dublin on the 2nd and have Kilkenny and Cashel pencilled in.", "Kilkenny",
     "planning"),
    ("We land in Dublin on the 2nd and have Kilkenny and Cashel pencilled in.", "Cashel",
     "planning"),
    ("Got Rovinj, Pula and the Brijuni islands penciled in for late May.", "Pula", "planning"),
    ("We loved Galway, and now we have Dingle pencilled in.", "Galway", "visited"),
])
def test_a_plan_pencilled_in_is_no_visit(english: Language, text: str, name: str,
                                         label: str) -> None:
    assert predict(place(english, text, name))[0] == label


@pytest.mark.parametrize(("text", "name", "label"), [
    ("It's a long haul west, so break the drive in Tulsa and carry on in the morning.",
     "Tulsa", "recommends"),
    ("Nine hours is too much in one go. Stop over in Reno, the motels are cheap.", "Reno",
     "recommends"),
])
def test_a_stop_told_to_the_reader_is_advice(english: Language, text: str, name: str,
                                             label: str) -> None:
    assert predict(place(english, text, name))[0] == label


@pytest.mark.parametrize(("text", "name"), [
    ("We'll drive to Denver first, then stop in Boulder on the way to the park.", "Boulder"),
    ("We drove up to Siena and then stayed a night in Montalcino.", "Montalcino"),
])
def test_the_writers_own_stop_is_no_advice(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] != "recommends"


@pytest.mark.parametrize(("text", "name"), [
    ("Honestly I'd save Ischia for another trip, the ferries eat a whole day.", "Ischia"),
    ("Amalfi is a long way round from there; I'd keep it for a visit of its own.", "Amalfi"),
])
def test_a_place_left_for_later_is_only_mentioned(english: Language, text: str,
                                                 name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Lisbon-born, living in Berlin now.", "Lisbon", "mentioned"),
    ("Cork-born, Leeds these days, and I still miss the harbour.", "Cork", "mentioned"),
    ("Munich-born and still here.", "Munich", "lives"),
])
def test_a_birthplace_written_with_born_after_a_hyphen(english: Language, text: str, name: str,
                                                       label: str) -> None:
    assert predict(place(english, text, name))[0] == label


@pytest.mark.parametrize(("text", "name", "label"), [
    ("If you have a spare day, try Bruges as a day trip from Brussels.", "Brussels",
     "mentioned"),
    ("Don't skip Ghent either: do it as a day trip from Bruges, it's twenty minutes.",
     "Bruges", "mentioned"),
    ("We did a day trip from Kyoto to Nara in May.", "Kyoto", "visited"),
])
def test_where_a_day_trip_is_made_from_is_no_advice(
        english: Language, text: str, name: str, label: str) -> None:
    assert predict(place(english, text, name))[0] == label


@pytest.mark.parametrize(("text", "name"), [
    ("Don't skip Sintra, the palace alone is worth the queue.", "Sintra"),
    ("Honestly, do not skip Ghent: one night there beats two in Bruges.", "Ghent"),
])
def test_a_negated_skip_is_advice_to_go(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "recommends"


def test_a_negated_skip_is_no_heading_against(english: Language) -> None:
    text = "Don't skip the old town: two hours in Tallinn is plenty."
    assert predict(place(english, text, "Tallinn"))[0] != "advises_against"
