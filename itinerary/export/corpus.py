"""What a whole batch says: where readers went across threads, and which places go together.

Fed one JSON report at a time, so a batch of any size keeps only counts in memory. Countries,
continents and first-level regions (states, Scotland, Tuscany) stay out of the co-occurrence
pairs: they are the context of the places named with them ("Scotland + Edinburgh"), not a stop.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from itinerary.export.report_json import SCHEMA_VERSION

CONTEXT_KINDS = frozenset({"country", "continent", "admin1"})
TOP_PAIRS = 200


@dataclass(slots=True)
class PlaceTally:
    name: str
    kind: str
    country_code: str | None
    threads: int = 0  # threads that name it
    mentions: int = 0
    readers: int = 0  # readers who went, plan to, wish to or live there, summed over threads
    visited: int = 0
    planning: int = 0
    wishlist: int = 0
    lives: int = 0


COUNTS = ("threads", "mentions", "readers", "visited", "planning", "wishlist", "lives")


@dataclass(slots=True)
class CorpusSummary:
    threads: int = 0
    failures: list[str] = field(default_factory=list)  # "<source>: <reason>"
    places: dict[str, PlaceTally] = field(default_factory=dict)
    together: Counter[tuple[str, str]] = field(default_factory=Counter)  # threads naming both
    combined_by: Counter[tuple[str, str]] = field(default_factory=Counter)  # readers combining

    def add(self, report: Mapping[str, Any]) -> None:
        """Count one JSON report (``report_to_dict``): the form a batch writes, so a resumed run
        counts the reports already in its output the same way as the new ones."""
        self.threads += 1
        for place in report["places"]:
            tally = self.places.get(place["id"])
            if tally is None:
                tally = self.places[place["id"]] = PlaceTally(place["name"], place["kind"],
                                                              place["country_code"])
            tally.threads += 1
            tally.mentions += place["mentions"]
        for entry in report["readers_also_went_to"]:
            if (tally := self.places.get(entry["place_id"])) is None:
                continue
            tally.readers += entry["readers"]
            tally.visited += len(entry["visited"])
            tally.planning += len(entry["planning"])
            tally.wishlist += len(entry["wishlist"])
            tally.lives += len(entry["lives"])
        stops = sorted(p["id"] for p in report["places"] if p["kind"] not in CONTEXT_KINDS)
        self.together.update(combinations(stops, 2))
        for pair in report["place_pairs"]:
            key = (min(pair["places"]), max(pair["places"]))
            self.combined_by[key] += len(pair["readers"])

    def merge(self, other: CorpusSummary) -> None:
        """Add the counts of a summary made elsewhere (one per Dask partition), in input order."""
        self.threads += other.threads
        self.failures.extend(other.failures)
        for place_id, theirs in other.places.items():
            mine = self.places.get(place_id)
            if mine is None:
                self.places[place_id] = dataclasses.replace(theirs)
                continue
            for name in COUNTS:
                setattr(mine, name, getattr(mine, name) + getattr(theirs, name))
        self.together.update(other.together)
        self.combined_by.update(other.combined_by)

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def readers_also_went_to(self) -> list[tuple[str, PlaceTally]]:
        """Places readers went or mean to go, most readers first."""
        ranked = [(pid, t) for pid, t in self.places.items() if t.readers]
        return sorted(ranked, key=lambda item: (-item[1].readers, -item[1].threads, item[0]))

    def pairs(self, limit: int = TOP_PAIRS) -> list[tuple[tuple[str, str], int, int]]:
        """(place ids, threads naming both, readers combining them), most frequent first."""
        keys = set(self.together) | set(self.combined_by)
        ranked = sorted(keys, key=lambda k: (-self.combined_by[k], -self.together[k], k))
        return [(k, self.together[k], self.combined_by[k]) for k in ranked[:limit]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "threads": self.threads,
            "failed": len(self.failures),
            "failures": list(self.failures),
            "readers_also_went_to": [
                {"place_id": pid, "name": t.name, "kind": t.kind, "country_code": t.country_code,
                 "threads": t.threads, "mentions": t.mentions, "readers": t.readers,
                 "visited": t.visited, "planning": t.planning, "wishlist": t.wishlist,
                 "lives": t.lives}
                for pid, t in self.readers_also_went_to()
            ],
            "co_occurrence": [
                {"places": list(ids), "names": [self.name(i) for i in ids],
                 "threads": threads, "readers": readers}
                for ids, threads, readers in self.pairs()
            ],
        }

    def name(self, place_id: str) -> str | None:
        tally = self.places.get(place_id)
        return tally.name if tally else None
