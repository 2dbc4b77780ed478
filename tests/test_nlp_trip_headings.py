"""A plan written as people head it and list it: a country opening the line that the model
calls a person ("Sri Lanka for two weeks: ..."), stops named as day trips in the plural ("with A and
B as day trips"), and an airport's code after "landing in". Sentences of our own."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language

_ASKED = ("Ana", "Any thoughts on our plan?")


def _names(nlp: Language, text: str) -> set[str]:
    return {name for _, name in found(nlp, _ASKED, ("Tom", text))}


def test_a_country_heading_the_plan_is_the_country(place_nlp: Language) -> None:
    names = _names(place_nlp, "Sri Lanka for two weeks: Kandy, Ella and the south coast.")
    assert {"Sri Lanka", "Kandy", "Ella"} <= names


def test_a_country_people_are_named_after_still_needs_its_evidence(place_nlp: Language) -> None:
    assert "Jordan" not in _names(place_nlp, "Jordan said the hostel in Wadi Musa was fine.")


def test_stops_named_as_day_trips_in_the_plural(place_nlp: Language) -> None:
    names = _names(place_nlp, "Sri Lanka in January: Sigiriya for 3 nights, with Dambulla and "
                              "Polonnaruwa as day trips.")
    assert {"Sigiriya", "Dambulla", "Polonnaruwa"} <= names


def test_an_airport_code_after_landing_in(place_nlp: Language) -> None:
    names = _names(place_nlp, "Landing in KIX late on the 4th, so one night by the airport.")
    assert "KIX" in names


def test_a_town_and_its_region_s_code_without_a_comma(place_nlp: Language) -> None:
    """"Greetings from Bozeman MT": the model makes one person of both; each is a name, and the
    code's region holds a town of the name."""
    assert {"Bozeman", "MT"} <= _names(place_nlp, "Greetings from Bozeman MT, great thread!")
    assert {"Wolfville", "NS"} <= _names(place_nlp, "Waving from Wolfville NS where it rains.")
