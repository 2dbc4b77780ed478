"""The Doc attributes the place pass reads and writes, registered once on import.

- ``doc._.thread_authors``: the author lines of the Doc's thread (set by ``find_mentions``
  before the pipeline runs, read by "place_filter"); a tuple, so it survives ``Doc.to_bytes``
  and ``nlp.pipe(n_process=...)``.
- ``doc._.country_hints``: ISO country codes the demonyms of the Doc point to, in order of
  first appearance ("Norwegian" -> "NO"; "Scandinavian" -> "NO", "SE", "DK"). Computed from
  ``doc.spans["demonyms"]`` on access, so nothing extra is stored.
- ``span._.place_evidence``: for a span of ``doc.spans["places"]`` or ``["place_candidates"]``,
  the rule that made it a place (None while nothing did) and the clues weighed for it
  (``matcher.Clue``); spans of ``doc.spans["not_places"]`` are labelled with why they are not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from itinerary.nlp.lexicon import DEMONYMS

DEMONYMS_GROUP = "demonyms"


def country_hints(doc: Doc) -> tuple[str, ...]:
    codes: dict[str, None] = {}
    for span in doc.spans.get(DEMONYMS_GROUP, []):
        demonym = DEMONYMS.get(" ".join(span.text.lower().split()))
        if demonym is not None:
            codes.update(dict.fromkeys(demonym.countries))
    return tuple(codes)


if not Doc.has_extension("thread_authors"):
    Doc.set_extension("thread_authors", default=())
if not Doc.has_extension("country_hints"):
    Doc.set_extension("country_hints", getter=country_hints)
if not Span.has_extension("place_evidence"):
    Span.set_extension("place_evidence", default=(None, ()))
