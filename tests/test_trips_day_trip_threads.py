"""Day trips where the base is said in passing, a reply answers the post's stay, or the words
deny the outing: each test is a small thread in a traveller's words."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.models import Relation
from itinerary.trips.travel import Travel

NAMES = ["Bologna", "Florence", "Siena", "Lucca", "Prato", "Pisa", "Rome", "San Gimignano",
         "Lisbon", "Sintra", "Porto", "Coimbra", "Braga", "Algarve", "Silves"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str,
         relations: dict[tuple[str, str], Relation] | None = None,
         subject: str | None = None) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, texts, NAMES, relations, subject)


def test_a_past_stay_is_the_base(gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "We were in Bologna for a conference and took the train "
                                   "down to Florence for the day.") == {("Bologna", "Florence")}


def test_a_sentence_set_in_a_town_goes_out_from_it(gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "In Florence, Siena is the day trip everyone does.") == {
        ("Florence", "Siena")}
    assert said(gazetteer, travel, "Lisbon to the palaces up at Sintra is an easy half-day "
                                   "trip.") == {("Lisbon", "Sintra")}


@pytest.mark.parametrize("text", [
    "I wouldn't do San Gimignano from Florence as a day trip, the buses are hopeless.",
    "Siena is worth it, just not from Rome by public transport in a day.",
    "Honestly Siena is too far away from Rome for a day trip, stay a night.",
])
def test_a_denied_day_trip_is_none(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == set()


def test_a_question_or_praise_with_a_denying_word_is_still_a_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "You can't go wrong with Lucca as a day trip from "
                                   "Florence.") == {("Florence", "Lucca")}
    assert said(gazetteer, travel, "Is Siena too far from Rome for a day trip?") == {
        ("Rome", "Siena")}


def test_coming_back_in_a_clause_of_its_own_closes_the_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "We went to Prato from Florence by bus, and were back by "
                                   "late afternoon.") == {("Florence", "Prato")}


def test_an_outing_after_then_goes_from_the_next_stay(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "So: Lisbon four nights with Sintra as a day trip, then Porto "
                                   "three nights, Coimbra one morning and Braga another day.") == {
        ("Lisbon", "Sintra"), ("Porto", "Coimbra"), ("Porto", "Braga")}


def test_a_question_for_day_trips_goes_out_from_the_stay_said_before(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "We'll be based in Florence for a week with the kids. What "
                                   "are the best day trips? Siena or Lucca?") == {
        ("Florence", "Siena"), ("Florence", "Lucca")}


def test_a_reply_goes_out_from_the_posts_stay_not_from_another_readers_town(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = said(gazetteer, travel,
                 "Five nights in Florence in March, then Rome. Any tips?",
                 "Siena is fine for a day, the bus is quicker than the train.",
                 "I'm in Pisa most weeks for work but we live in Florence.",
                 relations={("comment-2", "Florence"): "lives"})
    assert found == {("Florence", "Siena")}


def test_it_after_the_cue_judging_the_outing_stands_for_no_place(
        gazetteer: Gazetteer, travel: Travel) -> None:
    post = "Lucca in June\nWe have a week in Florence in June."
    assert said(gazetteer, travel, post, "We only had time for a half-day tour and it was "
                "still the best thing we did.", subject="Lucca") == set()
    assert said(gazetteer, travel, post, "Is it doable in a day?", subject="Lucca") == {
        ("Florence", "Lucca")}


def test_a_long_but_lovely_day_trip_is_one_clause(gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Four nights in Florence.",
                "San Gimignano is a long but lovely day trip, two buses each way.") == {
        ("Florence", "San Gimignano")}


def test_a_reply_does_not_set_out_from_where_the_post_went_for_the_day(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Four nights in Florence. Siena as a day trip for sure.",
                "Siena is gorgeous in spring. Lucca is the easier day trip though.") == {
        ("Florence", "Siena"), ("Florence", "Lucca")}


def test_a_region_the_outing_sets_out_from_is_not_where_it_goes(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = said(gazetteer, travel, "Three nights in Lisbon, then the coast.",
                 "From the Algarve we took the train up to Silves for the day.")
    assert not any(destination == "Algarve" for _, destination in found)


@pytest.mark.parametrize("text", [
    "Siena from Florence on the early bus, back in Florence by 7pm.",
    "Early train from Florence to Siena, walked the walls, back at the hotel by nine.",
])
def test_back_by_a_clock_time_is_there_and_back_in_a_day(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == {("Florence", "Siena")}


@pytest.mark.parametrize("text", [
    "Rome to Florence by train, and back in Rome by 3 June for the flight home.",
    "Rome to Florence by train for the weekend, back in Rome by the 3rd.",
])
def test_back_by_a_date_is_no_day_trip(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == set()


def test_a_span_of_days_in_a_day_list_is_the_base_of_its_outings(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Tuscany, a week\nDay 1-4: Florence (Siena one day, Lucca "
                                   "another)\nDay 5: train to Rome") == {
        ("Florence", "Siena"), ("Florence", "Lucca")}


def test_another_readers_stay_is_no_base_of_the_post(gazetteer: Gazetteer, travel: Travel) -> None:
    found = said(gazetteer, travel,
                 "Florence base for a week - day trips?\nWe'll be in Florence for seven nights "
                 "in May.", "We stayed in Pisa for three nights last year, loved it.")
    assert not any(base == "Pisa" for base, _ in found)


@pytest.mark.parametrize("text", [
    "Rome, Florence, Bologna by train. In Florence we stayed four nights and took the bus out to "
    "Siena one morning.",
    "Rome, Florence, Bologna by train. In Florence, I stayed at a tiny hostel by the station. "
    "One morning I took the bus out to Siena.",
])
def test_a_stay_in_the_town_a_sentence_opens_in_is_the_base(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert said(gazetteer, travel, text) == {("Florence", "Siena")}


def test_moving_on_after_a_stay_a_sentence_opens_in_is_no_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "In Porto we stayed two nights, then took the train to "
                                   "Coimbra for three more.") == set()


def test_a_hired_ride_out_from_the_stay_is_an_outing(gazetteer: Gazetteer,
                                                     travel: Travel) -> None:
    assert said(gazetteer, travel, "Lisbon, then Porto by train. Five nights in Porto. Another "
                                   "day we hired a taxi out to Braga.") == {("Porto", "Braga")}


def test_a_place_that_makes_a_nice_afternoon_or_a_long_but_doable_day_is_an_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "A week in Florence in April, no car.",
                "Prato makes a nice afternoon on the regional train. From Florence, Lucca is a "
                "long but doable day if you start early.") == {
        ("Florence", "Prato"), ("Florence", "Lucca")}


def test_a_readers_day_out_from_where_they_grew_up_goes_from_there(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = said(gazetteer, travel, "Five nights in Lisbon in May, what day trips?",
                 "I grew up in Porto and we used to go up to Braga for the afternoon on Sundays.",
                 relations={("comment-1", "Porto"): "lives"})
    assert found == {("Porto", "Braga")}


def test_a_reply_opening_with_places_answers_the_posts_question_for_day_trips(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = said(gazetteer, travel,
                 "Five nights in Florence in May - what day trips would you recommend?",
                 "Siena and Lucca, both about an hour and a half on the bus.",
                 "Pisa takes ages with the queues at the tower, I'd stay a night there instead.",
                 "Prato is where I live, give me a shout if you pass through.")
    assert found == {("Florence", "Siena"), ("Florence", "Lucca")}


def test_places_a_reply_opens_with_answer_no_question_the_post_did_not_ask(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Five nights in Florence in May - any food tips?",
                "Siena and Lucca have better pici than Florence, honestly.") == set()


def test_a_follow_up_question_asks_from_the_base_of_the_question_before(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Six nights in Florence in June. Is Siena doable from "
                                   "Florence by bus? And what about Lucca?") == {
        ("Florence", "Siena"), ("Florence", "Lucca")}
    assert said(gazetteer, travel, "Six nights in Florence in June. Is Siena doable from "
                                   "Florence by bus? We then fly home from Rome. What about "
                                   "Lucca?") == {("Florence", "Siena")}
