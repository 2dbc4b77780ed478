"""A name ends where its line ends: a day list's or a heading's place is not continued by the
first word of the next line ("Day 2 - Lyon" over "Hotel near the station ..."), however much
that word looks like the tail of a street's, a firm's or a hotel's name. Our own sentences
(issue 10)."""

from __future__ import annotations

from mention_names import place_names
from spacy.language import Language


def test_a_day_list_place_is_not_a_street_with_the_next_line(place_nlp: Language) -> None:
    text = (
        "Day 1 \u2013 Lyon\nStreet markets all morning, then the old town.\n\n"
        "Day 2 \u2013 Annecy\nMarket in the square and a swim in the lake.\n\n"
        "Day 3 \u2013 Chamonix\nHotel right by the cable car."
    )
    assert {"Lyon", "Annecy", "Chamonix"} <= place_names(place_nlp, text)


def test_a_day_list_place_is_not_a_firm_with_the_next_line(place_nlp: Language) -> None:
    text = (
        "Night 5: Evora\nHotel inside the walls, 80 euros.\n\n"
        "Night 6: Tavira\nMarket hall for lunch, then the beach.\n"
    )
    assert {"Evora", "Tavira"} <= place_names(place_nlp, text)


def test_a_street_on_one_line_is_still_a_street(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Our flat was on Lyon Street, near the river.")
    assert "Lyon" not in names
