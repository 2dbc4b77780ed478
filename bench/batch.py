"""Batch throughput: ``itinerary batch`` over a folder of generated threads at 1 and 2 workers.

Writes N thread files (JSON thread objects, plus two broken files in the middle: an empty one and
one with malformed JSON) into a temporary folder, runs the real command once per worker count and
prints threads/s over the whole command (start-up and model loading included) and over the
analysis alone (as the command reports it on stderr), the CPU time per thread (all processes), and
the load average before the run: on a shared machine, a load above the core count means the
throughput figures are a lower bound.

    python bench/batch.py [--threads 1000] [--workers 1 2] [--keep DIR] [--no-model]

The reports go to reports-N.jsonl beside the threads folder; the run checks they are identical
for every worker count.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Real places (name, country) the generated threads are about; text is built from the phrases
# below, so every thread is different but reads like a travel post with comments.
PLACES = {
    "Norway": ["Oslo", "Bergen", "Trondheim", "Røros", "Ålesund", "Bodø", "Tromsø", "Stavanger",
               "Lillehammer", "Flåm"],
    "Italy": ["Florence", "Siena", "Pisa", "Lucca", "Bologna", "Rome", "Naples", "Verona",
              "Venice", "Milan"],
    "Scotland": ["Edinburgh", "Glasgow", "Inverness", "Fort William", "Oban", "Stirling",
                 "Aberdeen", "Portree", "Pitlochry", "St Andrews"],
    "Japan": ["Tokyo", "Kyoto", "Osaka", "Nara", "Hiroshima", "Kanazawa", "Nagoya", "Sapporo",
              "Hakone", "Nikko"],
    "Portugal": ["Lisbon", "Porto", "Sintra", "Coimbra", "Évora", "Faro", "Lagos", "Braga",
                 "Cascais", "Óbidos"],
}
READERS = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
           "Kaito", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tove"]
POST = [
    "We spent {n} days in {a} this spring and used it as a base for the region.",
    "The easiest outing from {a} was the train to {b}, a little over an hour each way.",
    "Our route ran {a} \u2013 {b} \u2013 {c}, with a night in each place.",
    "If you only have a weekend, stay in {a} and keep {b} for another trip.",
]
COMMENTS = [
    "We went to {a} last year and loved the old town.",
    "I'm planning a trip to {a} next month, any tips for {b}?",
    "{a} has been on my bucket list for ages.",
    "I live in {a}, and {b} really is an easy day trip from here.",
    "We drove from {a} to {b} and then on to {c} in one long day.",
    "Great photos! I have never been to {a}, maybe one day.",
    "Thanks for this, we fly into {a} in June and will rent a car there.",
]


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` thread files named in reading order; broken ones at 1/4 and 1/2 of the way."""
    rng = random.Random(seed)
    written = []
    for number in range(count):
        country = rng.choice(sorted(PLACES))
        towns = rng.sample(PLACES[country], 6)
        post = " ".join(line.format(n=rng.randint(2, 9), a=towns[0], b=towns[1], c=towns[2])
                        for line in rng.sample(POST, 3))
        comments = [
            {"author": rng.choice(READERS),
             "text": rng.choice(COMMENTS).format(a=rng.choice(towns), b=rng.choice(towns),
                                                 c=rng.choice(towns))}
            for _ in range(rng.randint(2, 8))
        ]
        thread = {"id": f"gen-{number:04d}", "title": f"{rng.randint(2, 9)} days around {towns[0]}",
                  "location": f"{towns[0]}, {country}", "post": post, "comments": comments}
        path = folder / f"thread-{number:04d}.json"
        path.write_text(json.dumps(thread, ensure_ascii=False), encoding="utf-8")
        written.append(path)
    (folder / f"thread-{count // 4:04d}-empty.txt").write_text("")
    (folder / f"thread-{count // 2:04d}-broken.json").write_text('{"title": "Oslo", "post": ')
    return written


def run(folder: Path, workers: int, no_model: bool) -> dict[str, float | int | str]:
    out = folder.parent / f"reports-{workers}.jsonl"
    command = [sys.executable, "-m", "itinerary", "batch", str(folder), "--out", str(out),
               "--workers", str(workers)]
    if no_model:
        command.append("--no-model")
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    reports = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    match = re.search(r"(\d+) threads analyzed in ([\d.]+) s", done.stderr)
    analysis = float(match.group(2)) if match else float("nan")
    failed = len(re.findall(r"^failed: ", done.stderr, flags=re.MULTILINE))
    return {"workers": workers, "exit": done.returncode, "reports": reports, "failed": failed,
            "wall_s": wall, "wall_rate": reports / wall, "analysis_s": analysis,
            "analysis_rate": reports / analysis if analysis else float("nan"),
            "cpu_ms": 1000 * cpu / max(reports, 1), "load": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--no-model", action="store_true", help="gazetteer matching only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="itinerary-batch-") as tmp:
        folder = args.keep or Path(tmp) / "threads"
        folder.mkdir(parents=True, exist_ok=True)
        generate(folder, args.threads)
        print(f"{args.threads} threads + 2 broken files in {folder}", file=sys.stderr)
        print(f"{os.cpu_count()} CPUs", file=sys.stderr)
        print("| workers | reports | failed | exit | wall s | threads/s (wall) "
              "| analysis s | threads/s (analysis) | CPU ms/thread | load before |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for workers in args.workers:
            r = run(folder, workers, args.no_model)
            print(f"| {r['workers']} | {r['reports']} | {r['failed']} | {r['exit']} "
                  f"| {r['wall_s']:.1f} | {r['wall_rate']:.1f} | {r['analysis_s']:.1f} "
                  f"| {r['analysis_rate']:.1f} | {r['cpu_ms']:.0f} | {r['load']:.1f} |",
                  flush=True)
        outputs = {(folder.parent / f"reports-{w}.jsonl").read_bytes() for w in args.workers}
        print(f"outputs identical across worker counts: {'yes' if len(outputs) == 1 else 'NO'}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
