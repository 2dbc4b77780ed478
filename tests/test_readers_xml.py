"""XML files: a blog's whole export (WordPress, Blogger, Disqus) and feeds (RSS, Atom).

The files in tests/xml_exports/ and examples/formats/wordpress-export.xml are written for these
tests in the shapes the services export; each post is a thread of its own, with only the comments
a reader would see on the page.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import format_label, read_threads

FILES = Path(__file__).parent / "xml_exports"
EXPORT = Path(__file__).parents[1] / "examples" / "formats" / "wordpress-export.xml"


def _writers(thread: Thread) -> list[str | None]:
    return [section.author for section in thread.sections]


def _parent_author(thread: Thread, index: int) -> str | None:
    by_id = {section.id: section for section in thread.sections}
    parent = thread.sections[index].parent
    return by_id[parent].author if parent else None


def test_wordpress_export_gives_a_thread_per_published_post() -> None:
    coast, lake = read_threads(EXPORT)
    assert coast.title == "From Split to Kotor along the coast"
    assert lake.title == "Three days around Lake Ohrid"
    # The spam comment and the pingback are left out; menu items and attachments are no posts.
    assert _writers(coast) == ["mirela", "Tobias", "mirela", "Ines"]
    assert _writers(lake) == ["mirela", "Goran"]
    assert _parent_author(coast, 2) == "Tobias"  # the author's answer nests under it
    assert _parent_author(coast, 3) is None
    assert "Hvar, where we stayed two nights" in coast.post.text
    assert "<p>" not in coast.post.text and "wp:paragraph" not in coast.post.text
    assert coast.comments[0].date == "2025-05-07 18:22:10"
    assert {coast.format, lake.format} == {"wordpress-xml"}
    assert format_label(coast.format) == "WordPress export"


def test_disqus_export_hangs_each_comment_on_its_thread() -> None:
    flats, lake = read_threads(FILES / "disqus_export.xml")
    assert flats.title == "Four days on the Bolivian salt flats"
    assert _writers(flats) == ["Saskia Lund", "Bruno Salas", "Keiko"]
    assert _parent_author(flats, 2) == "Bruno Salas"
    # A comment marked spam and one marked deleted are not part of the conversation.
    assert _writers(lake) == ["Saskia Lund", "Rosa Quispe"]
    assert "Puno" in lake.comments[0].text
    assert not any("Cusco" in section.text for section in flats.sections)


def test_blogger_export_of_today_keeps_live_comments_of_posts() -> None:
    [thread] = read_threads(FILES / "blogger_takeout.atom")
    assert thread.title == "Slow train through Assam"
    assert _writers(thread) == ["Imogen Hart", "Devraj", "Nora"]  # a deleted comment is out
    assert "overnight train from Kolkata to Guwahati" in thread.post.text
    assert not any("Bristol" in section.text for section in thread.sections)  # a page, no post


def test_classic_blogger_export_skips_template_and_settings() -> None:
    [thread] = read_threads(FILES / "blogger_classic.xml")
    assert thread.title == "Over the sea to Skye"
    assert _writers(thread) == ["Owen Price", "Fiona", "Calum"]
    assert "Portree" in thread.post.text and "Three nights on Skye" in thread.post.text


def test_comment_feed_is_one_thread_of_its_items() -> None:
    [thread] = read_threads(FILES / "wp_comments.rss")
    assert _writers(thread) == [None, "Leandro", "Maren"]
    assert thread.comments[1].text == "Greetings from Horta on Faial! Pico is worth the ferry."
    assert thread.format == "rss-comments"


def test_posts_feed_gives_a_thread_per_entry() -> None:
    threads = read_threads(FILES / "posts_feed.atom")
    assert [t.title for t in threads] == ["Hopping the Dodecanese", "Winter in Crete"]
    assert [_writers(t) for t in threads] == [["Petros Vlahos"], ["Petros Vlahos"]]
    assert "Balos beach" in threads[1].post.text  # a summary when there is no content


def test_xml_of_no_known_shape_is_read_by_its_records() -> None:
    [thread] = read_threads(FILES / "forum_export.xml")
    assert _writers(thread) == ["Lise", "Henrik", "Aiko"]
    assert thread.format == "xml"
    assert format_label(thread.format) == "XML"


@pytest.mark.parametrize("suffix", [".txt", ""])
def test_xml_is_recognised_by_content(tmp_path: Path, suffix: str) -> None:
    copy = tmp_path / f"export{suffix}"
    copy.write_bytes((FILES / "disqus_export.xml").read_bytes())
    assert [t.format for t in read_threads(copy)] == ["disqus-xml", "disqus-xml"]


def test_undeclared_feed_is_xml_but_a_chat_line_in_brackets_is_not(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text('<rss version="2.0"><channel><title>Ferry notes</title><item><title>Naxos'
                    '</title><description>Two nights in Naxos town.</description></item>'
                    "</channel></rss>\n", "utf-8")
    [thread] = read_threads(feed)
    assert (thread.format, thread.title) == ("rss", "Naxos")
    log = tmp_path / "log.txt"
    log.write_text("<rss> has anyone taken the ferry to Naxos?\n<tomas> twice, from Piraeus\n",
                   "utf-8")
    [chat] = read_threads(log)
    assert chat.format not in ("rss", "xml")
    assert any("Piraeus" in section.text for section in chat.sections)


def test_xhtml_page_stays_a_web_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD '
                    'XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Evora</title></head>'
                    "<body><p>We stayed inside the walls of Evora for three nights.</p></body>"
                    "</html>\n", "utf-8")
    [thread] = read_threads(page)
    assert thread.format == "html"
    assert "inside the walls of Evora" in thread.post.text


def test_track_file_is_read_for_its_words(tmp_path: Path) -> None:
    track = tmp_path / "ride.gpx.xml"
    track.write_text('<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/'
                     'GPX/1/1"><trk><name>Sintra to Cabo da Roca</name><trkseg><trkpt lat="38.79"'
                     ' lon="-9.39"/></trkseg></trk></gpx>\n', "utf-8")
    [thread] = read_threads(track)
    assert "Sintra to Cabo da Roca" in thread.post.text


def test_malformed_xml_is_read_as_a_page_with_a_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<rss><channel><item><title>Madeira in May</title>'
                      "</channel></rss>\n", "utf-8")
    [thread] = read_threads(broken)
    assert "Madeira in May" in thread.post.text
    [warning] = thread.warnings
    assert warning.startswith("malformed XML at line 2, column ")
    with pytest.raises(InputError, match=r"broken\.xml: malformed XML at line 2, column \d+: "
                                         "mismatched tag"):
        read_threads(broken, "xml")


def test_entities_are_never_expanded(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "Lisbon"><!ENTITY b '
                    '"&a;&a;&a;&a;">]>\n<rss><channel><item><title>&b;</title></item></channel>'
                    "</rss>\n", "utf-8")
    [thread] = read_threads(bomb)
    assert not any("LisbonLisbon" in section.text for section in thread.sections)
    assert thread.warnings == ("the XML declares entities, which are not read; read as a page",)


def test_folder_of_exports_is_searched_for_xml(tmp_path: Path) -> None:
    (tmp_path / "blog.xml").write_bytes((FILES / "blogger_takeout.atom").read_bytes())
    [thread] = read_threads(tmp_path)
    assert thread.title == "Slow train through Assam"


def test_cli_reports_each_post_of_an_export() -> None:
    done = subprocess.run([sys.executable, "-m", "itinerary", "analyze", "--no-model",
                           str(EXPORT), "--format", "json"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    reports = json.loads(done.stdout)
    assert [r["title"] for r in reports] == ["From Split to Kotor along the coast",
                                             "Three days around Lake Ohrid"]
    assert {r["format"] for r in reports} == {"wordpress-xml"}


def test_cli_forced_xml_on_broken_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text("<feed><entry><title>Azores</entry></feed>\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "itinerary", "analyze", "--no-model",
                           str(broken), "--input-format", "xml"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "malformed XML at line 1" in done.stderr and "Traceback" not in done.stderr
