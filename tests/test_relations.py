"""The relation model on its held-out corpus, the issue's hard cases and the example thread,
through the real parser."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import spacy
from mention_names import name_span
from spacy.language import Language
from spacy.tokens import Doc

from itinerary.models import Report
from itinerary.nlp.relations import PlaceRelations, _cues, predict, rule_relation
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from itinerary.trips.readers import MIN_CONFIDENCE

EXAMPLE = Path(__file__).parents[1] / "examples" / "norway-thread.txt"


CORPUS = Path(__file__).parents[1] / "corpus" / "relations"
LABELS = {"visited", "planning", "wishlist", "lives", "mentioned", "recommends",
          "advises_against"}
# Floors on the held-out part: the model measures 0.873 overall (README); a change that costs
# more than a few sentences fails.
ACCURACY_FLOOR = 0.85
RECALL_FLOOR = 0.70  # each relation's recall
FRESH_ACCURACY_FLOOR = 0.87  # on heldout12.tsv, the twelfth round's fresh held-out part


def read(name: str) -> list[tuple[str, str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as f:
        return [(r["relation"], r["place"], r["text"])
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def label(nlp: Language, sentence: str, place: str) -> str:
    return predict(name_span(nlp, sentence, place))[0]


def test_the_corpus_is_large_and_its_parts_never_mix() -> None:
    train, held_out, untrained = read("train.tsv"), read("eval.tsv"), read("untrained.tsv")
    assert len(train) + len(held_out) >= 600
    assert {r[0] for r in train} == {r[0] for r in held_out} == LABELS
    assert {r[0] for r in untrained} <= LABELS
    fresh, tune = read("heldout12.tsv"), read("tune12.tsv")
    assert {r[0] for r in fresh} == {r[0] for r in tune} == LABELS
    parts = (train, held_out, untrained, fresh, tune)
    texts = [{r[2] for r in part} for part in parts]
    assert all(not (a & b) for i, a in enumerate(texts) for b in texts[i + 1:])
    assert all(place in text for part in parts for _, place, text in part)


def test_the_model_clears_its_floor_on_the_held_out_part(english: Language) -> None:
    rows = read("eval.tsv")
    got = [label(english, text, place) for _, place, text in rows]
    gold = [r[0] for r in rows]
    right = sum(g == p for g, p in zip(gold, got, strict=True))
    assert right / len(rows) >= ACCURACY_FLOOR
    for relation in LABELS:
        hits = [p == relation for g, p in zip(gold, got, strict=True) if g == relation]
        assert sum(hits) / len(hits) >= RECALL_FLOOR, relation


def test_the_model_clears_its_floor_on_the_fresh_held_out_part(english: Language) -> None:
    """heldout12.tsv was written and labelled before the model read it and is never tuned on
    (the cue moves of round twelve were written from tune12.tsv): 0.863 before them, 0.889 after."""
    rows = read("heldout12.tsv")
    right = sum(label(english, text, place) == gold for gold, place, text in rows)
    assert right / len(rows) >= FRESH_ACCURACY_FLOOR


def test_the_model_beats_the_hand_written_rules(english: Language) -> None:
    """The rules are one feature of the model; the model must be worth having."""
    rows = read("eval.tsv")
    model = rules = 0
    for gold, place, text in rows:
        span = name_span(english, text, place)
        model += predict(span)[0] == gold
        rules += rule_relation(span) == gold
    assert model > rules + len(rows) // 10


# The issue's hard cases, in new wording: invitations, past necessity, "from X too", "I live
# there" after the place, greetings and sign-offs, advice. Most of them must come out right.
HARD = [
    ("You must come and see our cabin at Lake Tahoe next time.", "Lake Tahoe", "mentioned"),
    ("If you're ever in Apulia, come and stay with us.", "Apulia", "mentioned"),
    ("We had to reach Granada by noon for the Alhambra slot.", "Granada", "visited"),
    ("We had to be in Nantes by six to catch the train.", "Nantes", "visited"),
    ("We're from Quito too!", "Quito", "lives"),
    ("Funny to see Sitges here, I live there!", "Sitges", "lives"),
    ("Hello from Kumasi, lovely post!", "Kumasi", "lives"),
    ("Greetings from Tampere!", "Tampere", "lives"),
    ("Bergen here, and the rain really is that bad.", "Bergen", "lives"),
    ("— Rosa, Arizona", "Arizona", "lives"),
    ("Getafe is where I live, so say hello if you pass.", "Getafe", "lives"),
    ("I'm a local in Arequipa, happy to help.", "Arequipa", "lives"),
    ("If I were you I'd do Cuenca.", "Cuenca", "recommends"),
    ("Skip Lourdes, it's all souvenir shops.", "Lourdes", "advises_against"),
    ("I'd stay in Lucca rather than change hotels.", "Lucca", "recommends"),
    ("Don't miss Kotor if you're nearby.", "Kotor", "recommends"),
]


def test_the_hard_cases_of_the_issue(english: Language) -> None:
    got = [label(english, sentence, place) == expected for sentence, place, expected in HARD]
    assert sum(got) >= len(HARD) - 2, [h for h, ok in zip(HARD, got, strict=True) if not ok]


# What the summary needs, said the many ways readers say it: plans and wishes without "we will
# go", visits without "we went", homes without "I live", and the look-alikes that are someone
# else's trip, a question to the reader or a road not taken. The summary merges planning and
# wishlist into one class, so either counts for a plan.
SAID_MANY_WAYS = [
    ("We're heading to Tbilisi in May and hoping to squeeze in Kazbegi.", "Kazbegi", "future"),
    ("Flying out to Lima on the 5th!", "Lima", "future"),
    ("Should we do Crete or Rhodes next summer?", "Rhodes", "future"),
    ("Lapland is next on our list.", "Lapland", "future"),
    ("We've booked Sorrento for May.", "Sorrento", "future"),
    ("Is Rothenburg too touristy? We might add it on the way to Munich.", "Rothenburg",
     "future"),
    ("Tromsø was a highlight of the whole trip.", "Tromsø", "visited"),
    ("Our three nights in Evora flew by.", "Evora", "visited"),
    ("The ferry from Ancona was rough.", "Ancona", "visited"),
    ("Sibiu was a surprise, and we'd go back in a heartbeat.", "Sibiu", "visited"),
    ("Back home in Ghent now, with a suitcase of laundry.", "Ghent", "lives"),
    ("As a Glasgow resident, I'd say go in May.", "Glasgow", "lives"),
    ("My brother went to Cusco last year and loved it.", "Cusco", "mentioned"),
    ("Did you make it to Kandy in the end?", "Kandy", "mentioned"),
    ("If we had more time, we'd have gone to Hue.", "Hue", "mentioned"),
]


def test_what_the_summary_needs_said_many_ways(english: Language) -> None:
    future = {"planning": "future", "wishlist": "future"}
    got = [future.get(label(english, text, place), label(english, text, place)) == expected
           for text, place, expected in SAID_MANY_WAYS]
    assert sum(got) >= len(SAID_MANY_WAYS) - 1, [
        case for case, ok in zip(SAID_MANY_WAYS, got, strict=True) if not ok]


def test_the_summary_can_trust_what_the_model_is_sure_of(english: Language) -> None:
    """A readers line needs the model at least MIN_CONFIDENCE sure: on the held-out part the sure
    readings of the writer's own relations measure P 0.96 / R 0.81 (docs/trips.md)."""
    rows = [r for r in read("eval.tsv") if r[0] not in ("recommends", "advises_against")]
    said = right = sure = 0
    for gold, place, text in rows:
        span = name_span(english, text, place)
        relation, confidence = predict(span)
        told = relation not in ("mentioned", "recommends", "advises_against")
        sure += told and confidence >= MIN_CONFIDENCE
        right += told and confidence >= MIN_CONFIDENCE and relation == gold
        said += gold != "mentioned"
    assert right / sure >= 0.93
    assert right / said >= 0.78


@pytest.mark.parametrize(("sentence", "place"), [
    ("I meant Paris in Texas, not France.", "France"),
    ("We live in Birmingham, Alabama, not England.", "England"),
    ("We are from Córdoba in Argentina, not Spain.", "Spain"),
])
def test_a_place_ruled_out_with_not_is_only_mentioned(english: Language, sentence: str,
                                                       place: str) -> None:
    doc = english(sentence)
    start = sentence.index(place)
    span = doc.char_span(start, start + len(place))
    assert span is not None
    assert rule_relation(span) == "mentioned"
    assert label(english, sentence, place) == "mentioned"


def test_advice_is_not_the_writers_own_relation(english: Language) -> None:
    text = "If I were you I'd do Cuenca and skip Teruel."
    doc = english(text)
    spans = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in ("Cuenca", "Teruel")]
    doc.spans["places"] = [span for span in spans if span is not None]
    assert len(doc.spans["places"]) == 2
    PlaceRelations()(doc)
    assert [(s._.relation, s._.advice) for s in doc.spans["places"]] == [
        ("mentioned", "recommends"), ("mentioned", "advises_against")]
    assert all(0.5 < s._.relation_confidence <= 1 for s in doc.spans["places"])


def test_the_registered_component_sets_the_span_extension(english: Language) -> None:
    doc = english("I lived in Oslo, and next year we will move to Trondheim.")
    oslo, trondheim = doc.char_span(11, 15), doc.char_span(47, 56)
    assert oslo is not None and trondheim is not None
    doc.spans["places"] = [oslo, trondheim]
    assert [s._.relation for s in doc.spans["places"]] == ["mentioned", "mentioned"]  # default
    component = spacy.blank("en").add_pipe("place_relations")
    assert isinstance(component, PlaceRelations)
    component(doc)
    assert [s._.relation for s in doc.spans["places"]] == ["visited", "planning"]


def test_without_a_parse_every_place_stays_mentioned() -> None:
    nlp = spacy.blank("en")
    doc: Doc = nlp("We are flying to Bergen next week.")
    bergen = doc.char_span(17, 23)
    assert bergen is not None
    doc.spans["places"] = [bergen]
    PlaceRelations()(doc)
    assert doc.spans["places"][0]._.relation == "mentioned"


@pytest.fixture(scope="module")
def example(analyzer: Analyzer) -> Report:
    (thread,) = read_threads(EXAMPLE)
    return analyzer.analyze(thread)


def test_relations_in_the_example_thread(example: Report) -> None:
    """The traps the example lists, through the whole pipeline (mentions found by the NLP pass)."""
    got = {(r.mention.author, r.mention.text): r.mention.relation for r in example.resolutions
           if r.mention.author}
    assert got[("Drew", "Oslo")] == "visited"
    assert got[("Drew", "Lillehammer")] == "visited"
    assert got[("Drew", "Roros")] == "wishlist"
    assert got[("Sydney", "Bodo")] == "visited"
    assert got[("Howard | Slow Road Notes", "Alesund")] == "wishlist"
    assert got[("Florence", "Bergen")] == "lives"
    assert got[("Florence", "Tromso")] == "mentioned"
    assert got[("Marit (@northboundmarit)", "Røros")] == "planning"
    assert got[("Marit (@northboundmarit)", "Alesund")] == "wishlist"
    assert got[("Clark", "Bodo")] == "visited"
    assert got[("Clark", "Roros")] == "mentioned"
    assert got[("Blair", "Gothenburg")] == "planning"
    assert got[("Ingrid", "Oslo")] == "mentioned"


def _places(nlp: Language, text: str, names: tuple[str, ...]) -> Doc:
    doc = nlp(text)
    spans = [doc.char_span(text.index(n), text.index(n) + len(n)) for n in names]
    assert all(s is not None for s in spans), names
    doc.spans["places"] = [s for s in spans if s is not None]
    return doc


# "there", "it", "the place" and a bare "we went" point back to a place named before them.
BACK_REFERENCES = [
    ("Trieste is windy in winter, but four nights there were just right for us.",
     ("Trieste",), "visited"),
    ("Hydra has no cars. We rented a room there for a week in June.", ("Hydra",), "visited"),
    ("Is Sigiriya worth the climb? We're in Sri Lanka next month and want to fit it in.",
     ("Sigiriya",), "wishlist"),
    ("Olomouc is quieter than Prague. I've lived there since 2015.", ("Olomouc", "Prague"),
     "lives"),
    ("Bamberg is only forty minutes from Nuremberg by train \u2013 we went last autumn.",
     ("Bamberg", "Nuremberg"), "visited"),
    ("Arles is easy to reach. My aunt lives there.", ("Arles",), "mentioned"),
    ("Cadaqués gets packed in August. We never made it there.", ("Cadaqués",), "mentioned"),
    ("Mdina is tiny and silent after dark. We loved the place.", ("Mdina",), "visited"),
    ("Kilkenny came up twice in your list. We spent a weekend in the town years ago.",
     ("Kilkenny",), "visited"),
    ("Positano looks gorgeous. We've booked it for two nights in June.", ("Positano",),
     "planning"),
]


@pytest.mark.parametrize(("text", "names", "expected"), BACK_REFERENCES)
def test_a_back_reference_speaks_for_the_place_it_points_to(
        english: Language, text: str, names: tuple[str, ...], expected: str) -> None:
    doc = _places(english, text, names)
    assert rule_relation(doc.spans["places"][0]) == expected


def test_a_back_reference_goes_to_the_subject_not_to_the_place_measured_from(
        english: Language) -> None:
    doc = _places(english, "Bamberg is only forty minutes from Nuremberg by train \u2013 we went "
                           "last autumn.", ("Bamberg", "Nuremberg"))
    assert [rule_relation(s) for s in doc.spans["places"]] == ["visited", "mentioned"]


def test_a_name_in_the_next_sentence_takes_its_it(english: Language) -> None:
    doc = _places(english, "Tangier is an easy ferry from Spain. We stayed at Dar Noor on "
                           "the last night and loved it.", ("Tangier", "Spain"))
    assert rule_relation(doc.spans["places"][0]) == "mentioned"


# A home in one clause says nothing of the other places of the sentence, and a childhood home
# the writer never says they left is still home.
HOMES = [
    ("I live in Nîmes and it's barely half an hour from Arles.", "Nîmes", "lives"),
    ("I live in Nîmes and it's barely half an hour from Arles.", "Arles", "mentioned"),
    ("We live in Ghent, a short train ride from Brussels.", "Brussels", "mentioned"),
    ("I'm from Gouda and Delft is the town I take friends to.", "Delft", "mentioned"),
    ("I grew up in Kirkwall and still live by the harbour.", "Kirkwall", "lives"),
    ("I grew up in Kirkwall but moved to Glasgow for work.", "Kirkwall", "visited"),
    ("Greetings from Fargo, we've never seen mountains like these!", "Fargo", "lives"),
]


@pytest.mark.parametrize(("text", "place", "expected"), HOMES)
def test_a_home_is_the_place_lived_in_not_its_neighbours(
        english: Language, text: str, place: str, expected: str) -> None:
    doc = _places(english, text, (place,))
    assert rule_relation(doc.spans["places"][0]) == expected
    assert label(english, text, place) == expected


# A home needs a sign of one near the place: a title, a day list's line or a sight the writer
# toured is no home, whatever the words around it ("home" at a trip's end included), and the
# signs readers give are read in their other forms too (a greeting in their own language, a
# sign-off after the last sentence, "two of us from", "born in X, living in Y").
HOMES_AND_NOT = [
    ("Ten days in Sardinia, coast to coast\n\nWe live in Lyon and had saved up for this one.",
     "Sardinia", "not lives"),
    ("Ten days in Sardinia, coast to coast\n\nWe live in Lyon and had saved up for this one.",
     "Lyon", "lives"),
    ("Our plan:\nDay 8: Annecy\nDay 9: train to Geneva and home", "Geneva", "not lives"),
    ("Landing in Faro on the 3rd, then flying home out of Seville on the 17th.", "Seville",
     "not lives"),
    ("We are two retired teachers from Leeds with nine nights in May. Rough plan:\n\nKrakow "
     "(3 nights) -> Zakopane (2 nights) -> Katowice for the flight home", "Zakopane",
     "not lives"),
    ("We are two retired teachers from Leeds with nine nights in May. Rough plan:\n\nKrakow "
     "(3 nights) -> Zakopane (2 nights) -> Katowice for the flight home", "Katowice",
     "not lives"),
    ("The Alhambra gardens at dusk were the best part of our week.", "Alhambra", "visited"),
    ("Safe travels and enjoy the light! — Ines, Coimbra", "Coimbra", "lives"),
    ("Hej från Malmö! Lovely pictures of the coast.", "Malmö", "lives"),
    ("Two of us from Nantes, both retired teachers.", "Nantes", "lives"),
    ("Born in Gdansk, living in Warsaw these days.", "Gdansk", "not lives"),
    ("Born in Gdansk, living in Warsaw these days.", "Warsaw", "lives"),
]


@pytest.mark.parametrize(("text", "place", "expected"), HOMES_AND_NOT)
def test_a_home_needs_a_sign_of_one(english: Language, text: str, place: str,
                                    expected: str) -> None:
    got = label(english, text, place)
    assert (got != "lives") if expected == "not lives" else got == expected


# A question about a place, after the writer has said they are going: part of the plan; the
# same question from a writer who went is about a place they know.
@pytest.mark.parametrize(("text", "place", "expected"), [
    ("We're off to Portugal next month with my parents. Is Évora worth the detour?", "Évora",
     "planning"),
    ("We'll have four nights in Kraków in June. How long does the salt mine at Wieliczka take?",
     "Wieliczka", "planning"),
    ("We spent a week in Kerala in January. Munnar was cooler than we expected.", "Munnar",
     "visited"),
])
def test_the_writers_own_earlier_words_date_the_place(english: Language, text: str, place: str,
                                                      expected: str) -> None:
    assert label(english, text, place) == expected


# A plan the writer gave up is no visit, however sure the rest of the sentence sounds; the same
# words with the trip carried out ("... but went anyway", "... and ended up staying") are one.
# A wish put off for another trip stays a wish, never a plan.
GIVEN_UP_AND_NOT = [
    ("Sucre was on our list too but we ran out of days in the end.", "Sucre", "mentioned"),
    ("Ronda was supposed to be the Saturday, then the hire car fell through.", "Ronda",
     "mentioned"),
    ("We had to cancel Chefchaouen when my daughter got ill.", "Chefchaouen", "mentioned"),
    ("We were going to drive up to Kotor but the border queue put us off.", "Kotor",
     "mentioned"),
    ("Nearly dropped Ronda from the plan but went anyway, no regrets.", "Ronda", "visited"),
    ("Sucre was supposed to be a one-night stop and we ended up staying a week.", "Sucre",
     "visited"),
    ("We finally made it to Kotor after two failed attempts.", "Kotor", "visited"),
    ("Galway was supposed to be wet all week but we had three dry days.", "Galway", "visited"),
    ("Chefchaouen will have to wait for another trip.", "Chefchaouen", "wishlist"),
]


@pytest.mark.parametrize(("text", "place", "expected"), GIVEN_UP_AND_NOT)
def test_a_plan_given_up_is_no_visit(english: Language, text: str, place: str,
                                     expected: str) -> None:
    assert label(english, text, place) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("The Swiss couple we met on the boat were flying on to Ushuaia the next day.", "Ushuaia",
     "mentioned"),
    ("The two Danes we got talking to at the bar had just come back from Sumba.", "Sumba",
     "mentioned"),
    ("The couple we met in Quito told us about Baños, so we went there the next day.", "Baños",
     "visited"),
])
def test_people_the_writer_met_are_not_the_writer(english: Language, text: str, place: str,
                                                  expected: str) -> None:
    """"The couple we met in Quito" is the subject: their trips are not the writer's, unless
    the writer then went too."""
    assert label(english, text, place) == expected


# What someone else said of a place is their word, not the writer's trip; the writer's own
# verdict after the same words is.
@pytest.mark.parametrize(("text", "place", "expected"), [
    ("The taxi driver swore Trogir was nicer than Split, so we never bothered.", "Trogir",
     "mentioned"),
    ("A woman at our guesthouse said Gjirokastër was the best day of her trip.", "Gjirokastër",
     "mentioned"),
    ("My dad hiked Kinabalu in the seventies and never stops talking about it.", "Kinabalu",
     "mentioned"),
    ("We hiked Kinabalu with my dad last spring and he never stops talking about it.",
     "Kinabalu", "visited"),
])
def test_what_others_said_or_did_is_not_the_writers_trip(english: Language, text: str,
                                                         place: str, expected: str) -> None:
    assert label(english, text, place) == expected


def test_a_place_passed_on_the_way_is_not_the_advice(english: Language) -> None:
    """Advice to stop somewhere on the way to another place recommends the stop only."""
    text = "Make sure you stop at Óbidos on the way to Peniche."
    assert label(english, text, "Óbidos") == "recommends"
    assert label(english, text, "Peniche") == "mentioned"


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("Is the ferry to Ischia still running in October?", "Ischia", "mentioned"),
    ("How crowded does Hallstatt get on a Sunday in June?", "Hallstatt", "mentioned"),
    ("Can you still swim at Bondi in April?", "Bondi", "mentioned"),
    ("We land in Colombo on the 2nd. Is Sigiriya worth the climb?", "Sigiriya", "wishlist"),
])
def test_a_question_that_tells_no_trip_of_the_asker_is_mentioned(
        english: Language, text: str, place: str, expected: str) -> None:
    """A question of fact about a place tells no trip; one with the asker's trip beside it, or
    one asking whether the place is worth it, stays the asker's wish or plan."""
    assert label(english, text, place) in (
        (expected,) if expected == "mentioned" else ("wishlist", "planning"))


@pytest.mark.parametrize(("text", "place"), [
    ("Sighisoara is tiny but charming, go on a weekday.", "Sighisoara"),
    ("Tartu is a proper student town, stay at least one night.", "Tartu"),
    ("Mdina is silent after dark, visit in the evening.", "Mdina"),
])
def test_an_imperative_after_the_place_is_advice(english: Language, text: str,
                                                 place: str) -> None:
    assert label(english, text, place) == "recommends"


def test_every_cue_rules_out_real_readings_and_names_real_cues() -> None:
    names = {c.name for c in _cues()}
    for cue in _cues():
        assert cue.ruled_out <= LABELS and (not cue.taker or cue.taker in LABELS), cue.name
        assert cue.taker not in cue.ruled_out, cue.name
        assert {u.removeprefix("cue=") for u in cue.unless} <= names, cue.name
