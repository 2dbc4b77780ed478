"""Train the relation model on corpus/relations/train.tsv and score it on eval.tsv.

    python scripts/train_relations.py            # train, write the weights, print both scores
    python scripts/train_relations.py --check    # score the shipped weights only
    python scripts/train_relations.py --calibrate  # the summary's thresholds, train.tsv only

The weights go to itinerary/nlp/data/relations_model.json (plain JSON: the package needs no
scikit-learn at run time). The evaluation part is never trained on. untrained.tsv (sentences
written for training that retraining with cost the thread scores, docs/trips.md) is scored too,
as what the cue moves of relations_cues.tsv were written from: no held-out figure. Round
twelve's fresh rows are scored too: heldout12.tsv (held out, never tuned on) and tune12.tsv (what
that round's cue moves were written from); neither is trained on.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Span

from itinerary.nlp.pipeline import DEFAULT_MODELS
from itinerary.nlp.relations import (
    Label,
    LinearModel,
    decide,
    features,
    own_relation,
    predict,
    rule_features,
    rule_relation,
)
from itinerary.trips.readers import FUTURE_CONFIDENCE, MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "relations"
MODEL = ROOT / "itinerary" / "nlp" / "data" / "relations_model.json"
C = 10.0  # inverse regularisation; 5-fold cross-validation on train.tsv only (docs/trips.md)
DIGITS = 4


def read(name: str) -> list[tuple[str, str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as f:
        return [(r["relation"], r["place"], r["text"])
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def spans(nlp: Language, rows: Sequence[tuple[str, str, str]]) -> list[Span]:
    found = []
    for doc, (_, place, text) in zip(nlp.pipe(r[2] for r in rows), rows, strict=True):
        start = text.index(place)
        span = doc.char_span(start, start + len(place), alignment_mode="expand")
        if span is None:
            sys.exit(f"error: {place!r} is not a span of {text!r}")
        found.append(span)
    return found


def table(gold: Sequence[str], predicted: Sequence[str]) -> str:
    labels = sorted(set(gold))
    lines = ["| relation | n | precision | recall |", "|---|---|---|---|"]
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        lines.append(f"| {label} | {n_gold} | {precision:.2f} | {tp / n_gold:.2f} |")
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    lines.append(f"| **all** (accuracy) | {len(gold)} | | {accuracy:.3f} |")
    return "\n".join(lines)


def sure_table(gold: Sequence[str], predicted: Sequence[tuple[str, float]]) -> str:
    """What the readers summary can say: the writer's own relation (advice folded into
    "mentioned"), counted only where the model is at least MIN_CONFIDENCE sure of it."""
    own = [own_relation(cast(Label, g)) for g in gold]
    sure = [own_relation(cast(Label, p)) if c >= MIN_CONFIDENCE else "mentioned"
            for p, c in predicted]
    lines = [f"| relation | n | precision | recall (confidence >= {MIN_CONFIDENCE}) |",
             "|---|---|---|---|"]
    said = [label for label in sorted(set(own)) if label != "mentioned"]
    for label in [*said, "all said"]:
        match = set(said) if label == "all said" else {label}
        tp = sum(g == p and p in match for g, p in zip(own, sure, strict=True))
        n_pred = sum(p in match for p in sure)
        n_gold = sum(g in match for g in own)
        precision = tp / n_pred if n_pred else 0.0
        lines.append(f"| {label} | {n_gold} | {precision:.2f} | {tp / n_gold:.2f} |")
    return "\n".join(lines)


def calibrate(nlp: Language, folds: int = 5) -> str:
    """The summary's thresholds read on train.tsv alone: each row predicted by a model trained on
    the other folds (a model's own training rows would look surer than new text), then the
    precision and recall of the relations the summary says, trips done or homes and plans or
    wishes apart, at each threshold. eval.tsv is never read."""
    rows = read("train.tsv")
    found = [features(s) for s in spans(nlp, rows)]
    gold = [r[0] for r in rows]
    out_of_fold: list[tuple[str, float]] = [("mentioned", 0.0)] * len(rows)
    for fold in range(folds):  # row i is in fold i mod folds: the split is the file's order
        trained = [i for i in range(len(rows)) if i % folds != fold]
        model = LinearModel.of(train([found[i] for i in trained], [gold[i] for i in trained]))
        for i in range(fold, len(rows), folds):
            out_of_fold[i] = decide(found[i], model)
    own = [own_relation(cast(Label, g)) for g in gold]
    lines = ["| threshold | visited, lives: precision | recall | planning, wishlist: precision"
             " | recall |", "|---|---|---|---|---|"]
    for step in range(50, 100, 5):
        threshold = step / 100
        sure = [own_relation(cast(Label, p)) if c >= threshold else "mentioned"
                for p, c in out_of_fold]
        cells = []
        for said in ({"visited", "lives"}, {"planning", "wishlist"}):
            tp = sum(g == p and p in said for g, p in zip(own, sure, strict=True))
            n_pred = sum(p in said for p in sure)
            n_gold = sum(g in said for g in own)
            cells += [f"{tp / n_pred if n_pred else 0.0:.3f}", f"{tp / n_gold:.3f}"]
        lines.append(f"| {threshold:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def train(train_features: Sequence[Sequence[str]], labels: Sequence[str],
          c: float = C) -> dict[str, object]:
    """The weights of a model of ``features`` lists (the ruling cues left to ``decide``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(set(found) - rule_features(), 1)
                                  for found in train_features])
    model = LogisticRegression(C=c, max_iter=2000).fit(x, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(model.coef_[k][j]), DIGITS) for k in range(len(model.classes_))]
        for j, name in enumerate(names)
    }
    weights = {f: w for f, w in weights.items() if any(w)}
    return {"labels": [str(c) for c in model.classes_],
            "bias": [round(float(b), DIGITS) for b in model.intercept_],
            "weights": dict(sorted(weights.items()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="score the shipped weights only")
    parser.add_argument("--calibrate", action="store_true",
                        help="the summary's thresholds, out of fold on train.tsv only")
    parser.add_argument("--c", type=float, default=C, help=f"inverse regularisation ({C})")
    args = parser.parse_args()
    nlp = spacy.load(next(n for n in DEFAULT_MODELS if spacy.util.is_package(n)))
    if args.calibrate:
        print(f"out of fold on train.tsv (the summary needs {MIN_CONFIDENCE}, "
              f"{FUTURE_CONFIDENCE} of a plan or a wish):\n" + calibrate(nlp))
        return 0
    if not args.check:
        rows = read("train.tsv")
        model = train([features(s) for s in spans(nlp, rows)], [r[0] for r in rows], args.c)
        MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", "utf-8")
        LinearModel.load.cache_clear()
    rows = read("eval.tsv")
    held_out = spans(nlp, rows)
    gold = [r[0] for r in rows]
    print("rules alone (eval.tsv):\n" + table(gold, [rule_relation(s) for s in held_out]))
    predicted = [predict(s) for s in held_out]
    print("\nmodel (eval.tsv):\n" + table(gold, [p for p, _ in predicted]))
    print("\nthe summary's sure relations (eval.tsv):\n" + sure_table(gold, predicted))
    for name, what in (("untrained.tsv", "not held out"), ("heldout12.tsv", "held out"),
                       ("tune12.tsv", "the cue moves' tune part")):
        rows = read(name)
        gold = [r[0] for r in rows]
        predicted = [predict(s) for s in spans(nlp, rows)]
        print(f"\nmodel ({name}, {what}):\n" + table(gold, [p for p, _ in predicted]))
        print(f"\nthe summary's sure relations ({name}):\n" + sure_table(gold, predicted))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
