"""Labelled own-words threads for the place pass: read their labels, run the pass, count hits.

A ``.labels`` file beside each thread has one ``KEY: name, name`` line per section, plus
``PEOPLE`` and ``OTHER`` (names that must never be places) and ``NEUTRAL`` (names either way).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from itinerary.nlp import find_mentions
from itinerary.readers import read_threads


def labels(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in path.with_suffix(".labels").read_text(encoding="utf-8").splitlines():
        key, _, names = line.partition(":")
        found.setdefault(key, set()).update(n.strip() for n in names.split(",") if n.strip())
    return found


def reported(path: Path, nlp: Language) -> set[tuple[str, str]]:
    (thread,) = read_threads(path)
    return {(m.section, m.text) for m in find_mentions(thread, nlp)}


def precision_recall(runs: dict[Path, set[tuple[str, str]]]) -> tuple[float, float]:
    """Pooled over the threads, (section, name) pairs; NEUTRAL names count neither way."""
    tp = fp = fn = 0
    for path, found in runs.items():
        gold = labels(path)
        neutral = {n.lower() for n in gold.pop("NEUTRAL", set())}
        for key in ("PEOPLE", "OTHER"):
            gold.pop(key, None)
        said = {(s, t.lower()) for s, t in found if t.lower().lstrip("#") not in neutral}
        wanted = {(s, t.lower()) for s, names in gold.items() for t in names}
        tp += len(said & wanted)
        fp += len(said - wanted)
        fn += len(wanted - said)
    return tp / (tp + fp), tp / (tp + fn)


def traps_taken(path: Path, found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The people and things of ``path``'s labels that ``found`` takes for places.

    A commenter may bear the name of a town the thread also goes to ("Geneva" chats about a flight
    home from Geneva): where that section's town is labelled, it stays a place."""
    gold = labels(path)
    places = {
        (section, name.lower())
        for section, names in gold.items()
        if section not in ("NEUTRAL", "PEOPLE", "OTHER")
        for name in names
    }
    traps = {n.lower() for n in gold.get("PEOPLE", set()) | gold.get("OTHER", set())}
    return {(s, t) for s, t in found if t.lower() in traps and (s, t.lower()) not in places}
