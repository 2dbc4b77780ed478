"""What joins a route's stops, and what only seems to: the nights of the next stay written after
an arrow, a route retold after "Revised:", a chain going on in the next sentence from where it
ended, a remark in brackets between two stops, a lake a town stands on, a stay joined on in a
park, a day's prose between the two ends its heading names; and a leg said of in the present,
or a question about a stop already listed, which move nowhere. Texts of our own."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text", [
    "Booked it! 2 nights Porto > 3 nights Lisbon > 4 nights Lagos > home.",
    "Rough shape: three nights Porto -> two nights Lisbon -> four nights Lagos.",
])
def test_nights_before_the_next_name_keep_the_arrow_chain(analyzer: Analyzer, text: str) -> None:
    assert ["porto", "lisbon", "lagos"] in stated(analyzer, text)


def test_a_route_retold_after_revised_is_one(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "Thanks everyone, this helped a lot.\n\nRevised: Krakow, Zakopane, "
                              "Kosice, Budapest, Vienna.")
    assert ["krakow", "zakopane", "kosice", "budapest", "vienna"] in routes


def test_a_chain_goes_on_from_where_it_ended_in_the_next_sentence(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We did Vilnius - Riga - Tallinn on the Lux Express. Then from "
                              "Tallinn we took the ferry to Helsinki.")
    assert routes == [["vilnius", "riga", "tallinn", "helsinki"]]


def test_a_chain_told_again_another_year_stays_apart(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We did Vilnius - Riga - Tallinn on the Lux Express. This summer "
                              "we flew from Tallinn to Helsinki.")
    assert ["vilnius", "riga", "tallinn", "helsinki"] not in routes


def test_a_shortened_name_continues_the_route_of_its_full_name(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "Last spring: Cordoba - Salta - San Salvador de Jujuy, by bus. "
                              "Then from San Salvador we crossed to Bolivia at Villazon and "
                              "on to Tupiza.")
    assert len(routes) == 1
    assert routes[0][:3] == ["cordoba", "salta", "san salvador de jujuy"]
    assert routes[0][-1] == "tupiza"


def test_a_remark_in_brackets_does_not_break_the_list(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "Arusha > Karatu (2n, Ngorongoro Crater tour) > Mwanza > Kigali")
    assert routes == [["arusha", "karatu", "mwanza", "kigali"]]


def test_the_lake_a_town_stands_on_is_no_stop(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We took the bus to Tihany on Lake Balaton, crossed over to "
                              "Keszthely and finished in Heviz.")
    assert routes == [["tihany", "keszthely", "heviz"]]


def test_a_stay_joined_on_in_a_park_is_a_stop(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "From Calgary we drove to Canmore and three nights in Yoho "
                              "National Park, then Golden.")
    assert routes == [["calgary", "canmore", "yoho national park", "golden"]]


def test_a_campervan_picked_up_starts_the_route(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We picked the campervan up in Perth and headed south. Margaret "
                              "River was the first night, then Albany.")
    assert routes == [["perth", "margaret river", "albany"]]


def test_a_leg_said_of_in_the_present_moves_nowhere(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We went Salzburg first, then Hallstatt, then back to Vienna. "
                              "The train from Innsbruck to Salzburg takes two hours, by the way.")
    assert routes == [["salzburg", "hallstatt", "vienna"]]


def test_a_question_about_a_listed_stop_is_no_return_to_it(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "Week 1: Seoul, Gyeongju. Week 2: Busan, Jeju. Fly home from "
                              "Jeju. Is Gyeongju worth two nights?")
    assert routes == [["seoul", "gyeongju", "busan", "jeju"]]


def test_a_days_prose_goes_between_the_ends_its_heading_names(analyzer: Analyzer) -> None:
    text = ("Day 1 - Edinburgh\nCastle and the Royal Mile.\n\n"
            "Day 2 - Edinburgh to Inverness\nTrain to Pitlochry for lunch, then the bus up to "
            "Aviemore and on into Inverness.\n\n"
            "Day 3 - Inverness\nLoch Ness cruise.\n")
    assert stated(analyzer, text) == [["edinburgh", "pitlochry", "aviemore", "inverness"]]


def test_a_region_named_before_the_colon_of_a_route_is_no_stop(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "We did the opposite of your Tuscany part: Siena first, then "
                              "Montepulciano and finally Pienza.")
    assert routes == [["siena", "montepulciano", "pienza"]]


@pytest.mark.parametrize("text", [
    "Our route was Tallinn, Parnu, Riga and Vilnius.",
    "The plan is Tallinn, Parnu, Riga and Vilnius, all by bus.",
])
def test_a_route_label_before_its_verb_names_the_list_after_it(
        analyzer: Analyzer, text: str) -> None:
    assert ["tallinn", "parnu", "riga", "vilnius"] in stated(analyzer, text)


def test_a_town_left_after_starts_the_leg_after_it(analyzer: Analyzer) -> None:
    routes = stated(analyzer, "After Krakow we took the bus to Zakopane and then Poprad.")
    assert routes == [["krakow", "zakopane", "poprad"]]
