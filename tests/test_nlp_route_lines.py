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


def test_names_after_a_nights_count_on_a_list_line(place_nlp: Language) -> None:
    text = "Baltics in eleven days.\n3N Tallinn, 1N Tartu, 3N Riga, 4N Vilnius\nWorked well."
    assert {"Tallinn", "Tartu", "Riga", "Vilnius"} <= place_names(place_nlp, text)


def test_names_before_a_times_count_each_on_its_line(place_nlp: Language) -> None:
    text = "What we settled on for Laos:\nVientiane x2\nVang Vieng x3\nLuang Prabang x4"
    found = place_names(place_nlp, text)
    assert {"Vientiane", "Vang Vieng", "Luang Prabang"} <= found
    assert not any("x2" in name or "x3" in name for name in found)


def test_a_name_after_nights_and_a_colon(place_nlp: Language) -> None:
    text = "Our stays in Estonia:\n2 nights: Tartu\n3 nights: Tallinn"
    assert {"Tartu", "Tallinn"} <= place_names(place_nlp, text)


def test_a_place_in_capitals_heading_its_part_of_a_report(place_nlp: Language) -> None:
    text = (
        "Ten days in Romania\n\nSIBIU\nThe squares were lovely and the food was cheap.\n\n"
        "DAY 4 \u2013 BRASOV\nWe walked up to the viewpoint.\n\nIMPORTANT\nBook trains early."
    )
    found = {name.casefold() for name in place_names(place_nlp, text)}
    assert {"sibiu", "brasov"} <= found
    assert "important" not in found


def test_the_last_stop_of_a_list_after_and(place_nlp: Language) -> None:
    text = (
        "From Plovdiv the buses reach the town of Asenovgrad, the Rhodope side of Lake Batak "
        "and Smolyan, though not often."
    )
    assert "Smolyan" in place_names(place_nlp, text)


def test_a_small_place_in_a_two_part_compound_keeps_the_name_whole(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    # A station named after the old province and the town: no route of two stops.
    assert not gazetteer.lookup("Bingo-Fuchu")
    found = place_names(place_nlp, "We changed trains at Bingo-Fuchu for the mountain line.")
    assert "Bingo" not in found and "Fuchu" not in found
    route = place_names(place_nlp, "The Tallinn-Tartu bus takes two and a half hours.")
    assert {"Tallinn", "Tartu"} <= route
