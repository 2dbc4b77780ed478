"""Exports kept in MongoDB's Extended JSON, as `mongoexport` and apps on MongoDB write them: dates
wrapped as ``{"$date": …}`` (an ISO string or ``{"$numberLong": "…"}``), ids as ``{"$oid": …}``,
and a writer given as an object that holds an id beside a profile with the name. Each message is a
section under its writer's name, oldest first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from itinerary.readers import read_threads


def _rocket(n: int, user: tuple[str, str], msg: str, **extra: Any) -> dict[str, Any]:
    """One message of a Rocket.Chat export: the writer under "u", the time as "$date"."""
    return {"_id": f"m{n}x", "rid": "TRIPS", "msg": msg,
            "ts": {"$date": f"2025-06-0{n}T08:1{n}:00.000Z"},
            "u": {"_id": f"u{user[0]}", "username": user[0], "name": user[1]}, **extra}


def test_rocket_chat_export_names_each_writer(tmp_path: Path) -> None:
    ana, rui, eva = ("ana.m", "Ana Marques"), ("rui", "Rui Lopes"), ("eva_k", "Eva Kral")
    messages = [
        _rocket(1, ana, "Flying into Ponta Delgada in June, is a week on Sao Miguel enough?"),
        _rocket(2, rui, "rui", t="uj"),  # joined the room: nobody's words
        _rocket(3, rui, "A week is plenty. Stay in Furnas two nights for the hot springs."),
        _rocket(4, eva, "We hopped over to Terceira for three days and loved Angra."),
        _rocket(5, ana, "Noted, Terceira goes on the list."),
    ]
    path = tmp_path / "rocketchat.json"
    path.write_text(json.dumps({"messages": messages}), encoding="utf-8")
    thread = read_threads(str(path))[0]
    assert [s.author for s in thread.sections] == [
        "Ana Marques", "Rui Lopes", "Eva Kral", "Ana Marques"]
    assert thread.sections[1].text.startswith("A week is plenty")


def test_mongoexport_comments_sorted_by_wrapped_dates(tmp_path: Path) -> None:
    def comment(n: int, stamp: int, user: str, name: str, text: str) -> dict[str, Any]:
        return {"_id": {"$oid": f"6601aa00bb11cc22dd33ee{n:02d}"}, "userId": user,
                "author": {"_id": user, "profile": {"fullname": name}}, "text": text,
                "createdAt": {"$date": {"$numberLong": str(stamp)}}}

    records = [  # as exported: newest first
        comment(3, 1748772000000, "Qm7", "Lotte Berg", "We did the Rota Vicentina as far as "
                "Odeceixe and took the bus back to Lisbon."),
        comment(2, 1748768400000, "Zx2", "Hugo Paiva", "Aljezur is a good halfway stop, the "
                "beaches at Arrifana are close."),
        comment(1, 1748764800000, "Qm7", "Lotte Berg", "Walking the Fishermen's Trail from "
                "Porto Covo in May, where should we sleep?"),
    ]
    path = tmp_path / "comments.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    thread = read_threads(str(path))[0]
    assert [s.author for s in thread.sections] == ["Lotte Berg", "Hugo Paiva", "Lotte Berg"]
    assert thread.sections[0].text.startswith("Walking the Fishermen's Trail")
    assert thread.sections[0].date == "2025-06-01"
