"""Speed rewrites that must answer exactly as the code they replaced.

A home named again elsewhere in a comment is found by ``str.find`` and a word-boundary test
instead of a pattern compiled per name; the old pattern is the oracle here. A span's text is
cut from the Doc's text; ``Span.text`` is the oracle.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from itinerary.nlp.extensions import span_text
from itinerary.nlp.relations_thread import _whole_word_starts

COMMENT = (
    "Greetings from Ávila! Ávila in winter is cold, Ávilas is a typo and Ávila_2 my old "
    "username. Bergen, Bergenfield and Bergen-op-Zoom; 3Bergen no, Bergen3 no, (Bergen) yes. "
    "St. Ives or St. Ives? Lyon—Lyon. Århus/Aarhus. Tromsø\n\nTromsø"
)


def _by_pattern(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


@pytest.mark.parametrize(
    "name", ["Ávila", "Bergen", "St. Ives", "Lyon", "Århus", "Aarhus", "Tromsø", "ergen", "s"]
)
def test_whole_word_starts_as_the_pattern_found_them(name: str) -> None:
    assert list(_whole_word_starts(COMMENT, name)) == _by_pattern(COMMENT, name)


def test_a_name_glued_to_letters_digits_or_underscore_is_not_there() -> None:
    starts = list(_whole_word_starts(COMMENT, "Bergen"))
    # "Bergen," and "Bergen-op-Zoom" and "(Bergen)"; not Bergenfield, 3Bergen or Bergen3.
    assert [COMMENT[s - 1: s + 7] for s in starts] == [" Bergen,", " Bergen-", "(Bergen)"]


def test_repeated_and_overlapping_text() -> None:
    assert list(_whole_word_starts("aa aaa aa", "aa")) == [0, 7]
    assert list(_whole_word_starts("Oslo Oslo", "Oslo")) == [0, 5]
    assert list(_whole_word_starts("", "Oslo")) == []
    assert list(_whole_word_starts("Oslo", "")) == []


# Spaces, line breaks, tabs and a trailing space: the whitespace a token keeps, or not.
PAGE = (
    "Day 3:  Hue -> Hoi An (4h)\n\n"
    "We   flew into Đà Nẵng, then\tdrove to Hội An. Loved it!  \n"
    "- Kandy\n- Ella \n"
    "  Next spring: Lake Bled, Ljubljana & Piran. "
)


def test_span_text_is_what_span_text_was(place_nlp: Language) -> None:
    """``span_text`` cuts a span's text from the Doc's text joined once; ``Span.text`` joined
    the span's tokens. Every slice of a Doc with ragged whitespace, the sentences and the
    places, empty spans too, must read the same."""
    doc = place_nlp(PAGE)
    spans = [doc[i:j] for i in range(len(doc) + 1) for j in range(i, len(doc) + 1)]
    spans += [*doc.sents, *doc.spans.get("places", [])]
    assert len(doc.spans.get("places", [])) >= 5
    assert [span_text(span) for span in spans] == [span.text for span in spans]
