"""The rich tables of ``itinerary analyze``, rendered to plain text."""

from __future__ import annotations

import dataclasses
import io

from export_samples import RAW_CONTROLS, REPORT, hostile_report
from rich.console import Console

from itinerary.export.terminal import render_report


def _render(width: int = 120) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(render_report(REPORT))
    return out.getvalue()


def test_sections_in_order() -> None:
    text = _render()
    order = ["Two slow days in Røros", "Places", "Not placed: Smallvik (comment-3)",
             "Stated itinerary · comment-1 · Drew · road", "Day trips", "Suggested itinerary",
             "Readers also went to", "Often combined", "warning: Smallvik: no gazetteer entry"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_places_rows() -> None:
    rows = [line.split() for line in _render().splitlines()]
    roros = next(r for r in rows if r[:1] == ["Røros,"] and "city" in r)
    assert roros[:8] == ["Røros,", "NO", "city", "62.575,", "11.384", "0.97", "4", "post,"]
    assert roros[8] == "Drew"


def test_legs_and_totals() -> None:
    text = _render()
    assert "Oslo → Trondheim → Røros: 500 km, about 9 h 39 min" in text
    leg = next(line.split() for line in text.splitlines() if line.startswith("2   Trondheim"))
    assert leg == ["2", "Trondheim", "Røros", "road", "108", "\u22482", "h", "05", "min"]


def test_80_columns_keep_names_and_numbers_whole() -> None:
    rows = [line.split() for line in _render(width=80).splitlines()]
    trondheim = next(r for r in rows if r[:3] == ["Trondheim,", "NO", "city"])
    assert trondheim[3:7] == ["63.430,", "10.395", "0.95", "4"]
    assert any(r[:3] == ["Bergen,", "NO", "city"] for r in rows)
    # The readers' names keep a readable column even at this width.
    assert any(r[-2:] == ["post,", "Drew,"] or r[-1:] == ["Drew"] for r in rows)


def test_names_are_not_read_as_markup() -> None:
    deleted = dataclasses.replace(REPORT.places[3], authors=("[deleted]", "Ann [/b]"))
    report = dataclasses.replace(REPORT, places=(*REPORT.places[:3], deleted, *REPORT.places[4:]))
    out = io.StringIO()
    Console(file=out, width=120, color_system=None).print(render_report(report))
    assert "[deleted], Ann [/b]" in out.getvalue()


def test_thread_text_never_reaches_the_terminal_as_control_sequences_or_markup() -> None:
    out = io.StringIO()
    # force_terminal: rendered as for a real terminal; no colour system, so any ESC in the output
    # could only have come from the thread.
    Console(file=out, width=200, force_terminal=True, color_system=None).print(
        render_report(hostile_report()))
    text = out.getvalue()
    assert not [c for c in RAW_CONTROLS if c in text]
    assert "␛[2J␛[31mMallory␛[0m" in text  # shown, not obeyed
    assert "[bold red]Shouty[/bold red]" in text and "[link=https://evil.example]x[/link]" in text
    assert "Two ␛[1mslow␛[0m days [b]in[/b] Røros" in text
    assert "Lone \ufffd Surrogate" in text


def test_counts_agree_in_number_and_an_untitled_stdin_thread_has_a_heading() -> None:
    one_comment = dataclasses.replace(REPORT.thread, sections=REPORT.thread.sections[:2],
                                      source="-")
    untitled = dataclasses.replace(
        one_comment, sections=(dataclasses.replace(one_comment.sections[0], title=None),
                               *one_comment.sections[1:]))
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(
        render_report(dataclasses.replace(REPORT, thread=untitled)))
    lines = out.getvalue().splitlines()
    assert lines[0].strip("─ ") == "standard input"
    assert "standard input · Røros, Norway" in lines[1]
    assert "1 comment · 6 places · 13 mentions" in lines[2]


def test_advice_columns_show_only_when_a_reader_advised() -> None:
    assert "Recommended by" not in _render()
    advised = dataclasses.replace(REPORT.readers_also_went_to[2], recommends=("Sunniva",),
                                  advises_against=("Per",))
    report = dataclasses.replace(REPORT, readers_also_went_to=(
        *REPORT.readers_also_went_to[:2], advised, *REPORT.readers_also_went_to[3:]))
    out = io.StringIO()
    Console(file=out, width=160, color_system=None).print(render_report(report))
    bergen = next(line.split() for line in out.getvalue().splitlines()
                  if line.startswith("Bergen") and "Sunniva" in line)
    assert bergen[-2:] == ["Sunniva", "Per"]
    assert "Recommended by" in out.getvalue() and "Advises against" in out.getvalue()
