"""Bounded property tests: any input gives reports or the project's InputError, and every export
of those reports parses back with its own format's parser (JSON, GeoJSON via ``geojson``, GPX via
``gpxpy`` and an XML parser; terminal and text outputs hold no control character from the
thread). The long run of the same harness is ``bench/fuzz.py``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from itinerary.nlp.context import sentence_window, stay_word_near
from itinerary.pipeline import Analyzer
from itinerary.trips.scan import LastBefore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from fuzz import PLACE_WORDS, SPECIALS, check_exports, through_everything

BOUNDED = settings(max_examples=25, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])
SUFFIXES = st.sampled_from((".txt", ".html", ".json", ".jsonl", ".xml", ".csv", ""))
# Thread-like text: letters, place names, cue phrases, and what hostile pages carry (escapes,
# bidi controls, zero-width and combining characters, markup).
TEXT = st.lists(st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SPECIALS),
                          st.sampled_from(PLACE_WORDS)), max_size=60).map("".join)


@pytest.fixture(scope="module")
def fast_analyzer(gazetteer: Gazetteer) -> Analyzer:
    """The gazetteer-only pass: the same readers, resolution, trips and exporters, fast."""
    return Analyzer(gazetteer=gazetteer, statistical=False)


@BOUNDED
@given(data=st.binary(max_size=1500), suffix=SUFFIXES)
def test_any_bytes_give_reports_or_an_input_error(
    data: bytes, suffix: str, fast_analyzer: Analyzer, tmp_path: Path
) -> None:
    assert through_everything(data, suffix, fast_analyzer, tmp_path) in ("report", "input_error")


@BOUNDED
@given(text=TEXT, suffix=SUFFIXES)
def test_any_text_gives_reports_or_an_input_error(
    text: str, suffix: str, fast_analyzer: Analyzer, tmp_path: Path
) -> None:
    data = text.encode()
    assert through_everything(data, suffix, fast_analyzer, tmp_path) in ("report", "input_error")


THREAD = st.fixed_dictionaries(
    {"post": TEXT},
    optional={"title": TEXT, "id": TEXT, "location": TEXT,
              "comments": st.lists(st.fixed_dictionaries({"author": st.one_of(st.none(), TEXT),
                                                          "text": TEXT}), max_size=4)},
)


@BOUNDED
@given(thread=THREAD)
def test_json_threads_with_hostile_strings_export_cleanly(
    thread: dict, fast_analyzer: Analyzer, tmp_path: Path
) -> None:
    data = json.dumps(thread).encode()
    assert through_everything(data, ".json", fast_analyzer, tmp_path) in ("report", "input_error")


@BOUNDED
@given(names=st.lists(TEXT, min_size=1, max_size=4))
def test_a_real_thread_with_hostile_authors_exports_cleanly(
    names: list[str], fast_analyzer: Analyzer
) -> None:
    from itinerary.models import Section, Thread

    comments = tuple(
        Section(id=f"comment-{i}", author=name,
                text="We drove from Oslo to Trondheim and then on to Røros.")
        for i, name in enumerate(names, 1)
    )
    post = Section(id="post", author=None, title=names[0], text="Two days in Bergen, Norway.")
    reports = list(fast_analyzer.analyze_many([Thread(sections=(post, *comments), source="-")]))
    assert reports[0].places  # the names around the hostile text are still found
    check_exports(reports)


# --- long inputs: each name, cue and stop costs the same however long the line ----------------
# (what the long fuzzing run found over its CPU ceiling; these assert what is found, not time)


def _analyze_file(analyzer: Analyzer, path: Path, data: str) -> Any:
    from itinerary.readers import read_threads

    path.write_text(data, encoding="utf-8")
    return analyzer.analyze(read_threads(path)[0])


def test_a_name_repeated_thousands_of_times_in_a_json_thread(
    fast_analyzer: Analyzer, tmp_path: Path
) -> None:
    report = _analyze_file(fast_analyzer, tmp_path / "t.json",
                           json.dumps({"post": "Two nights in " + ", ".join(["Røros"] * 3000)}))
    assert len(report.resolutions) == 3000
    assert len({r.place.id for r in report.resolutions if r.place is not None}) == 1


def test_a_long_route_sentence_keeps_every_stop(fast_analyzer: Analyzer, tmp_path: Path) -> None:
    # One sentence, 604 stops, each a different town from the one before it.
    text = ("We drove from Oslo to Lillehammer, then on to Trondheim, then on to Røros"
            + ", then on to Oslo, then on to Røros" * 300 + ".")
    report = _analyze_file(fast_analyzer, tmp_path / "t.txt", text)
    assert len(report.itineraries) == 1
    assert len(report.itineraries[0].stops) == 4 + 2 * 300


def test_a_day_trip_said_hundreds_of_times_is_one_day_trip(
    fast_analyzer: Analyzer, tmp_path: Path
) -> None:
    text = " ".join(["We stayed in Lisbon for three nights, with a day trip to Sintra;"] * 300)
    report = _analyze_file(fast_analyzer, tmp_path / "t.json", json.dumps({"post": text}))
    names = {r.place.id: r.place.name for r in report.resolutions if r.place is not None}
    assert [(names[t.base], names[t.destination]) for t in report.day_trips] == [
        ("Lisbon", "Sintra")]


CLAUSE_PIECES = ("We spent a week in Lisbon", ", and ", " a day trip to Sintra", " too", "; ",
                 ", and so is Cascais", " as well", " then ", "x" * 90, "  ", "\u2014")


@settings(max_examples=60, deadline=None, database=None)
@given(pieces=st.lists(st.sampled_from(CLAUSE_PIECES), max_size=40), data=st.data())
def test_reading_once_finds_what_reading_up_to_each_offset_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    # A pattern that looks ahead: ", and" opens a clause unless "too" follows it closely.
    pattern = re.compile(r",\s+and(?![^,.;!?]{1,30}\btoo\b)|;|\s\u2014\s")
    text = "".join(pieces)
    scan = LastBefore(pattern, text)
    for at in data.draw(st.lists(st.integers(0, len(text)), max_size=20)):
        expected = max((m.end() for m in pattern.finditer(text, 0, at)), default=0)
        assert scan.end(at) == expected


def test_the_window_around_a_name_stops_at_its_sentence(gazetteer_nlp: Any) -> None:
    doc = gazetteer_nlp("We left Oslo early. Bergen was our base for a week.")
    bergen = next(span for span in doc.spans["places"] if span.text == "Bergen")
    start, end = sentence_window(bergen, 4)
    assert doc[start:end].text == "Bergen was our base for"
    assert stay_word_near(bergen)


def test_a_writer_s_home_with_a_control_character_names_no_place(fast_analyzer: Analyzer) -> None:
    """What the property above once found: an author line "I live in<NEL>A<ESC>" gives a home
    the gazetteer refuses to look up; the profile names no place, and the thread still reads."""
    from itinerary.models import Section, Thread

    post = Section(id="post", author=None, text="Two days in Bergen, Norway.")
    comment = Section(id="comment-1", author="I live in\x85A\x1b",
                      text="We drove from Oslo to Trondheim and then on to Røros.")
    report = fast_analyzer.analyze(Thread(sections=(post, comment), source="-"))
    assert {"Bergen", "Oslo"} <= {p.place.name for p in report.places}
