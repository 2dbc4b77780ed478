"""The reader edge: Reddit's listing JSON, content sniffing, and input that must not crash what
comes after (lone surrogates, control characters, huge numbers, non-text files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.readers import read_threads
from itinerary.readers.dates import iso_date
from itinerary.readers.detect import sniff

FORMATS = Path(__file__).resolve().parent.parent / "examples" / "formats"


def test_reddit_listing_json_keeps_the_reply_tree_and_skips_more_stubs() -> None:
    [thread] = read_threads(FORMATS / "reddit.json")
    assert thread.format == "reddit-json"
    assert thread.title == "Ferry or bridge to the Lofoten?"
    assert [(s.author, s.parent) for s in thread.sections] == [
        ("fjord_finch", None), ("svolvaer_sven", None), ("fjord_finch", "comment-1"),
        ("narvik_nora", None)]
    assert thread.comments[0].text.startswith("Take the ferry")  # body, not body_html
    assert thread.comments[0].date == "2023-08-25"
    assert any('"more"' in w for w in thread.warnings)


def test_a_listing_without_its_comment_tree_reads_the_post_and_says_so(tmp_path: Path) -> None:
    doc = json.loads((FORMATS / "reddit.json").read_text("utf-8"))
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(doc[:1]), "utf-8")
    [thread] = read_threads(path)
    assert thread.comments == ()
    assert any("no comment tree" in w for w in thread.warnings)


@pytest.mark.parametrize(("text", "expected"), [
    ("<!DOCTYPE html><html><body><p>Oslo</p></body></html>", "html"),
    ("Copied from my browser:\n<html><body><p>Oslo</p></body></html>", "html"),
    ("<div><p>a</p></div><div><p>b</p></div><p>c</p>", "html"),
    ('{"post": "Oslo"}', "json"),
    ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("[\u2013]fjord_finch 5 points 2 years ago\nTake the ferry.", "text"),
    ("I <3 Oslo and Bergen.", "text"),
])
def test_content_decides_the_format(text: str, expected: str) -> None:
    assert sniff(text) == expected


def test_html_in_a_txt_file_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes((FORMATS / "blogger-page.html").read_bytes())
    [thread] = read_threads(path)
    assert thread.format == "html"
    assert [s.author for s in thread.comments] == ["Kalle", "Tove", "Wren"]


def test_lone_surrogates_and_control_characters_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "thread.json"
    path.write_text('{"post": "Oslo \\ud800 by\\u0000 tram\\u001b[31m", "comments": '
                    '[{"author": "Ana\\u0007", "text": "Bergen\\u0085 too"}]}', "utf-8")
    [thread] = read_threads(path)
    assert thread.post.text == "Oslo \ufffd by tram[31m"
    assert thread.comments[0].author == "Ana"
    assert thread.comments[0].text == "Bergen too"
    json.dumps([s.text for s in thread.sections]).encode("utf-8")  # no surrogate left


def test_a_number_too_long_for_python_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "thread.json"
    path.write_text('{"post": "Oslo", "id": ' + "9" * 5000 + "}", "utf-8")
    with pytest.raises(InputError, match="unreadable JSON value"):
        read_threads(path)
    lines = tmp_path / "threads.jsonl"
    lines.write_text('{"text": "Oslo", "id": ' + "9" * 5000 + "}\n", "utf-8")
    with pytest.raises(InputError, match=r"threads.jsonl:1: unreadable JSON value"):
        read_threads(lines)


@pytest.mark.parametrize(("text", "captured", "expected"), [
    ("July 11, 2015 at 2:03 AM", None, "2015-07-11"),
    ("Tue Oct 15, 2019 9:12 pm", None, "2019-10-15"),
    ("Jul 15 '25", None, "2025-07-15"),
    ("02 March 2009 at 10:12", None, "2009-03-02"),
    ("3y", "2026-05-01", "2023-05-01"),
    ("2 years ago", "2026-05-01", "2024-05-01"),
    ("29d", "2026-05-30", "2026-05-01"),
    ("2 years ago", None, None),
    ("Oct 14", None, None),  # no year: not a date we can place
    ("Reply", None, None),
])
def test_comment_dates_to_iso(text: str, captured: str | None, expected: str | None) -> None:
    assert iso_date(text, captured) == expected


def test_a_saved_page_without_comment_markup_is_read_through_its_text(tmp_path: Path) -> None:
    path = tmp_path / "reddit.html"
    path.write_text(
        "<html><body><div class='side'><p>about this subreddit</p></div>"
        "<p>Three days in Lisbon? (self.travel)</p><p>submitted 2 years ago by tram28</p>"
        "<div class='md'><p>Is three days enough for Lisbon and Sintra?</p></div>"
        "<p>12 comments share save hide report</p>"
        "<div><p>[\u2013]alfama_al 10 points 2 years ago</p><p>Give Sintra a full day.</p>"
        "<p>permalink embed save report reply</p></div>"
        "<div><p>[\u2013]belem_bo 4 points 2 years ago</p><p>Add Belém for the pastries.</p>"
        "</div></body></html>", "utf-8")
    [thread] = read_threads(path)
    assert thread.format == "reddit-old"
    assert [s.author for s in thread.sections] == ["tram28", "alfama_al", "belem_bo"]
    assert thread.comments[1].text == "Add Belém for the pastries."


def test_a_text_copy_with_a_few_tags_in_it_still_splits(tmp_path: Path) -> None:
    text = (FORMATS / "disqus.txt").read_text("utf-8").replace(
        "the whole bay.", "the <a>whole</a> <b>bay</b>. <a>1</a> <a>2</a> <a>3</a> <a>4</a>")
    path = tmp_path / "copy.txt"
    path.write_text(text, "utf-8")
    [thread] = read_threads(path)
    assert (thread.format, len(thread.comments)) == ("disqus", 4)
