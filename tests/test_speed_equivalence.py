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
from itinerary.words import whole_word_starts

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
    assert list(whole_word_starts(COMMENT, name)) == _by_pattern(COMMENT, name)


def test_a_name_glued_to_letters_digits_or_underscore_is_not_there() -> None:
    starts = list(whole_word_starts(COMMENT, "Bergen"))
    # "Bergen," and "Bergen-op-Zoom" and "(Bergen)"; not Bergenfield, 3Bergen or Bergen3.
    assert [COMMENT[s - 1: s + 7] for s in starts] == [" Bergen,", " Bergen-", "(Bergen)"]


def test_repeated_and_overlapping_text() -> None:
    assert list(whole_word_starts("aa aaa aa", "aa")) == [0, 7]
    assert list(whole_word_starts("Oslo Oslo", "Oslo")) == [0, 5]
    assert list(whole_word_starts("", "Oslo")) == []
    assert list(whole_word_starts("Oslo", "")) == []


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


# A back reference ("there", "it") reads the other places of its sentence and the next; the
# rest of a place's reading reads only its own words.
LETTER = (
    "Tromsø was magical in March. Then Grandma's farm, we spent a week there; the fjords "
    "-- wow. Bergen was wet -- next time we'd go to Ålesund in June. Oslo? Skipped it, "
    "sadly. I live in Trondheim now and we hope to see Lofoten."
)


def test_relations_read_again_answer_as_a_first_reading(place_nlp: Language) -> None:
    """The relation component keeps each Doc's readings: one that read no other place by the
    place alone, one that did by the places it read. After places are added (as the
    thread-wide pass adds them), the kept readings must equal a fresh component's."""
    from spacy.tokens import Span

    from itinerary.nlp.relations import PlaceRelations

    doc = place_nlp(LETTER)
    kept = place_nlp.get_pipe("place_relations")
    added = [t.i for t in doc if t.text in ("Grandma", "fjords")]
    assert len(added) == 2 and len(doc.spans["places"]) >= 5
    doc.spans["places"] = sorted(
        [*doc.spans["places"], *(Span(doc, i, i + 1, label="test") for i in added)],
        key=lambda span: span.start,
    )

    def relations() -> list[tuple[str, str, str | None, float]]:
        return [(p.text, p._.relation, p._.advice, p._.relation_confidence)
                for p in doc.spans["places"]]

    kept(doc)
    again = relations()
    PlaceRelations()(doc)
    assert again == relations()


def test_word_features_and_segments_as_read_per_place(place_nlp: Language) -> None:
    """The model's "w=" features and a place's statement segment, read once per Doc, are what
    reading each place's segment token by token gave."""
    from itinerary.nlp.relations import _SEGMENT_MARKS, _DocWords, _going_home, _line

    doc = place_nlp(LETTER + "\nFlew home from Oslo -- home at last.")
    words = _DocWords.of(doc)
    places = doc.spans["places"]
    assert len(places) >= 5
    for span in places:
        line = _line(span)
        start = next((t.i + 1 for t in reversed(doc[line.start: span.start])
                      if t.text in _SEGMENT_MARKS), line.start)
        end = next((t.i for t in doc[span.end: line.end] if t.text in _SEGMENT_MARKS),
                   line.end)
        assert words.segment(span, line) == (start, end)
        by_token = [f"w={_going_home(t) or t.lemma_.lower()}" for t in doc[start:end]
                    if not span.start <= t.i < span.end and not t.is_punct and not t.is_space]
        by_doc = [w for i in range(start, end)
                  if not span.start <= i < span.end and (w := words.word(doc, i)) is not None]
        assert by_doc == by_token
