"""Outings given part of a day ("took the train to A one afternoon", "did A in an afternoon"),
"A was the best day" after a stay said as "X was home for two weeks", "A and B as day trips"
(plural) beside another outing, and the towns of a "from X:" list (train times, a reply's
answer to the post's question for day trips), which go out from X and never become a base."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.trips.travel import Travel

NAMES = ["Bologna", "Ferrara", "Modena", "Parma", "Ravenna", "Florence", "Venice"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, texts, NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Emilia in spring\nBologna for five nights. We took the train to Ferrara one afternoon, "
     "and did Modena in an afternoon as well.",
     {("Bologna", "Ferrara"), ("Bologna", "Modena")}),
    ("Cooking school\nBologna was home for two weeks of a cooking course. The best day was "
     "Parma, all ham and cheese.",
     {("Bologna", "Parma")}),
    ("Cooking school\nWe were based in Bologna for a week. Ravenna was the best day of all, "
     "the mosaics are unreal.",
     {("Bologna", "Ravenna")}),
    ("Emilia by rail\nBologna for a week. We did Ferrara and Modena as day trips and went out "
     "to Ravenna on the Sunday too.",
     {("Bologna", "Ferrara"), ("Bologna", "Modena"), ("Bologna", "Ravenna")}),
    ("Emilia by rail\nBologna for a week. Train times from Bologna: Florence 40 min, Ravenna "
     "1h20, Parma 1h. We did Florence and Ravenna as day trips.",
     {("Bologna", "Florence"), ("Bologna", "Ravenna")}),
])
def test_an_outing_given_part_of_a_day_or_listed_from_its_base(
        gazetteer: Gazetteer, travel: Travel, text: str, expected: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == expected


def test_a_reply_listing_outings_from_the_posts_base_answers_its_question(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel,
                "Bologna in May\nFive nights in Bologna in May. Which day trips would you do?",
                "From Bologna: Ravenna (1h20 by train), Parma (1h), and Ferrara for the bikes."
                ) == {("Bologna", "Ravenna"), ("Bologna", "Parma"), ("Bologna", "Ferrara")}


def test_a_move_one_afternoon_to_a_stay_of_nights_is_no_outing_but_its_base(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Italy\nThree nights in Venice, then we took the train to "
                                   "Bologna one afternoon and stayed four nights. From there "
                                   "we did Ferrara in an afternoon.") == {("Bologna", "Ferrara")}


@pytest.mark.parametrize("reply", [
    "I work in Bologna and Modena is an easy day out from here, half an hour on the train.",
    "I teach in Bologna, so Modena is our usual morning out from here.",
])
def test_a_local_sets_out_from_the_town_they_say_they_are_in(
        gazetteer: Gazetteer, travel: Travel, reply: str) -> None:
    assert said(gazetteer, travel, "Italy\nFive nights in Venice, then where?", reply) == {
        ("Bologna", "Modena")}
