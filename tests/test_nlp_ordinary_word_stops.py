"""A town named like an English word is a town where the words make it a stop and it is
written capitalised inside the sentence: "then Bled for three nights", "then Split for a
week"; and then in another section too, where it is capitalised inside its sentence ("Bohinj
beats Bled any day") or opens a sentence as its verb's subject ("Split is hot"). Elsewhere at a
sentence's start the capital says nothing, so the word stays a word there ("Bled early in the
morning"). Written for issue 10 in our own words."""

from __future__ import annotations

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

THREAD = """Alps to the Adriatic in September

We land in Vienna and rest two nights there, then Bled for three nights before heading south.
After that it's a long bus day, then Split for a week to do nothing at all.

Ingrid says:
May 2, 2026 at 8:14 am
Bled early in the morning sounds dreamy. Honestly Bohinj beats Bled any day. Split is
hot in September.
"""


def test_a_word_town_written_as_a_stop_is_placed(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "adriatic.txt"))
    placed = {(r.mention.section, r.mention.text) for r in report.resolutions}
    assert {("post", "Bled"), ("post", "Split"), ("post", "Vienna")} <= placed
    name = {p.place.id: p.place.name for p in report.places}
    names = [[name[stop] for stop in itinerary.stops] for itinerary in report.itineraries]
    assert ["Vienna", "Bled", "Split"] in names


def test_the_thread_s_word_town_is_a_town_inside_a_reply_s_sentence(analyzer: Analyzer) -> None:
    report = analyzer.analyze(read_text(THREAD, "adriatic.txt"))
    replied = [r.mention.text for r in report.resolutions if r.mention.author == "Ingrid"]
    assert replied.count("Bled") == 1  # "beats Bled", not the sentence's first word
    assert replied.count("Split") == 1  # "Split is hot": the subject of its verb


def test_a_word_town_opening_a_sentence_as_its_subject(analyzer: Analyzer) -> None:
    text = """Croatia in June

We fly into Zagreb on the 3rd and out of Dubrovnik on the 12th, with six nights between Split
and Hvar. Split looks easier for ferries, Hvar looks prettier. Hue was our last trip and it
rained.

Anouk says:
June 3, 2026 at 7:02 am
Split every time. Nice question though! Split has the better bus station and Bath towels
are never provided in the island flats.
"""
    report = analyzer.analyze(read_text(text, "islands.txt"))
    placed = [(r.mention.section, r.mention.text) for r in report.resolutions]
    assert ("post", "Split") in placed  # "between Split and Hvar"
    assert ("comment-1", "Split") in placed  # "Split has"
    assert not {"Nice", "Bath", "Hue"} & {text for _, text in placed}
