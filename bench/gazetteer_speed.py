"""Gazetteer benchmark: build time, database size, lookup and near() latency, fresh-process time.

    python bench/gazetteer_speed.py            # builds a fresh copy in a temporary directory
    python bench/gazetteer_speed.py --no-build # measures the default database as it is

Prints a markdown table. Targets (2 cores): build <= 30 s CPU, lookup p50 < 50 µs, fresh process
< 1 s. The build's wall time depends on what else runs on the machine; its CPU time does not.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# Run as a script, this file's folder comes first on the import path: drop it, so that a file in
# bench/ can never shadow the package it measures.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.build import build  # noqa: E402
from gazetteer.store import default_path  # noqa: E402

NAMES = 10_000
MISS_SHARE = 0.3
SEED = 20260905


def percentiles(samples_ns: Sequence[int]) -> tuple[float, float]:
    """p50 and p99 in microseconds."""
    ordered = sorted(samples_ns)
    return (
        ordered[len(ordered) // 2] / 1000,
        ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1000,
    )


def timed(call: Callable[[], object]) -> int:
    started = time.perf_counter_ns()
    call()
    return time.perf_counter_ns() - started


def query_names(gazetteer: Gazetteer, count: int) -> list[str]:
    """Names of random places (hits) and the same names with one letter changed (mostly misses)."""
    rng = random.Random(SEED)
    rows = gazetteer._con.execute("SELECT name FROM places").fetchall()
    hits = [rows[rng.randrange(len(rows))][0] for _ in range(count)]
    misses = int(count * MISS_SHARE)
    for i in range(misses):
        name = hits[i]
        at = rng.randrange(len(name))
        hits[i] = name[:at] + rng.choice("qxzjk") + name[at + 1 :]
    rng.shuffle(hits)
    return hits


def fresh_process_seconds(runs: int = 5) -> float:
    """Median wall time of `itinerary gazetteer lookup Bergen` as a new process."""
    script = shutil.which("itinerary") or str(Path(sys.executable).with_name("itinerary"))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([script, "gazetteer", "lookup", "Bergen", "--json"], check=True,
                       capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="skip the timed build")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []

    if args.no_build:
        path = default_path()
        Gazetteer.open(path).close()
    else:
        workdir = Path(tempfile.mkdtemp(prefix="gazetteer-bench-"))
        path = workdir / "gazetteer.sqlite"
        stats = build(path)
        rows.append(("build (cities500, airports, admin, curated, sights): CPU",
                     f"{stats.cpu_seconds:.1f} s", "<= 30 s"))
        rows.append(("build: wall clock", f"{stats.seconds:.1f} s", ""))
        rows.append(("places / name keys", f"{stats.places:,} / {stats.names:,}", ""))
    rows.append(("database size", f"{path.stat().st_size / 1e6:.1f} MB", ""))

    with Gazetteer.open(path, build=False) as gazetteer:
        names = query_names(gazetteer, NAMES)
        cold = [timed(lambda n=name: gazetteer.lookup(n)) for name in names]
        warm = [timed(lambda n=name: gazetteer.lookup(n)) for name in names]
        found = sum(bool(gazetteer.lookup(name)) for name in names)
        rng = random.Random(SEED)
        cities = gazetteer._con.execute(
            "SELECT lat, lon FROM places WHERE kind = 'city' AND population > 20000"
        ).fetchall()
        points = [cities[rng.randrange(len(cities))] for _ in range(300)]
        near = [
            timed(lambda p=point: gazetteer.near(p[0], p[1], 150, kinds={"city"}))
            for point in points
        ]
    p50, p99 = percentiles(cold)
    rows.append((f"lookup, {NAMES:,} names ({found:,} with candidates), first call",
                 f"p50 {p50:.1f} µs, p99 {p99:.1f} µs", "p50 < 50 µs"))
    p50, p99 = percentiles(warm)
    rows.append(("lookup, same names again (LRU cache)", f"p50 {p50:.1f} µs, p99 {p99:.1f} µs",
                 ""))
    p50, p99 = percentiles(near)
    rows.append(("near(), 150 km, cities, 50 nearest, 300 towns",
                 f"p50 {p50 / 1000:.2f} ms, p99 {p99 / 1000:.2f} ms", ""))
    env_path = os.environ.get("ITINERARY_GAZETTEER")
    os.environ["ITINERARY_GAZETTEER"] = str(path)
    try:
        rows.append(("`itinerary gazetteer lookup Bergen`, fresh process (median of 5)",
                     f"{fresh_process_seconds():.2f} s", "< 1 s"))
    finally:
        if env_path is None:
            os.environ.pop("ITINERARY_GAZETTEER")
        else:
            os.environ["ITINERARY_GAZETTEER"] = env_path
    if not args.no_build:
        shutil.rmtree(path.parent, ignore_errors=True)

    print(f"| measure | result | target |\n|---|---|---|  <!-- {os.cpu_count()} cores -->")
    for measure, result, target in rows:
        print(f"| {measure} | {result} | {target} |")


if __name__ == "__main__":
    main()
