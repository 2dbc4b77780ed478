"""The fresh threads of ``tests/test_nlp_fresh`` (written for issue 10, labelled before the
tool ran on them): no commenter, handle or person named like a place is ever a place mention,
and the labelled mentions are found with the precision and recall measured when the rules for
lower-case names, people in replies and handles went in (P .936, R .724 on 243 labels, no
person found; before them P .882, R .617, seven people taken for places)."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_fresh import labels, precision_recall, reported
from spacy.language import Language

FRESH = Path(__file__).parent / "test_nlp_fresh"
THREADS = sorted(FRESH.glob("*.txt"))




@pytest.fixture(scope="module")
def runs(place_nlp: Language) -> dict[Path, set[tuple[str, str]]]:
    return {path: reported(path, place_nlp) for path in THREADS}


def test_the_fresh_threads_are_there() -> None:
    assert len(THREADS) == 9
    assert all(path.with_suffix(".labels").exists() for path in THREADS)


@pytest.mark.parametrize("path", THREADS, ids=lambda p: p.stem)
def test_no_person_named_like_a_place_is_a_place(
    path: Path, runs: dict[Path, set[tuple[str, str]]]
) -> None:
    people = labels(path)["PEOPLE"]
    assert not {text for _, text in runs[path]} & people


def test_the_labelled_mentions_are_found(runs: dict[Path, set[tuple[str, str]]]) -> None:
    precision, recall = precision_recall(runs)
    assert precision >= 0.92
    assert recall >= 0.70
