"""The corpus summary of a batch: readers across threads and places named together."""

from __future__ import annotations

import dataclasses

from export_samples import BODO, OSLO, REPORT, ROROS, THREAD, TRONDHEIM

from itinerary.export.corpus import CorpusSummary
from itinerary.export.report_json import report_to_dict
from itinerary.models import PlacePair, ReaderPlace


def _summary() -> CorpusSummary:
    second = dataclasses.replace(
        REPORT,
        thread=dataclasses.replace(THREAD, id="two"),
        places=tuple(p for p in REPORT.places if p.place.id in {OSLO.id, TRONDHEIM.id}),
        readers_also_went_to=(ReaderPlace(OSLO.id, planning=("Kim", "Lee")),),
        place_pairs=(PlacePair((TRONDHEIM.id, OSLO.id), ("Kim",)),),
    )
    corpus = CorpusSummary()
    corpus.add(report_to_dict(REPORT))
    corpus.add(report_to_dict(second))
    corpus.fail("bad.txt: empty file")
    return corpus


def test_readers_also_went_to_across_threads() -> None:
    ranked = _summary().readers_also_went_to()
    # ties (Bodø and Bergen: one reader, one thread) go by place id
    assert [pid for pid, _ in ranked] == [TRONDHEIM.id, OSLO.id, BODO.id, "geonames:3161732"]
    oslo = dict(ranked)[OSLO.id]
    assert (oslo.threads, oslo.readers, oslo.visited, oslo.planning) == (2, 3, 1, 2)


def test_co_occurrence_leaves_countries_out() -> None:
    pairs = {ids: (threads, readers) for ids, threads, readers in _summary().pairs()}
    assert pairs[tuple(sorted((OSLO.id, TRONDHEIM.id)))] == (2, 1)
    assert pairs[tuple(sorted((BODO.id, TRONDHEIM.id)))] == (1, 1)
    assert pairs[tuple(sorted((ROROS.id, OSLO.id)))] == (1, 0)
    assert not any("geonames:3144096" in ids for ids in pairs)  # Norway
    assert len(pairs) == 10  # the 5 places other than Norway: C(5, 2), the 2nd thread adds none


def test_to_dict() -> None:
    data = _summary().to_dict()
    assert (data["threads"], data["failed"], data["failures"]) == (2, 1, ["bad.txt: empty file"])
    first_pair = data["co_occurrence"][0]
    assert first_pair["readers"] == 1 and first_pair["threads"] == 2
    assert sorted(first_pair["names"]) == ["Oslo", "Trondheim"]
