#!/usr/bin/env python3
"""Consistency check of the corpus gold: python3 corpus/threads/check_corpus.py [--score].

For every PART/NN_*.score.json: it loads; its input exists; every section's start marker is found
in page order; every mention's surface (and alt_text) occurs as a whole word inside its own
section's text; (section, folded surface) is listed once; places, relations, itinerary stops,
day-trip ends and reader places are known; every not_places string occurs in the file and is no
labelled surface; a place has the same record in every file. With --score, a report built from
the gold itself is scored by ../shared/dev/score.py and must reach 1.000 everywhere, so every
label is reachable through the scorer. Exit 0 when all pass.
"""

from __future__ import annotations

import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"visited", "future", "lives", "mentioned"}
SCORER = os.path.join(HERE, "..", "..", "..", "shared", "dev", "score.py")
PERFECT = re.compile(
    r"F1=1\.000 resolved=1\.000 relation=1\.000 itin=(\d+)/\1 daytrips=(\d+)/\2 "
    r"readers_F1=(1\.000|0\.000) author_fp=0"
)


def fold(s: str) -> str:
    for a, b in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("\u2019", "'")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def plain(path: str) -> str:
    """The file's text as a reader sees it: HTML without tags, JSON's string values in order."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "\n", raw)
        return html.unescape(re.sub(r"<[^>]+>", "\n", t))
    if path.endswith((".json", ".jsonl")):
        out: list[str] = []

        def walk(x: object) -> None:
            if isinstance(x, dict):
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
            elif isinstance(x, str):
                out.append(x)

        for line in raw.splitlines() if path.endswith(".jsonl") else [raw]:
            if line.strip():
                walk(json.loads(line))
        return "\n".join(out)
    return raw


def word_in(s: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text) is not None


def gold_report(g: dict) -> dict:
    """A report that says exactly what the gold says, each place at its gold coordinates."""
    ids = {p: f"p{i}" for i, p in enumerate(g["places"])}
    places = [
        {
            "id": ids[p],
            "name": p,
            "lat": r["lat"],
            "lon": r["lon"],
            "country_code": r["cc"],
            "kind": "country" if r.get("kind") == "country" else "place",
        }
        for p, r in g["places"].items()
    ]
    back = {"future": "planning"}
    mentions = [
        {
            "section": m["section"],
            "text": m["text"],
            "place_id": ids[m["place"]],
            "relation": back.get(m.get("relation", ""), m.get("relation")),
        }
        for m in g["mentions"]
    ]
    its = [
        {"section": i["section"], "kind": "stated", "stops": [ids[s] for s in i["stops"]]}
        for i in g["itineraries"]
    ]
    dts = [{"base": ids[d["base"]], "destination": ids[d["destination"]]} for d in g["day_trips"]]
    readers = []
    for p, d in g["readers_also_went_to"].items():
        readers.append(
            {"place_id": ids[p], "visited": d.get("visited", []), "planning": d.get("future", [])}
        )
    return {
        "places": places,
        "mentions": mentions,
        "itineraries": its,
        "day_trips": dts,
        "readers_also_went_to": readers,
    }


def main() -> int:
    score = "--score" in sys.argv[1:]
    problems: list[str] = []
    records: dict[str, tuple] = {}
    files = sorted(glob.glob(os.path.join(HERE, "*", "[0-9]*_*.score.json")),
                   key=lambda f: (os.path.dirname(f), int(os.path.basename(f).split("_")[0])))
    if not files:
        print("check_corpus.py: no gold files found", file=sys.stderr)
        return 2
    if score and not os.path.exists(SCORER):
        print(
            f"check_corpus.py: {os.path.normpath(SCORER)} not found (needed for --score)",
            file=sys.stderr,
        )
        return 2
    totals = {"mentions": 0, "optional": 0, "itineraries": 0, "day_trips": 0}
    for f in files:
        name = os.path.relpath(f, HERE)
        try:
            with open(f, encoding="utf-8") as fh:
                g = json.load(fh)
        except ValueError as e:
            problems.append(f"{name}: does not load: {e}")
            continue
        src = os.path.join(os.path.dirname(f), g["input"])
        if not os.path.exists(src):
            problems.append(f"{name}: input {g['input']} missing")
            continue
        text = plain(src)
        places = g["places"]
        for p, rec in places.items():
            key = (rec["lat"], rec["lon"], rec["cc"], rec.get("tol_km"), rec.get("kind"))
            if records.setdefault(p, key) != key:
                problems.append(f"{name}: {p} differs from another file: {key} vs {records[p]}")
        # section ranges from the start markers, in page order
        bounds: dict[str, tuple[int, int]] = {}
        pos = 0
        order = list(g["sections"])
        starts = []
        for sid in order:
            at = text.find(g["sections"][sid]["starts"], pos)
            if at < 0:
                problems.append(f"{name}: start of {sid} not found after offset {pos}")
                at = pos
            starts.append(at)
            pos = at + 1
        for i, sid in enumerate(order):
            bounds[sid] = (starts[i], starts[i + 1] if i + 1 < len(order) else len(text))
        seen = set()
        for m in g["mentions"]:
            sec = m["section"]
            if sec not in bounds:
                problems.append(f"{name}: mention in unknown section {sec}")
                continue
            if m["place"] not in places:
                problems.append(f"{name}: {m['text']}: place {m['place']} not in places")
            if "relation" in m and m["relation"] not in RELATIONS:
                problems.append(f"{name}: {m['text']}: bad relation {m['relation']}")
            if m["author"] != g["sections"][sec]["author"]:
                problems.append(
                    f"{name}: {sec}:{m['text']}: author {m['author']} is not the section's"
                )
            a, b = bounds[sec]
            for s in [m["text"], *m.get("alt_text", [])]:
                if not word_in(s, text[a:b]):
                    problems.append(f"{name}: {sec}: {s!r} not in the section's text")
            k = (sec, fold(m["text"]))
            if k in seen:
                problems.append(f"{name}: {sec}: {m['text']!r} listed twice")
            seen.add(k)
        surfaces = {fold(t) for m in g["mentions"] for t in [m["text"], *m.get("alt_text", [])]}
        for s in g.get("not_places", []):
            if not word_in(s, text):
                problems.append(f"{name}: not_place {s!r} not in the file")
            if fold(s) in surfaces:
                problems.append(f"{name}: not_place {s!r} is also a labelled surface")
        for it in g["itineraries"]:
            for s in it["stops"]:
                if s not in places:
                    problems.append(f"{name}: itinerary stop {s} not in places")
        for d in g["day_trips"]:
            for s in (d["base"], d["destination"]):
                if s not in places:
                    problems.append(f"{name}: day-trip end {s} not in places")
        for p in g["readers_also_went_to"]:
            if p not in places:
                problems.append(f"{name}: reader place {p} not in places")
        if score:
            with tempfile.TemporaryDirectory() as tmp:
                report = os.path.join(tmp, "report.json")
                with open(report, "w", encoding="utf-8") as out_fh:
                    json.dump(gold_report(g), out_fh)
                out = subprocess.run(
                    [sys.executable, SCORER, report, f, "--quiet"], capture_output=True, text=True
                )
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip()
            if not PERFECT.search(line) or (
                "readers_F1=0.000" in line and g["readers_also_went_to"]
            ):
                problems.append(f"{name}: gold report scores {line}")
        n_opt = sum(bool(m.get("optional")) for m in g["mentions"])
        totals["mentions"] += len(g["mentions"]) - n_opt
        totals["optional"] += n_opt
        totals["itineraries"] += sum(not i.get("optional") for i in g["itineraries"])
        totals["day_trips"] += len(g["day_trips"])
        n_req = len(g["mentions"]) - n_opt
        print(
            f"{name:44s} mentions={n_req:3d} optional={n_opt} "
            f"not_places={len(g.get('not_places', []))} itineraries={len(g['itineraries'])} "
            f"day_trips={len(g['day_trips'])} reader_places={len(g['readers_also_went_to']):2d} "
            f"sections={len(g['sections'])}"
        )
    print(
        f"checked {len(files)} gold files, {len(records)} distinct places; "
        f"required mentions {totals['mentions']}, optional {totals['optional']}, "
        f"required itineraries {totals['itineraries']}, day trips {totals['day_trips']}"
    )
    for p in problems:
        print("PROBLEM:", p)
    print("ALL CHECKS PASSED" if not problems else f"{len(problems)} PROBLEMS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
