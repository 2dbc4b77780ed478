"""The "nearby" clue (on by default, ``nearby_km`` 150; off with ``NEWS_CONFIG``): a small town
the gazetteer knows, named with no place word around it, is a place when it lies within a short
drive of a town the same text already names ("Kutna Hora for the bone church" after Prague), but
not when the name acts as people do ("Florence joined us in Pisa"), is a common person's name,
follows "the" or is a piece of a longer name the model drew."""

from __future__ import annotations

from pathlib import Path

import pytest
from mention_names import with_entities
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Thread
from itinerary.nlp import NEWS_CONFIG, find_mentions, load_pipeline
from itinerary.nlp.matcher import PLACES
from itinerary.readers import read_threads

NEARBY = {"gazetteer_places": {"nearby_km": 150.0}}


@pytest.fixture(scope="module")
def nearby_nlp(gazetteer: Gazetteer) -> Language:
    return load_pipeline(gazetteer=gazetteer, config=NEARBY)


@pytest.fixture(scope="module")
def nearby_blank(gazetteer: Gazetteer) -> Language:
    return load_pipeline(gazetteer=gazetteer, statistical=False, config=NEARBY)


def placed(nlp: Language, text: str, ents: dict[str, str]) -> dict[str, set[str]]:
    """The places of the text, each with the kinds of the clues weighed for it."""
    doc = nlp.get_pipe("gazetteer_places")(with_entities(nlp, text, ents))
    return {
        span.text: {clue.kind for clue in span._.place_evidence[1]} for span in doc.spans[PLACES]
    }


def test_a_small_town_near_the_towns_of_the_text_is_a_place(nearby_blank: Language) -> None:
    found = placed(
        nearby_blank,
        "Flying into Hanoi on the 3rd. Ninh Binh seems like the obvious first stop. "
        "Then a week around Hoi An, Hue looked too rushed.",
        {"Hanoi": "GPE", "Ninh Binh": "PERSON", "Hoi An": "GPE"},
    )
    assert "Ninh Binh" in found
    assert "nearby" in found["Ninh Binh"]


def test_a_town_far_from_the_others_gets_no_nearby_clue(nearby_blank: Language) -> None:
    found = placed(
        nearby_blank,
        "We spent a week in Lisbon. Kutna Hora was the highlight of the year for my mum.",
        {"Lisbon": "GPE", "Kutna Hora": "PERSON"},
    )
    assert "Kutna Hora" not in found


def _thread(tmp_path: Path, text: str) -> Thread:
    path = tmp_path / "thread.txt"
    path.write_text(text, encoding="utf-8")
    (thread,) = read_threads(path)
    return thread


def test_towns_said_without_place_words_in_a_forum_post(
    tmp_path: Path, nearby_nlp: Language
) -> None:
    thread = _thread(
        tmp_path,
        "Flying into Prague on the Friday, four nights. Kutna Hora for the bone church is a "
        "must for my partner, and Cesky Krumlov we'd love to squeeze in as well.\n",
    )
    names = {m.text for m in find_mentions(thread, nearby_nlp)}
    assert {"Prague", "Kutna Hora", "Cesky Krumlov"} <= names


def test_a_friend_named_like_a_nearby_town_is_no_place(
    tmp_path: Path, nearby_nlp: Language
) -> None:
    thread = _thread(
        tmp_path,
        "We had four days in Pisa and Lucca. Florence came along for the first two days and "
        "Siena joined us later with the kids.\n",
    )
    names = {m.text for m in find_mentions(thread, nearby_nlp)}
    assert {"Pisa", "Lucca"} <= names
    assert not names & {"Florence", "Siena"}


def test_the_default_pipeline_weighs_the_nearby_clue(gazetteer_nlp: Language) -> None:
    found = placed(
        gazetteer_nlp,
        "Flying into Hanoi on the 3rd. Ninh Binh seems like the obvious first stop.",
        {"Hanoi": "GPE", "Ninh Binh": "PERSON"},
    )
    assert "nearby" in found.get("Ninh Binh", set())


def test_the_news_config_weighs_no_nearby_clue(gazetteer: Gazetteer) -> None:
    news = load_pipeline(gazetteer=gazetteer, statistical=False, config=NEWS_CONFIG)
    found = placed(
        news,
        "Officials in Hanoi said on Tuesday that Ninh Binh would reopen its roads.",
        {"Hanoi": "GPE", "Ninh Binh": "PERSON"},
    )
    assert "Ninh Binh" not in found


def test_a_common_first_name_or_surname_gets_no_nearby_clue(nearby_blank: Language) -> None:
    found = placed(
        nearby_blank,
        "Two nights in Edinburgh, then Inverness and Elgin. Keith is driving us up, Dunbar "
        "booked the cottage.",
        {"Edinburgh": "GPE", "Inverness": "GPE", "Elgin": "GPE", "Keith": "ORG", "Dunbar": "ORG"},
    )
    assert {"Edinburgh", "Inverness", "Elgin"} <= set(found)
    assert not set(found) & {"Keith", "Dunbar"}


def test_a_town_after_the_or_inside_a_longer_name_gets_no_nearby_clue(
    nearby_blank: Language,
) -> None:
    found = placed(
        nearby_blank,
        "Three nights in Portree, then Fort William. The Sligachan was the best meal we had, "
        "and the Dunvegan Castle Tearoom does good scones. Carbost looked lovely too.",
        {"Portree": "GPE", "Fort William": "GPE", "Dunvegan Castle Tearoom": "ORG"},
    )
    assert {"Portree", "Fort William", "Carbost"} <= set(found)
    assert "Sligachan" not in found
    assert "Dunvegan" not in found
