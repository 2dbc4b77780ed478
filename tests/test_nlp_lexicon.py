"""The word lists and author names behind the place filter."""

from __future__ import annotations

import pytest
from mention_names import place_names
from spacy.language import Language

from itinerary.nlp.authors import author_names, banned_names, thread_authors
from itinerary.nlp.lexicon import DEMONYMS, STATE_ABBREVIATIONS, find_demonyms
from itinerary.nlp.wordcase import margin


@pytest.mark.parametrize(
    ("author", "expected", "not_expected"),
    [
        ("Inna Blair (@innab)", {"inna", "blair", "inna blair", "innab"}, set()),
        ("Howard | Backroad Planet", {"howard", "backroad planet"}, {"backroad", "planet"}),
        ("RaW (@rambleandwander)", {"raw", "rambleandwander"}, set()),
        ("Steve Clark", {"steve", "clark", "steve clark"}, set()),
        ("Sydney", {"sydney"}, set()),
        # A blog name is banned whole: its words may be places.
        ("Mia - Visit Norway", {"mia", "visit norway"}, {"norway", "visit"}),
        # So is the home a commenter gives: it is a place, not a name.
        ("Anna from Bergen", {"anna"}, {"bergen"}),
        ("Tom @ Rail Rambles", {"tom", "rail rambles"}, {"rail", "rambles"}),
    ],
)
def test_author_names(author: str, expected: set[str], not_expected: set[str]) -> None:
    names = author_names(author)
    assert expected <= names
    assert not names & not_expected


def test_banned_names_cover_every_author_of_a_thread() -> None:
    authors = thread_authors(["Drew", None, "Inna Blair (@innab)", "Drew"])
    assert authors == ("Drew", "Inna Blair (@innab)")
    assert {"drew", "inna", "blair", "innab"} <= banned_names(authors)


def test_demonyms_are_found_as_written_with_their_countries() -> None:
    text = "Norwegian trains, South Korean tourists, Israeli-Palestinian talks and Scandinavians."
    found = [(text[start:end], demonym.countries) for start, end, demonym in find_demonyms(text)]
    assert found == [
        ("Norwegian", ("NO",)),
        ("South Korean", ("KR",)),
        ("Israeli", ("IL",)),
        ("Palestinian", ("PS",)),
        ("Scandinavians", ("NO", "SE", "DK")),
    ]


def test_demonyms_are_whole_words_and_not_region_names() -> None:
    assert find_demonyms("Norwegianness of the Balkans and the Baltics; french fries") == []
    assert "balkans" not in DEMONYMS and "baltics" not in DEMONYMS
    assert DEMONYMS["european"].place == "Europe" and DEMONYMS["european"].countries == ()


def test_state_abbreviations_name_their_states() -> None:
    assert STATE_ABBREVIATIONS["va."] == "Virginia"
    assert STATE_ABBREVIATIONS["w. va."] == "West Virginia"
    assert STATE_ABBREVIATIONS["b.c."] == "British Columbia"


def test_case_margin_tells_ordinary_words_from_names() -> None:
    # English writes "reading", "police" and "hope" in lower case far more often ...
    for word in ("Reading", "Police", "Hope", "Mobile"):
        found = margin(word)
        assert found is not None and found > 1, word
    # ... and names capitalised.
    for word in ("Paris", "Bergen", "Texas", "Sydney"):
        assert margin(word) is None, word


def test_a_word_of_another_language_is_no_ordinary_english_word() -> None:
    """The lexeme table counts web text in every language: a Spanish verb or an olive outnumbers
    the town in lower case, but English hardly uses them, so the towns stay names."""
    for word in ("Tomar", "Kalamata", "Vienne", "Asti"):
        assert margin(word) is None, word
    for word in ("Bath", "Split", "Cork", "Marathon"):  # English words all the same
        assert margin(word) is not None, word


def test_a_town_named_like_a_foreign_word_is_found(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Tomar was the surprise of the week. We drove on to Coimbra "
                                   "and then had two slow days in Kalamata before the ferry.")
    assert {"Tomar", "Kalamata", "Coimbra"} <= names


def test_a_trip_the_model_glues_into_one_name_keeps_its_place(place_nlp: Language) -> None:
    """The model reads "Ferry to Hvar" as one person's name; the place after "to" is a place."""
    names = place_names(place_nlp, "Ferry to Hvar booked for the morning. Ferry to Tavira sorted "
                                   "too, so only the room in Lagos is left.")
    assert {"Hvar", "Tavira", "Lagos"} <= names
