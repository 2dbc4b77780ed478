"""A town the sentence calls a trip: "X is an easy day trip from Y", "An easy trip from Y is X".

The model often tags the subject of such a sentence as a person, a people or a firm, or not at
all; the gazetteer holds the name, and the sentence says it is somewhere one goes.
"""

from __future__ import annotations

from mention_names import with_entities
from spacy.language import Language
from spacy.tokens import Doc

from gazetteer import Gazetteer
from itinerary.nlp.matcher import CANDIDATES, PLACES


def weigh(nlp: Language, text: str, ents: dict[str, str]) -> Doc:
    """The blank pipeline's Doc with the entities the model would plausibly give, through both
    of our components."""
    doc = with_entities(nlp, text, ents)
    return nlp.get_pipe("place_filter")(nlp.get_pipe("gazetteer_places")(doc))


def evidence(doc: Doc) -> dict[str, str | None]:
    return {span.text: span._.place_evidence[0] for span in doc.spans[PLACES]}


def test_the_subject_of_a_trip_is_a_place_whatever_the_model_calls_it(
    gazetteer_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert gazetteer.lookup("Hallstatt") and gazetteer.lookup("Guadix")
    doc = weigh(
        gazetteer_nlp,
        "Hallstatt is a classic day trip from Salzburg, if you start early.",
        {"Hallstatt": "NORP", "Salzburg": "GPE"},
    )
    assert evidence(doc) == {"Hallstatt": "trip sentence", "Salzburg": "entity"}
    doc = weigh(gazetteer_nlp, "Guadix makes a great day trip if you have a car.", {})
    assert evidence(doc) == {"Guadix": "trip sentence"}


def test_worth_a_stop_an_hour_from_and_easy_to_reach_say_trip(gazetteer_nlp: Language) -> None:
    for text in (
        "Ronda is well worth a stop on the drive down to the coast.",
        "Ronda is about two hours from the coast by bus.",
        "Ronda is easy to reach by bus, and cheap.",
        "Ronda is on the way if you drive.",
    ):
        doc = weigh(gazetteer_nlp, text, {"Ronda": "ORG"})
        assert evidence(doc) == {"Ronda": "trip sentence"}, text


def test_the_complement_of_is_after_a_trip_is_a_place(gazetteer_nlp: Language) -> None:
    doc = weigh(
        gazetteer_nlp,
        "The nicest side trip from Ljubljana is Bled. The food was good.",
        {"Ljubljana": "GPE", "Bled": "PERSON"},
    )
    assert evidence(doc)["Bled"] == "trip sentence"


def test_people_in_the_same_shapes_stay_people(place_nlp: Language) -> None:
    doc = place_nlp("Kristina is only an hour away from us, so we meet often.")
    assert "Kristina" not in {span.text for span in doc.spans[PLACES]}
    doc = place_nlp("The best part of the whole trip was Maria, our guide.")
    assert "Maria" not in {span.text for span in doc.spans[PLACES]}
    doc = place_nlp("Paul is a good driver and a patient one.")
    assert "Paul" not in {span.text for span in doc.spans[PLACES]}


def test_on_the_full_pipeline_the_trip_sentence_keeps_its_subject(place_nlp: Language) -> None:
    doc = place_nlp("Cuenca is easy to reach from Madrid. Toledo makes a good day trip too.")
    kept = evidence(doc)
    assert {"Cuenca", "Madrid", "Toledo"} <= set(kept)
    assert not doc.spans[CANDIDATES] or "Cuenca" not in {s.text for s in doc.spans[CANDIDATES]}


def test_an_ordinary_word_town_as_the_subject_of_a_trip_is_kept(place_nlp: Language) -> None:
    doc = place_nlp("Nice is an easy day trip from Monaco by train.")
    assert {"Nice", "Monaco"} <= set(evidence(doc))
    doc = place_nlp("We had a nice day at the beach.")
    assert evidence(doc) == {}


def test_a_park_said_without_national_park_is_a_place_where_the_talk_is_of_parks(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert not gazetteer.lookup("Glacier") and gazetteer.lookup("Glacier National Park")
    doc = place_nlp("Glacier was full of smoke in August, so we hiked around Waterton instead.")
    assert evidence(doc).get("Glacier") == "park short form"
    # "Arches" is an English word and a French village; beside another park it is the park.
    doc = place_nlp("Leave a day for Canyonlands. Arches gets crowded and needs a timed ticket.")
    assert evidence(doc).get("Arches") == "park short form"


def test_a_park_s_short_name_with_no_park_talk_or_in_a_person_s_position_is_no_place(
    place_nlp: Language,
) -> None:
    doc = place_nlp("Jasper said the food on the ferry was fine.")
    assert "Jasper" not in evidence(doc)
    doc = place_nlp("The old arches of the bridge were lit at night.")
    assert evidence(doc) == {}


def test_the_sights_listed_after_a_day_s_stop_are_places(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    # Gardens the gazetteer lacks (a joined "-en" is no head): only the day line's list makes
    # them places.
    assert not gazetteer.lookup("Yoshikien") and not gazetteer.lookup("Isuien")
    doc = place_nlp("Day 4 - Nara as a day trip: Yoshikien and Isuien\nDay 5 - Osaka")
    assert evidence(doc).get("Yoshikien") == evidence(doc).get("Isuien") == "day list"
    # Not an item: a name after a verb; not a day line: a colon after a plain sentence.
    doc = place_nlp("Day 3 - Osaka: meet Kenji, then lunch")
    assert "Kenji" not in evidence(doc)
    doc = place_nlp("We went to Nara. Highlights: Naramachi and Isuien")
    assert "Isuien" not in evidence(doc)


def test_a_name_the_gazetteer_lacks_is_a_place_when_the_sentence_calls_it_a_trip(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert not gazetteer.lookup("Cam Kim")
    doc = place_nlp("Cam Kim is an easy day trip from Hoi An by bike.")
    assert evidence(doc).get("Cam Kim") == "trip sentence"
    # A distance alone does not make an unknown name a place: people live an hour away too.
    doc = place_nlp("Dave Hollis is an hour from Leeds.")
    assert "Dave Hollis" not in evidence(doc)
