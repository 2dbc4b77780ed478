"""How people type lists and stops in chats and quick replies: names joined by "+", a name
shouted in capitals, an airport code after a route arrow. Our own sentences (issue 10)."""

from __future__ import annotations

from mention_names import place_names, with_entities
from spacy.language import Language

from itinerary.nlp.matcher import CANDIDATES, PLACES


def test_names_joined_by_a_plus_are_a_list(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "We flew into Guatemala City and did Guatemala + Belize in two weeks, then Oaxaca + "
        "Chiapas the next winter.",
    )
    assert {"Guatemala City", "Guatemala", "Belize", "Oaxaca", "Chiapas"} <= names


def test_a_long_name_in_capitals_is_shouted_not_an_acronym(gazetteer_nlp: Language) -> None:
    text = "Ended the loop with two days in BUCHAREST, and NATO was in the news."
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(
        with_entities(gazetteer_nlp, text, {"BUCHAREST": "ORG", "NATO": "ORG"})
    )
    assert "BUCHAREST" in {span.text for span in doc.spans[PLACES]}
    assert "NATO" not in {span.text for span in doc.spans[PLACES]}


def test_an_airport_code_after_a_route_arrow_is_a_stop(gazetteer_nlp: Language) -> None:
    text = "Last leg: we flew LPQ -> HAN and took the sleeper south."
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(
        with_entities(gazetteer_nlp, text, {"LPQ": "ORG", "HAN": "ORG"})
    )
    assert {"LPQ", "HAN"} <= {span.text for span in doc.spans[PLACES]}
    assert not doc.spans[CANDIDATES]


def test_a_list_mark_the_model_took_into_a_name_is_left_out(gazetteer_nlp: Language) -> None:
    text = "Then shinkansen to Osaka + Kyoto, and Ninh Binh > Ha Long every time."
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(
        with_entities(
            gazetteer_nlp, text, {"Osaka": "GPE", "+ Kyoto": "NORP", "Ninh Binh >": "GPE"}
        )
    )
    assert {"Osaka", "Kyoto", "Ninh Binh"} <= {span.text for span in doc.spans[PLACES]}
