"""The readers summary lists a person only where the page surely shows who wrote the words: a
blog that names no post writer still answers as its host ("Thanks for reading, Ines!"), and a
comment the reader left holding another writer's name on a line of its own holds others' words
(a group's name read as the first writer, the post and a reply under it)."""

from __future__ import annotations

from pathlib import Path

from summary_lines import summary_of_page

from itinerary.pipeline import Analyzer


def test_the_hosts_replies_on_a_page_without_a_byline_are_not_a_readers(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "A slow week on the Amalfi Coast\n\n"
        "We based ourselves in Positano, took the bus along the cliffs to Amalfi and walked"
        " the Path of the Gods from Bomerano.\n\n"
        "4 thoughts on \"A slow week on the Amalfi Coast\"\n\n"
        "Ines Duarte says:\nMay 4, 2024 at 9:10 am\n"
        "We stayed in Sorrento in 2021 and took the ferry to Capri from there.\nReply\n\n"
        "    Coast and Crumbs says:\n    May 4, 2024 at 1:22 pm\n"
        "    Thanks for reading, Ines! We spent two nights in Ravello on our first trip and"
        " loved the gardens.\n    Reply\n\n"
        "Tobias Lind says:\nMay 5, 2024 at 7:45 am\n"
        "We're flying to Naples in June and heading straight for Procida.\nReply\n\n"
        "    Coast and Crumbs says:\n    May 5, 2024 at 8:30 am\n"
        "    Glad the post helped, Tobias! We went to Ischia years ago, take the early boat.\n"
        "    Reply\n"))
    assert summary["Sorrento"] == {"visited": {"Ines Duarte"}}
    assert summary["Naples"] == {"planning": {"Tobias Lind"}}
    assert "Ravello" not in summary and "Ischia" not in summary


def test_a_comment_holding_another_writers_name_on_its_own_line_lists_nobody(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "Slovenia Road Trips\nPublic group \u00b7 31K members\n\n"
        "Maja Novak\nAuthor\nAdmin \u00b7 2d\n"
        "Back from five days in the Julian Alps! We stayed in Kranjska Gora, drove the"
        " Vr\u0161i\u010d pass down to Bovec and rafted the So\u010da at Kobarid.\n"
        "Like \u00b7 Comment\n\n"
        "Erik Holm\nWe hiked around Bohinj last September, the lake was empty at dawn.\n"
        "Like \u00b7 Reply \u00b7 2d\n\n"
        "Maja Novak\nAuthor\nErik Holm Bohinj is my favourite too.\nLike \u00b7 Reply \u00b7 2d\n\n"
        "Sara Kos\nWe're driving to Piran in July for the sea.\nLike \u00b7 Reply \u00b7 1d\n"))
    assert not any("Slovenia Road Trips" in readers for by_relation in summary.values()
                   for readers in by_relation.values())
    assert summary["Piran"] == {"planning": {"Sara Kos"}}


def test_a_place_the_writer_never_reached_is_no_trip(analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[02/09/2025, 18:00:00] Oskar: Portugal recap: Lisbon, Sintra, then the coast to Faro\n"
        "[02/09/2025, 18:04:10] Vera: We never made it to Sagres because of the storm, but we"
        " did Silves and the caves at Benagil on a boat day from Portim\u00e3o.\n"
        "[02/09/2025, 18:09:02] Ana: we missed \u00d3bidos because of the fog. We spent a week in"
        " Ericeira surfing\n"))
    assert "Sagres" not in summary and "\u00d3bidos" not in summary
    assert summary["Silves"] == {"visited": {"Vera"}}
    assert summary["Ericeira"] == {"visited": {"Ana"}}


def test_a_yes_that_tells_the_asker_to_go_is_no_visit(analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "Autumn in Transylvania: Brasov and the painted monasteries\n\nPosted by Dana Pop\n\n"
        "We based ourselves in Brasov for four nights and drove out to Bran and Rasnov.\n\n"
        "3 comments:\n\n"
        "Hugo Meyer said...\nHas anyone been to Sibiu in October? Is it worth the drive?\n"
        "October 2, 2024 at 8:00 AM\n\n"
        "    Irina Stan said...\n    Yes, you should! The Christmas market starts early.\n"
        "    October 2, 2024 at 9:10 AM\n\n"
        "    Paul Weber said...\n    Yes, twice. The old town squares are wonderful.\n"
        "    October 2, 2024 at 10:20 AM\n"))
    assert summary["Sibiu"]["visited"] == {"Paul Weber"}


def test_a_yes_on_a_flat_page_answers_the_question_a_comment_or_two_back(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[11/03/2025, 19:00:00] Ruth: Wales recap: Cardiff, then the Gower and up to Snowdonia\n"
        "[11/03/2025, 19:02:14] Ben: has anyone been to Tenby? worth a night?\n"
        "[11/03/2025, 19:03:40] Cara: love this, saving it\n"
        "[11/03/2025, 19:05:02] Dev: yes! we went at Easter, the harbour is so pretty\n"))
    assert summary["Tenby"]["visited"] == {"Dev"}
