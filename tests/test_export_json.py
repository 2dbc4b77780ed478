"""The JSON report: the contract of issue 5, checked against the shipped JSON Schema."""

from __future__ import annotations

import dataclasses
import json
import math

import jsonschema
import pytest
from export_samples import BERGEN, BERGEN_NL, REPORT, ROROS, TRONDHEIM

from itinerary.errors import ExportError
from itinerary.export.report_json import dumps, readers_to_dict, report_to_dict, schema


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(dumps(report_to_dict(REPORT)))


def test_report_validates_against_shipped_schema(report: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    jsonschema.validate(report, schema(), cls=jsonschema.Draft202012Validator)
    assert report["schema_version"] == 2
    assert report["source"] == "examples/sample.txt"


def test_sections_in_page_order_with_verbatim_text(report: dict) -> None:
    assert [s["id"] for s in report["sections"]] == ["post", "comment-1", "comment-2", "comment-3"]
    assert report["sections"][0]["author"] is None
    assert report["sections"][0]["title"] == "Two slow days in Røros"
    assert report["sections"][2]["author"] == "Inna Blair"


def test_every_mention_listed_and_offsets_index_section_text(report: dict) -> None:
    texts = {s["id"]: s["text"] for s in report["sections"]}
    assert len(report["mentions"]) == 13
    for mention in report["mentions"]:
        assert texts[mention["section"]][mention["start"] : mention["end"]] == mention["text"]
    unresolved = [m for m in report["mentions"] if m["place_id"] is None]
    assert [m["text"] for m in unresolved] == ["Smallvik"]
    bergen = next(m for m in report["mentions"] if m["text"] == "Bergen")
    assert (bergen["place_id"], bergen["relation"], bergen["author"]) == (
        BERGEN.id, "planning", "Inna Blair")


def test_places_carry_confidence_alternatives_and_counts(report: dict) -> None:
    places = {p["id"]: p for p in report["places"]}
    bergen = places[BERGEN.id]
    assert bergen["confidence"] == 0.88
    assert [a["id"] for a in bergen["alternatives"]] == [BERGEN_NL.id]
    assert bergen["alternatives"][0]["country_code"] == "NL"
    assert places[ROROS.id]["mentions"] == 4
    assert (places[ROROS.id]["lat"], places[ROROS.id]["lon"]) == (62.57468, 11.3842)


def test_ids_referenced_by_trips_are_places(report: dict) -> None:
    ids = {p["id"] for p in report["places"]}
    for itinerary in report["itineraries"]:
        assert set(itinerary["stops"]) <= ids
        assert [leg["from"] for leg in itinerary["legs"]] == itinerary["stops"][:-1]
        assert [leg["to"] for leg in itinerary["legs"]] == itinerary["stops"][1:]
        assert itinerary["total_km"] == pytest.approx(
            sum(leg["distance_km"] for leg in itinerary["legs"]), abs=0.11)
    trip = report["day_trips"][0]
    assert (trip["base"], trip["destination"], trip["evidence"]) == (
        TRONDHEIM.id, ROROS.id, ["post"])
    # Trondheim -> Røros is about 107 km great-circle
    assert 100 < trip["distance_km"] < 115


def test_readers_also_went_to(report: dict) -> None:
    first = report["readers_also_went_to"][0]
    assert first["name"] == "Trondheim"
    assert first["readers"] == 3
    assert first["visited"] == ["Drew", "RaW (@rambleandwander)"]
    assert first["planning"] == ["Inna Blair"]
    assert report["place_pairs"][0]["names"] == ["Trondheim", "Bodø"]


def test_readers_only_dict_validates_against_the_report_parts() -> None:
    data = readers_to_dict(REPORT)
    item_schema = {"$defs": schema()["$defs"], "$ref": "#/$defs/reader_place"}
    for entry in data["readers_also_went_to"]:
        jsonschema.validate(entry, item_schema)
    assert set(data) >= {"schema_version", "source", "readers_also_went_to", "place_pairs"}


def test_schema_rejects_broken_reports(report: dict) -> None:
    broken = json.loads(json.dumps(report))
    broken["mentions"][0]["relation"] = "loved"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema())
    del broken["mentions"][0]["place_id"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema())


def test_nan_is_an_export_error_not_invalid_json() -> None:
    bad_place = dataclasses.replace(REPORT.places[0], confidence=math.nan)
    bad = dataclasses.replace(REPORT, places=(bad_place, *REPORT.places[1:]))
    with pytest.raises(ExportError, match="JSON"):
        dumps(report_to_dict(bad))


def test_non_ascii_stays_readable() -> None:
    assert '"Røros"' in dumps(report_to_dict(REPORT))
