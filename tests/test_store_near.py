"""``Gazetteer.near`` answers from a smaller box first and ``near_spots`` answers its question
without building places: both must give exactly what reading the whole circle gives."""

from __future__ import annotations

from array import array

import pytest

from gazetteer import Gazetteer, normalize_name
from gazetteer.build import KIND_CODES, geo_grid, grid_row, name_hash, name_hashes
from gazetteer.errors import InvalidQuery
from gazetteer.geo import distance_km
from gazetteer.store import Spot

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
def test_near_spots_are_the_places_of_near(
    gazetteer: Gazetteer, lat: float, lon: float, kinds: set[str] | None
) -> None:
    with Gazetteer(gazetteer.path) as fresh:  # nothing remembered from ``near``
        spots = fresh.near_spots(lat, lon, 150, kinds=kinds, limit=500)
    places = gazetteer.near(lat, lon, 150, kinds=kinds, limit=500)
    assert spots == [
        Spot(normalize_name(place.name), place.id, place.lat, place.lon, place.prior)
        for place, _ in places
    ]
    assert all(
        gazetteer.get(spot.id) == place for spot, (place, _) in zip(spots, places, strict=True)
    )


def test_near_spots_round_roros(gazetteer: Gazetteer) -> None:
    spots = gazetteer.near_spots(62.5747, 11.3842, 60, limit=50)
    assert (spots[0].key, spots[0].id) == ("roros", "geonames:3141332")
    assert any(spot.id == "iata:RRS" for spot in spots)
    assert (
        gazetteer.near_spots(62.5747, 11.3842, 60, kinds={"airport"}, limit=5)
        == [spot for spot in spots if spot.id.startswith("iata:")][:5]
    )
    assert gazetteer.near_spots(62.5747, 11.3842, 60, limit=0) == []


def test_a_spot_asked_for_again_is_the_same_answer(gazetteer: Gazetteer) -> None:
    # The resolver's two nearby steps ask the same question round each anchor town; the second
    # answer must equal the first whether or not other questions came between.
    with Gazetteer(gazetteer.path) as fresh:
        first = fresh.near_spots(59.91, 10.75, 150, kinds=FEATURES, limit=500)
        fresh.near_spots(59.91, 10.75, 150, limit=500)  # towns and all
        fresh.near(59.91, 10.75, 150, kinds=FEATURES, limit=500)
        assert fresh.near_spots(59.91, 10.75, 150, kinds=FEATURES, limit=500) == first
    distances = [distance_km(59.91, 10.75, spot.lat, spot.lon) for spot in first]
    assert first[0].key == "oslo opera house" and distances == sorted(distances)


def shape(key: str) -> tuple[str, int]:
    return key[:1], min(len(key), 255)


@pytest.mark.parametrize(("lat", "lon"), POINTS)
@pytest.mark.parametrize("kinds", [None, FEATURES])
@pytest.mark.parametrize("limit", [1, 37, 500])
def test_near_spots_of_some_shapes_are_those_of_the_whole_answer(
    gazetteer: Gazetteer, lat: float, lon: float, kinds: set[str] | None, limit: int
) -> None:
    # The rows the shapes skip are ranked by position alone: the rows kept must be exactly
    # those of the whole answer, in its order, whatever the limit cuts off.
    everything = gazetteer.near_spots(lat, lon, 150, kinds=kinds, limit=limit)
    common = {shape(spot.key) for spot in everything[::3]}
    for shapes in (common, {("k", 6), ("s", 7), ("b", 5)}, {("q", 40)}):
        with Gazetteer(gazetteer.path) as fresh:  # nothing read before
            kept = fresh.near_spots(lat, lon, 150, kinds=kinds, limit=limit, shapes=shapes)
        assert kept == [spot for spot in everything if shape(spot.key) in shapes]
    assert everything and gazetteer.near_spots(
        lat, lon, 150, kinds=kinds, limit=limit, shapes=common
    ), "the shapes of the answer's own places keep some of them"


def test_a_misspelt_range_is_among_the_spots_of_its_shape(gazetteer: Gazetteer) -> None:
    # A hiker at Lillehammer writes "Jotunheimn": the range's key has the same first letter and
    # a length one longer, so a question for that shape round the town reads it.
    spots = gazetteer.near_spots(61.115, 10.466, 150, kinds=FEATURES, limit=500,
                                 shapes={("j", 11)})
    assert "jotunheimen" in [spot.key for spot in spots]
    assert all(spot.key[:1] == "j" and len(spot.key) == 11 for spot in spots)
    assert gazetteer.near_spots(61.115, 10.466, 150, limit=500, shapes=set()) == []


@pytest.mark.parametrize(("lat", "lon"), POINTS)
@pytest.mark.parametrize("limit", [3, 500])
def test_near_spots_with_some_words_are_those_of_the_whole_answer(
    gazetteer: Gazetteer, lat: float, lon: float, limit: int
) -> None:
    everything = gazetteer.near_spots(lat, lon, 150, kinds=FEATURES, limit=limit)
    common = {spot.key.split()[-1] for spot in everything[::4]}
    for words in (common, {"lake", "museum"}, {"xylophone"}):
        with Gazetteer(gazetteer.path) as fresh:
            kept = fresh.near_spots(lat, lon, 150, kinds=FEATURES, limit=limit, words=words)
        assert kept == [spot for spot in everything if words & set(spot.key.split())]


def test_a_peak_said_by_part_of_its_name_is_among_the_spots_with_that_word(
    gazetteer: Gazetteer,
) -> None:
    # "We hiked up to Besseggen from Gjendesheim": the ridge's own word finds it.
    spots = gazetteer.near_spots(61.115, 10.466, 150, kinds=FEATURES, limit=500,
                                 words={"besseggen", "gudbrandsdalen"})
    assert sorted(spot.key for spot in spots) == ["besseggen", "gudbrandsdalen"]
    # Only the features' words are indexed: towns cannot be asked for by a word.
    with pytest.raises(InvalidQuery):
        gazetteer.near_spots(61.115, 10.466, 150, limit=500, words={"hamar"})


# A park on a border (Waterton-Glacier), a town where three countries meet (Basel) and the
# points above: the first town of a country need not be the nearest town.
REGION_POINTS = [(49.0, -113.85), (47.56, 7.59), *POINTS]


@pytest.mark.parametrize(("lat", "lon"), REGION_POINTS)
def test_near_region_is_that_of_the_first_town_of_the_country_near_gives(
    gazetteer: Gazetteer, lat: float, lon: float
) -> None:
    towns = gazetteer.near(lat, lon, 50, kinds=("city",), limit=1_000)
    countries = {town.country_code for town, _ in towns} | {"JP"}
    with Gazetteer(gazetteer.path) as fresh:  # nothing remembered from ``near``
        for country in sorted(countries):
            for limit in (1, 5, 50):
                first = next(
                    (t.admin1 for t, _ in towns[:limit] if t.country_code == country), None
                )
                assert fresh.near_region(lat, lon, 50, country, kinds=("city",), limit=limit) == (
                    first
                )


def test_a_park_on_the_border_takes_the_region_of_its_own_side(gazetteer: Gazetteer) -> None:
    # Between Waterton (Alberta) and Glacier (Montana), the nearest towns are in Montana.
    assert gazetteer.near_region(49.0, -113.85, 50, "US", kinds=("city",)) == "MT"
    assert gazetteer.near_region(49.0, -113.85, 50, "CA", kinds=("city",)) == "01"  # Alberta


def test_no_region_from_a_country_with_no_town_near(gazetteer: Gazetteer) -> None:
    # Basel's own suburbs crowd out France within the four nearest towns, but not within fifty.
    assert gazetteer.near_region(47.56, 7.59, 50, "FR", kinds=("city",), limit=4) is None
    assert gazetteer.near_region(47.56, 7.59, 50, "FR", kinds=("city",)) == "44"  # Grand Est
    assert gazetteer.near_region(48.857, 2.352, 50, "JP", kinds=("city",)) is None


# The grid's edges: a circle round a town on the 180th meridian (Taveuni, Fiji), one that
# reaches over the North Pole from Svalbard, one whose box spans many degrees of latitude
# (Quito, on the equator) and towns by a degree line (Bergen, 60.39 N).
EDGE_POINTS = [(-16.8, 179.99), (89.5, 15.0), (78.22, 15.65), (-0.18, -78.47), (60.39, 5.32)]


def everything_within(gazetteer: Gazetteer, lat: float, lon: float, km: float, kinds: set[str]):
    """Every place of the kinds within ``km``, read row by row from the places table, ordered
    as ``near`` orders them (distance to the metre, then the row)."""
    marks = ",".join("?" * len(kinds))
    rows = gazetteer._rows(
        f"SELECT pid, id, lat, lon FROM places WHERE kind IN ({marks}) AND lat BETWEEN ? AND ?",
        [*sorted(kinds), lat - km / 100, lat + km / 100],  # a degree is more than 100 km
    )
    found = sorted(
        (round(distance_km(lat, lon, row[2], row[3]), 3), row[0], row[1]) for row in rows
    )
    return [(place_id, km_away) for km_away, _, place_id in found if km_away <= km]


@pytest.mark.parametrize(("lat", "lon"), EDGE_POINTS + POINTS[:2])
@pytest.mark.parametrize(("km", "kinds"), [(150, {"city", "airport"}), (40, FEATURES)])
def test_near_finds_every_place_in_the_circle_and_no_other(
    gazetteer: Gazetteer, lat: float, lon: float, km: float, kinds: set[str]
) -> None:
    with Gazetteer(gazetteer.path) as fresh:
        answer = fresh.near(lat, lon, km, kinds=kinds, limit=1_000_000)
    assert [(place.id, km_away) for place, km_away in answer] == everything_within(
        gazetteer, lat, lon, km, kinds
    )


def test_the_grid_keeps_each_kind_and_degree_of_latitude_in_a_run_by_longitude() -> None:
    starts, pids, lats, lons = geo_grid(
        [("city", 59.9, 10.7), ("sight", 59.2, -3.0), ("city", 59.1, -3.0), ("city", 60.4, 5.3),
         ("city", 59.5, 5.7), ("city", 90.0, 0.0)]
    )
    first = array("i", starts)
    order = array("i", pids)
    city = KIND_CODES["city"]
    row = grid_row(city, 59.9)
    # The three towns between 59 and 60 degrees north, west to east, then Bergen's degree.
    assert list(order[first[row] : first[row + 1]]) == [3, 5, 1]
    assert list(order[first[row + 1] : first[row + 2]]) == [4]
    assert grid_row(city, 90.0) == grid_row(city, 89.5)  # the pole is in the last degree
    sight = grid_row(KIND_CODES["sight"], 59.2)
    assert list(order[first[sight] : first[sight + 1]]) == [2]
    assert first[-1] == 6 and len(first) == len(KIND_CODES) * 180 + 1
    assert array("f", lats)[0] == pytest.approx(59.1) and array("f", lons)[0] == -3.0


def test_every_key_of_the_name_index_is_asked_for(gazetteer: Gazetteer) -> None:
    # ``name_hashes`` spares the index the words that name no place: it must never spare a key
    # that names one, or a place would go unfound.
    keys = [row[0] for row in gazetteer._rows("SELECT DISTINCT key FROM names", ())]
    assert len(keys) > 500_000
    assert all(gazetteer._may_name(key) for key in keys)


def test_words_that_name_no_place_are_not_asked_for(gazetteer: Gazetteer) -> None:
    words = ["the", "breakfast", "honestly", "itinerary", "recommend", "qwxzv oslo"]
    assert not any(gazetteer._may_name(normalize_name(word)) for word in words)
    assert all(gazetteer.lookup(word) == [] for word in words)
    # Codes live in the index as "=OSL": the hash of that key lets the code through.
    assert gazetteer._may_name("=OSL") and "iata:OSL" in [p.id for p in gazetteer.lookup("OSL")]
    assert gazetteer.lookup("Lillehammer")[0].country_code == "NO"


def test_name_hashes_hold_each_key_once_in_order() -> None:
    hashes = array("I", name_hashes(["oslo", "bergen", "oslo", "=OSL"]))
    assert list(hashes) == sorted({name_hash("oslo"), name_hash("bergen"), name_hash("=OSL")})
