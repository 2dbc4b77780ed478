"""The readers summary over a small own-words corpus of threads with replies.

``tests/readers_summary_threads/`` holds threads written for this test in several page formats
(nested JSON, a numbered blog, chat, Facebook, phpBB) and ``gold.json``, their summaries as
labelled from the text before the tool ran. The ``*_traps`` threads are full of lines that
must not be listed: hearsay ("my sister did Porto"), questions, "we never made it to",
"if we'd had time", quoted text, agreement with a question, namesakes; the later ones (Patagonia
to Dalmatia) add wishes given up ("had Torres del Paine on the list but gave up on it"),
instructions and questions to another writer by name, foils ("X beats Y"), day lists of a
trip done ("Our route last March:"), greetings in other languages and sign-offs as homes,
"X and Y, did both". The latest eleven (Azores to Japan) add hearsay of the writer's circle
("my mate went to"), places seen from another ("the view over to Faial"), a day list a comment
suggests to the asker, verdicts and habits after the place ("..., loved it", "..., we go every
summer"). The last nine (Crete to the Thai islands) add a choice made in the reader's
place ("so I'd pick it", "I'd go with Geiranger"), a sentence that only agrees on a place
("Agreed on Sevilla."), a route a comment tells as a day list of its own, given-up wishes,
quoted lines, "Is X worth it? Anyone been?", "..., been twice" and homes in greetings and
sign-offs. The newest ten (Madeira to the Baltics: chat in lower case, reddit, Facebook,
TripAdvisor, phpBB, nested JSON, Discourse, YouTube, Telegram, a mailing list) add questions
back to another reader ("Did you like Coron more than El Nido?"), plans called off ("We
planned a week in Siargao but cancelled when the typhoon hit"), "X too" fragments the model
reads as homes, hearsay, handles and signatures naming places, and a yes with "both". The
summary names people: precision must stay at the issue's 0.95 (the false lines
left are places the place pass cuts short or takes for a namesake: the village of Dana as its
nature reserve, the island of Brač as its airport, "Garmisch" as a ski hill above the town;
a far namesake, St Ives in Cornwall taken for the town in New South Wales; and misreadings:
"so I'd pair them on one day", "Don't try to do Marseille, Cassis and the Luberon in one day
like we did" read as wishes, "The Fergana Valley is my home, the silk factory in Margilan is
a must" as two homes); some
labelled lines need names the place pass misses, so recall has a floor, not a target: 96 of the
128 lines missed after the newest ten were added are names the place pass does not find (lower
case chat, "Gordes and Roussillon were both gorgeous", homes only in a forum's member block),
which puts recall at 0.73 where the issue asks 0.75.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

HERE = Path(__file__).parent / "readers_summary_threads"
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.78  # measured 376/477 = 0.788 (issue: 0.75; misses: names not found)

Triple = tuple[str, str, str]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _kind(relation: str) -> str:
    return "future" if relation in ("planning", "wishlist") else relation


def labelled(gold: dict[str, dict[str, list[str]]]) -> set[Triple]:
    return {(fold(place), _kind(relation), fold(reader))
            for place, by in gold.items() if place != "ignore"
            for relation, readers in by.items() for reader in readers}


def found(analyzer: Analyzer, path: Path) -> set[Triple]:
    (thread,) = read_threads(path)
    report = analyzer.analyze(thread)
    names = {p.place.id: p.place.name for p in report.places}
    triples = set()
    for entry in report.readers_also_went_to:
        for relation in ("visited", "planning", "wishlist", "lives"):
            for reader in getattr(entry, relation):
                triples.add((fold(names[entry.place_id]), _kind(relation), fold(reader)))
    return triples


def test_precision_and_recall_over_the_threads(analyzer: Analyzer) -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["threads"]
    hits = wanted = listed = 0
    false: list[tuple[str, Triple]] = []
    for name, labels in sorted(gold.items()):
        expected = labelled(labels)
        got = found(analyzer, HERE / name)
        ignored = {fold(p) for p in labels.get("ignore", ())}
        false += [(name, t) for t in sorted(got - expected) if t[0] not in ignored]
        hits += len(got & expected)
        wanted += len(expected)
        listed += len(got & expected) + len([t for t in got - expected if t[0] not in ignored])
    assert hits / listed >= PRECISION_FLOOR, f"{hits}/{listed}, false lines: {false}"
    assert hits / wanted >= RECALL_FLOOR, f"recall {hits}/{wanted}"
