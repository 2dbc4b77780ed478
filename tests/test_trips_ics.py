"""``itinerary export --ics``: the suggested plan's days as a calendar other tools read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar
from typer.testing import CliRunner

from itinerary.cli import app
from itinerary.errors import ExportError

runner = CliRunner()
THREAD = """Two cities in Italy

We land on 12 June 2026 and have four nights in Florence, then three nights in Rome. \
Is a day trip from Florence worth it?

1 thought on "Two cities in Italy"

Marta says:
May 2, 2026 at 9:15 am

We did a day trip from Florence to Lucca and loved it. From Rome we went to Naples for the day.

Reply
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "thread.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_dated_plan_becomes_all_day_events(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    result = runner.invoke(app, ["export", str(write(tmp_path, THREAD)), "--ics", str(out)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): (e["dtstart"].dt, e["dtend"].dt)
              for e in calendar.walk("VEVENT")}
    assert events["Florence: 4 nights"] == (date(2026, 6, 12), date(2026, 6, 16))
    assert events["Rome: 3 nights"] == (date(2026, 6, 16), date(2026, 6, 19))
    assert date(2026, 6, 12) < events["Day trip: Florence \u2192 Lucca"][0] < date(2026, 6, 16)
    assert date(2026, 6, 16) < events["Day trip: Rome \u2192 Naples"][0] < date(2026, 6, 19)


def test_no_date_needs_a_start(tmp_path: Path) -> None:
    undated = THREAD.replace("on 12 June 2026 ", "")
    path = write(tmp_path, undated)
    out = tmp_path / "plan.ics"
    refused = runner.invoke(app, ["export", str(path), "--ics", str(out)])
    assert isinstance(refused.exception, ExportError) and "--start" in str(refused.exception)
    assert not out.exists()
    result = runner.invoke(app, ["export", str(path), "--ics", str(out),
                                 "--start", "2027-03-01"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    starts = [e["dtstart"].dt for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert min(starts) == date(2027, 3, 1)
