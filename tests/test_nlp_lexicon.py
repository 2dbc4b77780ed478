"""The word lists and author names behind the place filter."""

from __future__ import annotations

import pytest

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
