"""A stay or an outing said in two words ("for one night", "needs a full day", "a great day
out") is a stay clue for the name in its clause, even when the name opens the sentence and the
model tags it as a common noun; a name after "with" is the host of the stay, not a place."""

from __future__ import annotations

from spacy.language import Language

from tests.mention_names import place_names


def test_a_full_day_and_a_night_make_stops_of_the_names(place_nlp: Language) -> None:
    text = (
        "Two weeks in Slovenia and Croatia.\n"
        "Ljubljana was our base. Kranjska Gora for one night. Skocjan needs a full day if you do "
        "both caves."
    )
    assert {"Ljubljana", "Kranjska Gora", "Skocjan"} <= place_names(place_nlp, text)


def test_a_day_out_and_one_night_in_the_sacred_valley(place_nlp: Language) -> None:
    text = (
        "Peru notes: Cusco four nights. Pisac was a great day out, and Ollantaytambo for one "
        "night before the train."
    )
    assert {"Cusco", "Pisac", "Ollantaytambo"} <= place_names(place_nlp, text)


def test_the_host_of_a_night_is_no_place(place_nlp: Language) -> None:
    assert place_names(place_nlp, "We stayed a night with Harper and her kids.") == set()
    assert place_names(place_nlp, "Stayed one night with Marion at her farm.") == set()
