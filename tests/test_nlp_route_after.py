"""A name the words after it take on to the next named stop ("Himeji and back to Osaka",
"Ronda and back to Malaga") is a stop of a route, even when it opens the sentence; not a
companion ("with Harper and back to Leeds") nor a name before "back to the car park"."""

from __future__ import annotations

from spacy.language import Language

from tests.mention_names import place_names


def test_an_out_and_back_stop_opening_its_sentence(place_nlp: Language) -> None:
    text = (
        "Honeymoon recap, Japan in autumn.\n\n"
        "Kyoto for five nights. Nara needs a full day if you want the temples too. Uji we did "
        "as a half day, tea everywhere. Himeji and back to Osaka on the last day. Kanazawa "
        "was rainy but still great."
    )
    assert {"Kyoto", "Himeji", "Osaka"} <= place_names(place_nlp, text)


def test_a_loop_out_and_back_from_the_coast(place_nlp: Language) -> None:
    text = "Our Andalusia loop: Ronda and back to Malaga in a day is a lot of driving."
    assert {"Ronda", "Malaga"} <= place_names(place_nlp, text)


def test_a_companion_or_an_unnamed_destination_makes_no_stop(place_nlp: Language) -> None:
    text = "We walked with Harper and back to Leeds before the rain."
    assert "Harper" not in place_names(place_nlp, text)
    text = "Morgan and back to the hotel, we were exhausted after the show."
    assert place_names(place_nlp, text) == set()


def test_then_a_move_to_the_next_name_makes_a_stop_of_a_surname_town(
        place_nlp: Language) -> None:
    text = "Next spring we are thinking of Mendoza and then driving to Santiago over the pass."
    assert {"Mendoza", "Santiago"} <= place_names(place_nlp, text)


def test_a_person_met_before_the_move_is_no_stop(place_nlp: Language) -> None:
    text = "In Lyon we met Harper and then took the train to Paris."
    assert "Harper" not in place_names(place_nlp, text)


def test_a_town_left_after_is_a_stop(place_nlp: Language) -> None:
    text = "After Krakow we took the bus to Zakopane and then Poprad."
    assert "Krakow" in place_names(place_nlp, text)
    assert "Easter" not in place_names(place_nlp, "After Easter we drove on to Bassano.")
