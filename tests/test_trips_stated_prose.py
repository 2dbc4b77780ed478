"""Stated itineraries written as prose, day lists and timed lists, in the writer's order."""

from __future__ import annotations

import pytest
from trips_threads import resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Itinerary, Relation
from itinerary.trips.stated import find_stated
from itinerary.trips.travel import Travel

NAMES = ["Faro", "Lagos", "Évora", "Beja", "Lisbon", "Porto", "Coimbra", "Sintra", "Silves",
         "Sagres", "Elvas", "Florence", "Siena", "Lucca", "Pisa", "Bologna", "Portugal",
         "Algarve"]


def stated(gazetteer: Gazetteer, travel: Travel, text: str,
           relations: dict[tuple[str, str], Relation] | None = None) -> list[Itinerary]:
    t = thread(section("post", "Two weeks in the south\n"), section("comment-1", text, "Rui"))
    return [s.itinerary for s in find_stated(t, resolve(gazetteer, t, NAMES, relations), travel)]


def names(gazetteer: Gazetteer, itinerary: Itinerary) -> list[str]:
    found = [gazetteer.get(stop) for stop in itinerary.stops]
    return [p.name for p in found if p is not None]


def test_a_narrative_chain_keeps_every_stop_to_the_last(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Our loop two years ago: we flew into Faro, drove along the coast to Lagos, then "
            "north to Beja and Évora and finally Lisbon. Porto is still on my list.")
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Faro", "Lagos", "Beja", "Évora", "Lisbon"]
    assert not trip.recommended


def test_the_narrative_continues_while_the_text_keeps_travelling(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We picked up the car in Porto and drove down to Coimbra. Next morning we took "
            "the train to Lisbon. Sintra was lovely. We loved the food everywhere.")
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Porto", "Coimbra", "Lisbon"]


def test_a_stay_and_then_the_next_town(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "We spent two nights in Évora, then drove on to Elvas and back to Lisbon."
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Évora", "Elvas", "Lisbon"]


def test_a_place_passed_through_is_a_via_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel,
                     "Last spring we drove from Faro over the hills via Silves to Lagos.")
    assert names(gazetteer, trip) == ["Faro", "Silves", "Lagos"]
    assert trip.via == (trip.stops[1],)


def test_to_b_via_p_puts_p_first(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "From Lisbon we drove to Faro via Beja.")
    assert names(gazetteer, trip) == ["Lisbon", "Beja", "Faro"]


def test_advice_to_someone_else_is_a_recommendation(
        gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel,
                     "If I were you, you could fly into Porto and drive down to Coimbra.")
    assert names(gazetteer, trip) == ["Porto", "Coimbra"]
    assert trip.recommended


def test_places_the_words_rule_out_are_no_stops(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We drove from Lisbon to Évora, which is nicer than Beja, and then on to Elvas "
            "(not Porto, sadly).")
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Lisbon", "Évora", "Elvas"]


def test_a_day_list_reads_every_day_in_order(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Rough plan:\nDay 1: land in Lisbon\nDay 2: Sintra as a day trip\n"
            "Day 3-4: Évora (maybe Elvas?)\nDay 5: Beja, then on to Faro\n"
            "Any thoughts welcome.")
    (trip,) = stated(gazetteer, travel, text)
    # "(maybe Elvas?)" is a hedge: no stop the writer has settled on
    assert names(gazetteer, trip) == ["Lisbon", "Sintra", "Évora", "Beja", "Faro"]


def test_an_inline_day_list_and_sights_after_a_colon(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Day 1: Florence: the Duomo, then Pisa. Day 2: Lucca. Day 3: Siena and Bologna."
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Florence", "Lucca", "Siena", "Bologna"]


def test_a_weekday_list(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "Mon \u2013 Porto / Tue \u2013 Coimbra / Wed \u2013 Lisbon")
    assert names(gazetteer, trip) == ["Porto", "Coimbra", "Lisbon"]


def test_a_stay_list_on_lines(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Draft:\nLisbon \u2013 3 nights\nÉvora \u2013 2 nights\nLagos \u2013 4 nights\nThoughts?"
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Lisbon", "Évora", "Lagos"]


def test_an_arrow_list_with_stated_times(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Our days on the road:\n- Lisbon -> Évora (1h30)\n- Évora -> Faro (3h)\n"
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Lisbon", "Évora", "Faro"]
    first, second = trip.legs
    assert first.stated == ("hours",) and first.travel_hours == pytest.approx(1.5)
    assert second.travel_hours == pytest.approx(3.0)
    assert second.estimated_hours is not None and second.estimated_hours != 3.0


def test_a_stated_drive_and_mode_beat_the_estimate(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel,
                     "We went from Porto to Lisbon on the overnight train, about 320 km.")
    (leg,) = trip.legs
    assert leg.mode == "train" and "mode" in leg.stated
    assert leg.distance_km == pytest.approx(320.0) and "km" in leg.stated
    assert leg.estimated_km is not None and leg.estimated_km < 320.0
    (drive,) = stated(gazetteer, travel, "From Faro it was a four-hour drive to Elvas.")
    assert drive.legs[0].travel_hours == pytest.approx(4.0)


@pytest.mark.parametrize("text", [
    "Lisbon, Porto, Faro and Évora, in no particular order.",
    "Faro is lovely. Lagos is lovelier than Faro.",
    "I live in Lisbon and my sister lives in Porto.",
])
def test_no_itinerary(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert stated(gazetteer, travel, text) == []


def test_stops_ordered_by_the_time_of_day_continue_the_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Our last outing was a day trip from Faro \u2013 Silves in the early morning and Lagos "
            "by lunch \u2013 and we were back for the sunset.")
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Faro", "Silves", "Lagos"]


def test_a_time_of_day_alone_links_no_two_towns(gazetteer: Gazetteer, travel: Travel) -> None:
    assert stated(gazetteer, travel, "Lisbon in the morning and Porto at dusk both look "
                                     "gorgeous on postcards.") == []


def test_a_place_passed_after_then_stays_after_the_stop_before_it(
        gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel,
                     "From Lisbon we drove to Évora, then on through Beja to Faro.")
    assert names(gazetteer, trip) == ["Lisbon", "Évora", "Beja", "Faro"]


@pytest.mark.parametrize("text, expected", [
    # numbered days with no colon after the label
    ("Day 1 Porto. Day 2 Coimbra. Day 3 Lisbon and the coast.", ["Porto", "Coimbra", "Lisbon"]),
    # stays in brackets between the arrows
    ("Route: Lisbon (3n) > Évora (1n) > Faro (4n)", ["Lisbon", "Évora", "Faro"]),
    # a stop made on the way to the next town comes before it
    ("After Lisbon we drove south to Faro, stopping in Beja on the way.",
     ["Lisbon", "Beja", "Faro"]),
    # "first stop" opens the story of the trip
    ("First stop was Coimbra. From there the bus took us to Porto.", ["Coimbra", "Porto"]),
])
def test_more_forms_of_a_stated_route(gazetteer: Gazetteer, travel: Travel, text: str,
                                      expected: list[str]) -> None:
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == expected


def test_a_paragraph_opening_with_a_town_and_a_colon_starts_the_story(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Coimbra: our room looked over the old university, and the fado bars were a treat.\n\n"
            "Sintra was a fairytale in the fog.\n\n"
            "From Coimbra the train took us down to Lisbon for the last four nights.")
    (trip,) = stated(gazetteer, travel, text)
    assert names(gazetteer, trip) == ["Coimbra", "Sintra", "Coimbra", "Lisbon"]
