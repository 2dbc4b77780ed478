"""News-style annotation (NEWS_CONFIG) on the full pipeline: what counts as a mention of a place
in local news, and what only borrows a place's name.

A government or a public service speaks for its place ("the Dayton Police Department"); a
university, a club or a theatre only bears the name. A demonym that names a language or a person
is no mention of a country. A firm named "A & B" is not a list of towns, and a person's hometown
("of Milton") is a place whatever the model calls the name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Section, Thread
from itinerary.nlp import NEWS_CONFIG, find_mentions, load_pipeline


@pytest.fixture(scope="module")
def news_nlp(gazetteer: Gazetteer) -> Language:
    return load_pipeline(gazetteer=gazetteer, config=NEWS_CONFIG)


def mentions(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(name, the word right after it) for every mention, in order."""
    found = find_mentions(Thread((Section("post", None, text),)), nlp)
    return [(m.text, (text[m.end :].split() or [""])[0]) for m in found]


def test_a_public_service_names_its_place_a_private_institution_does_not(
    news_nlp: Language,
) -> None:
    found = mentions(
        news_nlp,
        "Her son studies engineering at Dayton University, and she works for the Dayton "
        "Police Department.",
    )
    assert found == [("Dayton", "Police")]
    assert mentions(news_nlp, "Tickets for the concert at the Wichita Theater sold out.") == []


def test_languages_and_surnames_are_not_mentions_of_a_country(news_nlp: Language) -> None:
    assert mentions(news_nlp, "The clinic now prints its forms in English and Spanish.") == []
    assert mentions(news_nlp, "Deputy Monica French said the road would reopen by noon.") == []
    met = mentions(news_nlp, "Spanish officials met their French counterparts in Brussels.")
    assert [name for name, _ in met] == ["Spanish", "French", "Brussels"]


def test_names_joined_by_an_ampersand_in_a_firm_are_not_towns(news_nlp: Language) -> None:
    assert mentions(news_nlp, "The county paid Marshall & Lowell $40,000 for the survey.") == []


def test_a_hometown_after_a_name_is_a_place(news_nlp: Language) -> None:
    assert [n for n, _ in mentions(news_nlp, "Tom Avery, 41, of Milton, was charged.")] == [
        "Milton"
    ]
    injured = mentions(news_nlp, "The crash injured Luis Ortega of Hudson and his brother.")
    assert [name for name, _ in injured] == ["Hudson"]


def test_a_surname_before_family_is_a_family(place_nlp: Language) -> None:
    # place_nlp: the travel defaults say the same.
    assert mentions(place_nlp, "We met the Harper family on the ferry.") == []
    assert mentions(place_nlp, "The Jones family has run the farm since 1920.") == []
