"""``Gazetteer.near`` reuses the places of earlier queries around neighbouring towns; the answer
for a point must not depend on what was asked before it."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, store

LILLEHAMMER = (61.115, 10.466)
# Towns a thread about the Gudbrandsdal would also name: their circles overlap Lillehammer's.
NEIGHBOURS = [(59.91, 10.75), (60.795, 11.068), (61.594, 9.757), (62.574, 11.384)]
FEATURES = {"natural", "sight", "region"}


def around_lillehammer(opened: Gazetteer) -> list[list[tuple[str, float]]]:
    return [
        [(place.id, km) for place, km in opened.near(*LILLEHAMMER, 150, kinds=kinds, limit=500)]
        for kinds in (None, FEATURES)
    ]


@pytest.mark.parametrize("kept", [50_000, 300])
def test_places_near_a_town_are_the_same_after_queries_round_its_neighbours(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    # 300 places kept: the store is emptied and refilled between the queries.
    monkeypatch.setattr(store, "_PLACES_KEPT", kept)
    with Gazetteer(gazetteer.path) as fresh:
        expected = around_lillehammer(fresh)
    with Gazetteer(gazetteer.path) as busy:
        for lat, lon in NEIGHBOURS:
            busy.near(lat, lon, 150, limit=500)
            busy.near(lat, lon, 150, kinds=FEATURES, limit=500)
        got = around_lillehammer(busy)
    assert got == expected
    everything, features = expected
    assert len(everything) > 100
    assert [km for _, km in everything] == sorted(km for _, km in everything)
    assert everything[0][1] < 5  # the town itself, or a place in it
    assert features and all(km <= 150 for _, km in features)
