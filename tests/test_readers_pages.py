"""Saved thread pages and API dumps of sites no reader was written for, and of those it was:
Stack Exchange, a Tripadvisor-style forum, LiveJournal, Squarespace, Invision, Flarum, a
Talk board, vBulletin 5, a WordPress block theme, Hacker News, Lemmy and YouTube pages, old and
new Reddit, phpBB, XenForo; NodeBB, Discourse, Hacker News, Bluesky and Telegram JSON, Reddit
and comment dumps in JSON Lines; and a blog post, an archive page and two JSON files that are
no thread of comments. Samples and labels are in tests/readers_pages (labels written before the
readers ran): every page must split into the post and its comments with the right writers,
replies under the comment they answer, and no menu, sidebar, quote or button in a section."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import read_threads
from itinerary.readers.html import parse_html

PAGES = Path(__file__).parent / "readers_pages"
SAMPLES = sorted(p.name.split(".")[0] for p in PAGES.glob("*.labels.json"))


def _sample(name: str) -> tuple[Path, dict[str, Any]]:
    path = next(p for p in PAGES.iterdir()
                if p.name.startswith(f"{name}.") and ".labels." not in p.name)
    return path, json.loads((PAGES / f"{name}.labels.json").read_text("utf-8"))


def _parents(thread: Thread) -> list[int | None]:
    """Each comment's parent as the 1-based number of the comment it answers."""
    number = {s.id: n for n, s in enumerate(thread.sections[1:], start=1)}
    return [number[s.parent] if s.parent else None for s in thread.sections[1:]]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_splits_as_labelled(name: str) -> None:
    path, label = _sample(name)
    if label.get("no_comment_thread"):
        try:
            threads = read_threads(path)
        except InputError:
            return
        assert all(not t.comments for t in threads), [t.format for t in threads]
        return
    (thread,) = read_threads(path)
    post, comments = thread.sections[0], thread.sections[1:]
    writer, words = label["post"]
    assert post.author == writer
    assert words in post.text
    assert [s.author for s in comments] == [c[0] for c in label["comments"]]
    assert _parents(thread) == [c[1] for c in label["comments"]]
    for section, (_, _, said) in zip(comments, label["comments"], strict=True):
        assert said in section.text


PAGE_CHROME = ("Accept", "cookies", "Reply", "Share", "Log in", "You may also like",
               "Similar", "Related", "Popular posts", "Powered by", "Privacy")


@pytest.mark.parametrize("name", [n for n in SAMPLES if (PAGES / f"{n}.html").exists()])
def test_no_chrome_in_any_section(name: str) -> None:
    (thread,) = read_threads(PAGES / f"{name}.html")
    for section in thread.sections:
        for line in section.text.split("\n"):
            assert not any(line.strip().startswith(word) for word in PAGE_CHROME), (
                section.id, line)


def test_quoted_words_stay_with_their_writer() -> None:
    """A reply quoting the comment before it keeps only its own words."""
    (forum,) = read_threads(PAGES / "tripadvisor.html")
    assert "buses up there are full" not in forum.sections[2].text
    (board,) = read_threads(PAGES / "vbulletin5.html")
    assert "Originally posted" not in board.sections[2].text
    (ips,) = read_threads(PAGES / "invision.html")
    assert ips.sections[2].text.startswith("Agreed")


def test_flat_comments_nest_by_their_indent() -> None:
    """LiveJournal lays every comment out at one depth and indents replies with a margin."""
    page = """<html><body><article class="entry"><span class="author">vera</span>
    <div class="entry-content"><p>Tallinn, then the ferry to Helsinki.</p></div></article>
    <div class="thread">
    <div style="margin-left:0px"><div class="c"><span class="username">ott</span>
      <div class="text">Stay in Kalamaja.</div></div></div>
    <div style="margin-left:25px"><div class="c"><span class="username">vera</span>
      <div class="text">Noted, thanks.</div></div></div>
    <div style="margin-left:0px"><div class="c"><span class="username">liis</span>
      <div class="text">Take the early Tallink boat.</div></div></div>
    </div></body></html>"""
    thread = parse_html(page, "lj.html")
    assert [s.author for s in thread.sections] == ["vera", "ott", "vera", "liis"]
    assert _parents(thread) == [None, 1, None]


def test_cards_of_other_articles_are_no_comments() -> None:
    """A blog post with a "more posts" grid of bylines and excerpts is one post, written by
    the author its JSON-LD names."""
    (thread,) = read_threads(PAGES / "blog_no_comments.html")
    assert len(thread.sections) == 1
    assert thread.sections[0].author == "Colm Reid"
    assert "Zagreb" not in thread.sections[0].text


def test_one_writer_is_no_thread() -> None:
    """Three bylines of one writer (an author's archive page) are not a conversation."""
    page = "<html><body>" + "".join(
        f'<div class="item"><span class="author">Ana</span><div class="content">'
        f"<p>Day {n} in Porto.</p></div></div>" for n in range(3)) + "</body></html>"
    assert parse_html(page, "a.html").comments == ()


def test_a_writers_home_shown_once_holds_for_their_posts() -> None:
    (thread,) = read_threads(PAGES / "invision.html")
    assert [s.home for s in thread.sections] == ["Trondheim", None, None, "Trondheim"]
    (forum,) = read_threads(PAGES / "tripadvisor.html")
    assert forum.sections[1].home == "Salerno, Italy"


def test_comment_ids_of_their_own_key_link_replies(tmp_path: Path) -> None:
    lines = [
        {"comment_id": 10, "parent_id": None, "user": "rosa", "message": "Lofoten in March?"},
        {"comment_id": 11, "parent_id": 10, "user": "nils", "message": "Stay in Reine."},
        {"comment_id": 12, "parent_id": 11, "user": "rosa", "message": "Or Hamnøy?"},
        {"comment_id": 13, "parent_id": 10, "user": "eli", "message": "Henningsvær too."}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    (thread,) = read_threads(path)
    assert _parents(thread) == [None, 1, None]


def test_names_of_things_are_no_writers(tmp_path: Path) -> None:
    """Records whose only "writer" is a product's or a setting's name, each different and
    undated, are no comments: their words are one post without a writer; the same records
    with dates are a thread."""
    items = [{"name": f"Stove {n}", "content": f"Boils a litre in {n} minutes."}
             for n in range(2, 6)]
    path = tmp_path / "shop.json"
    path.write_text(json.dumps({"items": items}), "utf-8")
    (words,) = read_threads(path)
    assert words.format == "json-prose" and not words.comments and words.post.author is None
    dated = [{**item, "created_at": f"2026-05-0{n}T10:00:00Z"} for n, item in
             enumerate(items, start=1)]
    path.write_text(json.dumps({"items": dated}), "utf-8")
    (thread,) = read_threads(path)
    assert thread.format == "json-comments" and len(thread.comments) == 3
