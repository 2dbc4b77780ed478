"""The station layer (stations.tsv.gz: European cities' railway stations from Trainline's list) on
the real default gazetteer: travellers' names of a station find it, and no town, district or
other place loses its name to a station."""

from __future__ import annotations

import pytest
from mention_names import place_names
from spacy.language import Language

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.sources import STATIONS, read_table
from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer

PREFIX = "trainline:"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_table(STATIONS)


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        ("Gare du Nord", "FR", (48.881, 2.355)),  # the French head alone names one station
        ("Paris Gare de Lyon", "FR", (48.844, 2.374)),
        ("Amsterdam Centraal", "NL", (52.379, 4.900)),
        ("Amsterdam Central Station", "NL", (52.379, 4.900)),  # "Centraal" in English
        ("Milan Central Station", "IT", (45.486, 9.204)),  # the town's English name
        ("Milano Centrale", "IT", (45.486, 9.204)),
        ("Rome Termini", "IT", (41.901, 12.501)),
        ("Termini Station", "IT", (41.901, 12.501)),  # the rest with "Station"
        ("Atocha Station", "ES", (40.406, -3.690)),
        ("Munich Hauptbahnhof", "DE", (48.140, 11.558)),  # "Hbf" written out
        ("Kings Cross Station", "GB", (51.531, -0.124)),
        ("King's Cross Station", "GB", (51.531, -0.124)),
    ],
)
def test_a_station_is_found_by_the_names_travellers_write(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    found = gazetteer.lookup(written)
    assert found, written
    best = found[0]
    assert (best.kind, best.feature, best.country_code) == ("sight", "station", country), best
    assert distance_km(best.lat, best.lon, *spot) < 2, best


@pytest.mark.parametrize("name", ["Madrid", "Atocha", "Kingham", "Termini", "Centrale", "Nord"])
def test_no_town_district_or_word_is_a_station(gazetteer: Gazetteer, name: str) -> None:
    """A station named as its town ("Kingham") is the town; the part after the town
    ("Atocha", often the district) is no name of the station alone."""
    assert [p.id for p in gazetteer.lookup(name, limit=200) if p.id.startswith(PREFIX)] == []


def test_a_name_two_far_stations_share_names_neither(gazetteer: Gazetteer) -> None:
    """London, Manchester and Southend each have a Victoria station: "Victoria Station" alone
    names none of them (the thread's own words must say which), "London Victoria" one."""
    assert [p.id for p in gazetteer.lookup("Victoria Station") if p.id.startswith(PREFIX)] == []
    assert [p.id for p in gazetteer.lookup("Santa Lucia Station") if p.id.startswith(PREFIX)] == []
    london = [p for p in gazetteer.lookup("London Victoria") if p.id.startswith(PREFIX)]
    assert london and distance_km(london[0].lat, london[0].lon, 51.495, -0.144) < 2


def test_a_station_never_outranks_a_place_of_the_other_sources(
    gazetteer: Gazetteer, rows: list[dict[str, str]]
) -> None:
    outranking = []
    for row in rows:
        for spelling in [row["name"], *row["aliases"].split("|")]:
            found = gazetteer.lookup(spelling, limit=50)
            others = [p for p in found if not p.id.startswith(PREFIX) and p.kind != "city"]
            if others and found[0].id.startswith(PREFIX):
                outranking.append((spelling, found[0].id, others[0].id))
    assert outranking == []


def test_the_table_holds_stations_of_towns(rows: list[dict[str, str]]) -> None:
    assert len(rows) > 3000
    assert {(row["kind"], row["feature"]) for row in rows} == {("sight", "station")}
    for row in rows:
        assert float(row["boost"]) < 0, row
        assert not any(ch.isdigit() or ch in "()" for ch in row["name"]), row


def test_stations_are_found_in_running_text(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "Our sleeper got into Gare du Nord at seven, and two days later we took the TGV "
        "from Paris Gare de Lyon down to Milano Centrale.",
    )
    assert {"Gare du Nord", "Paris Gare de Lyon", "Milano Centrale"} <= found


def test_the_thread_places_the_station_in_its_city(analyzer: Analyzer) -> None:
    report = analyzer.analyze(
        Thread(
            (
                Section(
                    "post",
                    None,
                    "Flew into Fiumicino, caught the express train to Roma Termini and walked "
                    "to our room in Monti. Three days later the Frecciarossa to Florence.",
                ),
            )
        )
    )
    places = {r.mention.text: r.place for r in report.resolutions if r.place is not None}
    station = places["Roma Termini"]
    assert (station.kind, station.feature, station.country_code) == ("sight", "station", "IT")
    assert distance_km(station.lat, station.lon, 41.901, 12.501) < 2


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        ("Kyoto Station", "JP", (34.985, 135.758)),
        ("Kyoto Eki", "JP", (34.985, 135.758)),
        ("Nagano Station", "JP", (36.643, 138.189)),
        ("Busan Station", "KR", (35.115, 129.041)),
    ],
)
def test_a_town_station_of_east_asia_is_found_in_its_town(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    """Where travellers name a station by its town and "Station" (station_towns.tsv), the
    station is the town's, placed at the town: a few kilometres from the real platform."""
    best = gazetteer.lookup(written)[0]
    assert (best.kind, best.feature, best.country_code) == ("sight", "station", country), best
    assert distance_km(best.lat, best.lon, *spot) < 6, best


def test_a_town_keeps_its_name_beside_its_station(gazetteer: Gazetteer) -> None:
    for town in ("Kyoto", "Nagano", "Busan", "Tainan"):
        best = gazetteer.lookup(town)[0]
        assert best.kind == "city", best
    assert [p for p in gazetteer.lookup("Kyoto") if p.feature == "station"] == []


def test_the_japanese_station_is_found_in_running_text(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "The shinkansen got us into Kyoto Station just after ten and we left our bags in a "
        "locker before walking up to the temples.",
    )
    assert "Kyoto Station" in found
