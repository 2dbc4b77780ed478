"""The postal layer (postal_places.tsv.gz: villages and localities of GeoNames' postal code files
that the other sources lack) on the real default gazetteer: what it adds, where, and that it
takes no name from the other sources nor makes a person or a word a place."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.sources import POSTAL, read_table
from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer

PREFIX = "postal:"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_table(POSTAL)


@pytest.mark.parametrize(
    ("name", "country", "spot"),
    [
        ("Henningsvær", "NO", (68.15, 14.20)),  # the fishing village on Lofoten's outer edge
        ("Dunvegan", "GB", (57.44, -6.58)),  # the village by the castle, not only the castle
        ("Elgol", "GB", (57.15, -6.10)),  # Skye's boat landing for Loch Coruisk
        ("Applecross", "GB", (57.43, -5.81)),  # at the end of the Bealach na Bà road
        ("Bibury", "GB", (51.76, -1.83)),  # the Cotswolds village with Arlington Row
        ("Rastoke", "HR", (45.12, 15.66)),  # the mill village by Slunj, on the way to Plitvice
        ("Monticchiello", "IT", (43.07, 11.72)),  # the hill village near Pienza
        ("Lysebotn", "NO", (59.05, 6.65)),  # at the inner end of the Lysefjord
        ("Undredal", "NO", (60.95, 7.10)),  # the goat-cheese village on the Aurlandsfjord
    ],
)
def test_villages_of_the_postal_layer(
    gazetteer: Gazetteer, name: str, country: str, spot: tuple[float, float]
) -> None:
    village = next((p for p in gazetteer.lookup(name, limit=50) if p.id.startswith(PREFIX)), None)
    assert village is not None, name
    assert (village.kind, village.country_code) == ("city", country), village
    assert distance_km(village.lat, village.lon, *spot) < 10, village


def test_a_village_is_one_more_sense_below_its_bigger_namesake(gazetteer: Gazetteer) -> None:
    """Armadale is first the West Lothian town; the ferry village on Skye is there too, last."""
    found = gazetteer.lookup("Armadale", limit=50)
    assert not found[0].id.startswith(PREFIX)
    skye = [p for p in found if distance_km(p.lat, p.lon, 57.06, -5.90) < 10]
    assert [p.id.startswith(PREFIX) for p in skye] == [True]
    assert skye[0].prior < min(p.prior for p in found if not p.id.startswith(PREFIX))


def test_the_table_ranks_below_every_other_source(rows: list[dict[str, str]]) -> None:
    """The lowest prior of every other source is a GeoNames hamlet's 0.05: a postal village
    never takes a bare name from a place the other sources have."""
    assert len(rows) > 100_000
    assert {row["kind"] for row in rows} == {"city"}
    assert all(float(row["boost"]) < 0 for row in rows)


def test_a_postal_village_is_no_second_copy_of_a_known_place(
    gazetteer: Gazetteer, rows: list[dict[str, str]]
) -> None:
    repeated = []
    for row in rows[::97]:
        lat, lon = float(row["lat"]), float(row["lon"])
        repeated += [
            (row["id"], place.id)
            for place in gazetteer.lookup(row["name"], limit=100)
            if not place.id.startswith(PREFIX) and distance_km(place.lat, place.lon, lat, lon) < 30
        ]
    assert repeated == []


@pytest.mark.parametrize(
    "word",
    [
        "Maria",  # a given name: "Maria, you have to see ..."
        "Laura",
        "Taylor",  # a common surname
        "High Street",  # English words only
        "Hope",
        "United",  # a village in Pennsylvania; in running text the first word of a name
        "East Texas",  # a place in Pennsylvania, written as a compass word and a state
        "Jupiter",  # a resort on the Romanian coast; English text writes the planet
        "Victoria",  # a big place's name elsewhere keeps meaning the big place
        "Granada",
    ],
)
def test_no_person_word_or_famous_name_is_a_postal_village(gazetteer: Gazetteer, word: str) -> None:
    assert [p.id for p in gazetteer.lookup(word, limit=500) if p.id.startswith(PREFIX)] == []


def test_the_thread_places_the_villages_it_names(analyzer: Analyzer) -> None:
    """Elgol and Henningsvær are in no source but the postal layer: with Portree and Svolvær
    beside them they land on Skye and on Lofoten."""
    report = analyzer.analyze(
        Thread(
            (
                Section(
                    "post",
                    None,
                    "We stayed in Portree for four nights. One day we drove down to Elgol for "
                    "the boat trip to the Cuillin.",
                ),
                Section(
                    "comment-1",
                    "Tove",
                    "In Lofoten we based ourselves in Svolvær and took the bus out to "
                    "Henningsvær for the day.",
                ),
            )
        )
    )
    places = {r.mention.text: r.place for r in report.resolutions if r.place is not None}
    assert distance_km(places["Elgol"].lat, places["Elgol"].lon, 57.15, -6.10) < 10
    village = places["Henningsvær"]
    assert distance_km(village.lat, village.lon, 68.15, 14.20) < 10
