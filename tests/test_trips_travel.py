"""The travel-time model on real gazetteer places: distances, modes, water crossings."""

from __future__ import annotations

import pytest
from trips_threads import place

from gazetteer import Gazetteer
from itinerary.trips.travel import SPEEDS, Travel, geodesic_km, reach_km, travel_hours


def test_trondheim_to_roros_is_a_two_hour_drive(gazetteer: Gazetteer, travel: Travel) -> None:
    leg = travel.leg(place(gazetteer, "Trondheim"), place(gazetteer, "Røros"))
    assert leg.mode == "road"
    assert 100 < leg.distance_km < 115  # about 107 km great-circle
    assert 2.0 <= leg.travel_hours <= 2.5


def test_oslo_to_roros_is_too_far_for_a_day_trip(gazetteer: Gazetteer, travel: Travel) -> None:
    leg = travel.leg(place(gazetteer, "Oslo"), place(gazetteer, "Røros"))
    assert 280 < leg.distance_km < 320
    assert leg.mode == "road"
    assert leg.travel_hours > 5


def test_the_estimate_is_the_documented_formula() -> None:
    road = SPEEDS["road"]
    # 100 km great-circle is 135 km of road: 20 km at 50, 80 km at 70, 35 km at 85 km/h.
    assert travel_hours(100.0, "road") == pytest.approx(
        road.overhead_hours + 20 / 50 + 80 / 70 + 35 / 85)
    assert travel_hours(0.0, "fly") == 0.0
    assert travel_hours(500.0, "fly") < travel_hours(500.0, "road")


def test_long_road_legs_average_faster_and_mountain_roads_slower() -> None:
    def kmh(distance: float, terrain: float = 1.0) -> float:
        hours = travel_hours(distance, "road", terrain) - SPEEDS["road"].overhead_hours
        return distance * SPEEDS["road"].circuity / hours

    assert kmh(10) < 55 and 70 < kmh(400) < 85
    assert kmh(400, terrain=0.5) == pytest.approx(kmh(400) / 2)


@pytest.mark.parametrize("hours", [0.5, 1.0, 3.0, 8.0])
def test_reach_is_the_inverse_of_the_estimate(hours: float) -> None:
    reach = reach_km(hours)
    assert min(travel_hours(reach, mode) for mode in SPEEDS) == pytest.approx(hours)


def test_no_land_connection_is_never_driven(gazetteer: Gazetteer, travel: Travel) -> None:
    bergen, reykjavik = place(gazetteer, "Bergen"), place(gazetteer, "Reykjavik")
    assert not travel.land_connected(bergen, reykjavik)
    for stated in (None, "road", "train"):
        assert travel.mode(bergen, reykjavik, stated) == "fly"
    assert travel.mode(bergen, reykjavik, "boat") == "boat"


def test_a_short_crossing_is_a_ferry(gazetteer: Gazetteer, travel: Travel) -> None:
    helsinki, tallinn = place(gazetteer, "Helsinki"), place(gazetteer, "Tallinn")
    assert geodesic_km(helsinki, tallinn) < 100
    assert travel.mode(helsinki, tallinn) == "boat"
    assert travel.mode(helsinki, tallinn, "road") == "boat"


def test_neighbours_and_fixed_links_are_driven(gazetteer: Gazetteer, travel: Travel) -> None:
    oslo, stockholm = place(gazetteer, "Oslo"), place(gazetteer, "Stockholm")
    copenhagen, gothenburg = place(gazetteer, "Copenhagen"), place(gazetteer, "Gothenburg")
    assert travel.mode(oslo, stockholm) == "road"  # GeoNames lists NO and SE as neighbours
    assert travel.mode(copenhagen, gothenburg) == "road"  # the Øresund Bridge
    assert travel.mode(copenhagen, oslo) == "fly"  # DK and NO share no border or bridge


def test_a_two_day_drive_is_flown_unless_driving_is_stated(
    gazetteer: Gazetteer, travel: Travel
) -> None:
    oslo, kirkenes = place(gazetteer, "Oslo"), place(gazetteer, "Kirkenes")
    assert geodesic_km(oslo, kirkenes) > 1200
    assert travel.mode(oslo, kirkenes) == "fly"
    assert travel.mode(oslo, kirkenes, "road") == "road"
    assert travel.leg(oslo, kirkenes, "road").travel_hours > 20


def test_a_stated_walk_holds_for_a_walk_and_not_for_a_long_leg(
        gazetteer: Gazetteer, travel: Travel) -> None:
    """"We walked" said of a stroll keeps a short leg on foot, but a leg longer than a day's walk
    in the same story (Trondheim to Røros, about 107 km) was not walked."""
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    long_leg = travel.leg(trondheim, roros, "walk")
    assert long_leg.mode == "road" and long_leg.travel_hours < 3
    florence, fiesole = place(gazetteer, "Florence"), place(gazetteer, "Fiesole")
    assert travel.leg(florence, fiesole, "walk").mode == "walk"
