"""Stated itineraries from ways of writing a route that six more own-words threads
(``corpus/itineraries/threads/16``-``21``) showed the rules missing: a return to a place an
earlier day names, told under a day's heading ("... and back to A before dark"); a day alone on
its line over the day's prose ("**Day 9**" over "Flew back to A from P"), where "from P" puts P
first; stays as bare numbers in brackets ("A (3), B (1), C (3)"), also as the first sentence of
a longer line; a plan given up in the pluperfect ("we'd wanted to go on to A, but ..."), where
a place "after" which it was given up was reached; the writer going on in a clause with no new
subject ("didn't stop in the city and carried on to A"); the last stretch of a trip ("The last
stretch was down to A"); a hedged stop ("and maybe A").

Each text runs through the whole pipeline, as the CLI reads it."""

from __future__ import annotations

from stated_stops import stated, written

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def test_back_to_a_place_an_earlier_day_names_is_a_stop_again(analyzer: Analyzer) -> None:
    text = ("Day 1 - Lisbon\nTram 28 and far too many pastries.\n\n"
            "Day 2 - Sintra\nPalaces all day, then back to Lisbon on the last train.\n\n"
            "Day 3 - Porto\nTrain north in the morning.")
    assert stated(analyzer, text) == [["lisbon", "sintra", "lisbon", "porto"]]


def test_a_place_an_earlier_day_names_without_a_return_adds_nothing(analyzer: Analyzer) -> None:
    text = ("Day 1 - Lisbon\nTram 28 and far too many pastries.\n\n"
            "Day 2 - Sintra\nPalaces all day. Much greener than Lisbon.\n\n"
            "Day 3 - Porto\nTrain north in the morning.")
    assert stated(analyzer, text) == [["lisbon", "sintra", "porto"]]


def test_a_day_alone_on_its_line_closes_the_list_with_its_prose(analyzer: Analyzer) -> None:
    text = ("**Day 5: Bukhara**\nThe old town by night, then plov on a rooftop.\n\n"
            "**Day 6: Khiva**\nA long day in a shared taxi across the desert.\n\n"
            "**Day 7**\nFlew back to Tashkent from Urgench, home the next morning.")
    assert stated(analyzer, text) == [["bukhara", "khiva", "urgench", "tashkent"]]


def test_days_all_alone_on_their_lines_are_read_as_prose(analyzer: Analyzer) -> None:
    text = ("Day 1\nWe picked up the car in Calgary and drove straight to Banff.\n\n"
            "Day 2\nLake Louise early, then up the Icefields Parkway to Jasper.")
    assert stated(analyzer, text) == [["calgary", "banff", "lake louise", "jasper"]]


def test_stays_as_bare_numbers_in_brackets_are_a_stay_list(analyzer: Analyzer) -> None:
    """A reply restating the post's plan with the nights in brackets, the list the first
    sentence of its line."""
    post = ("Two weeks in June, trains only. Vilnius 3 nights, Kaunas 1, Riga 3, Sigulda 1, "
            "Tallinn 3. Too much?")
    reply = ("Revised after your replies: Vilnius (4), Riga (3), Sigulda (1), Tallinn (3). "
             "Renting a car in Vilnius and dropping it in Tallinn.")
    report = analyzer.analyze(Thread(sections=(Section(id="post", author="ana", text=post),
                                               Section(id="comment-1", author="ana", text=reply))))
    assert [(i.section, [written(report, s) for s in i.stops])
            for i in report.itineraries if i.kind == "stated"] == [
        ("post", ["vilnius", "kaunas", "riga", "sigulda", "tallinn"]),
        ("comment-1", ["vilnius", "riga", "sigulda", "tallinn"])]


def test_numbers_in_brackets_that_count_like_a_ranking_are_no_route(analyzer: Analyzer) -> None:
    assert stated(analyzer, "Favourite cities so far: Seville (1), Granada (2), Malaga (3).") == []


def test_a_plan_given_up_in_the_pluperfect_is_no_stop(analyzer: Analyzer) -> None:
    text = ("We picked up the van in Auckland and drove north to Paihia. Then Rotorua for two "
            "nights. We'd wanted to go on to Napier for the art deco, but the road was shut, so "
            "we drove down to Wellington.")
    assert stated(analyzer, text) == [["auckland", "paihia", "rotorua", "wellington"]]


def test_a_place_reached_before_the_plan_given_up_stays_a_stop(analyzer: Analyzer) -> None:
    text = ("We'd wanted to carry on to Nimes after Arles, but the road was shut by a "
            "landslide, so we went straight back to Avignon and took the train to Marseille.")
    assert stated(analyzer, text) == [["arles", "avignon", "marseille"]]


def test_going_on_after_a_negation_with_no_new_subject_is_a_move(analyzer: Analyzer) -> None:
    text = ("Flew into Vienna and took the train to Salzburg. We didn't bother with the "
            "lakes at all and carried on to Innsbruck for the last two nights.")
    assert stated(analyzer, text) == [["vienna", "salzburg", "innsbruck"]]


def test_the_last_stretch_of_a_trip_moves_on(analyzer: Analyzer) -> None:
    text = ("We spent two nights in Cape Town and drove the coast to Knysna. The last "
            "stretch was up to Port Elizabeth, where we handed back the car.")
    assert stated(analyzer, text) == [["cape town", "knysna", "port elizabeth"]]


def test_a_hedged_stop_is_no_stop(analyzer: Analyzer) -> None:
    """"maybe A", "possibly A": a place the writer has not settled on."""
    text = ("Our route: Denver, Boulder, Estes Park and maybe Fort Collins on the way back "
            "to Denver.")
    assert stated(analyzer, text) == [["denver", "boulder", "estes park", "denver"]]


def test_a_hedged_length_of_stay_keeps_its_stop(analyzer: Analyzer) -> None:
    text = "We spent maybe three nights in Hue, then took the bus to Hoi An and flew to Hanoi."
    assert stated(analyzer, text) == [["hue", "hoi an", "hanoi"]]
