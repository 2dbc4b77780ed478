"""The Doc attributes the place pass reads and writes, registered once on import.

- ``doc._.thread_authors``: the author lines of the Doc's thread (set by ``find_mentions``
  before the pipeline runs, read by "place_filter"); a tuple, so it survives ``Doc.to_bytes``
  and ``nlp.pipe(n_process=...)``.
- ``doc.spans["demonyms"]``: the demonyms "place_filter" set aside; the countries they hint at
  are counted once per thread, from the text, by ``itinerary.pipeline.country_hints``.
- ``span._.place_evidence``: for a span of ``doc.spans["places"]`` or ``["place_candidates"]``,
  the rule that made it a place (None while nothing did) and the clues weighed for it
  (``models.Clue``); spans of ``doc.spans["not_places"]`` are labelled with why they are not.
- ``span._.ner_label``: for the same spans, the statistical model's label the name stood under
  ("GPE", "PERSON"), None when the gazetteer alone proposed it; the span's own label is the
  proposer as the report gives it ("ner:PERSON+gazetteer"), not to be parsed back.
- ``span._.place_rejection``: for a span of ``doc.spans["place_candidates"]`` that looked like a
  place (the gazetteer knows it, or the model called it GPE or LOC), why it was set aside
  (``reasons.Rejection``); None for the others.
- ``doc_text(doc)``: ``doc.text``, joined once per Doc.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

DEMONYMS_GROUP = "demonyms"

if not Doc.has_extension("thread_authors"):
    Doc.set_extension("thread_authors", default=())
if not Span.has_extension("place_evidence"):
    Span.set_extension("place_evidence", default=(None, ()))
if not Span.has_extension("ner_label"):
    Span.set_extension("ner_label", default=None)
if not Span.has_extension("place_rejection"):
    Span.set_extension("place_rejection", default=None)

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: ``Doc.text`` joins every token on each call, and the
    place pass reads the text round each of a Doc's names."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from ``doc_text``: ``Span.text`` makes and joins a Token for each of
    its words (the same characters: a token's trailing space is at most one, and the span's
    text ends before its last token's)."""
    return doc_text(span.doc)[span.start_char: span.end_char]
