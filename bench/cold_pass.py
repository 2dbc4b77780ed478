"""What a fresh process's first pass costs over a second one, and which step takes it.

Loads the whole pass, runs the warm-up text of ``travel_speed.py``, then times (CPU seconds of
this process) the first pass over every thread of the inputs (cold: the gazetteer's caches and
pages are empty) and a second pass (warm). ``--step NAME`` also times a function of
``itinerary.resolve`` in both passes (CPU seconds inside it); ``--without NAME`` replaces one by a
function that does nothing (its output changes then); ``--profile OUT`` writes a cProfile of the
cold pass; ``--difference N`` profiles both passes and prints the N functions whose cumulative
seconds grow most from the second pass to the first (where a first pass's extra time goes; the
profiler's own cost inflates both alike).

    python bench/cold_pass.py [INPUT ...] [--step _spell_near] [--without NAME] [--profile OUT]
                              [--difference 30]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
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


def print_difference(cold: pstats.Stats, warm: pstats.Stats, count: int) -> None:
    """The ``count`` functions whose cumulative seconds the first pass adds most to."""
    first = {key: row[3] for key, row in cold.stats.items()}  # type: ignore[attr-defined]
    second = {key: row[3] for key, row in warm.stats.items()}  # type: ignore[attr-defined]
    grown = sorted(first, key=lambda key: second.get(key, 0.0) - first[key])[:count]
    print("| first - second s | first s | second s | function |")
    print("|---|---|---|---|")
    for key in grown:
        where = f"{key[0].split('site-packages/')[-1]}:{key[1]}({key[2]})"
        print(f"| {first[key] - second.get(key, 0.0):.3f} | {first[key]:.3f} | "
              f"{second.get(key, 0.0):.3f} | {where} |")


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
    parser.add_argument("--difference", type=int, metavar="N",
                        help="profile both passes; print the N functions a first pass adds to most")
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
    profiles: list[pstats.Stats] = []
    for run in ("cold", "warm"):
        spent.clear()
        start = time.process_time()
        if (run == "cold" and args.profile) or args.difference:
            profiler = cProfile.Profile()
            profiler.runcall(lambda: list(analyzer.analyze_many(threads)))
            if run == "cold" and args.profile:
                profiler.dump_stats(args.profile)
            profiles.append(pstats.Stats(profiler))
        else:
            list(analyzer.analyze_many(threads))
        times.append(time.process_time() - start)
        for name, seconds in spent.items():
            print(f"{run}: {name} {seconds:.3f} s")
    if args.difference:
        print_difference(profiles[0], profiles[1], args.difference)
    print(f"{len(threads)} threads: cold {times[0]:.2f} s, warm {times[1]:.2f} s, "
          f"cold - warm {times[0] - times[1]:.2f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
