"""Saved HTML pages: WordPress comment markup, nesting, chrome removal, pages without a theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import parse_html, read_threads

EXAMPLES = Path(__file__).parents[1] / "examples"

GENERIC_PAGE = """<!doctype html>
<html><head><title>A slow morning in Ljubljana | Railway Notebook</title></head>
<body>
<header><a href="/">Railway Notebook</a>
<nav><a href="/prague">Prague guide</a> <a href="/vienna">Vienna guide</a></nav></header>
<main>
<h1>A slow morning in Ljubljana</h1>
<p>The first train from Zagreb reached Ljubljana a little after nine, and the old town was still
quiet enough to hear the river. We left our bags at the station and walked up to the castle before
the cafés along the embankment had put their chairs out.</p>
<p>From the castle terrace you can see the Kamnik Alps on a clear day. We came down by the
funicular, crossed the Triple Bridge and spent an hour in the central market buying cheese and
dried figs for the afternoon train to Bled.</p>
</main>
<footer>Newsletter: weekend deals to Budapest and Krakow.</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def tuscany() -> Thread:
    [thread] = read_threads(EXAMPLES / "tuscany-wordpress.html")
    return thread


def test_wordpress_comments_authors_dates_and_nesting(tuscany: Thread) -> None:
    assert [(s.id, s.author, s.parent) for s in tuscany.comments] == [
        ("comment-1", "Georgia", None),
        ("comment-2", "Chiara", "comment-1"),
        ("comment-3", "Tom @ Rail Rambles", None),
        ("comment-4", "Jordan", None),
    ]
    assert tuscany.comments[0].date == "2024-04-19"
    assert tuscany.comments[0].text == (
        "This is so useful. We are going to Florence in September and I had assumed we would "
        "need a car for Siena.\n\nDid you book the buses in advance?"
    )
    assert tuscany.comments[3].text == (
        "I live in Arezzo and it\u2019s just an hour from Florence by train \u2013 an easy day "
        "trip that most visitors skip."
    )


def test_wordpress_post_title_body_and_date(tuscany: Thread) -> None:
    post = tuscany.post
    assert post.title == "Five days in Tuscany by train and bus"
    assert post.text.startswith(
        "Five days in Tuscany by train and bus\n\nTuscany has a reputation as a place"
    )
    assert "\n\nSiena and San Gimignano\n\n" in post.text  # a subheading is its own paragraph
    assert post.text.endswith("Worth it for the views across the Val d\u2019Orcia, and the wine.")
    assert post.date == "2024-04-18"


@pytest.mark.parametrize(
    "chrome",
    [
        "Slow Trains South",  # site title
        "Portugal",  # navigation
        "Lisbon",  # sidebar
        "Bologna",  # sidebar "about me"
        "Madrid",  # footer
        "Share this",
        "Facebook",
        "Posted in",
        "Leave a Reply",
        "Post Comment",
        "thoughts on",
        "Reply",
        "says:",
    ],
)
def test_wordpress_chrome_never_reaches_a_section(tuscany: Thread, chrome: str) -> None:
    assert all(chrome not in section.text for section in tuscany.sections)


def test_page_without_theme_markup_uses_the_extractor() -> None:
    thread = parse_html(GENERIC_PAGE, "ljubljana.html")
    assert thread.title == "A slow morning in Ljubljana"
    assert thread.post.text.startswith("A slow morning in Ljubljana\n\nThe first train from Zagreb")
    assert "afternoon train to Bled." in thread.post.text
    for chrome in ("Prague", "Vienna", "Budapest", "Railway Notebook"):
        assert chrome not in thread.post.text
    assert thread.comments == ()


def test_older_theme_comment_without_content_wrapper() -> None:
    html = """<html><body><article><div class="entry-content"><p>Bruges by bike.</p></div>
    </article><ol class="commentlist"><li class="comment"><div class="comment-body">
    <div class="comment-author vcard"><cite class="fn">Pieter</cite> <span class="says">says:</span>
    </div><div class="comment-meta commentmetadata"><a href="#c1">June 2, 2022 at 8:00 am</a></div>
    <p>Damme is a lovely ride<br>along the canal from Bruges.</p>
    <div class="reply"><a class="comment-reply-link">Reply</a></div></div></li>
    <li class="pingback"><div class="comment-body">Pingback: some other blog</div></li></ol>
    </body></html>"""
    thread = parse_html(html)
    assert thread.post.text == "Bruges by bike."
    assert [(s.author, s.date, s.text) for s in thread.comments] == [
        (
            "Pieter",
            "2022-06-02",
            "Damme is a lovely ride\nalong the canal from Bruges.",
        )
    ]


def test_malformed_html_is_still_read() -> None:
    thread = parse_html("<html><body><p>Unclosed <b>tags near Oslo<p>and Bergen", "broken.html")
    assert thread.post.text == "Unclosed tags near Oslo\n\nand Bergen"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>",
    ],
)
def test_html_with_no_content_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError, match=r"^page\.html: no readable content in the HTML$"):
        parse_html(html, "page.html")
