"""What a fresh process's first pass costs over a second one, and which step takes it.

Loads the whole pass, runs the warm-up text of ``travel_speed.py``, then times (CPU seconds of
this process) the first pass over every thread of the inputs (cold: the gazetteer's caches and
pages are empty) and a second pass (warm). ``--step NAME`` also times a function of
``itinerary.resolve`` in both passes (CPU seconds inside it); ``--without NAME`` replaces one by a
function that does nothing (its output changes then); ``--profile OUT`` writes a cProfile of the
cold pass.

    python bench/cold_pass.py [INPUT ...] [--step _spell_near] [--without NAME] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from itinerary import resolve
from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer

sys.path.insert(0, str(Path(__file__).parent))
from travel_speed import DEFAULT_INPUTS, WARM_UP, threads_of


def timed(
    function: Callable[..., Any], name: str, spent: dict[str, float]
) -> Callable[..., Any]:
    """``function``, adding the CPU seconds of each call to ``spent[name]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return wrapper


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", type=Path, default=list(DEFAULT_INPUTS))
    parser.add_argument("--without", action="append", default=[],
                        help="a function of itinerary.resolve to skip (repeatable)")
    parser.add_argument("--step", action="append", default=[],
                        help="a function of itinerary.resolve to time (repeatable)")
    parser.add_argument("--profile", type=Path, help="cProfile the cold pass into OUT")
    args = parser.parse_args(argv)
    spent: dict[str, float] = {}
    for name in args.without + args.step:
        if not callable(getattr(resolve, name, None)):
            print(f"cold_pass.py: itinerary.resolve has no function {name}", file=sys.stderr)
            return 2
    for name in args.without:
        setattr(resolve, name, lambda *_args, **_kwargs: None)
    for name in args.step:
        setattr(resolve, name, timed(getattr(resolve, name), name, spent))
    threads = threads_of(args.inputs)
    analyzer = Analyzer()
    warm = Thread(sections=(Section(id="post", author=None, text=WARM_UP),), source="warm-up",
                  id="warm-up")
    list(analyzer.analyze_many([warm]))
    times = []
    for run in ("cold", "warm"):
        spent.clear()
        start = time.process_time()
        if run == "cold" and args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(lambda: list(analyzer.analyze_many(threads)))
            profiler.dump_stats(args.profile)
        else:
            list(analyzer.analyze_many(threads))
        times.append(time.process_time() - start)
        for name, seconds in spent.items():
            print(f"{run}: {name} {seconds:.3f} s")
    print(f"{len(threads)} threads: cold {times[0]:.2f} s, warm {times[1]:.2f} s, "
          f"cold - warm {times[0] - times[1]:.2f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
