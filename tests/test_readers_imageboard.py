"""Imageboard threads copied as text (a travel board, or an archive of one): every post's header
is the name (mostly "Anonymous"), the time and the post's number ("No.5512034"), on one line with
no separator or as the name over the time; a glued weekday ("04/09/25(Wed)") is part of the
date; reply links (">>5512034"), "Quoted By:" lines and the file line are no one's words. Every
post is a section."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def test_board_copy_headers_on_one_line() -> None:
    page = (
        "/trv/ - Travel\n[Home] [Catalog] [Archive]\n"
        "Anonymous 04/09/25(Wed)18:02:11 No.5512034▶\n"
        "File: fjord.jpg (840 KB, 1600x1067)\n"
        "Norway in June on a budget, Bergen or Stavanger as a base?\n"
        "Anonymous 04/09/25(Wed)18:10:45 No.5512040▶\n"
        ">>5512034\nBergen, then the Flam railway and back by boat.\n"
        "Anonymous 04/09/25(Wed)18:31:02 No.5512057▶\n"
        ">>5512040\nSeconding this, we did it in a day last summer.\n"
    )
    thread = read_text(page, "board.txt")
    assert [s.author for s in thread.sections] == ["Anonymous"] * 3
    assert thread.sections[0].date == "2025-04-09"
    assert thread.sections[1].text == "Bergen, then the Flam railway and back by boat."
    assert "fjord.jpg" not in thread.sections[0].text


def test_archive_copy_name_over_numbered_date() -> None:
    page = (
        "/trv/ - Travel » Thread #881204\n"
        "Anonymous\nMon 02 Jun 2025 21:40:10 No.881204\nReport\n"
        "Quoted By: >>881219\n"
        "Two weeks in Vietnam, north to south or the other way round?\n"
        "Anonymous\nMon 02 Jun 2025 21:55:31 No.881219\nReport\n"
        ">>881204\nStart in Hanoi, finish in Saigon, the weather works out better.\n"
        "Anonymous\nMon 02 Jun 2025 22:07:48 No.881230\nReport\n"
        "Hoi An deserves three nights whatever you do.\n"
    )
    thread = read_text(page, "archive.txt")
    assert len(thread.sections) == 3
    assert thread.sections[1].text.startswith("Start in Hanoi")
    assert "Quoted By" not in thread.sections[0].text
    assert [s.date for s in thread.sections] == ["2025-06-02"] * 3
