"""The "nearby" clue: a small town the gazetteer knows, named with no place word around it, is a
place when it lies within a short drive of a town the same text already names ("Perast looks tiny
but gorgeous" after Kotor, "Szentendre seemed cute" after Budapest), but not when the name acts
as people do ("Florence joined us in Pisa"), and never in the news setting."""

from __future__ import annotations

from pathlib import Path

from mention_names import with_entities
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Thread
from itinerary.nlp import NEWS_CONFIG, find_mentions, load_pipeline
from itinerary.nlp.matcher import PLACES
from itinerary.readers import read_threads


def placed(nlp: Language, text: str, ents: dict[str, str]) -> dict[str, set[str]]:
    """The places of the text, each with the kinds of the clues weighed for it."""
    doc = nlp.get_pipe("gazetteer_places")(with_entities(nlp, text, ents))
    return {
        span.text: {clue.kind for clue in span._.place_evidence[1]} for span in doc.spans[PLACES]
    }


def test_a_small_town_near_the_towns_of_the_text_is_a_place(gazetteer_nlp: Language) -> None:
    found = placed(
        gazetteer_nlp,
        "Flying into Hanoi on the 3rd. Ninh Binh seems like the obvious first stop. "
        "Then a week around Hoi An, Hue looked too rushed.",
        {"Hanoi": "GPE", "Ninh Binh": "PERSON", "Hoi An": "GPE"},
    )
    assert "Ninh Binh" in found
    assert "nearby" in found["Ninh Binh"]


def test_a_town_far_from_the_others_gets_no_nearby_clue(gazetteer_nlp: Language) -> None:
    found = placed(
        gazetteer_nlp,
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
    tmp_path: Path, place_nlp: Language
) -> None:
    thread = _thread(
        tmp_path,
        "Three nights in Kotor, then down the coast. Perast looks tiny but gorgeous from the "
        "photos. Budva I keep hearing is a party town, so probably not.\n",
    )
    names = {m.text for m in find_mentions(thread, place_nlp)}
    assert {"Kotor", "Perast", "Budva"} <= names


def test_a_friend_named_like_a_nearby_town_is_no_place(tmp_path: Path, place_nlp: Language) -> None:
    thread = _thread(
        tmp_path,
        "We had four days in Pisa and Lucca. Florence came along for the first two days and "
        "Siena joined us later with the kids.\n",
    )
    names = {m.text for m in find_mentions(thread, place_nlp)}
    assert {"Pisa", "Lucca"} <= names
    assert not names & {"Florence", "Siena"}


def test_news_annotation_weighs_no_nearby_clue(gazetteer: Gazetteer) -> None:
    nlp = load_pipeline(gazetteer=gazetteer, statistical=False, config=NEWS_CONFIG)
    found = placed(
        nlp,
        "Officials in Hanoi met on Monday. Ninh Binh seems like the obvious choice.",
        {"Hanoi": "GPE", "Ninh Binh": "PERSON"},
    )
    assert "Ninh Binh" not in found
