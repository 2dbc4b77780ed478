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


# An evaluation set written for issue 6: realistic comment sentences, balanced over the five
# relations, with the hard cases (negation, past ability, conditions, reported speech, questions,
# lists after colons and in brackets, "there" in the next sentence). 79 of them were written
# before the rules they prompted, 29 after them as a check; the figures are in docs/trips.md.
EVALUATION = [
    # visited
    ("We could see Bodø from the ferry as we sailed past.", "Bodø", "visited"),
    ("From the top of the hill we could make out Tromsø in the distance.", "Tromsø", "visited"),
    ("We loved Oslo. It was friendlier than we expected.", "Oslo", "visited"),
    ("Last June we drove from Stavanger to Bergen along the coast.", "Stavanger", "visited"),
    ("Last June we drove from Stavanger to Bergen along the coast.", "Bergen", "visited"),
    ("I grew up in Drammen and still miss the river.", "Drammen", "visited"),
    ("I was born in Narvik but now live in Oslo.", "Narvik", "visited"),
    ("Places we stayed: Flåm, Voss and Odda.", "Voss", "visited"),
    ("Our route last summer (Lillehammer - Røros - Trondheim) worked perfectly.",
     "Røros", "visited"),
    ("Not only did we see Geiranger, we also hiked above it.", "Geiranger", "visited"),
    ("Having visited Copenhagen twice, I can vouch for the bikes.", "Copenhagen", "visited"),
    ("I used to live in Tromsø, back in my student days.", "Tromsø", "visited"),
    ("My husband and I honeymooned in Lisbon a decade ago.", "Lisbon", "visited"),
    ("Stopped in Dombås for coffee on the way up.", "Dombås", "visited"),
    ("Tromsø was magical. We spent a week there in March.", "Tromsø", "visited"),
    ("We were in Ålesund when the storm hit.", "Ålesund", "visited"),
    ("Years ago my brother and I cycled from Oslo to Kristiansand.", "Kristiansand", "visited"),
    ("We spent our honeymoon in Florence and still talk about it.", "Florence", "visited"),
    ("Flew into Bergen, drove out to Flåm, and took the train back.", "Flåm", "visited"),
    ("Two summers back we rented a cabin near Geilo.", "Geilo", "visited"),
    ("From the train window we could glimpse Finse under snow.", "Finse", "visited"),
    ("My partner and I did Oslo and Bergen in a week.", "Bergen", "visited"),
    # planning
    ("We're heading to Stavanger next week and would love tips.", "Stavanger", "planning"),
    ("Heading to Tromsø tomorrow, any tips for the cable car?", "Tromsø", "planning"),
    ("Next week we take the train from Oslo to Bergen.", "Oslo", "planning"),
    ("Next week we take the train from Oslo to Bergen.", "Bergen", "planning"),
    ("We leave for Reykjavik in three days.", "Reykjavik", "planning"),
    ("This summer we will drive from Trondheim to Bodø.", "Bodø", "planning"),
    ("Our flights to Oslo are booked for August.", "Oslo", "planning"),
    ("We're moving to Tromsø in August.", "Tromsø", "planning"),
    ("Just booked two nights in Flåm!", "Flåm", "planning"),
    ("My wife and I are spending Easter in Lillehammer.", "Lillehammer", "planning"),
    ("Our plan is to take the ferry from Bergen to Stavanger.", "Stavanger", "planning"),
    ("If the weather holds, we'll drive over to Geiranger tomorrow.", "Geiranger", "planning"),
    ("We're doing a rail loop in May (Oslo, Bergen, Trondheim) and can't decide on a base.",
     "Trondheim", "planning"),
    ("I told my wife we'd go to Bergen next summer.", "Bergen", "planning"),
    ("We fly into Tromsø on Friday.", "Tromsø", "planning"),
    ("In a fortnight we'll be in Ålesund for my cousin's wedding.", "Ålesund", "planning"),
    ("Our itinerary next spring: Oslo, Lillehammer, Røros.", "Lillehammer", "planning"),
    ("We're off to Svalbard in a couple of weeks.", "Svalbard", "planning"),
    ("I'm taking my mother to Copenhagen for her birthday next month.", "Copenhagen", "planning"),
    ("Flying out to Reykjavik on Monday!", "Reykjavik", "planning"),
    ("We've just booked the night train to Bodø for September.", "Bodø", "planning"),
    ("When we reach Kirkenes next week we'll cross to the border.", "Kirkenes", "planning"),
    # wishlist
    ("If we ever get to Tromsø, we'll try to see the northern lights.", "Tromsø", "wishlist"),
    ("Svalbard is next on our list.", "Svalbard", "wishlist"),
    ("I'd really like to take the coastal ferry up to Kirkenes.", "Kirkenes", "wishlist"),
    ("Some day I want to drive the coast road past Kristiansund.", "Kristiansund", "wishlist"),
    ("Bergen has been on my wish list for years.", "Bergen", "wishlist"),
    ("We hope to see Lofoten when the kids are older.", "Lofoten", "wishlist"),
    ("Your photos make me want to go to Senja.", "Senja", "wishlist"),
    ("It would be a dream to see Svalbard in winter.", "Svalbard", "wishlist"),
    ("Next time we'll rent a car in Tromsø.", "Tromsø", "wishlist"),
    ("We're saving up for a trip to Japan.", "Japan", "wishlist"),
    ("Should we go to Bergen or Ålesund first?", "Bergen", "wishlist"),
    ("I haven't been to Stockholm yet, but I will.", "Stockholm", "wishlist"),
    ("Maybe one day we'll make it to Svalbard.", "Svalbard", "wishlist"),
    ("Iceland is high on our list for next year.", "Iceland", "wishlist"),
    ("I would love to spend a night in Røros someday.", "Røros", "wishlist"),
    ("We'd like to see Bergen on a future trip.", "Bergen", "wishlist"),
    ("Lofoten has been on our wishlist forever.", "Lofoten", "wishlist"),
    ("One of these days I'll get up to Hammerfest.", "Hammerfest", "wishlist"),
    ("I would so love to visit Tromsø during the polar night.", "Tromsø", "wishlist"),
    ("Hopefully we can fit Stavanger into a future trip.", "Stavanger", "wishlist"),
    ("I still haven't made it to Lisbon, but it's coming.", "Lisbon", "wishlist"),
    ("Dreaming of a summer in Lofoten.", "Lofoten", "wishlist"),
    # lives
    ("As someone who lives in Tromsø, I can confirm the winters are long.", "Tromsø", "lives"),
    ("My hometown Drammen gets overlooked by everyone.", "Drammen", "lives"),
    ("Back home in Stavanger it has been raining all week.", "Stavanger", "lives"),
    ("We moved to Trondheim last year and love it.", "Trondheim", "lives"),
    ("I was born in Narvik but now live in Oslo.", "Oslo", "lives"),
    ("Bergen, my home town, really is that wet.", "Bergen", "lives"),
    ("Living in Oslo, I rarely go north.", "Oslo", "lives"),
    ("I'm from Ålesund, so this made me smile.", "Ålesund", "lives"),
    ("Our flat is in Tromsø, right by the harbour.", "Tromsø", "lives"),
    ("We've been living in Lisbon since 2016.", "Lisbon", "lives"),
    ("I live just outside Bergen.", "Bergen", "lives"),
    ("We relocated to Stavanger for work two years ago.", "Stavanger", "lives"),
    ("I have called Trondheim home since university.", "Trondheim", "lives"),
    ("I've lived in Bergen all my life.", "Bergen", "lives"),
    ("Here in Stavanger the ferries run all year.", "Stavanger", "lives"),
    ("We live about an hour from Trondheim.", "Trondheim", "lives"),
    ("I'm based in Oslo and travel north every winter.", "Oslo", "lives"),
    ("We bought a house in Tromsø last year.", "Tromsø", "lives"),
    ("My home city, Drammen, gets no love from guidebooks.", "Drammen", "lives"),
    # mentioned
    ("I haven't been to Bergen.", "Bergen", "mentioned"),
    ("We never made it to Tromsø.", "Tromsø", "mentioned"),
    ("Is Ålesund worth a detour?", "Ålesund", "mentioned"),
    ("My friend says Bergen is lovely in May.", "Bergen", "mentioned"),
    ("She told us we should skip Oslo.", "Oslo", "mentioned"),
    ("Bergen gets a lot of rain.", "Bergen", "mentioned"),
    ("Have you ever been to Tromsø?", "Tromsø", "mentioned"),
    ("The train from Oslo to Bergen is supposed to be spectacular.", "Oslo", "mentioned"),
    ("Rather than Oslo, we chose Bergen.", "Oslo", "mentioned"),
    ("I've heard great things about Trondheim.", "Trondheim", "mentioned"),
    ("We didn't get to Ålesund this time, sadly.", "Ålesund", "mentioned"),
    ("We would have gone to Tromsø if the flights hadn't been cancelled.", "Tromsø", "mentioned"),
    ("My parents are flying to Oslo next week.", "Oslo", "mentioned"),
    ("None of us has been to Iceland.", "Iceland", "mentioned"),
    ("We'd planned to visit Bergen, but the trains were on strike.", "Bergen", "mentioned"),
    ("We skipped Oslo entirely.", "Oslo", "mentioned"),
    ("Trondheim is about 400 km north of Oslo.", "Oslo", "mentioned"),
    ("You must see Bergen in the autumn.", "Bergen", "mentioned"),
    ("We decided against Oslo because of the prices.", "Oslo", "mentioned"),
    ("Has anyone taken the ferry from Bergen to Kirkwall?", "Bergen", "mentioned"),
    ("My cousin lives in Tromsø and loves it.", "Tromsø", "mentioned"),
    ("Sadly we never got as far as Narvik.", "Narvik", "mentioned"),
    ("I don't think we'll manage Ålesund on this trip.", "Ålesund", "mentioned"),
]


@pytest.mark.parametrize(("sentence", "place", "expected"), EVALUATION)
def test_evaluation_set(english: Language, sentence: str, place: str, expected: str) -> None:
    assert relation(english, sentence, place) == expected


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
