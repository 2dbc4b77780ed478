"""Stated itineraries on the labelled corpus of written routes (``corpus/itineraries``).

Each record is one comment as people write it: a route (narrative, day list, arrows, stays, ...)
with its stops in the writer's order, or a list that is no route (favourites, a question, places
lived in) whose gold is no itinerary at all. Every record goes through the real pipeline as a
one-section thread, so mention finding and resolution are part of what is measured. A record is
exact when the report holds exactly one stated itinerary, its stops are the gold ones in order,
and it is marked recommended exactly when the record is advice ("you could fly into A ...");
for a non-route, when it holds none.

``train.jsonl`` is what the rules are tuned on; ``eval.jsonl`` is only measured. Run this file
as a script (``python tests/test_trips_stated_corpus.py train``) to print the misses.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from gazetteer.normalize import normalize_name
from itinerary.models import Report, Section, Thread
from itinerary.pipeline import Analyzer

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "itineraries"
# Exact-match floors, a little under what the extractor reaches (docs/trips.md has the figures;
# the later own-words routes lose most on list lines the place pass does not read).
FLOORS = {"train": 0.78, "eval": 0.82}


@dataclass(frozen=True)
class Outcome:
    record: dict[str, object]
    found: list[tuple[list[str], bool]]  # each stated itinerary: stop names, recommended
    exact: bool


def load(part: str) -> list[dict[str, object]]:
    with (CORPUS / f"{part}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _names(report: Report, place_id: str) -> set[str]:
    """Every way the section writes the place, and its gazetteer name, normalised."""
    written = {normalize_name(r.mention.text) for r in report.resolutions
               if r.place is not None and r.place.id == place_id}
    place = report.place(place_id)
    return written | ({normalize_name(place.name)} if place is not None else set())


def judge(analyzer: Analyzer, record: dict[str, object]) -> Outcome:
    text = str(record["text"])
    report = analyzer.analyze(Thread(sections=(Section(id="post", author=None, text=text),)))
    gold = [normalize_name(str(s)) for s in record["stops"]]  # type: ignore[attr-defined]
    advice = record["note"] == "advice"
    stated = [i for i in report.itineraries if i.kind == "stated"]
    found = [([sorted(_names(report, stop))[0] for stop in i.stops], i.recommended)
             for i in stated]
    if not gold:
        exact = not stated
    else:
        exact = len(stated) == 1 and stated[0].recommended == advice and len(
            stated[0].stops) == len(gold) and all(
            name in _names(report, stop) for stop, name in zip(stated[0].stops, gold, strict=True))
    return Outcome(record, found, exact)


_SCORED: dict[tuple[int, str], list[Outcome]] = {}


def score(analyzer: Analyzer, part: str) -> list[Outcome]:
    """Every record of the part judged, once per analyzer (two tests read the eval part)."""
    key = (id(analyzer), part)
    if key not in _SCORED:
        _SCORED[key] = [judge(analyzer, record) for record in load(part)]
    return _SCORED[key]


def test_the_corpus_is_well_formed() -> None:
    train, held = load("train"), load("eval")
    assert len(train) + len(held) >= 150
    assert len(held) * 4 >= len(train + held)  # about a third is held out
    texts = [r["text"] for r in train + held]
    assert len(set(texts)) == len(texts)
    for record in train + held:
        assert set(record) == {"text", "stops", "note"}
        stops = record["stops"]
        assert isinstance(stops, list)
        assert (not stops) == str(record["note"]).startswith("neg_"), record
        for stop in stops:
            assert stop in str(record["text"]), (stop, record["text"])


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_exact_routes_on_the_corpus(analyzer: Analyzer, part: str) -> None:
    outcomes = score(analyzer, part)
    exact = sum(o.exact for o in outcomes) / len(outcomes)
    misses = [(o.record["text"], o.found) for o in outcomes if not o.exact]
    assert exact >= FLOORS[part], misses


def test_advice_routes_are_recommendations_and_own_trips_are_not(analyzer: Analyzer) -> None:
    """On every record where the route came out, it is marked recommended exactly for advice."""
    outcomes = score(analyzer, "eval")
    routes = [o for o in outcomes if o.record["stops"] and len(o.found) == 1]
    assert any(o.record["note"] == "advice" for o in routes)
    for o in routes:
        assert o.found[0][1] == (o.record["note"] == "advice"), o.record["text"]


def main(parts: list[str]) -> None:
    analyzer = Analyzer()
    for part in parts:
        outcomes = score(analyzer, part)
        by_note: dict[str, list[bool]] = {}
        for o in outcomes:
            by_note.setdefault(str(o.record["note"]), []).append(o.exact)
            if not o.exact:
                print(f"MISS [{o.record['note']}] {o.record['text']!r}\n  gold  {o.record['stops']}"
                      f"\n  found {o.found}")
        hits = sum(o.exact for o in outcomes)
        print(f"{part}: exact {hits}/{len(outcomes)} = {hits / len(outcomes):.3f}  " + " ".join(
            f"{note} {sum(v)}/{len(v)}" for note, v in sorted(by_note.items())))


if __name__ == "__main__":
    main(sys.argv[1:] or ["train", "eval"])
