"""Day trips in replies to a post that stays somewhere: which town an outing sets out from
when the reply names other towns first or stays elsewhere later, the towns a drive only passes
through, and the ways travellers say an outing without the words "day trip". Each test is a
small thread in a traveller's words."""

from __future__ import annotations

import pytest
from trips_threads import said_day_trips

from gazetteer import Gazetteer
from itinerary.models import Relation
from itinerary.trips.travel import Travel

NAMES = ["Melbourne", "Geelong", "Ballarat", "Lorne", "Lisbon", "Cascais", "Estoril",
         "Inverness", "Ullapool", "Garve", "Munich", "Augsburg",
         "Nuremberg", "Salzburg", "Vienna", "Bratislava", "Hoi An", "Da Nang", "Naxos",
         "Krakow", "Zakopane", "Amman", "Jerash", "Aqaba"]


def said(gazetteer: Gazetteer, travel: Travel, *texts: str,
         relations: dict[tuple[str, str], Relation] | None = None) -> set[tuple[str, str]]:
    return said_day_trips(gazetteer, travel, texts, NAMES, relations)


def test_a_town_a_reply_only_named_before_is_no_base_when_the_post_stays_in_reach(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Based in Melbourne for ten days over Christmas.",
                "Geelong has a nice waterfront. Ballarat makes a good day out, the gold "
                "rush town is fun with kids.") == {("Melbourne", "Ballarat")}
    # a reply's own stay is still the base of its outings
    assert said(gazetteer, travel, "Based in Melbourne for ten days over Christmas.",
                "We stayed in Geelong for a week. Lorne is an easy day out along the "
                "coast.") == {("Geelong", "Lorne")}


def test_a_base_for_some_days_is_the_posts_stay_not_a_stay_a_reply_names_later(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Amman base for 6 days, what should we see?",
                "Jerash is an easy half day, grab a taxi for the morning. Further south "
                "stay two nights in Aqaba for the snorkelling.") == {("Amman", "Jarash")}


@pytest.mark.parametrize(("home", "text", "pair"), [
    ("Lisbon", "I live in Lisbon and our usual Saturday is out to Cascais and back, the drive "
     "through Estoril along the coast is lovely.", ("Lisbon", "Cascais")),
    ("Inverness", "I live in Inverness and on a free Sunday we go over to Ullapool and back, "
     "the road through Garve is stunning.", ("Inverness", "Ullapool")),
])
def test_a_town_the_drive_only_passes_through_is_no_destination(
        gazetteer: Gazetteer, travel: Travel, home: str, text: str,
        pair: tuple[str, str]) -> None:
    assert said(gazetteer, travel, "Anyone done the coast road?", text,
                relations={("comment-1", home): "lives"}) == {pair}


@pytest.mark.parametrize(("text", "pairs"), [
    ("From Vienna we did Bratislava on the boat and came back on the train the same evening.",
     {("Vienna", "Bratislava")}),
    ("We were in Hoi An for a week and rode out to Da Nang one morning for the beach.",
     {("Hoi An", "Da Nang")}),
    ("Five nights in Krakow. Zakopane is doable but a long day, two hours each way.",
     {("Kraków", "Zakopane")}),
])
def test_outings_said_without_the_words_day_trip(gazetteer: Gazetteer, travel: Travel,
                                                 text: str, pairs: set[tuple[str, str]]) -> None:
    assert said(gazetteer, travel, text) == pairs


def test_a_stay_said_only_after_the_outing_is_not_its_base(
        gazetteer: Gazetteer, travel: Travel) -> None:
    assert said(gazetteer, travel, "Loved our day out to Bratislava, the old town is tiny. Next "
                                   "time we'll stay in Vienna for a few nights.") == set()
    # a stay said before the outing, or in another section, still is
    assert said(gazetteer, travel, "Jerash is an easy half day, grab a taxi for the morning.",
                "If you go, stay two nights in Amman first.") == {("Amman", "Jarash")}
    assert said(gazetteer, travel, "We'll stay in Vienna for a few nights.",
                "Bratislava is an easy half day, grab the boat.") == {("Vienna", "Bratislava")}
