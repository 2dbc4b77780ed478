"""Each relation rule of docs/trips.md, on sentences written for it, through the real parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from itinerary.models import Report
from itinerary.nlp.relations import PlaceRelations, classify
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

EXAMPLE = Path(__file__).parents[1] / "examples" / "norway-thread.txt"


def relation(nlp: Language, sentence: str, place: str) -> str:
    doc = nlp(sentence)
    start = sentence.index(place)
    span = doc.char_span(start, start + len(place))
    assert span is not None, f"{place!r} is not a token span of {sentence!r}"
    return classify(span)


VISITED = [
    ("We have spent a fortnight in Lisbon and loved every day.", "Lisbon"),
    ("The tiles in this town remind me a lot of our visit to Porto two summers ago.", "Porto"),
    ("I drove up to Tromsø and then further up to Hammerfest.", "Tromsø"),
    ("I drove up to Tromsø and then further up to Hammerfest.", "Hammerfest"),
    ("Your pictures bring back warm memories of my weeks in Sicily.", "Sicily"),
    ("We did a loop in June, from Oslo to Trondheim by train.", "Oslo"),
    ("When we went to Scotland in the nineties it rained daily.", "Scotland"),
    ("This village looks like a place I'd have loved to see when I went to Austria.", "Austria"),
    ("Spent three nights in Salzburg last spring.", "Salzburg"),  # the dropped "I"
    ("Vienna, which we visited in 2018, was freezing.", "Vienna"),  # the place's own clause
    ("Rome was far too hot when we were there in August.", "Rome"),
    ("We go to Bergen every summer.", "Bergen"),  # habitual present
    ("I studied in Leiden for a year.", "Leiden"),  # a telling verb, but done there
    ("I've been to Madrid twice but never got further south than Toledo.", "Madrid"),
    ("I've been to Madrid twice but never got further south than Toledo.", "Toledo"),
]
PLANNING = [
    ("It is on my list when I reach Stavanger next week.", "Stavanger"),
    ("Our family is planning a two-week drive around Scotland (Edinburgh - Inverness - Skye).",
     "Inverness"),
    ("We are planning a rail trip next month: Munich, then Salzburg, then Vienna.", "Salzburg"),
    ("We are flying to Reykjavik on Thursday.", "Reykjavik"),
    ("I will be in Kraków for a conference in May.", "Kraków"),
    ("When we get to Lyon we'll rent bikes.", "Lyon"),
    ("We have booked a cottage near Keswick for June.", "Keswick"),
    ("We're going to visit Helsinki in two weeks.", "Helsinki"),
    ("I can't wait to see Kyoto next week!", "Kyoto"),
]
WISHLIST = [
    ("Portugal is still on my bucket list, but I will get there eventually!", "Portugal"),
    ("Next time I think I would fly into Tromsø and hire a car.", "Tromsø"),
    ("I'd love to see Lofoten in winter.", "Lofoten"),
    ("I hope to visit Svalbard someday.", "Svalbard"),
    ("I really want to go to Kyoto.", "Kyoto"),
    ("It would be lovely to see a few small villages like Hallstatt.", "Hallstatt"),
    ("Japan is in our plans, though not in the near future.", "Japan"),
    ("One day I will make it to Patagonia.", "Patagonia"),
    ("I dream of seeing Petra by candlelight.", "Petra"),
    ("I've always wanted to see Jordan.", "Jordan"),
    ("If I ever get the chance, I'll go to Iceland.", "Iceland"),
]
LIVES = [
    ("Greetings from here in Tromsø, where I live.", "Tromsø"),
    ("Here in Bergen where I live we had snow in May.", "Bergen"),
    ("I live in Stavanger, so the fjords are close.", "Stavanger"),
    ("We are based in Lisbon.", "Lisbon"),
    ("I've lived in Munich for ten years now.", "Munich"),
    ("We've called Lisbon home for six years.", "Lisbon"),
    ("We moved to Edinburgh in 2012.", "Edinburgh"),
]
MENTIONED = [
    ("Although I haven't been to Lyon, the town looks like the others I know.", "Lyon"),
    ("I have never visited Bergen.", "Bergen"),
    ("You should go to Bergen.", "Bergen"),
    ("My sister visited Oslo last year.", "Oslo"),
    ("Oslo is the capital of Norway.", "Oslo"),
    ("I would have loved to see Narvik when I was younger.", "Narvik"),
    ("I wish we had gone to Siena.", "Siena"),
    ("We wanted to see Pisa but ran out of time.", "Pisa"),
    ("I read a great book about Venice.", "Venice"),
    ("We went to Malmö instead of Copenhagen.", "Copenhagen"),
    ("Could Lillehammer be done from Oslo, or is it too far?", "Oslo"),
    ("The wooden houses in Røros remind me of our visit to Iceland.", "Røros"),
    ("A day trip to Hallstatt: lakes and salt mines", "Hallstatt"),
]


@pytest.mark.parametrize(("sentence", "place"), VISITED)
def test_visited(english: Language, sentence: str, place: str) -> None:
    assert relation(english, sentence, place) == "visited"


@pytest.mark.parametrize(("sentence", "place"), PLANNING)
def test_planning(english: Language, sentence: str, place: str) -> None:
    assert relation(english, sentence, place) == "planning"


@pytest.mark.parametrize(("sentence", "place"), WISHLIST)
def test_wishlist(english: Language, sentence: str, place: str) -> None:
    assert relation(english, sentence, place) == "wishlist"


@pytest.mark.parametrize(("sentence", "place"), LIVES)
def test_lives(english: Language, sentence: str, place: str) -> None:
    assert relation(english, sentence, place) == "lives"


@pytest.mark.parametrize(("sentence", "place"), MENTIONED)
def test_mentioned(english: Language, sentence: str, place: str) -> None:
    assert relation(english, sentence, place) == "mentioned"


def test_a_bracketed_clause_is_not_a_list_of_stops(english: Language) -> None:
    sentence = ("We drove up to Bodø (which I barely remember, except for crossing the "
                "Arctic Circle).")
    assert relation(english, sentence, "Bodø") == "visited"
    assert relation(english, sentence, "Arctic Circle") == "mentioned"


def test_the_registered_component_sets_the_span_extension(english: Language) -> None:
    doc = english("I lived in Oslo, and next year we will move to Trondheim.")
    doc.spans["places"] = [doc.char_span(11, 15), doc.char_span(47, 56)]
    assert [s._.relation for s in doc.spans["places"]] == ["mentioned", "mentioned"]  # default
    component = spacy.blank("en").add_pipe("place_relations")
    assert isinstance(component, PlaceRelations)
    component(doc)
    assert [s._.relation for s in doc.spans["places"]] == ["visited", "planning"]


def test_without_a_parse_every_place_stays_mentioned() -> None:
    nlp = spacy.blank("en")
    doc: Doc = nlp("We are flying to Bergen next week.")
    doc.spans["places"] = [doc.char_span(17, 23)]
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
