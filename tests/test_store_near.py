"""``Gazetteer.near`` answers from a smaller box first and ``near_names`` answers its question
without building places: both must give exactly what reading the whole circle gives."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, normalize_name

FEATURES = {"natural", "sight", "region"}
# A crowded plain (Flanders), a capital, a thin valley (the Gudbrandsdal), an island town
# (Reykjavik) and an atoll across the 180th meridian: the nearest 500 lie at very different
# distances, inside the smaller box or not.
POINTS = [(51.05, 3.72), (48.857, 2.352), (61.115, 10.466), (64.146, -21.94), (-16.8, 179.99)]


def whole_circle(gazetteer: Gazetteer, lat: float, lon: float, kinds: set[str] | None):
    # No limit the smaller box could answer: every place within 150 km, nearest first.
    return gazetteer.near(lat, lon, 150, kinds=kinds, limit=1_000_000)


@pytest.mark.parametrize(("lat", "lon"), POINTS)
@pytest.mark.parametrize("kinds", [None, FEATURES])
def test_the_nearest_few_are_the_head_of_the_whole_circle(
    gazetteer: Gazetteer, lat: float, lon: float, kinds: set[str] | None
) -> None:
    everything = whole_circle(gazetteer, lat, lon, kinds)
    assert everything, "each point has places round it"
    for limit in (1, 20, 500):
        assert gazetteer.near(lat, lon, 150, kinds=kinds, limit=limit) == everything[:limit]


@pytest.mark.parametrize(("lat", "lon"), POINTS)
@pytest.mark.parametrize("kinds", [None, FEATURES])
def test_near_names_are_the_names_and_ids_of_near(
    gazetteer: Gazetteer, lat: float, lon: float, kinds: set[str] | None
) -> None:
    with Gazetteer(gazetteer.path) as fresh:  # nothing remembered from ``near``
        names = fresh.near_names(lat, lon, 150, kinds=kinds, limit=500)
    places = gazetteer.near(lat, lon, 150, kinds=kinds, limit=500)
    assert names == [(normalize_name(place.name), place.id) for place, _ in places]


def test_near_names_round_roros(gazetteer: Gazetteer) -> None:
    names = gazetteer.near_names(62.5747, 11.3842, 60, limit=50)
    assert names[0] == ("roros", "geonames:3141332")
    assert any(place_id == "iata:RRS" for _, place_id in names)
    assert gazetteer.near_names(62.5747, 11.3842, 60, kinds={"airport"}, limit=5) == [
        (key, place_id) for key, place_id in names if place_id.startswith("iata:")
    ][:5]
    assert gazetteer.near_names(62.5747, 11.3842, 60, limit=0) == []
