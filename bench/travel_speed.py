"""Speed on travel text: the whole pass against the plain spaCy pipeline on the same sections.

Reads every thread of the given inputs (files, folders or globs, as ``itinerary analyze`` does;
by default the dev set and ``examples/``; ``--news`` reads the geoparsing benchmark's JSON Lines
instead, in its news setting), warms both pipelines up on a text of their own, then times,
``--repeats`` times, the whole pass (``Analyzer.analyze_many``) and plain spaCy (``nlp.pipe`` over
every section's text) in CPU seconds of this process, taking turns every ``--chunk`` threads so
that both see the same load on a shared machine. The first run is cold (nothing cached yet, as in
a fresh process), the later ones warm. Prints each run and the median ratio.
``--keep DIR`` writes each thread's JSON report there (one file per thread) to check that a
speed change alters no output.

``--same-ops`` loads plain spaCy as the whole pass loads its model (numpy's BLAS in one thread
instead of blis, ``itinerary.nlp.pipeline``), so that the ratio measures our own work alone.

    python bench/travel_speed.py [INPUT ...] [--news] [--repeats 3] [--keep DIR] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import spacy
import spacy.util
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from itinerary.export.report_json import dumps, report_to_dict
from itinerary.models import Section, Thread
from itinerary.nlp import DEFAULT_MODELS, NEWS_CONFIG
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

ROOT = Path(__file__).parents[1]
DEFAULT_INPUTS = (ROOT.parent / "shared" / "dev", ROOT / "examples")
WARM_UP = (
    "We flew into Lisbon, took the train up to Porto for three days and drove back south "
    "through Coimbra. Next year we hope to see Madrid."
)


def threads_of(inputs: Sequence[Path]) -> list[Thread]:
    """Every thread of the inputs; in a folder, only the files a thread can be read from (a dev
    set's gold files and READMEs are not threads)."""
    threads: list[Thread] = []
    for source in inputs:
        paths = sorted(source.iterdir()) if source.is_dir() else [source]
        for path in paths:
            if path.is_file() and not path.name.endswith((".score.json", ".md", ".py", ".sh")):
                threads.extend(read_threads(path))
    return threads


def news_threads(paths: Sequence[Path]) -> list[Thread]:
    """The documents of the geoparsing benchmark's files, one single-section thread each."""
    threads = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                section = Section(id="post", author=None, text=doc["text"])
                threads.append(Thread(sections=(section,), source=str(path), id=doc["id"]))
    return threads


def timed_run(
    analyzer: Analyzer, plain: Language, threads: list[Thread], chunk: int
) -> tuple[float, float, list[str]]:
    """CPU seconds of the whole pass and of plain spaCy, in turns of ``chunk`` threads."""
    ours = theirs = 0.0
    outputs: list[str] = []
    for at in range(0, len(threads), chunk):
        part = threads[at: at + chunk]
        started = time.process_time()
        reports = list(analyzer.analyze_many(part))
        ours += time.process_time() - started
        outputs += [dumps(report_to_dict(r)) for r in reports]
        texts = [section.text for thread in part for section in thread.sections]
        started = time.process_time()
        for _ in plain.pipe(texts, batch_size=64):
            pass
        theirs += time.process_time() - started
    return ours, theirs, outputs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", type=Path, default=list(DEFAULT_INPUTS))
    parser.add_argument("--news", action="store_true",
                        help="inputs are the geoparsing benchmark's JSON Lines (news setting)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=32, help="threads per turn (default 32)")
    parser.add_argument("--keep", type=Path, help="write each thread's JSON report here")
    parser.add_argument("--profile", type=Path, help="cProfile one more whole pass into OUT")
    parser.add_argument("--model", help="spaCy pipeline to load (default: the bundled one)")
    parser.add_argument("--same-ops", action="store_true",
                        help="plain spaCy on the whole pass's matrix products too")
    args = parser.parse_args(argv)

    threads = news_threads(args.inputs) if args.news else threads_of(args.inputs)
    texts = [section.text for thread in threads for section in thread.sections]
    analyzer = Analyzer(model=args.model, nlp_config=NEWS_CONFIG if args.news else None)
    plain_name = args.model or next(n for n in DEFAULT_MODELS if spacy.util.is_package(n))
    if args.same_ops:
        with use_ops("numpy", use_blis=False):
            plain = spacy.load(plain_name)
        threadpool_limits(limits=1, user_api="blas")
    else:
        plain = spacy.load(plain_name)
    warm = Thread(sections=(Section(id="post", author=None, text=WARM_UP),), source="warm-up",
                  id="warm-up")
    list(analyzer.analyze_many([warm]))
    list(plain.pipe([WARM_UP]))
    print(f"{len(threads)} threads, {len(texts)} sections, {sum(map(len, texts)):,} characters; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    print("| run | whole pass s | plain spaCy s | ratio |")
    print("|---|---|---|---|")
    ratios: list[float] = []
    outputs: list[str] = []
    for run in range(1, args.repeats + 1):
        ours, theirs, outputs = timed_run(analyzer, plain, threads, args.chunk)
        ratios.append(theirs / ours)
        print(f"| {run} | {ours:.2f} | {theirs:.2f} | {theirs / ours:.2f} |", flush=True)
    print(f"median ratio {statistics.median(ratios):.2f}; "
          f"load average after: {os.getloadavg()[0]:.1f}")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for number, (thread, text) in enumerate(zip(threads, outputs, strict=True)):
            name = f"{number:03d}_{Path(thread.source).name}_{thread.id}.json".replace("/", "_")
            (args.keep / name).write_text(text + "\n", encoding="utf-8")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: list(analyzer.analyze_many(threads)))
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
