"""Day trips: said ones with the sentence that says them, possible ones apart, and never a
home, a leg of a route, a base nobody stays in, or a place beyond reach."""

from __future__ import annotations

import pytest
from trips_threads import IDS, place, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import DayTrip, Relation
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

NAMES = ["Lisbon", "Sintra", "Évora", "Elvas", "Porto", "Coimbra", "Lagos", "Silves", "Faro",
         "Florence", "Siena", "Lucca", "Pisa", "Prato", "Rome", "Portugal", "Gardermoen", "Oslo",
         "Lillehammer", "Belém", "Cascais", "Monteriggioni", "San Gimignano", "Algarve",
         "Capannori"]


def trips(gazetteer: Gazetteer, travel: Travel, *texts: str,
          relations: dict[tuple[str, str], Relation] | None = None,
          **options: object) -> tuple[DayTrip, ...]:
    sections = [section("post", texts[0])] + [
        section(f"comment-{k}", text, f"Reader{k}") for k, text in enumerate(texts[1:], 1)]
    t = thread(*sections)
    return find_day_trips(t, resolve(gazetteer, t, NAMES, relations), travel,
                          **options)  # type: ignore[arg-type]


def pairs(gazetteer: Gazetteer, found: tuple[DayTrip, ...], kind: str = "said") -> set[
        tuple[str, str]]:
    def name(pid: str) -> str:
        p = gazetteer.get(pid)
        assert p is not None
        return p.name
    return {(name(t.base), name(t.destination)) for t in found if t.kind == kind}


def test_a_day_trip_from_a_named_base_quotes_its_sentence(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal notes\nWe had four nights in Lisbon. Sintra makes "
                                     "an easy day trip from Lisbon by train.")
    (trip,) = found
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}
    assert trip.evidence == ("post",)
    assert trip.sentences == ("Sintra makes an easy day trip from Lisbon by train.",)
    assert 20 < trip.distance_km < 30 and trip.travel_hours < 1.5


def test_options_after_a_stay_are_each_a_day_trip_and_a_home_is_none(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(
        gazetteer, travel,
        "Tuscany in May\nWe have six nights in Florence and want one day trip: Siena, Lucca or "
        "Pisa?",
        "Prato is where I live, so wave as you pass! We're off to Rome next month.",
        relations={("comment-1", "Prato"): "lives", ("comment-1", "Rome"): "planning"})
    assert pairs(gazetteer, found) == {("Florence", "Siena"), ("Florence", "Lucca"),
                                       ("Florence", "Pisa")}
    assert all(t.evidence == ("post",) for t in found if t.kind == "said")
    assert not {d for _, d in pairs(gazetteer, found, "possible")} & {"Prato", "Rome"}


def test_a_day_list_sets_the_base_for_the_days_after_it(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel,
                  "Plan\nDay 1: Lisbon\nDay 2: day trip to Sintra\nDay 3: on to Évora\n"
                  "Day 4: Elvas as a day trip\nDay 5: Faro")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra"), ("Évora", "Elvas")}


@pytest.mark.parametrize("sentence", [
    "We took the train from Porto to Coimbra and were back by dinner.",
    "We did Coimbra from Porto, there and back on the train.",
    "From our base in Porto, Coimbra was an easy outing.",
])
def test_said_in_other_words(gazetteer: Gazetteer, travel: Travel, sentence: str) -> None:
    (trip,) = trips(gazetteer, travel, "North\n" + sentence)
    assert pairs(gazetteer, (trip,)) == {("Porto", "Coimbra")}
    assert trip.sentences == (sentence,)


def test_a_sentence_about_the_post_subject_names_no_town(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Sintra palaces\nThe palaces were misty."),
               section("comment-1", "We'll be staying in Lisbon. Is it doable as a day trip?",
                       "Ana"))
    found = find_day_trips(t, resolve(gazetteer, t, NAMES), travel,
                           subject=(place(gazetteer, "Sintra"),))
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}
    assert found[0].evidence == ("comment-1",)


def test_possible_day_trips_need_a_stay_and_a_wish(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Alentejo\nWe will stay in Lisbon for a week.",
                  "Évora is on my list for next year.",
                  relations={("post", "Lisbon"): "planning", ("comment-1", "Évora"): "wishlist"})
    assert pairs(gazetteer, found) == set()
    assert pairs(gazetteer, found, "possible") == {("Lisbon", "Évora")}
    assert all(t.sentences == () for t in found)


def test_no_possible_day_trip_without_a_stay_or_along_a_route(
        gazetteer: Gazetteer, travel: Travel) -> None:
    wish = {("post", "Évora"): "wishlist", ("post", "Lisbon"): "planning"}
    passing = trips(gazetteer, travel, "Plans\nLisbon and Évora both appeal.", relations=wish)
    assert passing == ()
    leg = frozenset({place_id(gazetteer, "Lisbon"), place_id(gazetteer, "Évora")})
    routed = trips(gazetteer, travel, "Plans\nWe stay in Lisbon, then drive to Évora.",
                   relations=wish, legs={leg})
    assert pairs(gazetteer, routed, "possible") == set()


def place_id(gazetteer: Gazetteer, name: str) -> str:
    return place(gazetteer, name).id


def test_beyond_reach_is_no_day_trip(gazetteer: Gazetteer, travel: Travel) -> None:
    assert trips(gazetteer, travel, "Long\nA day trip from Lisbon to Porto? Never again.") == ()
    found = trips(gazetteer, travel, "Long\nA day trip from Lisbon to Porto? Never again.",
                  limit_hours=6.0)
    assert pairs(gazetteer, found) == {("Lisbon", "Porto")}


def test_an_airport_is_no_destination(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Arrivals\nWe landed at Gardermoen and stayed in Oslo. "
                                     "One day we took the train to Lillehammer and back.")
    assert pairs(gazetteer, found) == {("Oslo", "Lillehammer")}
    assert IDS["Gardermoen"] not in {t.destination for t in found}


def test_places_before_as_a_day_trip_are_destinations(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel,
                  "Plan\nDay 1: Florence\nDay 2: Siena as a day trip: Lucca on the way back")
    assert pairs(gazetteer, found) == {("Florence", "Siena"), ("Florence", "Lucca")}


def test_a_day_trip_is_never_a_pair_of_flights(gazetteer: Gazetteer, travel: Travel) -> None:
    # Faro to Porto is a short flight but a long drive: not there and back in a day.
    assert trips(gazetteer, travel, "South\nWe did Porto as a day trip from Faro.") == ()


def test_a_home_a_sentence_sends_people_to_from_a_named_base_is_a_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    # A local recommends their own town as an outing from the city visitors stay in.
    for text in ("Sintra's palaces make a classic day trip from Lisbon as well.",
                 "I live in Sintra and it's forty minutes from Lisbon by train - an easy day "
                 "trip most visitors rush."):
        found = trips(gazetteer, travel, "Lisbon in spring\nFour nights in Lisbon, ideas?",
                      text, relations={("comment-1", "Sintra"): "lives"})
        assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}, text
    # With no base named, "I live in" still rules the writer's home out.
    found = trips(gazetteer, travel, "Lisbon in spring\nFour nights in Lisbon, ideas?",
                  "I live in Sintra, and we do a day trip now and then.",
                  relations={("comment-1", "Sintra"): "lives"})
    assert pairs(gazetteer, found) == set()


def test_a_stay_of_nights_is_no_day_trip_and_a_base_before_its_cue_is_no_destination(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal\nFour nights in Lisbon, a day trip to Sintra, "
                                     "then two nights in Évora for the wine.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}
    # The day trip's destination is not in the gazetteer: the town before it is the base.
    for text in ("Plan\nDay 1-2: Lisbon\nDay 3-4: Porto, with a day trip out to see the "
                 "Ermida waterfall", "Plan\nFour nights in Lisbon. Porto is a good base for "
                                    "the Ermida waterfall."):
        assert pairs(gazetteer, trips(gazetteer, travel, text)) == set(), text


@pytest.mark.parametrize("text, expected", [
    # back in the base in time for a meal, the base named between
    ("Tuscany\nFlorence for a week. Lucca is small enough to walk round before lunch and be "
     "back in Florence for dinner.", {("Florence", "Lucca")}),
    # an outing "for a day" by train from the town the post is about
    ("Tuscany\nFlorence was wonderful all week. We took the train to Siena for a day.",
     {("Florence", "Siena")}),
    # out to a town and back, from the stay the neighbourhood named last lies in
    ("Three days in Lisbon\nWe walked round Belém. Then we took the train out to Sintra and "
     "came back in the evening.", {("Lisbon", "Sintra")}),
])
def test_outings_said_without_the_words_day_trip(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "and so is B" carries the day-trip predicate over to B; A is a destination, not a base
    ("Five nights in Lisbon.\nÉvora makes a fine day trip, and so does Sintra if the fog "
     "lifts.", {("Lisbon", "Évora"), ("Lisbon", "Sintra")}),
    # back in time for a meal, after a ride out from the base of the section
    ("A week in Florence.\nOne morning we drove out to Lucca and were back for supper.",
     {("Florence", "Lucca")}),
    # advice to base oneself somewhere, destinations listed before the cue
    ("Tuscany by train\nBase yourselves in Florence and see Pisa and Siena as day trips.",
     {("Florence", "Pisa"), ("Florence", "Siena")}),
    # "within reach for a day" from the stay just named
    ("Porto for six nights\nWe were in Porto six nights; Coimbra is within easy reach for a day.",
     {("Porto", "Coimbra")}),
])
def test_more_ways_of_saying_a_day_trip(gazetteer: Gazetteer, travel: Travel, text: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuscany\nOur plan: Florence for five nights with a day out to Lucca, then Rome for three "
     "nights with a day trip to somewhere quiet.", {("Florence", "Lucca")}),
    ("Portugal\nLisbon for four nights with a half-day in Sintra, then Porto for three nights "
     "with a day trip to Coimbra.", {("Lisbon", "Sintra"), ("Porto", "Coimbra")}),
])
def test_each_stay_of_a_sentence_keeps_its_own_day_trips(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuscany\nWe're in Florence for ten days. Could we see Pisa and be back the same evening?",
     {("Florence", "Pisa")}),
    ("Tuscany\nA week in Florence, and Lucca as an outing from Florence by bus?",
     {("Florence", "Lucca")}),
    ("Portugal\nWe'll be in Lisbon in May.\nTake the train out to Sintra for the day.",
     {("Lisbon", "Sintra")}),
    ("Portugal\nI'd do Évora as a day trip from Lisbon, and Elvas as well if you start early.",
     {("Lisbon", "Évora"), ("Lisbon", "Elvas")}),
    ("Tuscany\nHalf a day is plenty for Pisa when you're based in Florence.",
     {("Florence", "Pisa")}),
    ("Tuscany\nOur base was Florence. From there we day-tripped to Siena.",
     {("Florence", "Siena")}),
])
def test_questions_and_plain_words_for_an_outing(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Algarve\nWe drove from Faro to Lagos, and the following morning nipped out to Silves and "
     "back.", {("Lagos", "Silves")}),
    ("Tuscany\nOur plan for May:\nFlorence (four nights) - day trip to Lucca\nRome (three nights)",
     {("Florence", "Lucca")}),
])
def test_the_base_can_be_named_earlier_in_the_same_sentence(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("sentence", [
    "Staying in Florence, we saw Lucca and Pisa in one long day by train.",
    "Staying in Florence, Lucca and Pisa make a good day's outing by train.",
])
def test_one_day_for_two_destinations(gazetteer: Gazetteer, travel: Travel,
                                      sentence: str) -> None:
    found = trips(gazetteer, travel, "Tuscany\n" + sentence)
    assert pairs(gazetteer, found) == {("Florence", "Lucca"), ("Florence", "Pisa")}


def test_from_here_sets_out_from_the_writers_home(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Alentejo\nTwo weeks in Portugal, ideas?",
                  "Hello from Évora, where I live! Elvas makes an easy day trip from here.",
                  relations={("comment-1", "Évora"): "lives"})
    assert pairs(gazetteer, found) == {("Évora", "Elvas")}


def test_a_spare_day_weighed_up_is_a_day_trip_from_the_stay(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Lisbon\nWe'll be in Lisbon for a week and can't decide "
                                     "between Sintra and Évora for our one spare day.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra"), ("Lisbon", "Évora")}
    assert pairs(gazetteer, trips(gazetteer, travel,
                                  "Porto\nWe have a spare day in Lisbon at the end.")) == set()


def test_there_and_back_within_one_day_of_a_list(gazetteer: Gazetteer, travel: Travel) -> None:
    plan = ("Our week\nDay 1: Porto\nDay 2: Coimbra, then back to Porto for the night\n"
            "Days 3-4: Lisbon\nDay 5: Lisbon and back to Porto for the flight")
    assert pairs(gazetteer, trips(gazetteer, travel, plan)) == {("Porto", "Coimbra")}
    several = "Our week\nDays 1-2: Porto\nDays 3-5: Coimbra and back to Porto"
    assert pairs(gazetteer, trips(gazetteer, travel, several)) == set()


def test_a_name_the_mention_pass_missed_in_a_day_trip_sentence_is_found_again(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Portugal\nWe based ourselves in Lisbon for a week. Lisbon served "
                               "us well for day trips to both Sintra and Évora. Sintra was "
                               "misty, Évora hot."))
    found = resolve(gazetteer, t, NAMES)
    day_trip_sentence = t.sections[0].text.index("both Sintra")
    # The mention pass saw "Sintra" later in the post but not in the day-trip sentence.
    missed = [r for r in found if not (r.mention.text == "Sintra"
                                       and day_trip_sentence < r.mention.start
                                       < day_trip_sentence + 20)]
    assert len(missed) == len(found) - 1
    trips_found = find_day_trips(t, missed, travel)
    assert pairs(gazetteer, trips_found) == {("Lisbon", "Sintra"), ("Lisbon", "Évora")}
    # A name never resolved anywhere in the thread is not guessed.
    t = thread(section("post", "Portugal\nLisbon made a fine base, with day trips to both "
                               "Mafra and Évora."))
    assert pairs(gazetteer, find_day_trips(t, resolve(gazetteer, t, NAMES), travel)) == {
        ("Lisbon", "Évora")}


@pytest.mark.parametrize("text, expected", [
    # out to a place and back again in one sentence, from the town the post stays in
    ("Porto\nFour nights in Porto. One afternoon we went up to Coimbra and got a lift back "
     "with friends.", {("Porto", "Coimbra")}),
    # going up to a town for nights is a move, not an outing
    ("Porto\nFour nights in Porto, then we went up to Coimbra for two nights.", set()),
])
def test_out_to_a_place_and_back_in_one_sentence(gazetteer: Gazetteer, travel: Travel,
                                                 text: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Portugal\nCoimbra is an easy day from Porto on the train.", {("Porto", "Coimbra")}),
    ("Portugal\nWe spent a day in Sintra from Lisbon and loved the palaces.",
     {("Lisbon", "Sintra")}),
    ("Portugal\nOur hotel in Lisbon ran an excursion to Évora every Tuesday.",
     {("Lisbon", "Évora")}),
    ("Portugal\nThree nights in Porto. We drove to Coimbra and returned the same evening.",
     {("Porto", "Coimbra")}),
    # a day spent in the town one stays in goes nowhere
    ("Portugal\nFour nights in Lisbon; we spent a day in Lisbon from morning to night.", set()),
])
def test_an_easy_day_an_excursion_and_a_same_day_return(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, comment, expected", [
    # "both" stands for the two places of the title
    ("Sintra or Évora?\nBoth are an easy day trip from Lisbon by train.", None,
     {("Lisbon", "Sintra"), ("Lisbon", "Évora")}),
    # "all three" for the three of the sentence before
    ("Tuscany by rail\nSiena, Lucca and Pisa all have old walls. All three make a fine day "
     "trip from Florence.", None,
     {("Florence", "Siena"), ("Florence", "Lucca"), ("Florence", "Pisa")}),
    # a comment's "all three" for the options the post weighs
    ("Tuscany\nSix nights in Florence and one day out: Siena, Lucca or Pisa?",
     "I did all three from Florence over the years, each in a day.",
     {("Florence", "Siena"), ("Florence", "Lucca"), ("Florence", "Pisa")}),
    # "both" with three places before stands for none of them
    ("Portugal\nSintra, Cascais and Évora are on our list. Both are easy day trips from "
     "Lisbon, we hear.", None, set()),
])
def test_a_plural_word_stands_for_the_places_named_just_before(
        gazetteer: Gazetteer, travel: Travel, text: str, comment: str | None,
        expected: set[tuple[str, str]]) -> None:
    found = trips(gazetteer, travel, text, *([comment] if comment else []))
    assert pairs(gazetteer, found) == expected
    if comment:  # the reader who did them is evidence beside the post
        assert all("comment-1" in t.evidence for t in found if t.kind == "said")


def test_a_drive_there_and_back_over_several_days_is_no_day_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    # The reader's four days are a short trip, not an outing from the post's stay in Lisbon.
    found = trips(gazetteer, travel, "Portugal\nWe stayed in Lisbon for a week.",
                  "We only had four days, so we flew into Porto, drove to Coimbra and back, "
                  "and saw the port lodges on the last day.")
    assert pairs(gazetteer, found) == set()
    # "and back" with the base in the section is still one; so is "the same day".
    found = trips(gazetteer, travel, "Portugal\nWe stayed in Lisbon for a week.",
                  "Three nights in Porto for us; one morning we drove to Coimbra and back.",
                  "We flew into Faro and drove out to Silves and back the same day.")
    assert pairs(gazetteer, found) == {("Porto", "Coimbra"), ("Faro", "Silves")}


@pytest.mark.parametrize("text, expected", [
    # based in a town, then "did" the places of the clause
    ("Tuscany\nWe based ourselves in Florence and did Siena and Lucca on separate days, then "
     "moved on to Rome.", {("Florence", "Siena"), ("Florence", "Lucca")}),
    # a tour from the base to its destinations
    ("Portugal\nWe booked a small-group tour from Lisbon to Sintra and Cascais.",
     {("Lisbon", "Sintra"), ("Lisbon", "Cascais")}),
    # a tour of several days is a trip, not an outing
    ("Portugal\nWe booked a three-day tour from Lisbon to Évora and Elvas.", set()),
    # back in the evening from the town the section stays in
    ("Porto\nOur hotel was in Porto for five nights. One day we took the train to Coimbra "
     "and came back in the evening.", {("Porto", "Coimbra")}),
])
def test_a_base_then_what_was_done_from_it(gazetteer: Gazetteer, travel: Travel, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


def test_a_town_only_compared_or_flown_into_is_not_the_base(
        gazetteer: Gazetteer, travel: Travel) -> None:
    # "than Porto" compares; the outing sets out from the town the writer is in.
    found = trips(gazetteer, travel, "Portugal\nFour nights in Lisbon, which we liked more "
                                     "than Porto. We went out to Sintra and back by train.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}
    # a town one lands in is the base only when the section names no other
    found = trips(gazetteer, travel, "Algarve\nWe flew into Faro and drove west to Lagos. "
                                     "A day trip to Silves was the highlight.")
    assert pairs(gazetteer, found) == {("Lagos", "Silves")}
    found = trips(gazetteer, travel, "Algarve\nWe flew into Faro. A day trip to Silves was "
                                     "the highlight.")
    assert pairs(gazetteer, found) == {("Faro", "Silves")}


def test_the_post_subject_is_the_base_of_a_comment_that_names_none(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Lisbon in spring\nWhere to eat, what to see?"),
               section("comment-1", "Sintra is a lovely day trip if the fog lifts.", "Ana"))
    found = find_day_trips(t, resolve(gazetteer, t, NAMES), travel,
                           subject=(place(gazetteer, "Lisbon"),))
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}


def test_a_feature_named_again_without_its_head_word_is_found_in_a_day_trip_sentence(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Iceland in winter\nFour nights in Reykjavik, then the "
                               "Snaefellsnes peninsula and the north."),
               section("comment-1", "Is Snaefellsnes doable in a day from Reykjavik?", "Ana"))
    found = find_day_trips(t, resolve(gazetteer, t, ["Reykjavik", "Snaefellsnes peninsula"]),
                           travel)
    assert pairs(gazetteer, found) == {("Reykjavík", "Snæfellsnes")}
    assert found[0].evidence == ("comment-1",)


@pytest.mark.parametrize("stay", [
    "We rented a flat in Porto last spring.",
    "Our riad in Porto had a roof terrace.",
    "We spent a month in Porto two years ago.",
])
def test_where_the_post_stays_is_the_base_of_a_comment_that_names_none(
        gazetteer: Gazetteer, travel: Travel, stay: str) -> None:
    found = trips(gazetteer, travel, "Portugal\n" + stay,
                  "Coimbra makes a great day trip, don't miss the library.")
    assert pairs(gazetteer, found) == {("Porto", "Coimbra")}
    assert found[0].evidence == ("comment-1",)


@pytest.mark.parametrize("text, expected", [
    # "it" after a semicolon is the place the sentence recommended before it
    ("Portugal\nFour nights in Lisbon. We'd suggest Sintra; it's forty minutes by train and "
     "easily done in a day.", {("Lisbon", "Sintra")}),
    # "it" in the next sentence is the one place the sentence before names
    ("Portugal\nFour nights in Lisbon. Everyone raves about Évora. Is it doable in a day?",
     {("Lisbon", "Évora")}),
    # a morning or an afternoon out, back before the evening
    ("Tuscany\nA week in Florence. One morning we took the bus to Siena, back by late "
     "afternoon.", {("Florence", "Siena")}),
    ("Tuscany\nFrom our flat in Florence we went to Prato for the afternoon.",
     {("Florence", "Prato")}),
    # "it" with two places before it is not guessed
    ("Portugal\nFour nights in Lisbon. Évora and Elvas both sound lovely. Is it doable in a "
     "day?", set()),
])
def test_it_and_parts_of_a_day(gazetteer: Gazetteer, travel: Travel, text: str,
                               expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Portugal\nThree nights in Lisbon with a day trip to Sintra, then on to Porto.",
     {("Lisbon", "Sintra")}),
    ("Portugal\nA week in Lisbon. We took in Sintra as a day trip before heading to Évora.",
     {("Lisbon", "Sintra")}),
    # getting on to a train is no moving on
    ("Portugal\nA week in Lisbon. We hopped on to the train and did Sintra and Cascais in a "
     "day.", {("Lisbon", "Sintra"), ("Lisbon", "Cascais")}),
])
def test_the_next_stop_after_a_day_trip_is_none(gazetteer: Gazetteer, travel: Travel, text: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


def test_a_readers_outing_there_and_back_sets_out_from_the_posts_stay(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Lisbon in May\nWe have five nights in Lisbon booked.",
                  "Last year we took the train out to Sintra and back, easy.",
                  "We stayed in Porto and drove to Coimbra and back.",
                  "We drove out to Évora and back.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra"), ("Porto", "Coimbra"),
                                       ("Lisbon", "Évora")}
    # another reader's stay is not the base of a drive there and back
    found = trips(gazetteer, travel, "Portugal\nWhere should we go?",
                  "We stayed in Porto for a week.", "We drove out to Coimbra and back.")
    assert pairs(gazetteer, found) == set()


def test_a_stop_on_the_way_somewhere_else_is_no_day_trip(gazetteer: Gazetteer,
                                                         travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal\nFour nights in Lisbon. We stopped in Coimbra "
                                     "for the afternoon on the way to Porto.")
    assert pairs(gazetteer, found) == set()
    # the way back from an outing is part of it
    found = trips(gazetteer, travel, "Tuscany\nA week in Florence. Siena as a day trip, Lucca "
                                     "on the way back.")
    assert pairs(gazetteer, found) == {("Florence", "Siena"), ("Florence", "Lucca")}


def test_the_quoted_sentence_names_the_place_a_word_stands_for(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Sintra or Évora?\nBoth are an easy day trip from Lisbon.")
    assert {t.sentences for t in found} == {
        ("Sintra or Évora?\nBoth are an easy day trip from Lisbon.",)}
    found = trips(gazetteer, travel, "Portugal\nFour nights in Lisbon. Everyone raves about "
                                     "Évora. Is it doable in a day?")
    assert [t.sentences for t in found] == [("Everyone raves about Évora. Is it doable in a "
                                             "day?",)]


@pytest.mark.parametrize("text, expected", [
    # a day of a list that sets out from a town and ends there
    ("Plan\nDay 1: Lisbon\nDay 2: Lisbon - Sintra - Lisbon\nDay 3: train to Porto",
     {("Lisbon", "Sintra")}),
    # the town the reader will be in is the base
    ("Tuscany\nIf you're in Florence, Siena is an easy day trip.", {("Florence", "Siena")}),
    # the town a place is "close to" is the base
    ("Tuscany\nSiena is close enough to Florence for a day out.", {("Florence", "Siena")}),
    # a stay's week is not the outing's span of days
    ("Tuscany\nWe based ourselves in Florence for a week and took the train out to Siena one "
     "morning.", {("Florence", "Siena")}),
    # back the same evening to the town named after "returning to"
    ("Portugal\nThree nights in Lisbon. We drove to Évora, returning to Lisbon in the evening.",
     {("Lisbon", "Évora")}),
    # a list entry that is the day trip, between two stays
    ("Plan\nLisbon (4 nights), Évora (day trip), Porto (3 nights).", {("Lisbon", "Évora")}),
    # the trips out to two places, from the town stayed in
    ("Portugal\nWe stayed in Lisbon for a week; the highlights were the trips to Sintra and "
     "Cascais.", {("Lisbon", "Sintra"), ("Lisbon", "Cascais")}),
])
def test_ways_of_saying_a_day_trip(gazetteer: Gazetteer, travel: Travel, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text", [
    # the text says it was not one
    "Portugal\nWe took the train from Lisbon to Évora and stayed two nights, so not a day trip.",
    # coming back to a town after days elsewhere
    "Italy\nWe returned to Florence that night after three days in Rome.",
    # a tour of several days
    "Portugal\nWe booked a three-day tour from Lisbon to Évora and Elvas.",
])
def test_what_is_no_day_trip(gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == set()


@pytest.mark.parametrize("text", [
    # "but" turns to a place that needs nights
    "Portugal\nFrom Lisbon, Sintra is a day trip but Porto really needs a night or two.",
    # a night away beside a day out
    "Portugal\nLisbon for four nights, with a day trip to Sintra and an overnight excursion to "
    "Évora.",
])
def test_only_the_day_out_of_a_sentence_is_a_day_trip(gazetteer: Gazetteer, travel: Travel,
                                                      text: str) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == {("Lisbon", "Sintra")}


@pytest.mark.parametrize("text, expected", [
    ("Tuscany\nWe stayed in Florence for a week. From there we visited Siena, Pisa and Lucca.",
     {("Florence", "Siena"), ("Florence", "Pisa"), ("Florence", "Lucca")}),
    ("Tuscany\nUsing Florence as a base, we explored Siena and Lucca.",
     {("Florence", "Siena"), ("Florence", "Lucca")}),
    # the stay reached last, with its nights, then a morning out
    ("Tuscany\nWe had two nights in Siena, then drove to Florence, where we stayed four nights "
     "and visited Lucca one morning.", {("Florence", "Lucca")}),
    # a town only arrived in is no stay, and one stayed in after the visit is not its base
    ("Tuscany\nWe arrived in Florence. From there we visited Siena and then Rome for three "
     "nights.", set()),
])
def test_outings_from_a_stay(gazetteer: Gazetteer, travel: Travel, text: str,
                             expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a question that leaves out what it asks about
    ("Portugal\nWe are staying in Lisbon and want to see Sintra. Doable in half a day?",
     {("Lisbon", "Sintra")}),
    # "but also" keeps one clause
    ("Portugal\nWe loved Sintra but also Cascais as day trips from Lisbon.",
     {("Lisbon", "Sintra"), ("Lisbon", "Cascais")}),
])
def test_a_day_trip_said_in_few_words(gazetteer: Gazetteer, travel: Travel, text: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


def test_a_home_beside_the_outing_is_not_its_destination(gazetteer: Gazetteer,
                                                         travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nA week in Florence, ideas?",
                  "We live in Prato and did Siena as a day trip from Florence last spring.",
                  relations={("comment-1", "Prato"): "lives"})
    assert pairs(gazetteer, found) == {("Florence", "Siena")}


def test_places_an_outing_names_together_are_not_each_others_base(
        gazetteer: Gazetteer, travel: Travel) -> None:
    # The thread is about Siena, but nothing says anyone stays there.
    found = trips(gazetteer, travel, "Tuscany\nSiena and Lucca are both easy day trips.",
                  subject=(place(gazetteer, "Siena"),))
    assert pairs(gazetteer, found) == set()


@pytest.mark.parametrize("text, expected", [
    # "from there" is the town the sentence before is in, not the first one of the route
    ("Tuscany\nOur route was Florence - Siena - Rome, nine nights in all.\nIn Monteriggioni we "
     "walked the walls at dawn. From there we drove over to San Gimignano for an afternoon and "
     "were back at the farm for dinner.", {("Monteriggioni", "San Gimignano")}),
    # a trip not taken is still said from the town "there" stands for, which is not its goal
    ("Tuscany\nWe spent a week in Florence and then a few days in Lucca. Pisa would have been "
     "an easy day trip from there, but it rained every day.", {("Lucca", "Pisa")}),
])
def test_from_there_is_the_town_of_the_sentence_before(
        gazetteer: Gazetteer, travel: Travel, text: str,
        expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


@pytest.mark.parametrize("text", [
    "Portugal\nFour nights in Lisbon. Évora is far, so do not try it as a day trip from Lisbon.",
    "Portugal\nFour nights in Lisbon. Don't attempt Coimbra as a day trip from Lisbon.",
    "Tuscany\nA week in Florence. I would never do Rome as a day trip from Florence.",
])
def test_advice_against_a_day_trip_is_none(gazetteer: Gazetteer, travel: Travel,
                                           text: str) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == set()


@pytest.mark.parametrize("text, expected", [
    # the town a dated entry stays in is the base of the outing inside its brackets
    ("Tuscany\nMay 3-6: Florence (the Uffizi, day trip to Siena)\nMay 7-9: Rome",
     {("Florence", "Siena")}),
    # a day spent somewhere with the entry's town as base
    ("Portugal\nJune 2-5: Lisbon, with one day in Sintra\nJune 6-8: Porto",
     {("Lisbon", "Sintra")}),
    ("Portugal\nJune 2-5: Porto (port lodges, and a day walking round Coimbra)\nJune 6-8: Lisbon",
     {("Porto", "Coimbra")}),
])
def test_a_day_list_entry_names_its_base_first(gazetteer: Gazetteer, travel: Travel, text: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, text)) == expected


def test_from_there_after_no_town_takes_no_older_base(gazetteer: Gazetteer,
                                                      travel: Travel) -> None:
    # "there" is a region here, which is no base; Lisbon, named before, is not it either
    found = trips(gazetteer, travel, "Portugal\nWe had four nights in Lisbon.\nIn the Algarve we "
                  "swam every day. From there we drove over to Silves for an afternoon and were "
                  "back for dinner.")
    assert pairs(gazetteer, found) == set()


def test_there_and_back_returns_to_the_town_the_leg_set_out_from(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany by bike\nMay 4: Florence to Lucca by train\n"
                  "May 5: Lucca, a ride along the old road to Pisa and back\nMay 6: Florence")
    assert pairs(gazetteer, found) == {("Lucca", "Pisa")}


def test_one_town_one_day_another_the_next(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal\nFrom Lisbon: Sintra one day, Cascais the next, "
                  "then the train north.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra"), ("Lisbon", "Cascais")}


def test_out_of_town_is_the_town_of_a_writer_who_lives_there(gazetteer: Gazetteer,
                                                              travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal trip\nWe have four nights in Porto, then Lisbon.",
                  "I'm from Lisbon, born and raised. If you have a spare day, Sintra is forty "
                  "minutes out of town and makes a lovely day out.",
                  relations={("comment-1", "Lisbon"): "lives"})
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}


@pytest.mark.parametrize("sentence", [
    "We had four nights in Porto. One day we caught the train down to Coimbra and were back in "
    "Porto before midnight.",
    "From Porto we drove across to Coimbra and were back on the river front by dinner.",
    "Staying in Porto, we caught the bus across to Coimbra and were back at the hotel by dinner.",
])
def test_out_and_back_in_more_words(gazetteer: Gazetteer, travel: Travel, sentence: str) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, "North\n" + sentence)) == {
        ("Porto", "Coimbra")}


def test_a_town_only_flown_home_from_is_no_base(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nRoute: Florence (4 nights), then Rome for the "
                                     "flight home.\nIs Siena worth a day trip?")
    assert pairs(gazetteer, found) == {("Florence", "Siena")}


def test_a_town_a_reader_may_end_up_in_is_the_base(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nFirst time in Italy, we land in Florence.",
                  "If you end up in Lucca, Pisa is an easy day trip on the train.")
    assert pairs(gazetteer, found) == {("Lucca", "Pisa")}


def test_a_place_that_only_locates_the_outing_is_not_its_destination(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nFrom Florence we did a day hike to "
                                     "Monteriggioni, the walled village right above the Siena "
                                     "road, and were back by dinner.")
    assert pairs(gazetteer, found) == {("Florence", "Monteriggioni")}


def test_a_village_next_to_a_small_base_is_an_outing(gazetteer: Gazetteer,
                                                     travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nWe rented a flat in Lucca and cycled out to "
                                     "Capannori one afternoon, back in Lucca for dinner.")
    assert pairs(gazetteer, found) == {("Lucca", "Capannori")}


def test_places_done_on_separate_days_are_each_a_day_trip(gazetteer: Gazetteer,
                                                         travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nWe stayed a week in Florence and did Siena and "
                                     "Lucca on separate days.")
    assert pairs(gazetteer, found) == {("Florence", "Siena"), ("Florence", "Lucca")}


def test_a_base_named_after_the_cue_sends_the_outing_past_the_stops_before_it(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Plan\nWe start with Porto for three days, then Coimbra "
                                     "and Lisbon, with a day trip from Lisbon into Sintra.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}


def test_a_day_trip_the_writer_did_not_do_is_none(gazetteer: Gazetteer, travel: Travel) -> None:
    assert trips(gazetteer, travel, "Portugal\nWe didn't do Sintra as a day out from Lisbon; "
                                    "we slept there two nights and loved the quiet.") == ()


def test_a_later_clause_sets_out_from_the_base_not_from_an_earlier_outing(
        gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Portugal\nFrom Lisbon it's an easy day trip to Sintra or "
                                     "Cascais, and Évora makes a long day out if you like "
                                     "Roman ruins.")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra"), ("Lisbon", "Cascais"),
                                       ("Lisbon", "Évora")}


def test_an_easy_morning_from_a_base_is_an_outing(gazetteer: Gazetteer, travel: Travel) -> None:
    found = trips(gazetteer, travel, "Tuscany\nLucca makes a lovely morning out from Florence, "
                                     "and the walls are best on a bike.")
    assert pairs(gazetteer, found) == {("Florence", "Lucca")}


def test_time_worth_spending_at_a_place_is_no_outing(gazetteer: Gazetteer,
                                                    travel: Travel) -> None:
    assert pairs(gazetteer, trips(gazetteer, travel, "North\nWe are staying in Porto, and "
                                                     "Coimbra is worth a morning if you like "
                                                     "old libraries.")) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Day 3 - Lisbon: the castle in the morning, then a day trip to Sintra, back for dinner.",
        "Tue: Lisbon - a day trip to Sintra by train, home by seven.",
    ],
)
def test_the_town_heading_a_days_line_is_its_base(
        gazetteer: Gazetteer, travel: Travel, line: str) -> None:
    found = trips(gazetteer, travel, f"A week in Portugal\n{line}")
    assert pairs(gazetteer, found) == {("Lisbon", "Sintra")}


@pytest.mark.parametrize("question", [
    "Algarve in October\nWhich town is the best base for the Algarve without a car?",
    "Algarve in October\nWe're looking for a quiet base for exploring the Algarve, any tips?",
])
def test_asking_for_a_base_in_a_region_says_no_day_trip(
        gazetteer: Gazetteer, travel: Travel, question: str) -> None:
    found = trips(gazetteer, travel, question, "We stayed five nights in Lagos and loved it.",
                  "Faro was fine for two nights, with Silves on the way.")
    assert not pairs(gazetteer, found)
