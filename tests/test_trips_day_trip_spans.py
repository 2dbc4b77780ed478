"""Day trips of a day list whose span of days stays in one town ("Days 1-3: Lisbon" over
"Day 2: Sintra"), of plural and one-day cues ("lovely days out from X", "work as one day"), an
outing done "instead of a day trip", a question for day trips "from there" (the stay, not
the post's subject), "walked to X from there", and possible day trips: none from a town stayed
in one night, to a town slept in or denied a day trip, or to the area the post is set in."""

from __future__ import annotations

import pytest
from trips_threads import place, resolve, said_day_trips, section, thread

from gazetteer import Gazetteer
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

NAMES = ["Lisbon", "Sintra", "Évora", "Porto", "Braga", "Coimbra", "Ericeira", "Peniche",
         "Tomar", "Cascais", "Lagos", "Silves", "Algarve"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str,
         subject: str | None = None) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, texts, NAMES, subject=subject)


@pytest.mark.parametrize("plan", [
    "Portugal in a week\nDays 1-3: Lisbon\nDay 2: Sintra\nDay 3: Évora by bus\n"
    "Days 4-6: Porto\nDay 5: Braga\nDay 7: Coimbra, then the flight home",
    "Portugal in a week\nDays 1-3 - Lisbon. Day 2 - Sintra. Day 3 - Évora by bus.\n"
    "Days 4-6 - Porto. Day 5 - Braga.\nDay 7 - Coimbra, then the flight home.",
])
def test_a_span_of_days_in_one_town_sends_its_days_out_from_it(
        gazetteer: Gazetteer, travel: Travel, plan: str) -> None:
    # day 7 is past the Porto span: Coimbra is the trip's next stop, not an outing
    assert said(gazetteer, travel, plan) == {("Lisbon", "Sintra"), ("Lisbon", "Évora"),
                                             ("Porto", "Braga")}


def test_lovely_days_out_and_one_day_for_two_places_are_day_trips(
        gazetteer: Gazetteer, travel: Travel) -> None:
    post = "Ten days in Lisbon\nWe have a flat in Lisbon for ten days. Where should we go?"
    reply = ("Sintra and Tomar are both lovely days out from Lisbon. "
             "Ericeira and Peniche work as one day if you hire a car.")
    assert said(gazetteer, travel, post, reply) == {
        ("Lisbon", "Sintra"), ("Lisbon", "Tomar"), ("Lisbon", "Ericeira"), ("Lisbon", "Peniche")}


def test_an_outing_done_instead_of_a_day_trip_is_none(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Lisbon week\nWe stayed in Lisbon for a week. "
                "Évora we did as an overnight instead of a day trip.") == set()


def test_day_trips_from_there_ask_from_the_stay_not_about_the_subject(
        gazetteer: Gazetteer, travel: Travel) -> None:
    post = "Central Portugal\nWe've rented a flat in Coimbra for a week. Any day trips from there?"
    assert ("Coimbra", "Tomar") not in said(gazetteer, travel, post, subject="Tomar")


def test_walked_from_there_is_an_outing_from_the_stay(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Sintra week\nWe stayed in Sintra for four nights. One day "
                "we walked to Cascais from there, and another we took the train to Lisbon.") == {
        ("Sintra", "Cascais"), ("Sintra", "Lisbon")}


def test_a_town_of_one_night_is_no_base(gazetteer: Gazetteer, travel: Travel) -> None:
    post = "Ten days in Lisbon\nWe have a flat in Lisbon for ten days. Any ideas?"
    reply = "I'd spend a night in Évora rather than rush it. Tomar and Coimbra make a long day."
    assert said(gazetteer, travel, post, reply) == {("Lisbon", "Tomar"), ("Lisbon", "Coimbra")}
    assert "Évora" not in {base for base, _ in possible(
        gazetteer, travel, "Portugal\nLisbon for five nights, then the train to Évora, one "
        "night there, then Porto for four nights. We'd love to see Braga and Sintra.")}


def possible(gazetteer: Gazetteer, travel: Travel, text: str,
             subject: str | None = None) -> set[tuple[str, str]]:
    """The possible pairs by name of a post whose places are all planned."""
    t = thread(section("post", text))
    relations = {("post", name): "planning" for name in NAMES}
    found = find_day_trips(t, resolve(gazetteer, t, NAMES, relations), travel,
                           subject=[place(gazetteer, subject)] if subject else [])

    def name(pid: str) -> str:
        p = gazetteer.get(pid)
        assert p is not None
        return p.name
    return {(name(d.base), name(d.destination)) for d in found if d.kind == "possible"}


def test_a_place_slept_in_or_denied_is_no_possible_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    pairs = possible(gazetteer, travel, "Portugal\nFive nights in Lisbon. Then we want three "
                     "nights in Tomar. Sintra is a must. Évora is too far for a day trip.")
    assert ("Lisbon", "Sintra") in pairs
    assert not {("Lisbon", "Tomar"), ("Lisbon", "Évora")} & pairs


def test_the_area_a_post_is_set_in_is_no_possible_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    pairs = possible(gazetteer, travel, "Algarve with kids\nA week in Lagos. We'd love to see "
                     "Silves and the Algarve beaches.", subject="Algarve")
    assert ("Lagos", "Silves") in pairs
    assert ("Lagos", "Algarve") not in pairs


def test_a_place_said_as_an_outing_from_one_stay_is_no_possible_one_from_another(
        gazetteer: Gazetteer, travel: Travel) -> None:
    pairs = possible(gazetteer, travel, "Portugal\nFive nights in Lisbon, then four nights in "
                     "Coimbra. From Coimbra we'd do Tomar as a day trip. Sintra is a must.")
    assert ("Lisbon", "Sintra") in pairs
    assert ("Lisbon", "Tomar") not in pairs
