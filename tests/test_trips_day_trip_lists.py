"""Said day trips in the shapes a plan or a question takes: a day list based in one town for
several days ("Day 3 (Florence): Siena"), a loop "A - B - A", a question for day trips from a
base answered by the next sentence, outings from a stay ("stayed in Y and explored A and B",
"popped over to X", "made trips out to"), and a move the next day that is no outing."""

from __future__ import annotations

import pytest
from trips_threads import resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import DayTrip
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

NAMES = ["Florence", "Siena", "Lucca", "Pisa", "Rome", "Lisbon", "Sintra", "Cascais", "Évora",
         "Porto", "Coimbra", "Faro", "Lagos", "Silves", "Algarve"]


def said(gazetteer: Gazetteer, travel: Travel, text: str, *,
         mentioned_once: str | None = None) -> set[tuple[str, str]]:
    """The said pairs by name; ``mentioned_once``: a name the mention pass found only the
    first time it is written."""
    t = thread(section("post", text))
    resolutions = resolve(gazetteer, t, NAMES)
    if mentioned_once is not None:
        first = min(r.mention.start for r in resolutions if r.mention.text == mentioned_once)
        resolutions = [r for r in resolutions
                       if r.mention.text != mentioned_once or r.mention.start == first]
    found = find_day_trips(t, resolutions, travel)

    def name(trip: DayTrip) -> tuple[str, str]:
        base, destination = gazetteer.get(trip.base), gazetteer.get(trip.destination)
        assert base is not None and destination is not None
        return base.name, destination.name
    return {name(trip) for trip in found if trip.kind == "said"}


@pytest.mark.parametrize("plan", [
    "Tuscany plan\nDay 1 (Florence): Uffizi, Duomo\nDay 2 (Florence): Siena\n"
    "Day 3 (Florence): Lucca and Pisa\nDay 4: train to Rome",
    "Tuscany plan\nDay 1 - Florence\nDay 2 - Florence: Siena\nDay 3 - Florence: Lucca, Pisa\n"
    "Day 4 - train to Rome",
])
def test_a_day_list_based_in_one_town_goes_out_from_it(
        gazetteer: Gazetteer, travel: Travel, plan: str) -> None:
    assert said(gazetteer, travel, plan) == {("Florence", "Siena"), ("Florence", "Lucca"),
                                             ("Florence", "Pisa")}


@pytest.mark.parametrize("plan", [
    "Portugal plan\nDay 1: Lisbon\nDay 2: Lisbon - Évora\nDay 3: Évora",  # a leg of the route
    "Portugal plan\nDay 1 (Lisbon): Alfama\nDay 2 (Évora): the temple",  # a town for one day
])
def test_a_day_list_that_moves_on_has_no_outing(
        gazetteer: Gazetteer, travel: Travel, plan: str) -> None:
    assert said(gazetteer, travel, plan) == set()


def test_a_loop_out_and_back_in_a_day_sets_out_from_its_ends(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Porto - Coimbra - Porto in a day, easy on the train.") == {
        ("Porto", "Coimbra")}


@pytest.mark.parametrize("text", [
    "Four nights in Lisbon. Any day trips out of Lisbon worth doing? Thinking Sintra and maybe "
    "Évora.",
    "Any good day trips from Lisbon? We'll have a hire car. Sintra or Évora, maybe?",
])
def test_the_options_after_a_question_for_day_trips_are_its_outings(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == {("Lisbon", "Sintra"), ("Lisbon", "Évora")}


def test_the_next_leg_after_such_a_question_is_no_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Any day trips out of Lisbon worth doing? Then we take the "
                                   "bus to Évora.") == set()


@pytest.mark.parametrize("text", [
    "We stayed in Florence for five nights and explored Siena and Lucca by train.",
    "Stayed in Florence a week, popped over to Siena and Lucca by bus.",
    "We were based in Florence for the week and made trips out to Siena and Lucca.",
])
def test_outings_from_a_stay(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == {("Florence", "Siena"), ("Florence", "Lucca")}


def test_a_move_the_next_day_is_not_part_of_the_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "From Lisbon we went out to Sintra and came back by dinner, "
                                   "then caught a bus to Évora the next day.") == {
        ("Lisbon", "Sintra")}


def test_the_town_whose_day_list_bracket_holds_the_cue_is_the_base(
        gazetteer: Gazetteer, travel: Travel) -> None:
    plan = ("Portugal plan\nMay 2-4: Faro (old town)\nMay 5: bus to Lagos\n"
            "May 5-8: Lagos (Algarve beaches, day trip to Silves)\nMay 9: fly home")
    assert said(gazetteer, travel, plan) == {("Lagos", "Silves")}


def test_asking_how_someone_got_from_one_town_to_the_next_is_no_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "How did you get from Lisbon up to Coimbra? Bus or "
                                   "train?") == set()


@pytest.mark.parametrize("text", [
    "Évora is NOT doable as a day trip from Lisbon without a car, stay a night.",
    "Coimbra isn't a day trip from Lisbon for us, we gave it two nights.",
])
def test_a_day_trip_the_text_denies_is_none(gazetteer: Gazetteer, travel: Travel,
                                            text: str) -> None:
    assert said(gazetteer, travel, text) == set()


def test_a_town_the_mention_pass_missed_on_a_days_line_is_found_again(
        gazetteer: Gazetteer, travel: Travel) -> None:
    plan = "Plan\nDay 4 - Florence\nDay 5 - Florence: Siena\nDay 6 - train to Rome"
    assert said(gazetteer, travel, plan, mentioned_once="Florence") == {("Florence", "Siena")}


@pytest.mark.parametrize("plan", [
    "Tuscany, what we settled on\nFrom Florence: Siena, Pisa, and a day trip to Lucca if the "
    "weather holds.",
    "Tuscany, what we settled on\nFrom Florence (5 nights): Siena one day, Pisa another, and "
    "a day in Lucca.",
])
def test_a_line_from_a_base_with_a_colon_sends_its_whole_list_out(
        gazetteer: Gazetteer, travel: Travel, plan: str) -> None:
    assert said(gazetteer, travel, plan) == {("Florence", "Siena"), ("Florence", "Pisa"),
                                             ("Florence", "Lucca")}


@pytest.mark.parametrize(("plan", "expected"), [
    # a denied cue keeps the list apart: only the clause that says the day trip counts
    ("From Florence: Siena as a day trip, but Rome is too far for a day trip.",
     {("Florence", "Siena")}),
    ("From Florence: the train to Rome, then Pisa for the flight.", set()),  # no cue at all
])
def test_a_list_from_a_base_needs_a_day_trip_it_does_not_deny(
        gazetteer: Gazetteer, travel: Travel, plan: str,
        expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, plan) == expected


def test_a_heading_with_its_nights_is_the_base_of_the_days_below_it(
        gazetteer: Gazetteer, travel: Travel) -> None:
    plan = ("Portugal in ten days\nLisbon (5 nights)\nDay 1: land, walk the old town\n"
            "Day 2: Sintra, back late\nDay 3: Cascais and the coast road\n"
            "## Porto - 3 nights:\nDay 6: train to Porto\nDay 7: Coimbra\nDay 8: fly home")
    assert said(gazetteer, travel, plan) == {("Lisbon", "Sintra"), ("Lisbon", "Cascais"),
                                             ("Porto", "Coimbra")}


def test_a_day_under_a_heading_that_moves_on_ends_its_outings(
        gazetteer: Gazetteer, travel: Travel) -> None:
    plan = ("Italy, two weeks\nFlorence (4 nights)\nDay 1: Siena\nDay 2: Rome (2 nights)\n"
            "Day 3: Pisa\n")
    assert said(gazetteer, travel, plan) == {("Florence", "Siena")}
    flown = "Portugal\nLisbon - 4 nights\nDay 1: Sintra\nDay 2: fly to Faro\nDay 3: Lagos\n"
    assert said(gazetteer, travel, flown) == {("Lisbon", "Sintra")}
    by_train = "Portugal\nLisbon (4 nights)\nDay 1: Sintra\nDay 2: train to Coimbra\nDay 3: Porto"
    assert said(gazetteer, travel, by_train) == {("Lisbon", "Sintra")}


@pytest.mark.parametrize(("text", "expected"), [
    ("We had five nights in Florence and loved the Uffizi. Lucca is quieter, we went on a "
     "different day and cycled the walls.", {("Florence", "Lucca")}),
    ("Five nights in Lisbon. Évora is a long day but worth it.", {("Lisbon", "Évora")}),
    ("We left Lisbon early and it was a long day of driving to Porto.", set()),
    ("From Florence we did Siena with a driver, long day.", {("Florence", "Siena")}),
    ("Four nights in Florence. Pisa was an 8am train and back at 6pm, plenty of time.",
     {("Florence", "Pisa")}),
    ("We had four nights in Florence and got back at 11pm from the airport.", set()),
])
def test_a_different_day_and_a_long_day_are_outings(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We spent a week in Lisbon. The best day was Sintra, the train takes forty minutes.",
     {("Lisbon", "Sintra")}),
    # the section moved on to a town nobody is said to stay in: no base for the best day
    ("We had three nights in Lisbon, then drove down to Lagos. The best day was Silves.",
     set()),
])
def test_the_best_day_goes_out_from_the_stay_the_section_is_still_in(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_an_outing_asked_about_again_keeps_the_base_it_was_said_from(
        gazetteer: Gazetteer, travel: Travel) -> None:
    plan = ("Plan: Florence (5 nights), then Rome (4 nights).\nFrom Florence: Siena one day, "
            "Lucca another.\nCan we get to Pisa from Rome by train? And is Lucca worth a half "
            "day?")
    assert said(gazetteer, travel, plan) == {("Florence", "Siena"), ("Florence", "Lucca")}
