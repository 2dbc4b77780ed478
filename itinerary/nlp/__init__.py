"""The place pass: every place mention of a thread, found by spaCy NER and the gazetteer.

    nlp = load_pipeline(gazetteer=Gazetteer.open())
    mentions = find_mentions(thread, nlp)

See docs/nlp.md for the components, their config and the evidence they weigh.
"""

from itinerary.nlp.lexicon import DEMONYMS, STATE_ABBREVIATIONS, Demonym, find_demonyms
from itinerary.nlp.mentions import doc_mentions, find_mentions, find_mentions_many
from itinerary.nlp.pipeline import DEFAULT_MODELS, NEWS_CONFIG, load_pipeline

__all__ = [
    "DEFAULT_MODELS",
    "DEMONYMS",
    "NEWS_CONFIG",
    "STATE_ABBREVIATIONS",
    "Demonym",
    "doc_mentions",
    "find_demonyms",
    "find_mentions",
    "find_mentions_many",
    "load_pipeline",
]
