"""A sight that many towns have under one name ("the Duomo", "the Alcazar", "the Puente
Nuevo", "Kings Park") is the one of the town the writer has just named, not a village called
so elsewhere (Duomo by Brescia, Alcázar de San Juan, Kings Park by Melbourne). Written for
issue 10 (round 25) in our own words."""

from __future__ import annotations

import pytest

from gazetteer.geo import distance_km
from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text


def placed(analyzer: Analyzer, text: str, name: str) -> tuple[float, float]:
    report = analyzer.analyze(read_text("A week away\n\n" + text + "\n", "landmarks.txt"))
    place = next(r.place for r in report.resolutions if r.mention.text == name)
    assert place is not None, name
    return place.lat, place.lon


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "In Seville we lost a whole morning in the Alcazar, whose gardens were full of"
            " peacocks.",
            "Alcazar",
            (37.39, -5.99),
        ),
        (
            "We rode a slow train up to Ronda and crossed the Puente Nuevo at dusk.",
            "Puente Nuevo",
            (36.74, -5.17),
        ),
        (
            "After two nights in Florence we climbed the Duomo before breakfast.",
            "Duomo",
            (43.77, 11.25),
        ),
        (
            "Our last afternoon in Perth, WA was a picnic in Kings Park above the river.",
            "Kings Park",
            (-31.95, 115.86),
        ),
    ],
)
def test_a_landmark_many_towns_have_is_the_one_of_the_town_just_named(
    analyzer: Analyzer, text: str, name: str, town: tuple[float, float]
) -> None:
    lat, lon = placed(analyzer, text, name)
    assert distance_km(lat, lon, *town) < 10, (name, lat, lon)
