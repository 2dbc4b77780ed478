"""Speed rewrites that must answer exactly as the code they replaced.

A home named again elsewhere in a comment is found by ``str.find`` and a word-boundary test
instead of a pattern compiled per name; the old pattern is the oracle here.
"""

from __future__ import annotations

import re

import pytest

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
