"""Places on the lines of a stated route or a stay list, on the full pipeline: names joined by
hyphens or arrows, airport codes on such lines, names beside a nights count, place names as
headings in capitals, and the last stop of a list after "and"."""

from __future__ import annotations

from mention_names import place_names
from spacy.language import Language

from gazetteer import Gazetteer


def test_names_joined_by_hyphens_are_the_stops_of_a_route(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert not gazetteer.lookup("Bucharest-Brasov-Sibiu")
    found = place_names(place_nlp, "Our loop was Bucharest-Brasov-Sibiu by train, nine days.")
    assert {"Bucharest", "Brasov", "Sibiu"} <= found
    assert "Bucharest-Brasov-Sibiu" not in found


def test_a_name_the_gazetteer_knows_with_its_hyphens_stays_whole(place_nlp: Language) -> None:
    text = "A spa weekend in Baden-Baden, then a play in Stratford-upon-Avon."
    found = place_names(place_nlp, text)
    assert found == {"Baden-Baden", "Stratford-upon-Avon"}


def test_a_hyphen_between_ordinary_names_splits_nothing(place_nlp: Language) -> None:
    assert place_names(place_nlp, "He drives a Rolls-Royce to the office.") == set()


def test_airport_codes_on_an_arrow_route_line(place_nlp: Language) -> None:
    found = place_names(place_nlp, "The plan: OTP -> Brasov -> Sibiu -> Cluj, then fly home.")
    assert {"OTP", "Brasov", "Sibiu", "Cluj"} <= found
    arrows = place_names(place_nlp, "Flights booked: TLL \u2192 VNO, then the bus to Kaunas.")
    assert {"TLL", "VNO", "Kaunas"} <= arrows


def test_capitals_before_an_arrow_that_are_no_airport_stay_words(place_nlp: Language) -> None:
    assert place_names(place_nlp, "The CEO -> the board -> the staff: that is the order.") == set()
