"""Plain-text threads: the seed layout, "says:" / "said:" comments, a lone article, chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.readers import parse_text, read_threads

EXAMPLES = Path(__file__).parents[1] / "examples"
SEED = Path(__file__).parents[2] / "shared/seed/roros-day-trip-thread.txt"


def test_norway_example_sections_and_authors() -> None:
    [thread] = read_threads(EXAMPLES / "norway-thread.txt")
    assert [s.id for s in thread.sections] == ["post"] + [f"comment-{n}" for n in range(1, 9)]
    assert [s.author for s in thread.sections] == [
        None,
        "Drew",
        "Sydney",
        "Howard | Slow Road Notes",
        "Florence",
        "Marit (@northboundmarit)",
        "Clark",
        "Blair",
        "Ingrid",
    ]
    assert thread.source == str(EXAMPLES / "norway-thread.txt")


def test_norway_example_post_keeps_title_dateline_and_body() -> None:
    [thread] = read_threads(EXAMPLES / "norway-thread.txt")
    title = "Røros in a day: the copper town an easy train ride from Trondheim"
    assert thread.title == title
    assert thread.location == "Røros, Norway"
    assert thread.post.text.startswith(f"{title}\n\nRøros, Norway\n\nWe had three nights")
    chain = " \u2013 ".join(["Oslo airport", "Lillehammer", "Trondheim", "Alesund", "Bergen"])
    assert chain in thread.post.text
    assert thread.post.text.endswith("for the smaller cafés.")
    assert thread.post.author is None


def test_norway_example_comment_text_is_the_dedented_body() -> None:
    [thread] = read_threads(EXAMPLES / "norway-thread.txt")
    drew = thread.comments[0].text
    assert drew.startswith("Lovely write-up! I\u2019ve been to Oslo twice")
    assert drew.endswith("exactly the right moment.")
    for section in thread.comments:
        assert not section.text.startswith(" ")
        assert section.author and not section.text.startswith(section.author)
        assert "Leave a comment" not in section.text
    assert thread.comments[-1].text.startswith("Blair, it\u2019s roughly five hours")


def test_seed_thread_parses_to_post_and_ten_comments() -> None:
    if not SEED.exists():
        pytest.skip("seed thread not present")
    [thread] = read_threads(SEED)
    assert thread.title == "A day trip to Røros: Norway\u2019s historical mining town"
    assert thread.location == "Røros, Norway"
    assert thread.post.text == f"{thread.title}\n\nRøros, Norway"
    assert [s.author for s in thread.comments] == [
        "Drew",
        "savoredjourneys",
        "Howard | Backroad Planet",
        "Indrani",
        "RaW (@rambleandwander)",
        "WanderingCarol",
        "Natasha",
        "Melinda",
        "Steve Clark",
        "Inna Blair (@innab)",
    ]
    melinda = thread.comments[7].text
    assert melinda.count("\n\n") == 1  # two paragraphs, kept apart
    assert melinda.split("\n\n")[1].startswith("Thanks for your article")
    assert thread.comments[9].text.endswith("🙂")
    assert all("Leave a comment" not in s.text for s in thread.sections)


def test_says_and_said_comment_styles_with_dates() -> None:
    [thread] = read_threads(EXAMPLES / "skye-says.txt")
    assert thread.location == "Isle of Skye, Scotland"
    assert [(s.author, s.date) for s in thread.comments] == [
        ("Paisley", "2024-03-03"),
        ("Angus", "2024-03-04"),
        ("Shona Macleod", "2024-03-05"),
        ("Lewis", "2024-03-09"),
        ("Angus", "2024-03-09"),
    ]
    assert thread.comments[0].text.startswith("Great to see it done by bus!")
    assert thread.comments[1].text.startswith("The Mallaig line is wonderful.")
    assert thread.comments[4].text == "Lewis, Portree for the buses, without question."


def test_wordpress_text_chrome_is_dropped() -> None:
    [thread] = read_threads(EXAMPLES / "skye-says.txt")
    assert thread.post.text.endswith("then south to Edinburgh.")
    for section in thread.sections:
        assert "Reply" not in section.text
        assert "thoughts on" not in section.text
        assert "email address" not in section.text


def test_article_without_comments() -> None:
    [thread] = read_threads(EXAMPLES / "amalfi-article.txt")
    assert len(thread.sections) == 1
    assert thread.title == "Walking the Path of the Gods on the Amalfi Coast"
    assert thread.location is None  # the next paragraph is prose, not a dateline
    assert thread.post.text.count("\n\n") == 4
    assert thread.post.text.endswith("the train to Naples for our flight home.")


def test_numbered_list_in_a_post_is_not_a_comment() -> None:
    text = (
        "Our week in the Lakes\n\n"
        "The plan, day by day:\n\n"
        "1. Windermere\n"
        "2. Ambleside\n"
        "3. Keswick\n\n"
        "  1. Priya\n\n"
        "    We did the same loop and added Buttermere.\n"
    )
    thread = parse_text(text)
    assert "3. Keswick" in thread.post.text
    assert [(s.author, s.text) for s in thread.comments] == [
        ("Priya", "We did the same loop and added Buttermere.")
    ]


def test_numbering_must_count_up_to_be_a_comment() -> None:
    text = (
        "Tallinn notes\n\n"
        "  1. Marta\n\n"
        "    Tallinn old town is tiny.\n\n"
        "  7. Some heading\n\n"
        "    This still belongs to Marta's comment.\n"
    )
    thread = parse_text(text)
    assert len(thread.comments) == 1
    assert thread.comments[0].text.endswith("This still belongs to Marta's comment.")


def test_says_inside_a_paragraph_is_not_an_author_line() -> None:
    text = (
        "Dinner in Lyon\n\n"
        "Camille says:\n"
        "Best bouchon in Lyon is near Place Bellecour.\n"
        "and my guidebook says:\n"
        "go early.\n"
    )
    thread = parse_text(text)
    assert [s.author for s in thread.comments] == ["Camille"]
    assert thread.comments[0].text.endswith("and my guidebook says:\ngo early.")


def test_end_marker_under_the_title_does_not_cut_the_article() -> None:
    long_paragraph = "We walked from Porto to Vila Nova de Gaia across the upper deck. " * 3
    text = f"Porto in the rain\n\nLeave a comment\n\n{long_paragraph}\n"
    thread = parse_text(text)
    assert "Leave a comment" not in thread.post.text
    assert thread.post.text.endswith("across the upper deck.")


def test_form_after_the_end_marker_is_dropped() -> None:
    text = (
        "Sintra\n\nA day in Sintra.\n\n"
        "Ana says:\nLovely!\n\n"
        "Leave a Reply\n\nYour email address will not be published.\n\nName *\n"
    )
    thread = parse_text(text)
    assert thread.comments[0].text == "Lovely!"


def test_crlf_and_lf_read_the_same() -> None:
    text = (EXAMPLES / "norway-thread.txt").read_text(encoding="utf-8")
    assert parse_text(text.replace("\n", "\r\n")) == parse_text(text)


def test_date_line_under_a_numbered_author() -> None:
    text = "Ghent\n\nGhent, Belgium\n\n  1. Wout\n     12 May 2023\n\n    Ghent beats Bruges.\n"
    thread = parse_text(text)
    assert thread.location == "Ghent, Belgium"
    assert (thread.comments[0].author, thread.comments[0].date) == ("Wout", "2023-05-12")
    assert thread.comments[0].text == "Ghent beats Bruges."


def test_text_of_only_chrome_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^notes\.txt: no text"):
        parse_text("Leave a comment\n\nReply\n", "notes.txt")
