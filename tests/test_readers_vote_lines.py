"""A comment's score printed on a line of its own ("+3", "-1", "0", a minus sign too) between
one comment and the next writer's name, as self-hosted comment widgets and link aggregators
print it: never a writer."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def test_signed_scores_between_comments() -> None:
    page = (
        "Comments 3\nSort by Best\n"
        "Ilse Vermeer\n12 May 2025, 10:02\n"
        "The ferry from Split to Hvar was packed, book the early one.\nReply\n+4\n"
        "Marko Jurić\n12 May 2025, 11:47\n"
        "Or stay on Vis instead, the fort walk is quieter.\nReply\n\u22121\n"
        "Ilse Vermeer\n13 May 2025, 08:15\nVis it is.\nReply\n0\n"
    )
    writers = [s.author for s in read_text(page, "widget.txt").sections]
    assert writers == ["Ilse Vermeer", "Marko Jurić", "Ilse Vermeer"]


def test_scores_over_names_in_a_forum_copy() -> None:
    page = (
        "Best base for the Cinque Terre?\n\n"
        "-2\nbeppe_v\nJun 3, 2025\nLa Spezia, trains every twenty minutes.\n\n"
        "+7\nAnnika Roth\nJun 3, 2025\nWe stayed in Levanto and walked to Monterosso.\n\n"
        "+1\nbeppe_v\nJun 4, 2025\nLevanto is fair, the beach is better too.\n"
    )
    writers = [s.author for s in read_text(page, "forum.txt").sections if s.author]
    assert writers == ["beppe_v", "Annika Roth", "beppe_v"]
