"""The Wikivoyage layer (wikivoyage.tsv.gz: destinations of English Wikivoyage that cities500 and
the other tables lack) on the real default gazetteer: what it adds, and that it takes no name
from the other sources nor makes a word of running text a place."""

from __future__ import annotations

import re

import pytest
from mention_names import place_names
from spacy.language import Language

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.normalize import normalize_name
from gazetteer.sources import WIKIVOYAGE, read_table
from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer

PREFIX = "wikivoyage:"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_table(WIKIVOYAGE)


@pytest.mark.parametrize(
    ("name", "kind", "feature", "country", "spot", "within_km"),
    [
        # Villages below cities500's reach, at the village.
        ("Kvikkjokk", "city", None, "SE", (66.95, 17.72), 10),  # Swedish Lapland, a trailhead
        ("Dingboche", "city", None, "NP", (27.89, 86.83), 10),  # on the way to Everest
        ("Lukla", "city", None, "NP", (27.69, 86.73), 10),
        ("Huacachina", "city", None, "PE", (-14.09, -75.76), 10),  # the oasis by Ica
        ("Uçhisar", "city", None, "TR", (38.63, 34.80), 10),  # Cappadocia
        ("Ardvasar", "city", None, "GB", (57.06, -5.91), 10),  # Skye's ferry end
        # Islands, a beach, ruins and a travel region.
        ("Ameland", "natural", "island", "NL", (53.45, 5.77), 20),
        ("Koh Rong", "natural", "island", "KH", (10.71, 103.24), 20),
        ("Legzira", "natural", "beach", "MA", (29.44, -10.12), 10),
        ("Stobi", "sight", "ruins", "MK", (41.55, 21.97), 10),
        ("Albanian Riviera", "region", None, "AL", (40.1, 19.75), 60),
    ],
)
def test_destinations_of_the_wikivoyage_layer(
    gazetteer: Gazetteer,
    name: str,
    kind: str,
    feature: str | None,
    country: str,
    spot: tuple[float, float],
    within_km: float,
) -> None:
    found = gazetteer.lookup(name)
    assert found, name
    best = found[0]
    assert (best.kind, best.feature, best.country_code) == (kind, feature, country), best
    assert distance_km(best.lat, best.lon, *spot) < within_km, best


@pytest.mark.parametrize(
    ("bare", "country", "spot"),
    [
        ("Lahemaa", "EE", (59.57, 25.85)),  # the curated park takes Wikivoyage's bare name
        ("Kenting", "TW", (21.95, 120.80)),
    ],
)
def test_a_park_is_found_by_its_bare_name(
    gazetteer: Gazetteer, bare: str, country: str, spot: tuple[float, float]
) -> None:
    best = gazetteer.lookup(bare)[0]
    assert (best.kind, best.feature, best.country_code) == ("natural", "park", country), best
    assert distance_km(best.lat, best.lon, *spot) < 30, best


def test_a_wikivoyage_place_never_outranks_a_namesake_of_the_other_sources(
    gazetteer: Gazetteer, rows: list[dict[str, str]]
) -> None:
    """Every row ranks below the other sources' places of its name ("Aguas Calientes" is the
    Mexican town until the thread says Peru): the layer adds senses, it takes none away. Only
    a GeoNames hamlet without a population figure may rank below a Wikivoyage park or region."""
    outranking = []
    for row in rows:
        found = gazetteer.lookup(row["name"], limit=50)
        others = [
            p
            for p in found
            if not p.id.startswith(PREFIX) and (p.kind != "city" or p.population > 0)
        ]
        if others and found[0].id.startswith(PREFIX):
            outranking.append((row["id"], found[0].id, others[0].id))
    assert outranking == []


def test_a_wikivoyage_town_is_no_second_copy_of_a_town_the_gazetteer_has(
    gazetteer: Gazetteer, rows: list[dict[str, str]]
) -> None:
    repeated = []
    for row in rows:
        if row["kind"] != "city":
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        for place in gazetteer.lookup(row["name"], limit=100):
            if (
                place.kind == "city"
                and not place.id.startswith(PREFIX)
                and distance_km(place.lat, place.lon, lat, lon) < 20
            ):
                repeated.append((row["id"], place.id))
    assert repeated == []


def test_the_table_holds_places_not_topics(rows: list[dict[str, str]]) -> None:
    """Itineraries and travel topics have coordinates too ("Hiking in the East Bay"); a title
    that reads as a topic, holds a digit or joins two places with "and" is not kept."""
    assert len(rows) > 4000
    assert {row["kind"] for row in rows} == {"city", "region", "natural", "sight"}
    for row in rows:
        assert not re.search(r"\d| (?:and|in|to|by|with|for) |^[a-z]", row["name"]), row
        assert float(row["boost"]) <= 0, row


def test_a_known_region_under_a_generic_head_is_no_new_place(
    gazetteer: Gazetteer, rows: list[dict[str, str]]
) -> None:
    """ "Lagos State" is the admin1 region Lagos, "Moscow Oblast" the region Moscow: the table
    holds no region whose name less its head is a region the gazetteer has near it."""
    head = re.compile(r"^(.+?) (?:State|Province|Region|Governorate|Oblast|Prefecture)$")
    repeated = []
    for row in rows:
        match = head.match(row["name"])
        if row["kind"] != "region" or not match:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        repeated += [
            (row["id"], place.id)
            for place in gazetteer.lookup(match.group(1), limit=50)
            if place.kind in ("admin1", "admin2", "region")
            and not place.id.startswith(PREFIX)
            and distance_km(place.lat, place.lon, lat, lon) < 400
        ]
    assert repeated == []
    assert [p.id for p in gazetteer.lookup("Lagos State") if p.id.startswith(PREFIX)] == []


@pytest.mark.parametrize("word", ["Teller", "Superior", "Hiking in the East Bay"])
def test_no_wikivoyage_place_is_an_ordinary_word(gazetteer: Gazetteer, word: str) -> None:
    assert [p.id for p in gazetteer.lookup(word, limit=200) if p.id.startswith(PREFIX)] == []


def test_villages_are_found_in_running_text(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "From Kathmandu we flew to Lukla and walked up through Namche Bazaar to Dingboche, "
        "where we rested two nights before the pass.",
    )
    assert {"Kathmandu", "Lukla", "Namche Bazaar", "Dingboche"} <= found


def test_the_thread_picks_the_wikivoyage_village_over_a_namesake(analyzer: Analyzer) -> None:
    """Aguas Calientes is first a Mexican town; on the way to Machu Picchu it is the Peruvian
    village under the ruins, which only Wikivoyage has."""
    report = analyzer.analyze(
        Thread(
            (
                Section(
                    "post",
                    None,
                    "Cusco was our base for a week. We took the early train down to Aguas "
                    "Calientes and the first bus up to Machu Picchu.",
                ),
            )
        )
    )
    places = {r.mention.text: r.place for r in report.resolutions if r.place is not None}
    village = places["Aguas Calientes"]
    assert village.country_code == "PE"
    assert distance_km(village.lat, village.lon, -13.15, -72.52) < 10
    assert normalize_name(village.name) == "aguas calientes"
