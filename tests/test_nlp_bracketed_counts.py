"""The items of a list with their nights in brackets ("Hvar (2), Korčula (2), Ston (1)") are
places like those of "Vancouver 3, Victoria 2". Sentences of our own (issue 10)."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_list_items_with_their_nights_in_brackets(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("jana", "Dalmatia by ferry in June: Hvar (2), Korčula (2), Ston (1), Cavtat (2)."),
    )
    assert {("post", "Hvar"), ("post", "Korčula"), ("post", "Ston"), ("post", "Cavtat")} <= result
