"""Exports that list messages newest first (a messenger's download, an API's feed) are read
oldest first, so the message that opened the conversation is the thread's post; a list in any
other order (replies sorted by votes) keeps its order. Exports of our own."""

from __future__ import annotations

import json
from pathlib import Path

from itinerary.readers import read_threads
from itinerary.readers.formats import read_text

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


def test_a_mail_chain_pasted_newest_first_opens_with_the_first_mail() -> None:
    """Header blocks one after another, newest on top and no "Original Message" line between
    them: the mail that started the conversation is the post."""
    page = """From: Nadia Petrova <nadia@example.org>
Sent: Friday, 10 October 2025 07:55
To: Hiking list <hiking@example.org>
Subject: RE: Tour du Mont Blanc in September

We walked it clockwise from Les Houches in 2023; the stretch into Courmayeur was the best.

From: Aaron Blake <aaron.blake@example.com>
Sent: Thursday, 9 October 2025 20:12
To: Hiking list <hiking@example.org>
Subject: RE: Tour du Mont Blanc in September

Champex is lovely for a rest day, we stayed two nights there.

From: Wen Li <wen.li@example.com>
Sent: Thursday, 9 October 2025 09:30
To: Hiking list <hiking@example.org>
Subject: Tour du Mont Blanc in September

We plan to walk the whole circuit next September in eleven days. Which direction is easier?
"""
    thread = read_text(page)
    assert [s.author for s in thread.sections] == ["Wen Li", "Aaron Blake", "Nadia Petrova"]
    assert "eleven days" in thread.post.text


def test_a_mail_chain_in_sending_order_keeps_it() -> None:
    page = """From: Wen Li <wen.li@example.com>
Date: 9 October 2025 at 09:30:00 CEST
To: Hiking list <hiking@example.org>
Subject: Tour du Mont Blanc in September

We plan to walk the whole circuit next September in eleven days. Which direction is easier?

From: Aaron Blake <aaron.blake@example.com>
Date: 9 October 2025 at 20:12:00 CEST
To: Hiking list <hiking@example.org>
Subject: Re: Tour du Mont Blanc in September

Champex is lovely for a rest day, we stayed two nights there.
"""
    thread = read_text(page)
    assert [s.author for s in thread.sections] == ["Wen Li", "Aaron Blake"]
