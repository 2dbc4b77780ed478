"""The place pass: every place mention of a thread, found by spaCy NER and the gazetteer.

    nlp = load_pipeline(gazetteer=Gazetteer.open())
    mentions = find_mentions(thread, nlp)

See docs/nlp.md for the components, their config and the evidence they weigh. The names below
are loaded on first use, so that the word lists (``itinerary.nlp.lexicon``) import without spaCy:
resolution, trips and exports read them and never need the model.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from itinerary.nlp.lexicon import DEMONYMS, STATE_ABBREVIATIONS, Demonym, find_demonyms
    from itinerary.nlp.mentions import (
        doc_mentions,
        find_mentions,
        find_mentions_many,
        find_names_many,
    )
    from itinerary.nlp.pipeline import DEFAULT_MODELS, NEWS_CONFIG, load_pipeline

_HOMES = {
    "DEMONYMS": "lexicon",
    "STATE_ABBREVIATIONS": "lexicon",
    "Demonym": "lexicon",
    "find_demonyms": "lexicon",
    "doc_mentions": "mentions",
    "find_mentions": "mentions",
    "find_mentions_many": "mentions",
    "find_names_many": "mentions",
    "DEFAULT_MODELS": "pipeline",
    "NEWS_CONFIG": "pipeline",
    "load_pipeline": "pipeline",
}

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
    "find_names_many",
    "load_pipeline",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"itinerary.nlp.{home}"), name)
