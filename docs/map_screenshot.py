"""Regenerate the README's picture of the seed thread's map page (needs chromium on PATH).

    python docs/map_screenshot.py [THREAD] [OUT.png]

THREAD defaults to the shared seed thread beside the repository, OUT to docs/images/seed-map.png.
The page is drawn offline (country outlines, no tiles), so the picture is the same on any machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from itinerary.export.html import write_png
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "roros-day-trip-thread.txt"
OUT = ROOT / "docs" / "images" / "seed-map.png"


def main(argv: list[str]) -> None:
    thread_path = Path(argv[0]) if argv else SEED
    out = Path(argv[1]) if len(argv) > 1 else OUT
    (thread,) = read_threads(thread_path)
    write_png(Analyzer().analyze(thread), out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
