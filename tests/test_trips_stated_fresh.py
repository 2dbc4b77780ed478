"""Stated itineraries from ways of writing a route that fresh own-words routes showed the rules
missing: advice in the first person ("I'd fly into A", "if it were me", "my two cents:") or a
bare verb after a word of emphasis ("Seriously, take the train ..."), a
stay with no verb that a move goes on from ("Three nights in A. Then ..."), a day trip told in
brackets ("in A (with a day trip to B)", a stop at its place), a plan written as
terse notes ("Fly into A. Train up to B."), the mode as the verb ("bussed to B"), arriving by
"got into A", a question about a leg ("Anyone know if", "Is there"), a bracket between a day's
label and its entry ("Day 2 (Sat) - B"), days of the month as labels ("3rd - A"), numbered
steps that travel with no label leading into them ("1) Fly into A 2) Bus to B"), a sight the
writer went to a town for ("to Page for Antelope Canyon"); and, kept as it is, a pass gone over
on the way ("over the P to B"): a stop, as the dev set's labelling guidelines count it.

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated_routes

from itinerary.pipeline import Analyzer


def _stated(analyzer: Analyzer, text: str) -> list[tuple[list[str], bool]]:
    """Each stated itinerary of the text: its stops as written (normalised), and whether it is
    advice."""
    return [(stops, i.recommended) for stops, i in stated_routes(analyzer, text)]


@pytest.mark.parametrize("text, stops", [
    ("My two cents: base yourself in Kandy, then take the train to Ella, and end with a few "
     "beach days in Mirissa.", ["kandy", "ella", "mirissa"]),
    ("Pro tip: start in Seville, then the bus to Granada.", ["seville", "granada"]),
    ("If it were me I'd fly into Rome, take the train to Florence and end in Venice.",
     ["rome", "florence", "venice"]),
    ("Honestly, I'd fly into Lisbon, take the train up to Porto and finish in Braga.",
     ["lisbon", "porto", "braga"]),
    ("If it were me: start in Seville, then Granada, then Cordoba.",
     ["seville", "granada", "cordoba"]),
])
def test_advice_in_the_first_person_is_a_recommended_route(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, True)]


@pytest.mark.parametrize("text, advice", [
    ("Seriously, take the night train from Hanoi to Hue and then carry on to Hoi An.", True),
    ("Really, we took the night train from Hanoi to Hue and then carried on to Hoi An.", False),
])
def test_a_bare_verb_after_a_word_of_emphasis_is_advice(
        analyzer: Analyzer, text: str, advice: bool) -> None:
    assert [recommended for _, recommended in _stated(analyzer, text)] == [advice]


def test_the_writers_own_route_is_no_advice(analyzer: Analyzer) -> None:
    text = "We flew into Rome, took the train to Florence and finished in Venice."
    assert _stated(analyzer, text) == [(["rome", "florence", "venice"], False)]


@pytest.mark.parametrize("text, stops", [
    ("Rough plan, feedback welcome.\n\nFly into Edinburgh and spend three nights. Train up to "
     "Inverness, then hire a car and drive to Portree.\n\nFly home from Glasgow.",
     ["edinburgh", "inverness", "portree", "glasgow"]),
    ("1. Fly into Lisbon\n2. Train to Porto\n3. Bus to Braga\n4. Back to Lisbon for the flight",
     ["lisbon", "porto", "braga", "lisbon"]),
])
def test_bare_verbs_among_terse_notes_are_the_writers_own_plan(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


def test_a_route_told_all_in_bare_verbs_is_advice(analyzer: Analyzer) -> None:
    text = "Take the train from Milan to Verona, then carry on to Venice."
    assert _stated(analyzer, text) == [(["milan", "verona", "venice"], True)]


@pytest.mark.parametrize("text", [
    "Anyone know if the night bus from Bangkok to Chiang Mai is safe?",
    "Is there a direct train from Zurich to Milan in winter?",
])
def test_a_question_about_one_leg_is_no_route(analyzer: Analyzer, text: str) -> None:
    assert _stated(analyzer, text) == []


@pytest.mark.parametrize("text, stops", [
    ("Day 1 (Fri) - land in Lisbon\nDay 2 (Sat) - train to Porto\nDay 3 (Sun) - Braga",
     ["lisbon", "porto", "braga"]),
    ("Day 1 (arrival): Rome\nDay 2 (by train): Florence\nDay 3: Venice",
     ["rome", "florence", "venice"]),
])
def test_a_bracket_after_the_day_label_keeps_the_day_list(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("We hiked from Grindelwald over the Kleine Scheidegg to Wengen.",
     ["grindelwald", "kleine scheidegg", "wengen"]),
    ("We took the train from Lucerne over the Brunig to Interlaken and then on to Bern.",
     ["lucerne", "brunig", "interlaken", "bern"]),
])
def test_a_pass_gone_over_is_a_stop_on_the_way(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """As the labelling guidelines count it: passes and tunnels crossed are stops."""
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("From Oaxaca we bussed to Puebla, which took most of the day.", ["oaxaca", "puebla"]),
    ("Our first stop was Oaxaca. We bussed to Puebla after four nights.", ["oaxaca", "puebla"]),
])
def test_a_mode_said_as_the_verb_moves_the_trip_on(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("We got into Porto late. Spent two days there. Next we took the train to Coimbra, and "
     "after that the bus to Lisbon.", ["porto", "coimbra", "lisbon"]),
    ("We got into Split around midnight. The old town was packed. The next morning we caught "
     "the ferry to Hvar.", ["split", "hvar"]),
])
def test_getting_into_a_town_opens_the_trip_there(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("2nd - Rome\n4th - Florence\n6th - Venice", ["rome", "florence", "venice"]),
    ("21st \u2013 Lisbon\n23rd \u2013 Porto\n25th \u2013 Braga", ["lisbon", "porto", "braga"]),
])
def test_days_of_the_month_label_a_day_list(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("We drove from Flagstaff to Page for Antelope Canyon, then on to Kanab.",
     ["flagstaff", "page", "kanab"]),
    ("We started at the Grand Canyon, drove to Page for Horseshoe Bend, then on to Monument "
     "Valley and finished in Moab.", ["grand canyon", "page", "monument valley", "moab"]),
    # a town after "for" is where the writer left for
    ("We left Lima for Cusco on the night bus and then went on to Puno.",
     ["lima", "cusco", "puno"]),
])
def test_the_sight_a_town_was_visited_for_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


@pytest.mark.parametrize("text, stops", [
    ("1. Fly into Split\n2. Catamaran to Hvar\n3. Korcula, 2 nights\n4. Dubrovnik, 3 nights",
     ["split", "hvar", "korcula", "dubrovnik"]),
    ("1) Drive to Banff\n2) Icefields to Jasper\n3) Kamloops for a night\n"
     "4) Vancouver for 3 nights", ["banff", "jasper", "kamloops", "vancouver"]),
])
def test_numbered_steps_that_travel_are_a_route_without_a_label(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


def test_numbered_favourites_stay_no_route(analyzer: Analyzer) -> None:
    assert _stated(analyzer, "My top 3:\n1. Kyoto\n2. Hoi An\n3. Porto") == []


@pytest.mark.parametrize("text, stops", [
    ("Three nights in Lisbon. Then the train up to Porto, where the rain never stopped. We "
     "finished with two nights in Braga.", ["lisbon", "porto", "braga"]),
    ("A couple of days in Split. Then the catamaran over to Hvar for the rest of the week.",
     ["split", "hvar"]),
])
def test_a_stay_without_a_verb_opens_the_trip_that_goes_on_from_it(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert _stated(analyzer, text) == [(stops, False)]


def test_a_stay_followed_by_no_move_is_no_trip(analyzer: Analyzer) -> None:
    assert _stated(analyzer, "Two nights in Hanoi was plenty. Then again, we loved Hoi An.") == []


@pytest.mark.parametrize("text, stops", [
    ("Based ourselves in Kandy for four nights (did a day trip to Sigiriya from there), then "
     "took the train to Ella.", ["kandy", "sigiriya", "ella"]),
    ("We stayed in Cusco for a week (with a side trip to Pisac), then took the train to Aguas "
     "Calientes and on to Puno.", ["cusco", "pisac", "aguas calientes", "puno"]),
])
def test_a_day_trip_told_in_brackets_is_a_stop_at_its_place(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    """As the labelling guidelines count day trips; any other aside in brackets stays out."""
    assert _stated(analyzer, text) == [(stops, False)]


def test_an_aside_in_brackets_is_no_stop(analyzer: Analyzer) -> None:
    text = "From Oaxaca we went to Puebla (better churches than Guadalajara) and on to Mexico City."
    assert [stops for stops, _ in _stated(analyzer, text)] == [["oaxaca", "puebla", "mexico city"]]
