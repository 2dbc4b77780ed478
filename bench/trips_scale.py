"""Scale of the stages after spaCy: resolution and trips against the spaCy pass, 10..5,000 comments.

Builds one thread of N generated comments (the phrases and places of ``tests/batch_corpus.py``,
as ``bench/batch.py``), runs the spaCy pass once, then times resolution and ``plan_trips`` on
its mentions, and prints one line per size with the ratio (resolution + trips) / spaCy. The
issue's target is a ratio under 0.5 at every size; a ratio that grows with N means a stage is
worse than linear. Times are CPU seconds of this process (what a busy machine disturbs least;
wall time on a shared machine mostly measures the other jobs).

    python bench/trips_scale.py [--sizes 10 100 1000 5000] [--no-model]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from batch_corpus import COMMENTS, PLACES, POST, READERS

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 2000, 5000])
    parser.add_argument("--no-model", action="store_true", help="gazetteer matcher only")
    args = parser.parse_args()
    with Gazetteer.open(progress=False) as gazetteer:
        nlp = load_pipeline(gazetteer=gazetteer, statistical=not args.no_model)
        print(f"{'comments':>8} {'mentions':>8} {'spacy s':>8} {'resolve s':>9} {'trips s':>8} "
              f"{'ratio':>6}")
        for size in args.sizes:
            thread = thread_of(size)
            started = time.process_time()
            (mentions,) = find_mentions_many([thread], nlp)
            spacy_s = time.process_time() - started
            started = time.process_time()
            resolved = resolve(thread, mentions, gazetteer)
            resolve_s = time.process_time() - started
            started = time.process_time()
            plan_trips(thread, resolved.resolutions, resolved.places, gazetteer)
            trips_s = time.process_time() - started
            ratio = (resolve_s + trips_s) / spacy_s
            print(f"{size:>8} {len(mentions):>8} {spacy_s:>8.2f} {resolve_s:>9.2f} "
                  f"{trips_s:>8.2f} {ratio:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
