"""A beach or bay the gazetteer lacks, whose name only far towns abroad bear, is the thread's
own: it is put at the island or town of its sentence, not at the namesake across the world."""

from __future__ import annotations

from test_resolve import places_by_text, thread_of

from gazetteer import Gazetteer
from gazetteer.geo import distance_km


def test_a_beach_on_a_greek_island_is_not_a_town_in_australia(gazetteer: Gazetteer) -> None:
    found = places_by_text(
        *thread_of(
            "From [[Athens]] we sailed to [[Paros]] and gave a whole lazy day to "
            "[[Golden Beach]], watching the kites go past."
        ),
        gazetteer,
    )
    beach = found["Golden Beach"].place
    assert beach is not None and beach.country_code == "GR", beach
    assert distance_km(beach.lat, beach.lon, 37.05, 25.20) < 30, beach


def test_beaches_on_thai_islands_are_not_towns_abroad(gazetteer: Gazetteer) -> None:
    chang = places_by_text(
        *thread_of(
            "From [[Trat]] the car ferry crosses to [[Koh Chang]], and [[Long Beach]] at its "
            "southern tip is the quietest sand on the island."
        ),
        gazetteer,
    )
    tao = places_by_text(
        *thread_of("Our bungalow on [[Koh Tao]] was a short walk from [[Sunrise Beach]]."),
        gazetteer,
    )
    for beach in (chang["Long Beach"].place, tao["Sunrise Beach"].place):
        assert beach is not None and beach.country_code == "TH", beach
