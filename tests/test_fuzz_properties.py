"""Bounded property tests: any input gives reports or the project's InputError, and every export
of those reports parses back with its own format's parser (JSON, GeoJSON via ``geojson``, GPX via
``gpxpy`` and an XML parser; terminal and text outputs hold no control character from the
thread). The long run of the same harness is ``bench/fuzz.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from itinerary.pipeline import Analyzer

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from fuzz import PLACE_WORDS, SPECIALS, check_exports, through_everything

BOUNDED = settings(max_examples=25, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])
SUFFIXES = st.sampled_from((".txt", ".html", ".json", ".jsonl", ""))
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
