"""Map page cost after analysis: render time and page size for the seed thread and the examples.

Analyses each thread once (not timed), then renders its page REPEAT times and reports the first
render (templates and the country outlines load then) and the median of the rest, with the page's
size in kB. The issue's budget: under 0.2 s and under 400 kB for the seed thread.

    python bench/map_page.py [--repeat 20] [THREAD ...]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from itinerary.export.html import render_html
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "roros-day-trip-thread.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("threads", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    paths = args.threads or [p for p in [SEED, *sorted((ROOT / "examples").iterdir())]
                             if p.is_file() and p.suffix != ".md"]
    analyzer = Analyzer()
    print(f"{'thread':<40} {'first s':>8} {'median s':>9} {'kB':>6}")
    for path in paths:
        for thread in read_threads(path):
            report = analyzer.analyze(thread)
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                html = render_html(report)
                times.append(time.perf_counter() - start)
            name = thread.id or path.name
            print(f"{name[:40]:<40} {times[0]:>8.3f} {statistics.median(times[1:] or times):>9.3f}"
                  f" {len(html.encode()) / 1000:>6.0f}")


if __name__ == "__main__":
    main()
