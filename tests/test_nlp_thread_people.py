"""Names that are towns but stand for people or things in a travel thread (issue 10): a name the
thread gives a person's position anywhere, a speaker before "said", a commenter's handle spoken
to, and drinks and foods named after where they come from. Written in our own words; the same
names stay places where the words say place."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language

from itinerary.models import Section, Thread
from itinerary.nlp import find_mentions


def test_a_name_the_thread_makes_a_person_is_no_place_elsewhere(place_nlp: Language) -> None:
    post = "Three nights in Manchester with my brother Preston, then up to the Lakes."
    reply = (
        "Preston had the fish and chips in Keswick, I had the pie. "
        "We drove back through Preston on the Sunday."
    )
    thread = Thread((Section("post", "ana_k", post), Section("comment-1", "ana_k", reply)))
    mentions = find_mentions(thread, place_nlp)
    prestons = [m for m in mentions if m.text == "Preston"]
    # Only the town "drove back through" is a place; the brother, in both sections, is not.
    assert [(m.section, m.start) for m in prestons] == [("comment-1", reply.rindex("Preston"))]
    assert {"Manchester", "Keswick"} <= {m.text for m in mentions}


def test_a_speaker_is_no_item_of_a_list_of_places(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        (
            "ana_k",
            "Lunch was in Nashville, and Jackson said the hot chicken was the best he had ever "
            "had. Breakfast in Savannah, and Tyler says the shrimp and grits were worth the queue.",
        ),
    )
    assert {("post", "Nashville"), ("post", "Savannah")} <= names
    assert not {text for _, text in names} & {"Jackson", "Tyler"}


def test_a_commenters_handle_spoken_to_before_a_place_is_no_place(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("lyon_traveller", "Annecy and Chamonix in June, is a car needed?"),
        ("pat_w", "Lyon, Annecy is easy by bus from Geneva airport."),
    )
    assert ("comment-1", "Annecy") in names
    assert ("comment-1", "Lyon") not in names


def test_a_list_after_a_name_and_a_comma_is_still_a_list(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("victoria_k", "Is a week enough for the island?"),
        ("pat_w", "Victoria, Tofino and Ucluelet, then the ferry back from Nanaimo."),
    )
    assert {("comment-1", n) for n in ("Victoria", "Tofino", "Ucluelet", "Nanaimo")} <= names


def test_drinks_and_foods_named_after_places_are_no_places(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        (
            "ana_k",
            "We drank Marlborough sauv blanc in Nelson and Kilkenny ale in Dublin, then a "
            "Victoria beer in Oaxaca and far too much Bakewell tart back home in Leeds.",
        ),
    )
    assert {("post", "Nelson"), ("post", "Dublin"), ("post", "Oaxaca")} <= names
    assert not {text for _, text in names} & {"Marlborough", "Kilkenny", "Victoria", "Bakewell"}
