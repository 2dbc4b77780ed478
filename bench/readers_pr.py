"""Pooled precision and recall of the "readers also went to" triples over dev reports.

usage: python bench/readers_pr.py REPORT_DIR DEV_DIR [PREFIX ...] [-v]

REPORT_DIR holds ``NN_slug.report.json`` files as ``run_all.sh -k REPORT_DIR`` (or
``bench/corpus.sh -k REPORT_DIR corpus/threads/tune``) keeps them; DEV_DIR is the folder of the
gold files. The triples are counted as the dev scorer counts them (its own module is imported:
DEV_DIR's ``score.py``, else ``$SCORE_PY`` or ``../shared/dev/score.py``), summed over the
threads, so a thread with many readers weighs more than one with few; ``-v`` lists the missed
and the false triples of each thread.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path


def _scorer(dev: Path):
    path = dev / "score.py"
    if not path.exists():  # a corpus folder is scored with the dev set's scorer
        root = Path(__file__).resolve().parent.parent
        path = Path(os.environ.get("SCORE_PY", root.parent / "shared" / "dev" / "score.py"))
    spec = importlib.util.spec_from_file_location("dev_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def triples(score, rep: dict, gold: dict) -> tuple[set, set]:
    """Gold and predicted triples (place, class, folded reader), aligned the scorer's way."""
    gplaces = gold["places"]
    places = {p["id"]: p for p in rep.get("places", [])}

    def resolves(pid, gname):
        return score.place_ok(places.get(pid) if pid else None, gplaces[gname])

    pred_by: dict = {}
    for m in rep.get("mentions", []):
        pred_by.setdefault((m["section"], score.fold(m["text"])), []).append(m)
    aligned: dict[str, Counter] = {}
    used: Counter = Counter()
    for g in gold["mentions"]:
        keys = [(g["section"], score.fold(t)) for t in [g["text"], *g.get("alt_text", [])]]
        avail = {k: (1 if gold.get("dedupe") else len(pred_by.get(k, []))) for k in keys}
        key = next((k for k in keys if k in pred_by and avail[k] - used[k] > 0), None)
        if key is None:
            continue
        m = pred_by[key][used[key]]
        used[key] += 1
        if m.get("place_id"):
            aligned.setdefault(m["place_id"], Counter())[g["place"]] += 1

    def gold_place(pid):
        if pid in aligned:
            g = aligned[pid].most_common(1)[0][0]
            if resolves(pid, g):
                return g
        hits = [g for g in gplaces if resolves(pid, g)]
        if not hits:
            return None
        p = places[pid]
        return min(hits, key=lambda g: (gplaces[g].get("tol_km", 161) if "kind" not in gplaces[g]
                                        else 1e9, score.km((float(p["lat"]), float(p["lon"])),
                                                           (gplaces[g]["lat"], gplaces[g]["lon"]))))

    gtrip = {(pl, cls, score.fold(a)) for pl, d in gold.get("readers_also_went_to", {}).items()
             for cls, who in d.items() for a in who}
    ptrip = set()
    for e in rep.get("readers_also_went_to", []):
        g = gold_place(e.get("place_id"))
        for cls in gold.get("readers_pred_classes", ("visited", "planning", "wishlist")):
            for a in e.get(cls, []):
                ptrip.add((g or places.get(e.get("place_id"), {}).get("name"),
                           score.rel_class(cls), score.fold(a)))
    return gtrip, ptrip


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if len(args) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    reports, dev, prefixes = Path(args[0]), Path(args[1]), args[2:]
    score = _scorer(dev)
    tp = n_pred = n_gold = 0
    for gold_file in sorted(dev.glob("[0-9][0-9]_*.score.json")):
        name = gold_file.name.removesuffix(".score.json")
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        report = reports / f"{name}.report.json"
        if not report.exists():
            continue
        gtrip, ptrip = triples(score, json.loads(report.read_text("utf-8")),
                               json.loads(gold_file.read_text("utf-8")))
        tp += len(gtrip & ptrip)
        n_pred += len(ptrip)
        n_gold += len(gtrip)
        if verbose:
            print(f"== {name}: tp={len(gtrip & ptrip)} pred={len(ptrip)} gold={len(gtrip)}")
            for t in sorted(gtrip - ptrip, key=str):
                print("  missed", t)
            for t in sorted(ptrip - gtrip, key=str):
                print("  false ", t)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    print(f"pooled readers triples: tp={tp} pred={n_pred} gold={n_gold} P={p:.3f} R={r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
