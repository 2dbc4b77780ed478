"""The online geocoder options, wired end to end against the fake service on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeservice import FakeGeocodingServer, Reply
from typer.testing import CliRunner

from gazetteer.errors import GazetteerError
from itinerary.cli import app

# "Smallvik" is a name no gazetteer has: the only way to place it is to ask the online service.
THREAD = "Quiet days\n\nWe stayed two nights in Smallvik, a fishing village north of Bergen.\n"
AGENT = "trip-notes/1.0 (me@example.org)"
runner = CliRunner()


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGeocodingServer]:
    monkeypatch.setenv("ITINERARY_GEOCODE_CACHE", str(tmp_path / "geocode.sqlite3"))
    with FakeGeocodingServer() as server:
        yield server


def _analyze(fake: FakeGeocodingServer, *options: str) -> dict:
    result = runner.invoke(app, ["analyze", "-", "--format", "json",
                                 "--geocoder-url", f"http://{fake.domain}", *options],
                           input=THREAD)
    assert result.exit_code == 0, (result.stderr, result.exception)
    return json.loads(result.stdout)


def test_unknown_name_is_asked_with_our_user_agent(fake: FakeGeocodingServer) -> None:
    report = _analyze(fake, "--geocoder", "nominatim", "--user-agent", AGENT)
    asked = [(seen.path, seen.param("q"), seen.user_agent) for seen in fake.requests]
    assert asked == [("/search", "Smallvik", AGENT)]
    smallvik = next(m for m in report["mentions"] if m["text"] == "Smallvik")
    assert smallvik["place_id"] is None  # the service knows no such place either
    assert any(m["place_id"] == "geonames:3161732" for m in report["mentions"])  # Bergen offline


def test_service_error_is_a_warning_not_a_failure(fake: FakeGeocodingServer) -> None:
    fake.fail_next(Reply(status=400, body=b'{"error": {"code": 400, "message": "Bad request"}}'))
    report = _analyze(fake, "--geocoder", "photon")
    assert [seen.path for seen in fake.requests] == ["/api"]
    assert any("Smallvik" in w and "400" in w for w in report["warnings"]), report["warnings"]


def test_nominatim_without_user_agent_is_refused(fake: FakeGeocodingServer) -> None:
    result = runner.invoke(app, ["analyze", "-", "--geocoder", "nominatim", "--geocoder-url",
                                 f"http://{fake.domain}"], input=THREAD)
    assert result.exit_code == 1
    assert isinstance(result.exception, GazetteerError)
    assert "user agent" in str(result.exception)
    assert fake.requests == []


def test_refusal_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "itinerary", "analyze", "-", "--geocoder",
                           "nominatim"], input=THREAD, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "user agent" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("options", [
    ["--geocoder-url", "http://127.0.0.1:9"],
    ["--geocoder-username", "someone"],
    ["--geocoder", "photon", "--geocoder-url", "ftp://example.org"],
])
def test_bad_geocoder_options_are_usage_errors(options: list[str]) -> None:
    result = runner.invoke(app, ["analyze", "-", *options], input=THREAD)
    assert result.exit_code == 2, (result.stderr, result.exception)
