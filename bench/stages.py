"""Where the whole pass spends its time against plain spaCy: CPU seconds per stage, cold and warm.

Loads the whole pass and plain spaCy as ``travel_speed.py`` does, runs the warm-up text, then
runs every thread of the inputs twice (the first pass cold, the second warm) through each, and
prints the CPU seconds of this process in every spaCy component of both pipelines and in every
later stage of ours: the rest of the mention finder (``find_names_many`` around its spaCy
components), the thread-wide relations, the resolver, the place relations and the trip finders.
A component's seconds are those of its own ``pipe`` over the documents it is handed (the stream
is gathered before each component for that), so the sum of the rows is the pass.

    python bench/stages.py [INPUT ...] [--model NAME]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import spacy
import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

from itinerary import pipeline
from itinerary.models import Section, Thread
from itinerary.nlp import DEFAULT_MODELS
from itinerary.pipeline import Analyzer

sys.path.insert(0, str(Path(__file__).parent))
from cold_pass import timed
from travel_speed import DEFAULT_INPUTS, WARM_UP, threads_of

STAGES = ("relate_thread", "resolve", "relate_places", "plan_trips")


class Timed:
    """A spaCy component that adds the CPU seconds of its own work to ``spent[name]``."""

    def __init__(self, name: str, proc: Any, spent: dict[str, float]) -> None:
        self.name, self.proc, self.spent = name, proc, spent

    def __call__(self, doc: Doc) -> Doc:
        started = time.process_time()
        try:
            return self.proc(doc)
        finally:
            self._add(started)

    def pipe(self, docs: Iterable[Doc], **kwargs: Any) -> list[Doc]:
        handed = list(docs)  # the components before this one run here, on their own clocks
        started = time.process_time()
        try:
            if hasattr(self.proc, "pipe"):
                return list(self.proc.pipe(handed, **kwargs))
            return [self.proc(doc) for doc in handed]
        finally:
            self._add(started)

    def _add(self, started: float) -> None:
        self.spent[self.name] = self.spent.get(self.name, 0.0) + time.process_time() - started


def time_components(nlp: Language, prefix: str, spent: dict[str, float]) -> None:
    """Wrap each component of ``nlp`` in a ``Timed`` whose row is ``prefix`` + its name."""
    nlp._components = [  # a bench may look inside
        (name, Timed(prefix + name, proc, spent)) for name, proc in nlp._components
    ]


def timed_finder(
    finder: Callable[..., Iterator[Any]], spent: dict[str, float]
) -> Callable[..., Iterator[Any]]:
    """``find_names_many`` whose CPU seconds (its spaCy components included) go to one row."""

    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        found = finder(*args, **kwargs)
        while True:
            started = time.process_time()
            try:
                item = next(found)
            except StopIteration:
                return
            finally:
                spent["find_names_many"] = (
                    spent.get("find_names_many", 0.0) + time.process_time() - started
                )
            yield item

    return wrapper


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", type=Path, default=list(DEFAULT_INPUTS))
    parser.add_argument("--model", help="spaCy pipeline to load (default: the bundled one)")
    args = parser.parse_args(argv)
    threads = threads_of(args.inputs)
    texts = [section.text for thread in threads for section in thread.sections]
    analyzer = Analyzer(model=args.model)
    plain = spacy.load(args.model or next(n for n in DEFAULT_MODELS if spacy.util.is_package(n)))
    warm = Thread(
        sections=(Section(id="post", author=None, text=WARM_UP),), source="warm-up", id="warm-up"
    )
    list(analyzer.analyze_many([warm]))
    list(plain.pipe([WARM_UP]))

    spent: dict[str, float] = {}
    time_components(analyzer.nlp, "ours: ", spent)
    time_components(plain, "plain: ", spent)
    for name in STAGES:
        setattr(pipeline, name, timed(getattr(pipeline, name), name, spent))
    pipeline.find_names_many = timed_finder(pipeline.find_names_many, spent)

    passes: list[dict[str, float]] = []
    totals: list[tuple[float, float]] = []
    for _ in ("cold", "warm"):
        spent.clear()
        started = time.process_time()
        list(analyzer.analyze_many(threads))
        ours = time.process_time() - started
        started = time.process_time()
        for _doc in plain.pipe(texts, batch_size=64):
            pass
        totals.append((ours, time.process_time() - started))
        passes.append(dict(spent))
    cold, warm_pass = passes
    for row in (cold, warm_pass):
        components = sum(s for name, s in row.items() if name.startswith("ours: "))
        row["mention finder beyond its components"] = row.pop("find_names_many") - components
    print(f"{len(threads)} threads, {len(texts)} sections; CPU seconds")
    print("| stage | cold | warm |")
    print("|---|---|---|")
    for name in sorted(cold, key=lambda n: (not n.startswith("plain"), -warm_pass.get(n, 0.0))):
        print(f"| {name} | {cold[name]:.3f} | {warm_pass.get(name, 0.0):.3f} |")
    for run, (ours, theirs) in zip(("cold", "warm"), totals, strict=True):
        print(
            f"{run}: whole pass {ours:.2f} s, plain spaCy {theirs:.2f} s, ratio {theirs / ours:.2f}"
        )
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
