"""Batch throughput: the local engine at 1 and 2 workers and Dask (LocalCluster, 2 workers).

Generates N threads (``tests/batch_corpus.py``) into one JSON Lines file, with two broken records
at 1/4 and 1/2 of the way, runs the real command once per engine and prints, per run: threads/s
over the analysis (as the command reports it: from the moment the workers are ready to the last
thread) and over the whole command (start-up, model loading, Dask's id check and cluster set-up
included), the peak resident memory of the largest worker process and of the parent, the CPU
time per thread (every process of the run, start-up included: the figure a busy machine disturbs
least), and the load average before the run (on a shared machine, a load above the core count
makes every figure a lower bound). Then the ratio of Dask to local at 2 workers, and whether both
engines wrote the same reports (as a set of lines).

    python bench/batch.py [--threads 2000] [--keep DIR] [--no-model]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from batch_corpus import threads, write_jsonl

RUNS = (("local", 1), ("local", 2), ("dask", 2))
SAMPLE_S = 0.2


def generate(path: Path, count: int) -> Path:
    items = threads(count)
    write_jsonl(path, items)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(count // 2, '{"id": "broken-2", "post": \n')
    lines.insert(count // 4, '{"id": "broken-1", "title": "no text"}\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


class PeakMemory:
    """Peak RSS of each process in a tree, sampled while it runs."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                top = psutil.Process(self.root)
                for process in [top, *top.children(recursive=True)]:
                    rss = process.memory_info().rss
                    self.peaks[process.pid] = max(self.peaks.get(process.pid, 0), rss)
            except psutil.Error:
                pass
            self._stop.wait(SAMPLE_S)

    def stop(self) -> tuple[float, float]:
        """(largest worker's peak, parent's peak) in MB; with no worker, the parent is one."""
        self._stop.set()
        self._thread.join()
        parent = self.peaks.get(self.root, 0)
        workers = [rss for pid, rss in self.peaks.items() if pid != self.root]
        return max(workers, default=parent) / 1e6, parent / 1e6


def run(source: Path, engine: str, workers: int, no_model: bool) -> dict[str, float | int | str]:
    out = source.parent / (f"{engine}-{workers}.jsonl" if engine == "local" else "dask-out")
    command = [sys.executable, "-m", "itinerary", "batch", str(source), "--out", str(out),
               "--workers", str(workers), "--engine", engine]
    if no_model:
        command.append("--no-model")
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    memory = PeakMemory(process.pid)
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    worker_mb, parent_mb = memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # every process of the tree, reaped
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    match = re.search(r"(\d+) threads analyzed in ([\d.]+) s", stderr)
    reports = int(match.group(1)) if match else 0
    analysis = float(match.group(2)) if match else float("nan")
    return {"engine": engine, "workers": workers, "exit": process.returncode,
            "reports": reports, "failed": len(re.findall(r"^failed: ", stderr, re.MULTILINE)),
            "analysis_rate": reports / analysis if analysis else float("nan"),
            "wall_rate": reports / wall, "wall_s": wall, "worker_mb": worker_mb,
            "parent_mb": parent_mb, "cpu_ms": 1000 * cpu / max(reports, 1), "load": load}


def lines(source: Path, engine: str, workers: int) -> set[bytes]:
    if engine == "local":
        return set((source.parent / f"local-{workers}.jsonl").read_bytes().splitlines())
    parts = sorted((source.parent / "dask-out").glob("part-*.jsonl"))
    return {line for part in parts for line in part.read_bytes().splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--no-model", action="store_true", help="gazetteer matching only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="itinerary-batch-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source = generate(folder / "threads.jsonl", args.threads)
        print(f"{args.threads} threads + 2 broken records in {source}; {os.cpu_count()} CPUs",
              file=sys.stderr)
        print("| engine | workers | reports | failed | exit | threads/s (analysis) "
              "| threads/s (whole command) | peak MB, largest worker | peak MB, parent "
              "| CPU ms/thread | load before |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        results = []
        for engine, workers in RUNS:
            r = run(source, engine, workers, args.no_model)
            results.append(r)
            print(f"| {engine} | {workers} | {r['reports']} | {r['failed']} | {r['exit']} "
                  f"| {r['analysis_rate']:.1f} | {r['wall_rate']:.1f} | {r['worker_mb']:.0f} "
                  f"| {r['parent_mb']:.0f} | {r['cpu_ms']:.0f} | {r['load']:.1f} |", flush=True)
        local, dask = results[1], results[2]
        print(f"\nDask / local at 2 workers: {dask['analysis_rate'] / local['analysis_rate']:.2f} "
              f"(analysis), {dask['wall_rate'] / local['wall_rate']:.2f} (whole command), "
              f"{local['cpu_ms'] / dask['cpu_ms']:.2f} (CPU per thread, local / Dask)")
        same = len({frozenset(lines(source, e, w)) for e, w in RUNS}) == 1
        print(f"same reports (as a set of lines) from every run: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
