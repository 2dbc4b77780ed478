"""Text through the NLP pass for tests: the place names it finds in one section (the gazetteer
layers' tests check that their names are found in running prose, not only by lookup), a Doc
with the entities the statistical model would plausibly give (the place components' tests), and a
name's span in a parsed sentence (the relation tests)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from itinerary.models import Section, Thread
from itinerary.nlp import find_mentions


def place_names(nlp: Language, text: str) -> set[str]:
    thread = Thread(sections=(Section(id="post", author="Ana", text=text),))
    return {mention.text for mention in find_mentions(thread, nlp)}


def found(nlp: Language, *sections: tuple[str | None, str]) -> set[tuple[str, str]]:
    """(section, name) of every place mention of a post and its comments, given as (author,
    text) pairs."""
    thread = Thread(
        tuple(
            Section("post" if n == 0 else f"comment-{n}", author, text)
            for n, (author, text) in enumerate(sections)
        )
    )
    return {(m.section, m.text) for m in find_mentions(thread, nlp)}


def with_entities(nlp: Language, text: str, ents: dict[str, str] | None = None) -> Doc:
    """The blank pipeline's sentences of ``text`` with ``ents`` (text -> label) as its entities."""
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    spans = []
    for ent_text, label in (ents or {}).items():
        start = text.index(ent_text)
        span = doc.char_span(start, start + len(ent_text), label=label)
        assert span is not None, ent_text
        spans.append(span)
    doc.ents = spans
    return doc


def name_span(nlp: Language, text: str, name: str) -> Span:
    """The tokens of ``name``'s first occurrence in ``text`` parsed by ``nlp``."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None, f"{name!r} is not a token span of {text!r}"
    return span
