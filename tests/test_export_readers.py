"""The paste-able "readers also went to" text and Markdown."""

from __future__ import annotations

import dataclasses

from export_samples import REPORT

from itinerary.export.readers_text import NOTHING, markdown_escape, readers_markdown, readers_text
from itinerary.models import ReaderPlace


def test_text_lists_places_with_who_and_how() -> None:
    text = readers_text(REPORT)
    lines = text.splitlines()
    assert lines[0] == "Readers also went to"
    assert ("- Trondheim: Drew and RaW (@rambleandwander) have been; "
            "Inna Blair is planning a trip.") in lines
    assert "- Oslo: Drew has been." in lines
    assert "- Bergen: Inna Blair is planning a trip." in lines
    assert lines.index("- Oslo: Drew has been.") < lines.index("- Bodø: RaW (@rambleandwander) "
                                                              "has been.")
    assert "- Trondheim and Bodø — RaW (@rambleandwander)" in lines
    assert "Smallvik" not in text and "Røros" not in text


def test_markdown_bolds_places_and_escapes_names() -> None:
    tricky = dataclasses.replace(
        REPORT,
        readers_also_went_to=(ReaderPlace(REPORT.places[3].place.id, visited=("*star*_fan",)),),
        place_pairs=(),
    )
    markdown = readers_markdown(tricky)
    assert markdown.startswith("### Readers also went to\n")
    assert "- **Oslo**: \\*star\\*\\_fan has been." in markdown


def test_wishlist_and_lives_phrasing() -> None:
    entry = ReaderPlace(REPORT.places[4].place.id, wishlist=("Ann", "Bo"), lives=("Cy",))
    report = dataclasses.replace(REPORT, readers_also_went_to=(entry,), place_pairs=())
    assert "- Bergen: Ann and Bo would like to go; Cy lives there." in readers_text(report)


def test_nothing_to_say() -> None:
    empty = dataclasses.replace(REPORT, readers_also_went_to=(), place_pairs=())
    assert readers_text(empty) == f"Readers also went to\n\n{NOTHING}\n"


def test_markdown_escape() -> None:
    assert markdown_escape("a_b [c] <d> `e` | f") == "a\\_b \\[c\\] \\<d\\> \\`e\\` \\| f"


def test_titled_heading_names_the_thread() -> None:
    assert readers_text(REPORT, titled=True).startswith(
        "Readers also went to (Two slow days in Røros)\n\n- Trondheim:")
    assert readers_markdown(REPORT, titled=True).startswith(
        "### Readers also went to (Two slow days in Røros)\n")


def test_advice_reads_as_recommended_by_never_as_a_plan() -> None:
    entry = ReaderPlace(REPORT.places[4].place.id, visited=("Ann",), recommends=("Ann", "Bo"),
                        advises_against=("Cy",))
    report = dataclasses.replace(REPORT, readers_also_went_to=(entry,), place_pairs=())
    assert ("- Bergen: Ann has been; recommended by Ann and Bo; Cy advises against it."
            in readers_text(report))


def test_explain_prints_each_names_sentence_as_one_plain_line() -> None:
    entry = ReaderPlace(
        REPORT.places[4].place.id, visited=("Ann",), recommends=("*Bo*",),
        evidence=(("visited", "Ann", "We spent May in Bergen.\n\x1b[31mLoved it."),
                  ("recommends", "*Bo*", "Go to Bergen!")))
    report = dataclasses.replace(REPORT, readers_also_went_to=(entry,), place_pairs=())
    lines = readers_text(report, explain=True).splitlines()
    at = lines.index("- Bergen: Ann has been; recommended by *Bo*.")
    assert lines[at + 1:at + 3] == [
        "  - Ann (has been): \u201cWe spent May in Bergen. [31mLoved it.\u201d",
        "  - *Bo* (recommended by): \u201cGo to Bergen!\u201d"]
    assert "\x1b" not in readers_text(report, explain=True)
    assert "  - \\*Bo\\* (recommended by)" in readers_markdown(report, explain=True)
    assert "Go to Bergen" not in readers_text(report)  # only with explain
