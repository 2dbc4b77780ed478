"""What a fresh process's first pass costs over a second one, and which step takes it.

Loads the whole pass, runs the warm-up text of ``travel_speed.py``, then times (CPU seconds of
this process) the first pass over every thread of the inputs (cold: the gazetteer's caches and
pages are empty) and a second pass (warm). ``--without NAME`` replaces a function of
``itinerary.resolve`` by one that does nothing, to see what a step costs cold and warm (its
output changes then); ``--profile OUT`` writes a cProfile of the cold pass.

    python bench/cold_pass.py [INPUT ...] [--without _spell_near] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from itinerary import resolve
from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer

sys.path.insert(0, str(Path(__file__).parent))
from travel_speed import DEFAULT_INPUTS, WARM_UP, threads_of


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", type=Path, default=list(DEFAULT_INPUTS))
    parser.add_argument("--without", action="append", default=[],
                        help="a function of itinerary.resolve to skip (repeatable)")
    parser.add_argument("--profile", type=Path, help="cProfile the cold pass into OUT")
    args = parser.parse_args(argv)
    for name in args.without:
        if not callable(getattr(resolve, name, None)):
            print(f"cold_pass.py: itinerary.resolve has no function {name}", file=sys.stderr)
            return 2
        setattr(resolve, name, lambda *_args, **_kwargs: None)
    threads = threads_of(args.inputs)
    analyzer = Analyzer()
    warm = Thread(sections=(Section(id="post", author=None, text=WARM_UP),), source="warm-up",
                  id="warm-up")
    list(analyzer.analyze_many([warm]))
    times = []
    for run in ("cold", "warm"):
        start = time.process_time()
        if run == "cold" and args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(lambda: list(analyzer.analyze_many(threads)))
            profiler.dump_stats(args.profile)
        else:
            list(analyzer.analyze_many(threads))
        times.append(time.process_time() - start)
    print(f"{len(threads)} threads: cold {times[0]:.2f} s, warm {times[1]:.2f} s, "
          f"cold - warm {times[0] - times[1]:.2f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
