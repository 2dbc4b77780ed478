"""A plan written one weekday a line ("Tuesday Evora", "Sunday - Oban"): the weekday labels the
day as "Day 2" does, so the name after it is that day's stop, even when the model reads the
two words as one date. A weekday inside a sentence labels nothing."""

from __future__ import annotations

from spacy.language import Language

from tests.mention_names import place_names


def test_the_stops_of_a_plan_written_by_weekday(place_nlp: Language) -> None:
    plan = (
        "Ten days in Portugal, rough plan below, tell me what to cut.\n\n"
        "Monday Lisbon, just wander the old town.\n"
        "Tuesday Evora, back by night.\n"
        "Wednesday Obidos then the coast.\n"
        "Thursday Coimbra.\n"
    )
    names = place_names(place_nlp, plan)
    assert {"Lisbon", "Evora", "Obidos", "Coimbra"} <= names
    assert not any(name.startswith(("Tuesday", "Wednesday")) for name in names)


def test_a_weekday_with_a_mark_before_a_highland_stop(place_nlp: Language) -> None:
    plan = (
        "Our Scotland week went like this:\n\n"
        "Saturday Edinburgh, arrived late.\n"
        "Sunday - Pitlochry and the dam.\n"
        "Monday: Aviemore, rainy all day.\n"
        "Tuesday Ullapool, long drive but worth it.\n"
    )
    assert {"Edinburgh", "Pitlochry", "Aviemore", "Ullapool"} <= place_names(place_nlp, plan)


def test_a_weekday_inside_a_sentence_labels_no_stop(place_nlp: Language) -> None:
    text = "We hiked all week, and our guide on Sunday Lowell knew every trail by heart."
    assert "Lowell" not in place_names(place_nlp, text)
