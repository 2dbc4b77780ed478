"""The place names the NLP pass finds in one section of text: for the gazetteer layers' tests,
which check that their names are found in running prose, not only by lookup."""

from __future__ import annotations

from spacy.language import Language

from itinerary.models import Section, Thread
from itinerary.nlp import find_mentions


def place_names(nlp: Language, text: str) -> set[str]:
    thread = Thread(sections=(Section(id="post", author="Ana", text=text),))
    return {mention.text for mention in find_mentions(thread, nlp)}
