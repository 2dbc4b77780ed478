"""``itinerary batch --workers 2`` stopped by a real signal: what it leaves, and what a second run
does with it. Every wait is on a condition (a file appears, a process is gone), never on time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from batch_corpus import threads, write_jsonl

PATIENCE_S = 300  # a ceiling for a busy machine, not a speed claim


def _start(*args: str) -> subprocess.Popen[str]:
    # A run started in the background (nohup, "&" in a script) inherits SIGINT ignored, and a
    # program rightly keeps it so; Ctrl-C's run is a foreground one, so it starts with the default.
    return subprocess.Popen([sys.executable, "-m", "itinerary", "batch", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_interrupt)


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _temporary(out: Path) -> list[Path]:
    return list(out.parent.glob(f".{out.name}.*.part"))


def _workers(process: subprocess.Popen[str]) -> list[psutil.Process]:
    _wait_for(lambda: len(psutil.Process(process.pid).children()) >= 2, "two workers")
    return psutil.Process(process.pid).children()


def _all_gone(processes: list[psutil.Process]) -> bool:
    return not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in processes)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    # large enough that the run is still going when its first chunks are written
    return write_jsonl(tmp_path / "posts.jsonl", threads(2000))


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stopped_run_stops_its_workers_and_removes_its_temporary_file(
    corpus: Path, tmp_path: Path, stop: signal.Signals
) -> None:
    out = tmp_path / "out.jsonl"
    run = _start(str(corpus), "--out", str(out), "--workers", "2")
    workers = _workers(run)
    _wait_for(lambda: any(_lines(p) for p in _temporary(out)), "the first reports")
    run.send_signal(stop)
    _, stderr = run.communicate(timeout=PATIENCE_S)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr
    _wait_for(lambda: _all_gone(workers), "the workers to exit")
    assert not out.exists()
    assert _temporary(out) == []


def test_killed_run_workers_exit_and_next_run_cleans_up(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run = _start(str(corpus), "--out", str(out), "--workers", "2")
    workers = _workers(run)
    _wait_for(lambda: any(_lines(p) for p in _temporary(out)), "the first reports")
    run.kill()
    run.communicate(timeout=PATIENCE_S)
    _wait_for(lambda: _all_gone(workers), "orphaned workers to notice and exit")
    [stale] = _temporary(out)
    small = write_jsonl(tmp_path / "small.jsonl", threads(3))
    again = subprocess.run([sys.executable, "-m", "itinerary", "batch", str(small), "--out",
                            str(out)], capture_output=True, text=True, timeout=PATIENCE_S,
                           check=False)
    assert again.returncode == 0, again.stderr
    assert not stale.exists()
    assert _lines(out) == 3


def test_killed_resumable_run_resumes_without_loss_or_repeat(tmp_path: Path) -> None:
    items = threads(400)
    corpus = write_jsonl(tmp_path / "posts.jsonl", items)
    out = tmp_path / "out.jsonl"
    run = _start(str(corpus), "--out", str(out), "--workers", "2", "--resume")
    workers = _workers(run)
    _wait_for(lambda: _lines(out) >= 1, "the first reports")
    run.kill()
    run.communicate(timeout=PATIENCE_S)
    _wait_for(lambda: _all_gone(workers), "orphaned workers to notice and exit")
    kept = _lines(out)
    assert 0 < kept < len(items)
    again = _start(str(corpus), "--out", str(out), "--workers", "2", "--resume")
    _, stderr = again.communicate(timeout=PATIENCE_S * 4)
    assert again.returncode == 0, stderr
    assert f"{kept} threads already in the output, skipped" in stderr
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids == [t["id"] for t in items]
    assert os.path.getsize(out) == out.stat().st_size and _temporary(out) == []
