"""A state or province said bare, with no word of place beside it, is a place when the post
names two or more towns inside it: "Tuscany by bus?" over Siena and Lucca. Written for issue
10 from fresh posts in our own words."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_a_province_that_holds_the_posts_towns_is_a_place(place_nlp: Language) -> None:
    tuscany = found(
        place_nlp,
        ("eva", "Tuscany by bus, is it silly? Five nights split between Siena and Lucca, "
                "then Pisa for the flight home."),
    )
    assert ("post", "Tuscany") in tuscany
    sicily = found(
        place_nlp,
        ("raf", "Sicily by train and bus, nine days - worth it? Landing in Palermo, out of "
                "Catania, with Agrigento and Siracusa between."),
    )
    assert ("post", "Sicily") in sicily



def test_a_lower_case_a_joins_a_towns_name(place_nlp: Language) -> None:
    # Italian "a" ("at"/"by") inside a town's name, like "di" and "del".
    names = found(
        place_nlp,
        ("bea", "Three nights in Polignano a Mare, then the train down to Lecce."),
    )
    assert {("post", "Polignano a Mare"), ("post", "Lecce")} <= names
