"""Stated itineraries: each written pattern, the writer's order, modes, legs, and non-routes."""

from __future__ import annotations

import pytest
from trips_threads import place, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Itinerary
from itinerary.trips.stated import find_stated
from itinerary.trips.travel import Travel, geodesic_km

DASH = "\u2013"  # the en dash writers put between stops
NAMES = ["Gardermoen", "Lillehammer", "Trondheim", "Ålesund", "Bergen", "Oslo", "Bodø", "Røros",
         "Copenhagen", "Gothenburg", "Tromsø", "Alta", "Reykjavik", "Norway", "Iceland"]


def stated(gazetteer: Gazetteer, travel: Travel, text: str) -> list[Itinerary]:
    t = thread(section("post", "Notes from the north\n"), section("comment-1", text, "Kari"))
    return [s.itinerary for s in find_stated(t, resolve(gazetteer, t, NAMES), travel)]


def names(gazetteer: Gazetteer, itinerary: Itinerary) -> list[str]:
    found = [gazetteer.get(stop) for stop in itinerary.stops]
    return [p.name for p in found if p is not None]


def test_a_dash_chain_in_brackets_with_legs(gazetteer: Gazetteer, travel: Travel) -> None:
    stops = f" {DASH} ".join(
        ["Gardermoen airport", "Lillehammer", "Trondheim", "Ålesund", "Bergen"])
    text = f"We are planning a long road trip around Norway ({stops}) and cannot wait."
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Oslo Gardermoen Airport", "Lillehammer", "Trondheim",
                                      "Ålesund", "Bergen"]
    assert (trip.kind, trip.section, trip.author, trip.mode) == ("stated", "comment-1", "Kari",
                                                                  "road")
    assert len(trip.legs) == 4
    first = trip.legs[0]
    assert (first.origin, first.destination) == trip.stops[:2]
    expected = geodesic_km(place(gazetteer, "Gardermoen"), place(gazetteer, "Lillehammer"))
    assert first.distance_km == pytest.approx(expected)
    assert all(leg.mode == "road" and leg.travel_hours > 1 for leg in trip.legs)
    assert trip.total_km == pytest.approx(sum(leg.distance_km for leg in trip.legs))


@pytest.mark.parametrize("arrow", ["->", "→", ">", "=>"])
def test_arrow_chains(gazetteer: Gazetteer, travel: Travel, arrow: str) -> None:
    (trip,) = stated(gazetteer, travel, f"Our plan: Copenhagen {arrow} Gothenburg {arrow} Oslo.")
    assert names(gazetteer, trip) == ["Copenhagen", "Gothenburg", "Oslo"]
    assert [leg.mode for leg in trip.legs] == ["road", "road"]  # Øresund Bridge, then a border


def test_from_to_to_by_train(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "In 2019 we went from Oslo to Trondheim to Bodø by train.")
    assert names(gazetteer, trip) == ["Oslo", "Trondheim", "Bodø"]
    assert trip.mode == "train"
    assert [leg.mode for leg in trip.legs] == ["train", "train"]


def test_then_chain_keeps_the_writers_order(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "Bergen, then Trondheim, then Oslo, all by car.")
    assert names(gazetteer, trip) == ["Bergen", "Trondheim", "Oslo"]  # not the shortest order


def test_fly_into_then_drive_to(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel,
                     "Next spring we fly into Tromsø and then drive to Alta for the lights.")
    assert names(gazetteer, trip) == ["Tromsø", "Alta"]
    assert trip.mode == "road"  # "fly into" is the arrival, not the leg
    assert trip.legs[0].mode == "road"


def test_fly_into_a_and_later_drive_to_b_across_a_sentence(
    gazetteer: Gazetteer, travel: Travel
) -> None:
    text = "We land in Tromsø on the first. A week later we drive to Alta."
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Tromsø", "Alta"]


def test_up_to_and_further_up_to(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "Years ago I drove up to Trondheim and further up to Bodø.")
    assert names(gazetteer, trip) == ["Trondheim", "Bodø"]
    assert trip.mode == "road"


def test_a_country_between_stops_is_context(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "The ferry route was Bergen, Norway -> Tromsø.")
    assert names(gazetteer, trip) == ["Bergen", "Tromsø"]
    assert trip.mode == "boat"


def test_a_leg_over_water_is_flown(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "Our road trip: Oslo -> Bergen -> Reykjavik.")
    assert [leg.mode for leg in trip.legs] == ["road", "fly"]
    assert trip.legs[1].travel_hours > 2.5  # flights carry the airport time


@pytest.mark.parametrize("text", [
    f"We loved Oslo {DASH} Bergen was wet though.",
    "Oslo and Bergen are both lovely.",
    "Compared to Bergen, Oslo is dry.",
    "I prefer Oslo to Bergen.",
    f"Norway {DASH} Iceland {DASH} Norway again: countries are not stops.",
    "We stayed in Oslo. Trondheim is next on my list.",
])
def test_no_itinerary(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert stated(gazetteer, travel, text) == []


def test_a_spaced_dash_between_two_stops_needs_a_travel_word(
    gazetteer: Gazetteer, travel: Travel
) -> None:
    (trip,) = stated(gazetteer, travel, f"Our train route: Oslo {DASH} Bergen, seven hours.")
    assert names(gazetteer, trip) == ["Oslo", "Bergen"]
    assert trip.mode == "train"
    (unspaced,) = stated(gazetteer, travel, "The Oslo-Bergen line is famous.")
    assert names(gazetteer, unspaced) == ["Oslo", "Bergen"]


@pytest.mark.parametrize("text", [
    "Our dates\n3 Sept: Porto\n4 Sept: Coimbra\n6 Sept: Lisbon",
    "Our dates\nOct 3 - Porto\nOct 4 - Coimbra\nOct 6 - Lisbon",
    "Where we sleep\nNight 1: Porto\nNight 2: Coimbra\nNight 3: Lisbon",
    "Short version: D1 Porto, D2 Coimbra, D3 Lisbon",
])
def test_dated_night_and_inline_day_labels_make_a_day_list(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    t = thread(section("post", text))
    (found,) = find_stated(t, resolve(gazetteer, t, ["Porto", "Coimbra", "Lisbon"]), travel)
    assert [gazetteer.get(s).name for s in found.itinerary.stops] == [  # type: ignore[union-attr]
        "Porto", "Coimbra", "Lisbon"]


@pytest.mark.parametrize("lead, route", [
    ("The route we settled on:", True),
    ("The towns we liked best:", False),
])
def test_a_label_over_a_blank_line_leads_numbered_steps(
        gazetteer: Gazetteer, travel: Travel, lead: str, route: bool) -> None:
    """Markdown wants a blank line before a list: the label above it still calls it a route,
    and a ranking there still says it is none."""
    text = (f"{lead}\n\n1. Oslo for the museums\n2. Lillehammer for the ski jump\n"
            "3. Trondheim\n4. Bodø")
    trips = stated(gazetteer, travel, text)
    assert [names(gazetteer, trip) for trip in trips] == (
        [["Oslo", "Lillehammer", "Trondheim", "Bodø"]] if route else [])
