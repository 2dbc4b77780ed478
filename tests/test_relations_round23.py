"""Round twenty-three's ruling cues, from its own-words probe threads: a visit said not to have
happened ("never saw X", "we left out X") or a trip of X cancelled is no visit or plan; a give-up
of another place cut off by the cue window says nothing of the place before it; "I'd skip X" is
advice against, never advice to go; "X I'd give two nights" and "X is worth a day" are advice;
"X I know well" and "X, I've been three times" are visits. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name"), [
    ("We never saw Pompeii either, the queue at the gate put us off and we drove on to "
     "Herculaneum.", "Pompeii"),
    ("Never saw Kotor on that trip and I still kick myself.", "Kotor"),
    ("We left out Hallstatt and don't regret it.", "Hallstatt"),
    ("Anna, we passed on Gozo too, one island was plenty.", "Gozo"),
    ("Zermatt was grey the whole time and never saw the Matterhorn at all.", "Matterhorn"),
    ("Our Skye trip was cancelled when the ferry broke down.", "Skye"),
    ("The Hvar day got called off because of the wind, so we stayed in Split.", "Hvar"),
])
def test_a_visit_that_did_not_happen_is_only_mentioned(english: Language, text: str,
                                                      name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


@pytest.mark.parametrize(("text", "name"), [
    ("We did Nafplio and Mycenae in 2022 but never made it to Monemvasia.", "Nafplio"),
])
def test_the_other_place_of_a_trip_not_made_is_still_visited(english: Language, text: str,
                                                             name: str) -> None:
    assert predict(place(english, text, name))[0] == "visited"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Bratislava I'd give a single night, it's small.", "Bratislava", "recommends"),
    ("Piran is worth a day too.", "Piran", "recommends"),
    ("Kutna Hora is an easy half day from Prague.", "Kutna Hora", "recommends"),
    ("Lisbon I know really well, it's my favourite city.", "Lisbon", "visited"),
    ("Vienna we know well, we've been five times.", "Vienna", "visited"),
])
def test_advice_and_visits_said_with_the_place_first(english: Language, text: str, name: str,
                                                     label: str) -> None:
    assert predict(place(english, text, name))[0] == label


@pytest.mark.parametrize(("text", "name"), [
    ("I'd skip the Cliffs of Moher unless the weather is clear, it's a long drive for one view.",
     "Cliffs of Moher"),
    ("Honestly I'd skip Zanzibar and do Pemba instead, much quieter.", "Zanzibar"),
])
def test_id_skip_is_surely_advice_against(english: Language, text: str, name: str) -> None:
    """Sure enough for the summary: "I'd skip X" never reads as advice to go."""
    label, probability = predict(place(english, text, name))
    assert label == "advises_against" and probability >= 0.9



@pytest.mark.parametrize(("text", "name"), [
    ("I intended to take the boat to Procida but the sea was too rough that week.", "Procida"),
    ("If you're in Brasov, take the early bus up to Bran rather than a tour.", "Brasov"),
    ("Take the train up rather than booking the coach tour from Interlaken.", "Interlaken"),
])
def test_no_trip_or_advice_to_go_in_a_plan_not_carried_out_or_the_setting_of_advice(
        english: Language, text: str, name: str) -> None:
    """A plan "intended" that never happened is no visit; the place advice is set in ("if
    you're in X") or set against with a doing ("rather than braving the X traffic") is no
    advice to go."""
    assert predict(place(english, text, name))[0] in ("mentioned", "advises_against")
