"""Why a name is a place, and why one that looked like a place is not: the report and --explain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.export.report_json import report_to_dict, schema
from itinerary.export.terminal import render_report
from itinerary.models import Clue, Rejected, Report, Section, Thread
from itinerary.nlp.reasons import Evidence, Rejection
from itinerary.pipeline import Analyzer

ROOT = Path(__file__).parents[1]

# A post about two English towns, and comments that speak to people who share towns' names.
POST = Section(
    "post",
    "Martin Hale",
    "A long weekend in Lincoln\n\n"
    "We spent three nights in Lincoln, where the cathedral fills the whole skyline, then drove "
    "north to York for the walls. Lincoln, the president, never came anywhere near the place, "
    "as our guide liked to say.",
    title="A long weekend in Lincoln",
)
COMMENTS = (
    Section(
        "comment-1",
        "Sydney Walsh",
        "Lovely write-up! Whitby was our base last summer and the abbey at dusk is unforgettable.",
    ),
    Section(
        "comment-2",
        "Martin Hale",
        "Thanks Sydney! Linda, you should go and see the abbey too, it is worth the detour.",
    ),
)
THREAD = Thread((POST, *COMMENTS), source="weekend.txt")


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> dict:
    return report_to_dict(analyzer.analyze(THREAD))


def _mention(report: dict, text: str, section: str) -> dict:
    return next(m for m in report["mentions"] if m["text"] == text and m["section"] == section)


def _rejected(report: dict) -> dict[tuple[str, str], str]:
    return {(r["text"], r["section"]): r["reason"] for r in report["rejected"]}


def test_a_kept_name_says_which_rule_made_it_a_place(report: dict) -> None:
    nights = POST.text.index("Lincoln, where")  # "three nights in Lincoln"
    lincoln = next(m for m in report["mentions"] if m["start"] == nights)
    assert (lincoln["section"], lincoln["evidence"]) == ("post", "place word")


def test_weighed_clues_come_with_their_weights(report: dict) -> None:
    whitby = _mention(report, "Whitby", "comment-1")  # "Whitby was our base": a stay
    assert whitby["evidence"] == "clues"
    clues = {clue["kind"]: clue["weight"] for clue in whitby["clues"]}
    assert clues["stay"] == 1.5
    assert sum(clues.values()) >= 2.0


def test_namesakes_in_a_persons_position_are_dropped_with_the_person_reason(
    report: dict,
) -> None:
    rejected = _rejected(report)
    assert rejected[("Lincoln", "post")] == "person: apposition"
    assert rejected[("Linda", "comment-2")] == "person: address"
    assert rejected[("Sydney", "comment-2")] == "author"  # the first commenter, thanked
    president = next(r for r in report["rejected"] if r["reason"] == "person: apposition")
    assert {"kind": "apposition", "weight": -3.0} in president["clues"]
    # The town and the president share a name, not a decision.
    assert POST.text[president["start"] : president["end"]] == "Lincoln"
    assert president["start"] == POST.text.index("Lincoln, the president")


def test_no_name_is_both_kept_and_rejected(report: dict) -> None:
    kept = {(m["section"], m["start"], m["end"]) for m in report["mentions"]}
    dropped = {(r["section"], r["start"], r["end"]) for r in report["rejected"]}
    assert not kept & dropped
    texts = {s["id"]: s["text"] for s in report["sections"]}
    for name in report["rejected"]:
        assert texts[name["section"]][name["start"] : name["end"]] == name["text"]


def test_report_with_reasons_validates(report: dict) -> None:
    jsonschema.validate(report, schema(), cls=jsonschema.Draft202012Validator)
    assert report["schema_version"] == 2
    assert all(m["evidence"] in set(Evidence) for m in report["mentions"])


def test_a_name_the_thread_places_elsewhere_says_so(analyzer: Analyzer) -> None:
    post = Section("post", "Ana", "Slow week on the coast\n\nWe rented a cottage in Staithes "
                   "for a week and walked the cliff path most mornings.",
                   title="Slow week on the coast")
    comment = Section("comment-1", "Joe", "Did Staithes get crowded at weekends?")
    found = analyzer.analyze(Thread((post, comment)))
    in_comment = [r.mention for r in found.resolutions if r.mention.section == "comment-1"]
    assert [(m.text, m.evidence) for m in in_comment] == [("Staithes", "same name in thread")]


def test_the_schema_and_the_docs_hold_the_whole_vocabulary() -> None:
    defs = schema()["$defs"]
    assert defs["evidence"]["enum"] == [reason.value for reason in Evidence]
    assert defs["rejection"]["enum"] == [reason.value for reason in Rejection]
    documented = set(re.findall(r"^\| `([^`]+)` \|", (ROOT / "docs/nlp.md").read_text("utf-8"),
                                re.MULTILINE))
    assert {reason.value for reason in (*Evidence, *Rejection)} <= documented


THREAD_TEXT = """\
A long weekend in Lincoln

We spent three nights in Lincoln, where the cathedral fills the whole skyline, then drove \
north to York for the walls. Lincoln, the president, never came anywhere near the place, as \
our guide liked to say.


  1. Sydney Walsh

    Whitby was our base last summer and the abbey at dusk is unforgettable.

  2. Martin Hale

    Thanks Sydney! Linda, you should go and see the abbey too, it is worth the detour.
"""


def test_explain_prints_the_evidence_and_the_names_not_taken(tmp_path: Path) -> None:
    path = tmp_path / "weekend.txt"
    path.write_text(THREAD_TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path), "--explain"],
                                env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    kept, _, dropped = out.partition("Not taken as places")
    assert "Why these are places" in kept
    assert re.search(r"Lincoln +post +\S+ +place word", kept)
    assert re.search(r"Linda +comment-2 +person: address \(address -3", dropped)
    assert re.search(r"Lincoln +post +person: apposition", dropped)
    plain = CliRunner().invoke(app, ["analyze", str(path)], env={"COLUMNS": "160"})
    assert "Not taken as places" not in plain.stdout and "Why these" not in plain.stdout
    as_json = json.loads(CliRunner().invoke(app, ["analyze", str(path), "-f", "json"]).stdout)
    assert ("Linda", "comment-2", "person: address") in {
        (r["text"], r["section"], r["reason"]) for r in as_json["rejected"]
    }


def test_explained_names_reach_the_terminal_as_text() -> None:
    text = "[bold red]Reading[/bold red]\x1b[2J is lovely"
    report = Report(
        thread=Thread((Section("post", None, text),)),
        resolutions=(),
        places=(),
        rejected=(
            Rejected("post", text[:32], 0, 32, Rejection.ORDINARY_WORD, (Clue("prior", 1.0),)),
        ),
    )
    console = Console(width=200, record=True, force_terminal=True, color_system=None)
    console.print(render_report(report, explain=True))
    out = console.export_text()
    assert "[bold red]Reading[/bold red]" in out
    assert "\x1b" not in out
    assert "ordinary word (prior +1)" in out
