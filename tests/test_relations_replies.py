"""Registers of the eleventh round (corpus/relations/README.md): a question the writer answers at
once, bookings said without a subject, advice against said after the place, a plan given up in a
sentence the parser cut short, wishes said after the place, a choice still open, coming back from
a place, a home said as "someone who lives in". Through the real parser, in sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name"), [
    ("Hvar in June, too busy? We did, and it was fine outside the old town.", "Hvar"),
    ("Is Kotor worth a night? Yes, twice now, both times in May.", "Kotor"),
    ("Anyone walked the Lycian Way alone? Did it last spring, easy to follow.", "Lycian Way"),
    ("Ubud with a toddler? We stayed a week and she loved the monkeys.", "Ubud"),
])
def test_a_question_answered_at_once_by_a_trip_is_a_visit(english: Language, text: str,
                                                          name: str) -> None:
    assert predict(place(english, text, name))[0] == "visited"


@pytest.mark.parametrize(("text", "name"), [
    ("Is Kotor worth a night? We went to Budva instead.", "Kotor"),
    ("Is Kotor worth a night? Asking for our trip in May.", "Kotor"),
])
def test_a_question_answered_without_the_trip_is_no_visit(english: Language, text: str,
                                                          name: str) -> None:
    assert predict(place(english, text, name))[0] != "visited"


@pytest.mark.parametrize(("text", "name"), [
    ("Train tickets to Salzburg sorted, can't wait!", "Salzburg"),
    ("Just booked Lanzarote for half term.", "Lanzarote"),
    ("Campsite near Durmitor confirmed for the first week of July.", "Durmitor"),
    ("Hostel in Ghent paid for, two nights.", "Ghent"),
])
def test_a_booking_without_a_subject_is_a_plan(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "planning"


@pytest.mark.parametrize(("text", "name"), [
    ("Hotels in Venice are booked up in August, go in October.", "Venice"),
    ("Flights to Male are booked solid at Christmas, apparently.", "Male"),
])
def test_a_place_booked_full_is_no_plan(english: Language, text: str,
                                                   name: str) -> None:
    assert predict(place(english, text, name))[0] != "planning"


@pytest.mark.parametrize(("text", "name"), [
    ("Magaluf? Skip. There's nothing there for you.", "Magaluf"),
    ("Shibuya crossing at 6pm: honestly, skip it.", "Shibuya"),
    ("Ayia Napa = nah, unless clubbing is your thing.", "Ayia Napa"),
    ("Kuala Lumpur, hard pass from me, too hot and too many malls.", "Kuala Lumpur"),
    ("Pattaya is a dump, I wouldn't go there even for a night.", "Pattaya"),
])
def test_advice_against_said_after_the_place(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "advises_against"


@pytest.mark.parametrize(("text", "name"), [
    ("Lisbon: don't miss the tram up to the castle.", "Lisbon"),
    ("Porto, don't expect sun in January but go anyway.", "Porto"),
])
def test_a_dont_that_is_no_advice_against(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] != "advises_against"


def test_a_plan_given_up_after_a_cut_sentence_is_no_visit(english: Language) -> None:
    text = "We kept talking about a night in Kilkenny but it never happened."
    assert predict(place(english, text, "Kilkenny"))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("Kamchatka someday, when the kids are grown.", "Kamchatka", "wishlist"),
    ("The Skeleton Coast is on my radar for next year.", "Skeleton Coast", "wishlist"),
    ("Choosing between Sardinia and Corsica for September.", "Corsica", "wishlist"),
    ("We have four nights in Seville and want one day trip.", "Seville", "planning"),
])
def test_a_wish_said_after_the_place_or_a_choice_still_open(english: Language, text: str,
                                                            name: str, relation: str) -> None:
    assert predict(place(english, text, name))[0] == relation


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("Just back from Tromsø, no northern lights but the fjords!", "Tromsø", "visited"),
    ("Got back from Oman last night, jet lag is brutal.", "Oman", "visited"),
    ("My neighbour just got back from Kenya with a hundred photos.", "Kenya", "mentioned"),
])
def test_coming_back_from_a_place(english: Language, text: str, name: str,
                                  relation: str) -> None:
    assert predict(place(english, text, name))[0] == relation


@pytest.mark.parametrize(("text", "name"), [
    ("As someone who lives in Tbilisi, the sulphur baths are worth an hour.", "Tbilisi"),
    ("Speaking as someone who's been living in Cork for years, Kerry is a long day out.",
     "Cork"),
])
def test_someone_who_lives_there_is_the_writer(english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "lives"


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("We rent a cabin near Åre most winters, the kids love it.", "Åre", "visited"),
    ("I surf Ericeira twice a year when the swell is good.", "Ericeira", "visited"),
    ("Next summer we'll go to Crete every weekend we can.", "Crete", "planning"),
])
def test_a_habit_said_by_its_frequency_is_a_visit(english: Language, text: str, name: str,
                                                  relation: str) -> None:
    assert predict(place(english, text, name))[0] == relation
