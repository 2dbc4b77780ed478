"""Stated itineraries: ways of writing a route that the own-words threads 09-15 of
``corpus/itineraries/threads`` showed the rules missing: a plan given up with its reason
("we'd planned to go to A, but the bus didn't run, so we went to B"), a negation that belongs
to a clause of its own ("the ferry didn't run, so we took the bus to A"), a place opening its
sentence and then ruled out ("A we never got to"), "instead of going to A", a route's direction
before its list ("we went anticlockwise: A, B, C"), "B via P" opening a list's entry, and a
place passed on the way under a day that is a leg ("Day 2: A to B" over "via P").

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("From Munich we'd planned to take the train to Salzburg, but the trains weren't running, "
     "so we drove to Innsbruck and then on to Bolzano instead.",
     ["munich", "innsbruck", "bolzano"]),
    ("We had meant to spend a night in Toledo but there was no time, so it was Madrid, then "
     "Segovia, then Burgos.", ["madrid", "segovia", "burgos"]),
    # a plan carried out: no reason it fell through
    ("We'd planned two nights in Verona but loved it so much we stayed four, then took the "
     "train to Venice and on to Trieste.", ["verona", "venice", "trieste"]),
])
def test_a_plan_given_up_for_a_reason_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("The ferry didn't run that day, so we took the bus from Split to Makarska and then on to "
     "Dubrovnik.", ["split", "makarska", "dubrovnik"]),
    ("We drove from Split to Makarska and never made it to Trogir, then on to Dubrovnik.",
     ["split", "makarska", "dubrovnik"]),
])
def test_a_negation_rules_out_only_the_places_of_its_clause(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


@pytest.mark.parametrize("text, stops", [
    ("Salzburg we skipped in the end. We took the train from Munich to Innsbruck and then on "
     "to Verona.", ["munich", "innsbruck", "verona"]),
    ("We flew into Denver and drove to Boulder, then on to Fort Collins. Aspen we never got to.",
     ["denver", "boulder", "fort collins"]),
    ("We took the ferry from Athens to Naxos, then on to Santorini instead of going to Mykonos.",
     ["athens", "naxos", "santorini"]),
])
def test_a_place_the_writer_did_not_get_to_is_no_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_direction_before_a_list_makes_it_a_route(analyzer: Analyzer) -> None:
    text = ("Same as you but we went anticlockwise: Edinburgh, Stirling, Oban, Fort William, "
            "Inverness.")
    assert stated(analyzer, text) == [["edinburgh", "stirling", "oban", "fort william",
                                        "inverness"]]


@pytest.mark.parametrize("text, stops", [
    ("Route: Rome -> Florence via Orvieto -> Bologna -> Venice",
     ["rome", "orvieto", "florence", "bologna", "venice"]),
    ("Day 1: Vienna\nDay 2: Budapest via Bratislava\nDay 3: Budapest",
     ["vienna", "bratislava", "budapest"]),
])
def test_via_in_a_lists_entry_comes_before_its_stop(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_place_passed_under_a_days_leg_goes_between_its_ends(analyzer: Analyzer) -> None:
    text = ("Day 1: Milan\nArrived late, pizza and bed.\n\n"
            "Day 2: Milan to Bolzano\nUp the motorway via Verona, a long lunch on the way.\n\n"
            "Day 3: Innsbruck\nOver the Brenner by train.")
    assert stated(analyzer, text) == [["milan", "verona", "bolzano", "innsbruck"]]
