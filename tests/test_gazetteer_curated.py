"""The curated sights-and-nature table (sights_curated.tsv): every row where it says it is, none a
second copy of a place the gazetteer has, no alias that text uses for something else, and the
rows found by name on the real default gazetteer."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache

import pytest

from gazetteer import Gazetteer
from gazetteer.admin import _rg_file
from gazetteer.geo import distance_km
from gazetteer.normalize import normalize_name
from gazetteer.sources import (
    SIGHTS_CURATED,
    SIGHTS_NATURE,
    TOWNS_CURATED,
    WIKIPEDIA,
    WIKIVOYAGE,
    read_table,
)
from itinerary.nlp.wordcase import margin

# docs/gazetteer.md: the sub-kinds of a natural place and of a sight.
NATURAL = "park lake mountain range pass gorge waterfall glacier volcano cave beach island coast "
NATURAL += "cliff fjord valley river sea reef desert wetland forest spring cape plateau"
SIGHT = "temple shrine church cathedral mosque castle palace museum tower monument ruins bridge "
SIGHT += "garden square site station"
FEATURES = {"natural": set(NATURAL.split(" ")), "sight": set(SIGHT.split(" ")), "region": {""}}
BORDER_KM = 30


def rows() -> list[dict[str, str]]:
    return read_table(SIGHTS_CURATED)


def spellings(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a for a in row["aliases"].split("|") if a)]


@cache
def towns() -> list[tuple[float, float, str]]:
    with _rg_file().open(encoding="utf-8") as handle:
        return [(float(r["lat"]), float(r["lon"]), r["cc"]) for r in csv.DictReader(handle)]


def nearest_by_country(lat: float, lon: float) -> dict[str, float]:
    """Country code -> distance (km) of its nearest town of cities1000 to the point; only
    towns within a box of about 150 km are measured, or 600 km where that box has none
    (a remote park or headland)."""
    best: dict[str, float] = {}
    for box in (1.5, 6.0):
        for t_lat, t_lon, code in towns():
            if abs(t_lat - lat) > box or abs(t_lon - lon) > 2 * box:
                continue
            km = distance_km(lat, lon, t_lat, t_lon)
            if km < best.get(code, float("inf")):
                best[code] = km
        if best:
            break
    return best


def test_the_table_is_large_and_its_ids_unique() -> None:
    table = rows()
    assert len(table) >= 500
    ids = [row["id"] for row in table]
    assert len(ids) == len(set(ids))


def test_kinds_features_and_sources() -> None:
    for row in rows():
        assert row["kind"] in FEATURES, row
        assert row["feature"] in FEATURES[row["kind"]], row
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), row
        assert row["source"].startswith("wikipedia:"), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row


def test_every_point_lies_in_its_country() -> None:
    """The nearest town of GeoNames' cities1000 is in the row's country, or a town of it is
    nearly as near (the point is close to a border)."""
    misplaced = []
    for row in rows():
        lat, lon = float(row["lat"]), float(row["lon"])
        near = nearest_by_country(lat, lon)
        mine = near.get(row["country"])
        closest = min(near.values(), default=None)
        if mine is None or closest is None or mine > closest + BORDER_KM:
            nearest = sorted(near.items(), key=lambda item: item[1])[:2]
            misplaced.append((row["id"], row["country"], nearest))
    assert not misplaced


def test_no_alias_is_an_ordinary_word_alone() -> None:
    """A one-word spelling English mostly writes in lower case ("Needles", "Rotunda") would
    turn ordinary prose into a place."""
    for row in rows():
        for spelling in spellings(row):
            words = re.sub(r"^(?i:the) ", "", spelling).split()
            assert len(words) > 1 or margin(words[0]) is None, (row["id"], spelling)


def test_no_spelling_is_used_twice_in_the_table() -> None:
    seen: dict[str, str] = {}
    for row in rows():
        for key in {normalize_name(s) for s in spellings(row)}:
            assert key not in seen, (row["id"], seen.get(key))
            seen[key] = row["id"]


def feature_rows() -> Iterator[tuple[str, float, float, str]]:
    """(key, lat, lon, id) of every spelling of the other feature tables."""
    for table in ("regions.tsv", SIGHTS_NATURE, WIKIVOYAGE):
        for row in read_table(table):
            for spelling in spellings(row):
                yield normalize_name(spelling), float(row["lat"]), float(row["lon"]), row["id"]


def test_no_row_repeats_a_place_of_the_other_tables() -> None:
    """A sight or natural place the other tables already hold (same spelling within 50 km) is
    theirs: a second row would split its mentions."""
    mine = {
        normalize_name(s): (float(row["lat"]), float(row["lon"]), row["id"])
        for row in rows()
        for s in spellings(row)
    }
    repeats = [
        (mine[key][2], other)
        for key, lat, lon, other in feature_rows()
        if key in mine and distance_km(lat, lon, *mine[key][:2]) < 50
    ]
    assert not repeats


def test_no_row_repeats_a_town_or_takes_its_name(gazetteer: Gazetteer) -> None:
    """No spelling is a town's, county's or country's: one within 5 km is that place already,
    one elsewhere would lose its name to a sight (sights rank above small towns)."""
    clashes = []
    for row in rows():
        for spelling in spellings(row):
            for place in gazetteer.lookup(spelling, limit=20):
                if place.kind not in ("natural", "sight", "region"):
                    clashes.append((row["id"], spelling, place.id))
    assert not clashes


@pytest.mark.parametrize(
    ("name", "kind", "feature", "country", "spot"),
    [
        ("Galleria Borghese", "sight", "museum", "IT", (41.914, 12.492)),
        ("Krimml Waterfalls", "natural", "waterfall", "AT", (47.20, 12.17)),
        ("Krimml Falls", "natural", "waterfall", "AT", (47.20, 12.17)),
        ("Vintgar Gorge", "natural", "gorge", "SI", (46.39, 14.08)),
        ("Cliffs of Moher", "natural", "cliff", "IE", (52.97, -9.43)),
        ("Chapel Bridge", "sight", "bridge", "CH", (47.05, 8.31)),
        ("Dune du Pilat", "natural", "beach", "FR", (44.59, -1.21)),
        ("Sanjusangendo", "sight", "temple", "JP", (34.988, 135.772)),
        ("Hallgrimskirkja", "sight", "church", "IS", (64.142, -21.927)),
        ("Chocolate Hills", "natural", "mountain", "PH", (9.82, 124.17)),
        # The second batch: small features, trails, huts and stations outside Europe.
        ("Nachi Falls", "natural", "waterfall", "JP", (33.67, 135.89)),
        ("Jeita Grotto", "natural", "cave", "LB", (33.94, 35.64)),
        ("Sani Pass", "natural", "pass", "ZA", (-29.59, 29.29)),
        ("Lod Cave", "natural", "cave", "TH", (19.57, 98.28)),
        ("Shin-Osaka", "sight", "station", "JP", (34.733, 135.500)),
        # Round 24: road passes and Alpine valleys, which a sentence's town used to stand for.
        ("Lewis Pass", "natural", "pass", "NZ", (-42.39, 172.40)),
        ("Kicking Horse Pass", "natural", "pass", "CA", (51.45, -116.29)),
        ("Beartooth Pass", "natural", "pass", "US", (44.97, -109.47)),
        ("Val Gardena", "natural", "valley", "IT", (46.57, 11.72)),
        ("Vinschgau", "natural", "valley", "IT", (46.65, 10.75)),
        ("Otztal", "natural", "valley", "AT", (47.05, 10.95)),
        ("Valle Verzasca", "natural", "valley", "CH", (46.26, 8.84)),
    ],
)
def test_found_by_name_with_kind_and_spot(
    gazetteer: Gazetteer,
    name: str,
    kind: str,
    feature: str,
    country: str,
    spot: tuple[float, float],
) -> None:
    best = gazetteer.lookup(name)[0]
    assert (best.kind, best.feature, best.country_code) == (kind, feature, country), best
    assert distance_km(best.lat, best.lon, *spot) < 5, best


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        # Travellers write "Koh"; the sources mostly "Ko" (GeoNames, Wikivoyage).
        ("Koh Lipe", "TH", (6.49, 99.30)),
        ("Koh Samet", "TH", (12.57, 101.45)),
        ("Koh Muk", "TH", (7.37, 99.30)),
        ("Koh Yao Noi", "TH", (8.13, 98.61)),
        ("Koh Rong Sanloem", "KH", (10.59, 103.30)),
        ("Malapascua", "PH", (11.33, 124.11)),
        ("Isle of Harris", "GB", (57.85, -6.85)),
        ("San Cristobal Island", "EC", (-0.84, -89.43)),
        # Round 24: small islands that had no sense, and one written without its "Pulau".
        ("Koufonisia", "GR", (36.93, 25.60)),
        ("Rosario Islands", "CO", (10.17, -75.75)),
        ("Gili Nanggu", "ID", (-8.72, 115.99)),
        ("Redang", "MY", (5.78, 103.02)),
    ],
)
def test_islands_found_as_travellers_spell_them(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    best = gazetteer.lookup(written)[0]
    assert best.country_code == country, best
    assert distance_km(best.lat, best.lon, *spot) < 15, best


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        # City quarters travellers stay in, as they write them (issue 10, tenth round).
        ("Norrebro", "DK", (55.69, 12.55)),
        ("Exarcheia", "GR", (37.99, 23.73)),
        ("Thong Lo", "TH", (13.73, 100.58)),
        ("Getsemani", "CO", (10.42, -75.55)),
        ("Russafa", "ES", (39.46, -0.37)),
        ("Treme", "US", (29.97, -90.07)),
        ("Koenji", "JP", (35.71, 139.65)),
        ("Lower East Side", "US", (40.72, -73.99)),
    ],
)
def test_quarters_found_as_travellers_spell_them(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    best = gazetteer.lookup(written)[0]
    assert (best.kind, best.country_code) == ("region", country), best
    assert distance_km(best.lat, best.lon, *spot) < 3, best


def test_curated_towns_are_towns_in_their_country() -> None:
    """towns_curated.tsv: unique ids, kind city without a feature, a Wikipedia source, and a
    point whose nearest town of cities1000 is in the row's country, or one of it is at most 60 km
    farther: villages in mountains by a border have few towns of 1,000 round them (Saty, 36 km
    from a Kyrgyz town and 67 km from a Kazakh one)."""
    table = read_table(TOWNS_CURATED)
    assert len({row["id"] for row in table}) == len(table)
    for row in table:
        assert (row["kind"], row["feature"]) == ("city", ""), row
        assert row["source"].startswith("wikipedia:"), row
        near = nearest_by_country(float(row["lat"]), float(row["lon"]))
        assert near.get(row["country"], float("inf")) <= min(near.values()) + 2 * BORDER_KM, row


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        # Villages travellers stay in, as they write them, that no other town source has.
        ("Tsumago-juku", "JP", (35.58, 137.60)),
        ("Hida Furukawa", "JP", (36.24, 137.19)),
        ("Yufuin Onsen", "JP", (33.27, 131.37)),
        ("Cheticamp", "CA", (46.64, -60.95)),
        ("Bukit Lawang", "ID", (3.55, 98.12)),
        ("Mai Chau", "VN", (20.66, 105.08)),
    ],
)
def test_curated_towns_found_as_travellers_spell_them(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    found = [p for p in gazetteer.lookup(written) if p.kind == "city"]
    assert any(p.country_code == country and distance_km(p.lat, p.lon, *spot) < 3 for p in found), (
        found
    )


def test_a_curated_village_keeps_its_big_namesake_as_the_bare_name(gazetteer: Gazetteer) -> None:
    """Chia in Sardinia is a candidate, but ranks below the Colombian town of 130,000: only the
    thread's region makes it the one meant."""
    ranked = gazetteer.lookup("Chia")
    assert ranked[0].country_code == "CO"
    assert any(p.id == "town:chia-sardinia" for p in ranked)


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        # Round 23: a Wikivoyage village 70 km off (Sesriem), a curated sight 97 km off (Scala
        # dei Turchi), rest camps, quarters named like towns elsewhere, nicknames.
        ("Sesriem", "NA", (-24.49, 15.80)),
        ("Scala dei Turchi", "IT", (37.29, 13.47)),
        ("Okaukuejo", "NA", (-19.18, 15.92)),
        ("Vic Falls", "ZW", (-17.93, 25.84)),
        ("Gili T", "ID", (-8.35, 116.04)),
        ("EBC", "NP", (27.99, 86.92)),
    ],
)
def test_places_on_their_spot(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    """Every place of the name lies on the spot: no second point of it far off."""
    found = gazetteer.lookup(written)
    assert found
    for place in found:
        assert place.country_code in (country, None), place
        assert distance_km(place.lat, place.lon, *spot) < 10, place


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        ("Triana", "ES", (37.38, -6.00)),
        ("Kalsa", "IT", (38.12, 13.37)),
        ("El Poblado", "CO", (6.21, -75.57)),
        ("Playa Blanca", "CO", (10.23, -75.61)),
        ("Sembalun", "ID", (-8.36, 116.53)),
    ],
)
def test_quarters_and_villages_named_like_towns_elsewhere(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    """A quarter or village named like a bigger town elsewhere is one of the name's towns."""
    found = gazetteer.lookup(written, country_code=country, kinds={"city"})
    assert any(distance_km(p.lat, p.lon, *spot) < 3 for p in found), found


# Curated rows sharing a spelling with a derived row of the build's merge window but lying far
# from it, each checked against its Wikipedia article: a new one is a point to check.
REVIEWED_APART = {
    "sesriem": "the curated village is right; Wikivoyage's point is 70 km west",
    "plaza-mayor": "Madrid's square; Wikipedia's row is Plasencia's square of the name",
    "angel-falls": "the curated point is the falls; Natural Earth's label lies beside them",
}
POINT_KINDS = {"sight", "city"}
POINT_FEATURES = {"waterfall", "cave", "beach", "spring", "volcano", "mountain", "pass", "cliff"}


def test_curated_points_agree_with_derived_namesakes() -> None:
    """A derived row of a curated row's spelling within 2.5 degrees is merged into it at build
    time, so a wrong point on either side would pass unseen: for places that are points, two
    rows of one kind and feature lie within 25 km, or the pair was checked (``REVIEWED_APART``)."""
    curated: dict[str, list[dict[str, str]]] = {}
    for table in ("regions.tsv", SIGHTS_CURATED, TOWNS_CURATED):
        for row in read_table(table):
            for spelling in spellings(row):
                curated.setdefault(normalize_name(spelling), []).append(row)
    apart = set()
    for table in (SIGHTS_NATURE, WIKIVOYAGE, WIKIPEDIA):
        for derived in read_table(table):
            d_lat, d_lon = float(derived["lat"]), float(derived["lon"])
            for spelling in spellings(derived):
                for row in curated.get(normalize_name(spelling), ()):
                    lat, lon = float(row["lat"]), float(row["lon"])
                    if (
                        (row["kind"] in POINT_KINDS or row["feature"] in POINT_FEATURES)
                        and (row["kind"], row["feature"]) == (derived["kind"], derived["feature"])
                        and abs(lat - d_lat) < 2.5
                        and abs(lon - d_lon) < 5
                        and distance_km(lat, lon, d_lat, d_lon) > 25
                    ):
                        apart.add(row["id"])
    assert apart <= set(REVIEWED_APART), apart - set(REVIEWED_APART)
