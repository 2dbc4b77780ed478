"""How a thread was read, as the commands say it: the report's format and comment count, the
terminal header, --input-format and the warning for a long page without comments."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.cli.common import InputFormat
from itinerary.export.report_json import schema
from itinerary.readers.detect import FORMATS as CONTAINERS
from itinerary.readers.formats import TEXT_FORMATS

FORMATS = Path(__file__).resolve().parent.parent / "examples" / "formats"
runner = CliRunner()


def test_an_html_page_piped_to_stdin_is_read_as_html() -> None:
    page = (FORMATS / "blogger-page.html").read_text("utf-8")
    result = runner.invoke(app, ["analyze", "-", "--format", "json", "--no-model"], input=page)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema())
    assert (report["format"], report["comments"]) == ("html", 3)
    assert [s["parent"] for s in report["sections"]] == [None, None, "comment-1", None]


def test_the_terminal_header_says_how_the_thread_was_read() -> None:
    result = runner.invoke(app, ["analyze", str(FORMATS / "blogger.txt"), "--no-model"])
    assert result.exit_code == 0, result.stderr
    assert "read as Blogger · 3 comments" in result.stdout


def test_input_format_forces_a_reader_and_a_long_page_without_comments_warns(
        tmp_path: Path) -> None:
    prose = "We took the train from Ghent to Bruges and walked the canals until dark. " * 30
    path = tmp_path / "walk.txt"
    path.write_text(f"A day in Bruges\n\n{prose}\n", "utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", "--no-model",
                                 "--input-format", "disqus"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "disqus"
    assert "formats tried" in result.stderr


def test_every_reader_can_be_named_on_the_command_line() -> None:
    assert {f.value for f in InputFormat} == {*CONTAINERS, *TEXT_FORMATS}
