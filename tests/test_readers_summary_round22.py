"""The readers summary on what round twenty-two's own-words probe threads showed: a relative's
stay said with "was in" / "were at" listed as the reader's visit, and "we loved both" read as a
visit to the post's options when the comment names its own two places before it (and a place
named only as where they are reached from, "a short bus from Faro", counted among them)."""

from __future__ import annotations

from pathlib import Path

from summary_lines import summary_of_page

from itinerary.pipeline import Analyzer


def _said(summary: dict[str, dict[str, set[str]]]) -> set[tuple[str, str, str]]:
    return {(place, relation, reader) for place, by_relation in summary.items()
            for relation, readers in by_relation.items() for reader in readers}


def test_a_relatives_stay_said_with_be_is_not_the_readers(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[02/03/2025, 10:00:00] Ilse: Poland in June, Krakow or Gdansk first?\n"
        "[02/03/2025, 10:02:00] Bram: My sister was in Wroclaw last spring and said the old"
        " town square is huge.\n"
        "[02/03/2025, 10:04:00] Kees: Our parents were at Malbork castle in May and loved"
        " it.\n"))
    assert {(p, r) for p, r, reader in _said(summary) if reader in ("Bram", "Kees")} == set()


def test_both_after_the_comments_own_places_is_not_the_posts_options(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[05/05/2025, 09:00:00] Rui: A base for the Algarve in October: Lagos or Tavira?\n"
        "[05/05/2025, 09:03:00] Joana: Olhão and Loulé are both an easy bus from Faro and"
        " we loved both.\n"))
    joana = {(p, r) for p, r, reader in _said(summary) if reader == "Joana"}
    assert joana == {("Olhão", "visited"), ("Loulé", "visited")}


def test_a_place_the_reader_keeps_changing_their_mind_about_is_no_plan(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[11/04/2025, 18:00:00] Ada: Norway in June, Oslo to Bergen by train?\n"
        "[11/04/2025, 18:05:00] Tess: We're flying to Stockholm in July and keep changing our"
        " minds about Uppsala.\n"))
    assert "planning" not in summary.get("Uppsala", {})
