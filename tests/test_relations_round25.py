"""Round twenty-five's ruling cues, from its own-words probe threads: a way of getting to a place
set against another ("cheaper than flying into X", "slower than the bus to X") tells no trip to
it; a plan given up because a place was shut, a car broke down or a strike hit (after ", then"
as well as "but"), "keen on X but ..." among them, is no visit and no wish; "ran out of time for
X" never reached it; a sentence whose subject is the journey to a place ("Getting up to X takes
longer than you'd think") tells how to get there, not that the reader should go. Sentences and
threads of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.models import Section, Thread
from itinerary.nlp.relations import predict
from itinerary.pipeline import Analyzer


@pytest.mark.parametrize(("text", "name"), [
    ("Renting a car works out cheaper than flying into Bari.", "Bari"),
    ("The coast road is prettier than taking the motorway to Genoa.", "Genoa"),
    ("Booking the overnight boat is usually cheaper than flying into Bergen in summer.",
     "Bergen"),
])
def test_a_way_of_getting_there_set_against_another_is_no_trip(
        english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name", "reached"), [
    ("We wanted to walk up to Rila monastery but the track was shut after a landslide.", "Rila",
     None),
    ("I was keen on Gozo but the crossings were full for the whole week.", "Gozo", None),
    ("We'd planned two nights in Trogir, then the car broke down in Knin.", "Trogir", "Knin"),
    ("We'd booked a room in Bastia, then an air traffic strike grounded us.", "Bastia", None),
])
def test_a_plan_given_up_for_a_mishap_is_no_visit_nor_wish(
        english: Language, text: str, name: str, reached: str | None) -> None:
    """The place the writer was stuck in instead stays a visit."""
    assert predict(place(english, text, name))[0] == "mentioned"
    if reached is not None:
        assert predict(place(english, text, reached))[0] == "visited"


@pytest.mark.parametrize(("text", "name"), [
    ("We ran out of time for Evora and drove straight back to the airport.", "Evora"),
    ("Sadly we ran out of days to see Kotor on that trip.", "Kotor"),
])
def test_running_out_of_time_for_a_place_never_reached_it(
        english: Language, text: str, name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name"), [
    ("Driving over to Eze is simple enough if you have your own car.", "Eze"),
    ("Getting down to Manarola takes longer than you'd guess.", "Manarola"),
    ("Cycling out to Marken is flat and easy, you can rent bikes anywhere.", "Marken"),
])
def test_the_journey_as_subject_is_no_advice_to_go(english: Language, text: str,
                                                   name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


def test_a_comparison_of_ways_there_makes_no_summary_line(analyzer: Analyzer) -> None:
    t = Thread(location="Sardinia, Italy", sections=(
        Section("post", "Gina", "Sardinia in ten days\nCagliari, the south coast and two "
                "nights inland. Sardinia, Italy in June."),
        Section("comment-1", "Piet", "The ferry from Livorno is often cheaper than flying "
                "into Olbia with a hire car on top."),
        Section("comment-2", "Rosa", "We were keen on Alghero but the flights were full "
                "every day we looked."),
    ))
    report = analyzer.analyze(t)
    said = {(reader, relation) for entry in report.readers_also_went_to
            for relation in ("visited", "planning", "wishlist", "lives")
            for reader in getattr(entry, relation)}
    assert said == set()
