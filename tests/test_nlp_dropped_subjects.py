"""Comment style: the "I" dropped before an irregular past ("Caught the ferry to Hvar"), which
the model tags as a bare order, a name glued to the verb that opens a wish ("Dreaming of the
Amalfi Coast") or to a past verb that opens a sentence ("Stayed Tavira three nights"), and two
places weighed against each other in one entity of the model's ("Cinque Terre vs Portofino").
Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import found
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name"), [
    ("Caught the early ferry from Split to Hvar, smooth crossing.", "Hvar"),
    ("Flew into Tbilisi at 3am and slept through the first morning.", "Tbilisi"),
    ("Rode the cable car up to Monserrate on our last afternoon.", "Monserrate"),
    ("Took the night bus from Cusco down to Arequipa, never again.", "Arequipa"),
])
def test_an_irregular_past_without_its_subject_is_the_writer_s_trip(
        english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "visited"


def test_an_order_in_the_base_form_stays_advice(english: Language) -> None:
    assert predict(place(english, "Take the early ferry to Hvar, it is calmer.", "Hvar"))[0] != (
        "visited")


_ASKED = ("Ana", "Ten days in Peru and Portugal next spring, where would you go?")


def test_the_words_that_open_a_wish_are_not_part_of_the_name(place_nlp: Language) -> None:
    names = {name for _, name in found(
        place_nlp, _ASKED, ("Val", "Dreaming of the Sacred Valley ever since your photos."))}
    assert "Sacred Valley" in names
    assert not any(name.startswith("Dreaming") for name in names)


@pytest.mark.parametrize(("text", "names"), [
    ("Porto vs Lisbon as a base?", {"Porto", "Lisbon"}),
    ("Still torn: Bratislava vs Ljubljana for the long weekend.", {"Bratislava", "Ljubljana"}),
])
def test_two_places_weighed_against_each_other_are_two_names(
        place_nlp: Language, text: str, names: set[str]) -> None:
    assert names <= {name for _, name in found(place_nlp, _ASKED, ("Val", text))}


@pytest.mark.parametrize(("text", "name"), [
    ("Rented a car at the airport. Stayed Tavira three nights, then Lagos.", "Tavira"),
    ("Back home now. Took Evora as a day trip from Lisbon.", "Evora"),
    ("Quick notes. Hiked Valldemossa to Deia along the coast path.", "Valldemossa"),
])
def test_a_name_the_model_glued_to_an_opening_past_verb_is_a_place(
        place_nlp: Language, text: str, name: str) -> None:
    assert ("post", name) in found(place_nlp, ("Ana", text))
