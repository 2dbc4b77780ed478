"""Score the relations of corpus/relations/threads12/: short own-words threads where discourse
decides a writer's relation (replies, options asked about, back-references), labelled before the
tool read them. A (writer, place) pair is right when one of that writer's mentions of the place
carries the labelled relation (advice counts as its own relation).

    python scripts/score_relation_threads.py     # needs ITINERARY_GAZETTEER like the cli
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

THREADS = Path(__file__).resolve().parents[1] / "corpus" / "relations" / "threads12"


def relations(thread: Path) -> dict[tuple[str, str], set[str]]:
    """Each (writer, place text) of the thread's report with the relations its mentions carry."""
    out = subprocess.run([sys.executable, "-m", "itinerary", "analyze", str(thread),
                          "--format", "json"], capture_output=True, text=True, check=True).stdout
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in json.loads(out)["mentions"]:
        writer = "post" if m["section"] == "post" else (m["author"] or m["section"])
        found[(writer, m["text"])].update(filter(None, (m["relation"], m.get("advice"))))
    return found


def main() -> int:
    with open(THREADS / "labels.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    got = {t: relations(THREADS / f"{t}.txt") for t in sorted({r["thread"] for r in rows})}
    right = 0
    for r in rows:
        said = got[r["thread"]].get((r["writer"], r["place"]), set())
        right += r["relation"] in said
        if r["relation"] not in said:
            print(f"  {r['thread']:13} {r['writer']:8} {r['place']:18} "
                  f"gold={r['relation']:15} got={sorted(said) or 'not found'}")
    print(f"relation {right}/{len(rows)} = {right / len(rows):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
