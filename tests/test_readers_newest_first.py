"""Exports that list messages newest first (a messenger's download, an API's feed) are read
oldest first, so the message that opened the conversation is the thread's post; a list in any
other order (replies sorted by votes) keeps its order. Exports of our own."""

from __future__ import annotations

import json
from pathlib import Path

from itinerary.readers import read_threads

_OPENING = "Sicily in October, ten days: Palermo, then Cefalu and Siracusa. Who is in?"


def _read(tmp_path: Path, value: object) -> list[tuple[str | None, str]]:
    page = tmp_path / "export.json"
    page.write_text(json.dumps(value), encoding="utf-8")
    (thread,) = read_threads(page)
    return [(s.author, s.text) for s in thread.sections]


def test_a_messenger_download_newest_first_opens_with_its_first_message(tmp_path: Path) -> None:
    messages = [
        ("Giulia Russo", 1727790000000, "Booked! Flying into PMO on the 4th."),
        ("Omar Haddad", 1727786400000, "Count me in for Siracusa, I lived in Catania for a year."),
        ("Giulia Russo", 1727782800000, _OPENING),
    ]
    value = {"participants": [{"name": "Giulia Russo"}, {"name": "Omar Haddad"}],
             "messages": [{"sender_name": who, "timestamp_ms": ms, "content": words}
                          for who, ms, words in messages]}
    sections = _read(tmp_path, value)
    assert sections[0][0] == "Giulia Russo" and _OPENING in sections[0][1]
    assert [who for who, _ in sections[1:]] == ["Omar Haddad", "Giulia Russo"]


def test_a_feed_newest_first_by_iso_times(tmp_path: Path) -> None:
    items = [
        {"author": "mika", "created_at": "2026-03-02T18:40:00Z", "body": "Etna by jeep was fun."},
        {"author": "dana_p", "created_at": "2026-03-02T09:15:00Z",
         "body": "Noto is an easy day trip from Siracusa, go in the late afternoon."},
        {"author": "mika", "created_at": "2026-03-01T20:00:00Z", "body": _OPENING},
    ]
    sections = _read(tmp_path, {"items": items})
    assert sections[0][0] == "mika" and _OPENING in sections[0][1]
    assert sections[1][0] == "dana_p"


def test_replies_in_vote_order_keep_their_order(tmp_path: Path) -> None:
    items = [
        {"author": "mika", "created_at": "2026-03-01T20:00:00Z", "body": _OPENING},
        {"author": "dana_p", "created_at": "2026-03-02T09:15:00Z", "body": "Noto, no question."},
        {"author": "lee", "created_at": "2026-03-01T21:30:00Z", "body": "Skip Cefalu in rain."},
        {"author": "tova", "created_at": "2026-03-03T07:05:00Z", "body": "Erice at sunset!"},
    ]
    assert [who for who, _ in _read(tmp_path, {"items": items})] == [
        "mika", "dana_p", "lee", "tova"]
