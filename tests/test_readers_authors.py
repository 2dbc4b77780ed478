"""Author lines: the person, the blog and the handle, and every form a reader may repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.readers import parse_author, read_threads
from itinerary.readers.formats import read_text

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.mark.parametrize(
    ("line", "name", "site", "handle"),
    [
        ("Howard | Backroad Planet", "Howard", "Backroad Planet", None),
        ("Howard|Backroad Planet", "Howard", "Backroad Planet", None),
        ("RaW (@rambleandwander)", "RaW", None, "rambleandwander"),
        ("Inna Blair (@innab)", "Inna Blair", None, "innab"),
        ("Tom @ Rail Rambles", "Tom", "Rail Rambles", None),
        ("Kit - The Long Way Round", "Kit", "The Long Way Round", None),
        ("@kit_travels", "kit_travels", None, "kit_travels"),
        ("Steve Clark", "Steve Clark", None, None),
        ("Anne-Marie", "Anne-Marie", None, None),
        ("Ana from Bergen", "Ana", None, None),
    ],
)
def test_author_line_is_split(line: str, name: str, site: str | None, handle: str | None) -> None:
    author = parse_author(line)
    assert (author.line, author.name, author.site, author.handle) == (line, name, site, handle)


def test_home_town_is_kept_apart_from_the_name() -> None:
    author = parse_author("Ana from Bergen")
    assert author.home == "Bergen"
    assert "Bergen" not in author.names and not any("Bergen" in n for n in author.names)
    assert "Ana" in author.names


def test_names_cover_each_form_a_reader_may_write() -> None:
    assert parse_author("Inna Blair (@innab)").names == {
        "Inna Blair (@innab)",
        "Inna Blair",
        "Inna",
        "Blair",
        "innab",
        "@innab",
    }
    assert parse_author("WanderingCarol").names == {"WanderingCarol", "Wandering", "Carol"}
    assert parse_author("RaW (@rambleandwander)").names == {
        "RaW (@rambleandwander)",
        "RaW",
        "rambleandwander",
        "@rambleandwander",
    }


def test_town_names_of_the_main_example_are_author_names() -> None:
    [thread] = read_threads(EXAMPLES / "norway-thread.txt")
    names = set().union(*(parse_author(a).names for a in thread.authors))
    assert {"Drew", "Sydney", "Howard", "Florence", "Clark", "Blair"} <= names
    assert not {"Bergen", "Oslo", "Trondheim", "Røros"} & names


def test_a_home_in_brackets_after_the_name() -> None:
    # A town and its region or country in brackets are the writer's home, not a handle.
    jo = parse_author("Jo (Bend, OR)")
    assert (jo.name, jo.home, jo.handle) == ("Jo", "Bend, OR", None)
    tom = parse_author("Tom Reyes (Leeds, UK)")
    assert (tom.name, tom.home) == ("Tom Reyes", "Leeds, UK")
    # One word in brackets stays what it was: a handle.
    assert parse_author("kim (kimtravels)").handle == "kimtravels"


@pytest.mark.parametrize("verb", ["says", "wrote"])
def test_a_theme_that_drops_the_colon_after_says_still_gives_the_bare_name(verb: str) -> None:
    """Some blog themes print "NAME says" or "NAME wrote" over the date, with no colon; a
    surname "Said" stays."""
    page = f"""A long weekend in Lisbon

Four days of trams, custard tarts and a day out to Sintra.

Leave a Reply

Joana Silva {verb}
May 4, 2025 at 9:20 am
Cascais is an easy train ride too, and the beach is right by the station.

Reply

Omar Said {verb}
May 5, 2025 at 6:02 pm
We did Sintra on a Sunday and regretted it, so go midweek.

Reply
"""
    thread = read_text(page)
    assert [s.author for s in thread.sections] == [None, "Joana Silva", "Omar Said"]
