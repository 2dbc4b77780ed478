"""Scale of the stages after spaCy: resolution and trips against the spaCy pass, 10..5,000 comments.

Builds one thread of N generated comments (the phrases and places of ``tests/batch_corpus.py``,
as ``bench/batch.py``), runs the spaCy pass once, then times resolution and ``plan_trips`` on
its mentions, and prints one line per size with the ratio (resolution + trips) / spaCy. The
issue's target is a ratio under 0.5 at every size; a ratio that grows with N means a stage is
worse than linear. Times are CPU seconds of this process (what a busy machine disturbs least;
wall time on a shared machine mostly measures the other jobs). A short thread of other places
goes through every stage first, so that the first size does not pay alone for what any run pays
once (regular expressions compiled on first use, the first pages of the gazetteer). Each size
runs ``--repeat`` times; the line gives the minimum of each stage and the median and largest
ratio of the runs.

    python bench/trips_scale.py [--sizes 10 100 1000 5000] [--repeat 3] [--no-model]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from batch_corpus import COMMENTS, PLACES, POST, READERS
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Section, Thread
from itinerary.nlp import find_mentions_many, load_pipeline
from itinerary.resolve import resolve
from itinerary.trips import plan_trips


def thread_of(size: int, seed: int = 11) -> Thread:
    """A post and ``size`` comments over every country's places (more distinct names as it
    grows, as long threads do)."""
    rng = random.Random(seed)
    towns = [t for country in sorted(PLACES) for t in PLACES[country]]
    post = " ".join(line.format(n=rng.randint(2, 9), a=towns[0], b=towns[1], c=towns[2])
                    for line in POST)
    sections = [Section(id="post", author=None, text=f"Long thread\n{post}", title="Long thread")]
    for k in range(1, size + 1):
        a, b, c = rng.sample(towns, 3)
        text = rng.choice(COMMENTS).format(a=a, b=b, c=c)
        sections.append(Section(id=f"comment-{k}", author=rng.choice(READERS), text=text))
    return Thread(sections=tuple(sections))


WARM_UP = Thread(
    sections=(
        Section(id="post", author=None, text="We drove from Lyon to Annecy and on to Geneva."),
        Section(id="comment-1", author="Ada", text="Annecy is an easy day trip from Geneva."),
    )
)


def timed(thread: Thread, nlp: Language, gazetteer: Gazetteer) -> tuple[int, float, float, float]:
    """Mentions, then CPU seconds of the spaCy pass, of resolution and of the trip finders."""
    started = time.process_time()
    (mentions,) = find_mentions_many([thread], nlp)
    spacy_s = time.process_time() - started
    started = time.process_time()
    resolved = resolve(thread, mentions, gazetteer)
    resolve_s = time.process_time() - started
    started = time.process_time()
    plan_trips(thread, resolved.resolutions, resolved.places, gazetteer)
    trips_s = time.process_time() - started
    return len(mentions), spacy_s, resolve_s, trips_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 2000, 5000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (default 1)")
    parser.add_argument("--no-model", action="store_true", help="gazetteer matcher only")
    args = parser.parse_args()
    with Gazetteer.open() as gazetteer:
        nlp = load_pipeline(gazetteer=gazetteer, statistical=not args.no_model)
        timed(WARM_UP, nlp, gazetteer)
        print(f"{'comments':>8} {'mentions':>8} {'spacy s':>8} {'resolve s':>9} {'trips s':>8} "
              f"{'ratio':>6} {'max':>5}")
        for size in args.sizes:
            thread = thread_of(size)
            runs = [timed(thread, nlp, gazetteer) for _ in range(max(1, args.repeat))]
            ratios = [(resolve_s + trips_s) / spacy_s for _, spacy_s, resolve_s, trips_s in runs]
            mentions = runs[0][0]
            spacy_s, resolve_s, trips_s = (min(run[k] for run in runs) for k in (1, 2, 3))
            print(f"{size:>8} {mentions:>8} {spacy_s:>8.2f} {resolve_s:>9.2f} {trips_s:>8.2f} "
                  f"{statistics.median(ratios):>6.2f} {max(ratios):>5.2f}", flush=True)


if __name__ == "__main__":
    main()
