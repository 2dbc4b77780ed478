"""The threads of ``tests/test_nlp_fresh/people`` and ``tests/test_nlp_fresh/recall`` (written
for issue 10 in our own words, labelled before the tool ran on them).

``people/``: eight threads in eight page formats whose commenters and the people they name go by
towns' names (Savannah, Dallas, Madison, Florence, Jordan, Victoria, Sydney, Salem) and whose
replies use ordinary words that are towns (Nice, Hope, Reading, Mobile, Split, Bath): handles
said at the start of a reply ("Savannah we split it", "Madison here btw"), "@hope", "as Dallas
said", "Madison is spot on", "Orlando's plan", "a guide named Salem", "ask for Florence at the
front desk", "Carcassonne yes!!" (an answer about a town, not to a person). Before the rules
for them: P .915 R .693 and five people taken for places; after: P .981 R .743 and none.

``recall/``: four threads of small towns the place pass used to reject: a Markdown table of
bases, a lower-case chat list, sentence-opening towns the model calls people ("Plockton at
dusk", "Molinos on the way back from Cachi") and stops said without a verb ("Elgol for the
boat"). Before: P 1.000 R .598; after: P 1.000 R .732.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_fresh import precision_recall, reported, traps_taken
from spacy.language import Language

FRESH = Path(__file__).parent / "test_nlp_fresh"
PEOPLE = sorted((FRESH / "people").glob("*.txt"))
RECALL = sorted((FRESH / "recall").glob("*.txt"))


@pytest.fixture(scope="module")
def runs(place_nlp: Language) -> dict[Path, set[tuple[str, str]]]:
    return {path: reported(path, place_nlp) for path in PEOPLE + RECALL}


def test_the_threads_are_there() -> None:
    assert (len(PEOPLE), len(RECALL)) == (8, 4)
    assert all(path.with_suffix(".labels").exists() for path in PEOPLE + RECALL)


@pytest.mark.parametrize("path", PEOPLE + RECALL, ids=lambda p: p.stem)
def test_no_commenter_or_word_named_like_a_town_is_a_place(
    path: Path, runs: dict[Path, set[tuple[str, str]]]
) -> None:
    assert not traps_taken(path, runs[path])


def test_the_labelled_mentions_of_the_people_threads_are_found(
    runs: dict[Path, set[tuple[str, str]]],
) -> None:
    precision, recall = precision_recall({p: runs[p] for p in PEOPLE})
    assert precision >= 0.97
    assert recall >= 0.72


def test_the_small_towns_of_the_recall_threads_are_found(
    runs: dict[Path, set[tuple[str, str]]],
) -> None:
    precision, recall = precision_recall({p: runs[p] for p in RECALL})
    assert precision >= 0.97
    assert recall >= 0.72
