"""Tables: CSV and TSV with a header row, as chat apps, scrapers and spreadsheets hand them over.

The files in tests/table_exports/ and examples/formats/chat-history.csv are written for these
tests; each row is one message or comment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import format_label, read_threads

FILES = Path(__file__).parent / "table_exports"
HISTORY = Path(__file__).parents[1] / "examples" / "formats" / "chat-history.csv"


def _writers(thread: Thread) -> list[str | None]:
    return [section.author for section in thread.sections]


def test_chat_history_is_a_thread_of_its_rows() -> None:
    [thread] = read_threads(HISTORY)
    assert _writers(thread) == ["kestrel#0001", "mapache", "Ines V", "mapache"]
    assert "Puerto Montt" in thread.post.text
    assert thread.comments[0].date == "2025-02-03"
    assert thread.format == "csv" and format_label(thread.format) == "table (CSV)"


def test_date_and_time_columns_and_a_named_sender() -> None:
    [thread] = read_threads(FILES / "chat_backup.csv")
    assert _writers(thread) == ["Joana Reis", "Pedro", "Joana Reis", "Marta"]
    assert thread.comments[2].text == "I'm from Machico so I can show you around the east"
    assert all(section.date for section in thread.sections)


def test_rows_about_several_posts_give_a_thread_each() -> None:
    vietnam, dolomites = read_threads(FILES / "scraped_comments.csv")
    assert vietnam.post.text == "Two weeks in Vietnam: too rushed?"
    assert _writers(vietnam) == [None, "lanternfish", "mekong_mai", "bao_b"]
    # a reply to a comment nests under it; a reply to the post does not nest under a comment
    assert [s.parent for s in vietnam.comments] == [None, "comment-1", None]
    assert _writers(dolomites) == [None, "alpenrosa", "tomasz_k"]
    assert [s.parent for s in dolomites.comments] == [None, None]
    assert vietnam.comments[0].date == "2024-05-29"  # seconds since 1970 in a text cell


def test_tab_separated_sheet() -> None:
    [thread] = read_threads(FILES / "sheet.tsv")
    assert _writers(thread) == ["Aisha", "Theo", "Karim"]
    assert "Essaouira" in thread.post.text


def test_table_without_writers_is_read_for_its_words() -> None:
    [thread] = read_threads(FILES / "itinerary_table.csv")
    assert "Reynisfjara" in thread.post.text and thread.comments == ()
    assert thread.warnings


def test_table_is_recognised_without_its_suffix(tmp_path: Path) -> None:
    copy = tmp_path / "history.txt"
    copy.write_bytes((FILES / "chat_backup.csv").read_bytes())
    [thread] = read_threads(copy)
    assert thread.format == "csv"


@pytest.mark.parametrize("text", [
    "Bergen, Norway\n\nWe took the train from Oslo, then the ferry, then a bus.\n"
    "Next day: Flåm.\n",
    "12/03/2025, 10:15 - Ana: off to Porto, anyone?\n12/03/2025, 10:16 - Rui: yes, me\n"
    "12/03/2025, 10:20 - Ana: great, see you there\n",
    "| Day | Place |\n|---|---|\n| 1 | Lisbon |\n| 2 | Sintra |\n",
    "Ana\tHi all, we are going to Porto in May\nRui\tNice, stay in Ribeira\n"
    "Ana\tWill do, and Braga for a day\n",
])
def test_text_with_commas_or_bars_is_no_table(tmp_path: Path, text: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    [thread] = read_threads(page)
    assert thread.format != "csv"


def test_semicolon_table_from_a_spreadsheet(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    table.write_text("Autor;Datum;Kommentar\nLena;2025-07-01;Wir waren drei Tage in Triest.\n"
                     "Jakob;2025-07-02;Von Triest nach Piran fährt ein Bus.\n", "utf-8")
    [thread] = read_threads(table)
    assert _writers(thread) == ["Lena", "Jakob"]


def test_comma_nobody_quoted_stays_in_the_words(tmp_path: Path) -> None:
    table = tmp_path / "hand.csv"
    table.write_text("Name,Comment\nAna,We went to Faro\nRui,Lagos is better, and Sagres too\n",
                     "utf-8")
    [thread] = read_threads(table)
    assert thread.comments[0].text == "Lagos is better, and Sagres too"


def test_header_alone_is_one_clear_line(tmp_path: Path) -> None:
    table = tmp_path / "empty.csv"
    table.write_text("author,date,text\n", "utf-8")
    with pytest.raises(InputError, match=r"empty\.csv: a table needs a header row and rows"):
        read_threads(table)
    done = subprocess.run([sys.executable, "-m", "itinerary", "analyze", "--no-model",
                           str(table)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
