"""Registers the sentence corpus lacked until the tenth round (corpus/relations/README.md): lists
under a heading, a plan given up said as a future in the past, habits, a wish to go back, a
gerund that keeps its own time. Through the real parser, in sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import _heading, predict, rule_relation


@pytest.mark.parametrize(("text", "name", "heading"), [
    ("Done so far: Tirana, Berat and Shkodër.", "Berat", "done so far"),
    ("Coming up in April:\n- Tirana\n- Berat\n- Shkodër", "Shkodër", "coming up in april"),
    ("Where we slept:\n1. Tirana (2 nights)\n2. Berat (1 night)", "Berat", "where we slept"),
    ("Must-dos!\nSkip these:\n* Durrës\n* Sarandë", "Sarandë", "skip these"),
    ("Update: we took the bus to Berat after all.", "Berat", ""),
    ("We loved Berat and its windows.", "Berat", ""),
    ("Albania notes:\nThe buses were slow but cheap.\n- Berat", "Berat", ""),
])
def test_a_list_reads_the_heading_it_stands_under(english: Language, text: str, name: str,
                                                  heading: str) -> None:
    assert _heading(place(english, text, name)) == heading


@pytest.mark.parametrize(("text", "name"), [
    ("Skipped:\n- Sarandë\n- Ksamil", "Ksamil"),
    ("Didn't make it to: Gjirokastër, Permet.", "Permet"),
])
def test_a_list_under_a_heading_of_places_missed_is_no_trip(english: Language, text: str,
                                                            name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name"), [
    ("I was meant to meet my cousin in Antwerp, but the strike ruled it out.", "Antwerp"),
    ("We were gonna drive up to Zion on the last day but the road was shut.", "Zion"),
    ("The plan was to take the night bus to Hampi, and then I got food poisoning.", "Hampi"),
    ("We were supposed to sail on to Vis, but the wind never dropped.", "Vis"),
])
def test_a_future_in_the_past_is_a_plan_given_up(english: Language, text: str,
                                                 name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


def test_a_plan_given_up_then_carried_out_stays_a_visit(english: Language) -> None:
    text = "We were going to skip Trogir, but we went anyway and loved it."
    assert predict(place(english, text, "Trogir"))[0] == "visited"


@pytest.mark.parametrize(("text", "name", "relation"), [
    # going back again says the writer has been
    ("We'd happily go back to Trieste tomorrow.", "Trieste", "visited"),
    ("I would love to go back to Essaouira with the kids.", "Essaouira", "visited"),
    # a gerund hung from a past verb keeps the time it names
    ("Spent four nights in Hoi An, now flying to Hue tomorrow.", "Hue", "planning"),
    ("Spent four nights in Hoi An, now flying to Hue tomorrow.", "Hoi An", "visited"),
    ("Checked out of our place in Kandy, catching the train to Ella tonight.", "Ella",
     "planning"),
    # "once a year" is how often, not when: a habit, not a plan
    ("We go back to Trieste at least once a year.", "Trieste", "visited"),
    # "once we reach X" still dates a plan
    ("Once we reach Trieste we will rent bikes.", "Trieste", "planning"),
])
def test_the_rules_read_these_clauses(english: Language, text: str, name: str,
                                      relation: str) -> None:
    assert rule_relation(place(english, text, name)) == relation


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("I'd do Hue again without a second thought.", "Hue", "visited"),
    ("If it rains we'd fly back to London from Rome.", "London", "wishlist"),
])
def test_going_back_is_a_return_to_the_place_not_the_way_home(english: Language, text: str,
                                                             name: str, relation: str) -> None:
    assert rule_relation(place(english, text, name)) == relation
