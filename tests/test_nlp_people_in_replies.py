"""People in casual replies whose names are towns: a person noun the writer owns before the
name ("my wife Charlotte"), a reply that opens on the name and a word said to that person
("Phoenix thanks!!"), and a reply that opens "Name, <verb> ..." (no news dateline). Written for
issue 10 from fresh threads in our own words; the same names stay places where the words say so.
"""

from __future__ import annotations

from mention_names import found, with_entities
from spacy.language import Language

from itinerary.nlp import context
from itinerary.nlp.matcher import PLACES


def test_a_person_noun_the_writer_owns_makes_the_name_a_person(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("dan_w", "Driving from Tulsa to Santa Fe in May with my wife Charlotte, then Taos."),
        ("kim_r", "Our guide Florence met us at the gate in Arusha, and my cousin Jeju came too."),
    )
    assert {("post", "Tulsa"), ("post", "Santa Fe"), ("comment-1", "Arusha")} <= names
    people = {"Charlotte", "Florence", "Jeju"}
    assert not {text for _, text in names} & people


def test_the_same_names_stay_places_where_the_words_say_place(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("lee_m", "We flew into Charlotte and drove up to Asheville. Next spring we fly to Jeju."),
    )
    assert {("post", "Charlotte"), ("post", "Asheville"), ("post", "Jeju")} <= names


def test_a_reply_that_opens_on_a_name_speaks_to_a_person(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("phoenix_rising", "Skip the interstate between Tucumcari and Santa Rosa."),
        ("dallas_dan", "Phoenix thanks!! adding the Blue Hole in Santa Rosa."),
        ("Mo", "Austin yes, the road from Kigali to the border is fine in daylight."),
    )
    assert ("comment-1", "Santa Rosa") in names and ("comment-2", "Kigali") in names
    assert not {text for _, text in names} & {"Phoenix", "Austin"}


def test_the_openers_need_the_start_of_a_line(gazetteer_nlp: Language) -> None:
    """"Austin yes" is spoken to Austin only where a reply opens with it; inside a sentence the
    name keeps its clues ("we picked Austin, no question")."""
    text = "Austin yes, go.\nIn the end we picked Austin no matter what."
    doc = with_entities(gazetteer_nlp, text)
    first, second = (doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Austin")
    assert context.person_cue(first) == "address"
    assert context.person_cue(second) is None


def test_a_reply_opening_with_a_name_and_a_comma_is_no_dateline(gazetteer_nlp: Language) -> None:
    text = "Dan, skip the interstate for that stretch.\nGainesville, Fla. - The county said."
    doc = with_entities(gazetteer_nlp, text)
    dan = doc.char_span(0, 3)
    gainesville = doc.char_span(text.index("Gainesville"), text.index("Gainesville") + 11)
    assert dan is not None and gainesville is not None
    assert not context.dateline(dan)
    assert context.dateline(gainesville)
    weighed = gazetteer_nlp.get_pipe("gazetteer_places")(with_entities(gazetteer_nlp, text))
    assert "Dan" not in {span.text for span in weighed.spans[PLACES]}


def test_the_words_of_a_handle_are_a_person_where_spoken_to(place_nlp: Language) -> None:
    """"austin_travels" commented, so "Austin, did you ..." speaks to them; "Kimberly_from_Kent"
    is Kimberly, whatever follows her name; "victoria_b" commenting leaves the town's stop in a
    plan alone."""
    names = found(
        place_nlp,
        ("Kimberly_from_Kent", "Three nights in Vienna, then Budapest. Is Bratislava doable?"),
        ("austin_travels", "We rode from Hue down to Da Nang over the pass."),
        ("Paris_Hilton_fan", "Austin, did you stop in Hoi An on the way?"),
        ("Jackson W", "Kimberly, Bratislava is an easy hour on the train from Vienna."),
    )
    assert {("comment-2", "Hoi An"), ("comment-3", "Bratislava")} <= names
    assert not {text for _, text in names} & {"Austin", "Kimberly"}
    plan = found(
        place_nlp,
        ("sam_r", "Plan so far: Vancouver 3n, Victoria 2n, Tofino 3n, then the ferry back."),
        ("victoria_b", "Two nights is right, take the early ferry from Tsawwassen."),
    )
    assert {("post", "Vancouver"), ("post", "Victoria"), ("post", "Tofino")} <= plan
