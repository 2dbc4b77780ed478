"""Geoparsing benchmark: recognition and resolution on GeoWebNews, LGL and TR-News.

Scoring follows EUPEG (Wang & Hu 2019) as described in the benchmark folder's README: a prediction
matches a gold toponym when the span midpoints differ by less than 10 characters and the strings are
equal ignoring case; each gold toponym matches at most one prediction.

    python bench/geoparse.py ../shared/bench/lgl.jsonl [more.jsonl ...] [--limit N] [--setting news]

``--keep DIR`` writes every document's JSON report there (one JSON Lines file per set), to check
that a speed change alters no output.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import spacy
import spacy.util
from geopy.distance import great_circle
from spacy.language import Language

from itinerary.export.report_json import dumps, report_to_dict
from itinerary.models import Report, Section, Thread
from itinerary.nlp import DEFAULT_MODELS, NEWS_CONFIG
from itinerary.pipeline import Analyzer

EARTH_HALF_CIRCUMFERENCE_KM = 20039.0
ACC_KM = 161.0


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    errors_km: list[float] | None = None
    documents: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        errs = self.errors_km or []
        return sum(e < ACC_KM for e in errs) / len(errs) if errs else 0.0

    @property
    def auc(self) -> float:
        """Area under the sorted, log-scaled error curve (lower is better)."""
        errs = sorted(
            math.log(1 + e) / math.log(EARTH_HALF_CIRCUMFERENCE_KM) for e in self.errors_km or []
        )
        if len(errs) < 2:
            return errs[0] if errs else 0.0
        step = 1 / (len(errs) - 1)
        return sum((a + b) / 2 * step for a, b in pairwise(errs))


def match(gold: Sequence[Gold], predicted: Sequence[Predicted]) -> list[tuple[Gold, Predicted]]:
    """Greedy one-to-one matching by nearest midpoint, as the scoring rules define."""
    pairs: list[tuple[Gold, Predicted]] = []
    used: set[int] = set()
    for g in gold:
        mid = (g.start + g.end) / 2
        best: tuple[float, int] | None = None
        for i, p in enumerate(predicted):
            if i in used or p.name.lower() != g.name.lower():
                continue
            gap = abs((p.start + p.end) / 2 - mid)
            if gap < 10 and (best is None or gap < best[0]):
                best = (gap, i)
        if best is not None:
            used.add(best[1])
            pairs.append((g, predicted[best[1]]))
    return pairs


def read_documents(path: Path, limit: int | None) -> Iterator[tuple[Thread, list[Gold]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            doc = json.loads(line)
            thread = Thread(
                sections=(Section(id="post", author=None, text=doc["text"]),),
                source=str(path),
                id=doc["id"],
            )
            gold = [
                Gold(t["start"], t["end"], t["name"], t["lat"], t["lon"]) for t in doc["toponyms"]
            ]
            yield thread, gold


def predictions(report: Report) -> list[Predicted]:
    return [
        Predicted(
            r.mention.start,
            r.mention.end,
            r.mention.text,
            r.place.lat if r.place else None,
            r.place.lon if r.place else None,
        )
        for r in report.resolutions
    ]


def evaluate(
    analyzer: Analyzer,
    path: Path,
    limit: int | None = None,
    misses: list[str] | None = None,
    keep: Path | None = None,
) -> Score:
    docs = list(read_documents(path, limit))
    score = Score(errors_km=[], documents=len(docs))
    started = time.process_time()
    reports = list(analyzer.analyze_many(thread for thread, _ in docs))
    score.seconds = time.process_time() - started
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        lines = [dumps(report_to_dict(report), indent=None) + "\n" for report in reports]
        (keep / f"{path.stem}.jsonl").write_text("".join(lines), encoding="utf-8")
    for (thread, gold), report in zip(docs, reports, strict=True):
        predicted = predictions(report)
        score.gold += len(gold)
        score.predicted += len(predicted)
        pairs = match(gold, predicted)
        score.matched += len(pairs)
        for g, p in pairs:
            if p.lat is None or p.lon is None:
                # An unresolved toponym is as wrong as it gets.
                error = EARTH_HALF_CIRCUMFERENCE_KM
            else:
                error = great_circle((g.lat, g.lon), (p.lat, p.lon)).km
            assert score.errors_km is not None
            score.errors_km.append(error)
            if misses is not None and error >= ACC_KM:
                misses.append(f"{thread.id}\t{g.name}\t{error:.0f} km\t{p.lat},{p.lon}")
        if misses is not None:
            matched_gold = {id(g) for g, _ in pairs}
            matched_pred = {id(p) for _, p in pairs}
            misses.extend(f"{thread.id}\tFN\t{g.name}" for g in gold if id(g) not in matched_gold)
            misses.extend(
                f"{thread.id}\tFP\t{p.name}" for p in predicted if id(p) not in matched_pred
            )
    return score


WARM_UP = (
    "We flew into Lisbon, took the train up to Porto for three days and drove back south "
    "through Coimbra. Next year we hope to see Madrid."
)


def warm_up(analyzer: Analyzer, plain: Language) -> None:
    """One short text through both pipelines before any clock starts, so that neither rate pays
    for first-use loading (the relation model, word tables, the first pages of the gazetteer);
    a text of its own, so that no benchmark document is cached before it is timed."""
    list(analyzer.analyze_many([Thread(sections=(Section(id="post", author=None, text=WARM_UP),),
                                       source="warm-up", id="warm-up")]))
    list(plain.pipe([WARM_UP]))


def plain_speed(nlp: Language, path: Path, limit: int | None) -> float:
    """Documents per CPU second of the plain statistical pipeline on the same texts: the
    yardstick of the whole pass's speed (at least 0.8 of it). CPU time of this process, not
    wall-clock time, so that other jobs on a shared machine do not skew the ratio."""
    texts = [thread.sections[0].text for thread, _ in read_documents(path, limit)]
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return len(texts) / (time.process_time() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path, help="benchmark JSON Lines files")
    parser.add_argument("--limit", type=int, help="score only the first N documents of each file")
    parser.add_argument(
        "--misses", type=Path, help="write false positives/negatives and far misses here"
    )
    parser.add_argument("--keep", type=Path, help="write every document's JSON report here")
    parser.add_argument(
        "--model", help="spaCy pipeline to load (default: the bundled small English one)"
    )
    parser.add_argument(
        "--setting",
        choices=("travel", "news"),
        default="travel",
        help="travel: the tool's defaults; news: also count demonyms and place names inside\n"
        "organisations, as these benchmarks' annotators did (itinerary.nlp.NEWS_CONFIG)",
    )
    args = parser.parse_args(argv)

    analyzer = Analyzer(
        model=args.model, nlp_config=NEWS_CONFIG if args.setting == "news" else None
    )
    plain = spacy.load(args.model or next(n for n in DEFAULT_MODELS if spacy.util.is_package(n)))
    warm_up(analyzer, plain)
    misses: list[str] | None = [] if args.misses else None
    print(
        "| set | docs | P | R | F1 | Acc@161 | AUC | mean km | median km | docs/s "
        "| plain spaCy docs/s | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for path in args.files:
        score = evaluate(analyzer, path, args.limit, misses, args.keep)
        plain_rate = plain_speed(plain, path, args.limit)
        errs = score.errors_km or [0.0]
        rate = score.documents / score.seconds
        print(
            f"| {path.stem} | {score.documents} | {score.precision:.3f} | {score.recall:.3f} "
            f"| {score.f1:.3f} | {score.acc161:.3f} | {score.auc:.3f} "
            f"| {statistics.mean(errs):.0f} | {statistics.median(errs):.0f} "
            f"| {rate:.1f} | {plain_rate:.1f} | {rate / plain_rate:.2f} |",
            flush=True,
        )
    if args.misses and misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
