"""The Dask engine on a real cluster: a ``LocalCluster`` of two worker processes on 127.0.0.1 and,
when ``.ci/run`` started one, a separate ``dask scheduler`` with two ``dask worker`` processes
(its address in ``ITINERARY_DASK_SCHEDULER``)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_corpus import threads, write_jsonl
from distributed import Client, LocalCluster

from gazetteer import Gazetteer
from itinerary.batch import Progress, report_key, run_local
from itinerary.batch.cluster import run_dask
from itinerary.errors import InputError
from itinerary.pipeline import Analyzer

PATIENCE_S = 900  # a ceiling for a busy machine, not a speed claim


@pytest.fixture(scope="module")
def cluster(gazetteer: Gazetteer) -> Iterator[LocalCluster]:
    """Two worker processes; the ``gazetteer`` fixture has built the database they open."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as started:
        yield started


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = write_jsonl(tmp_path_factory.mktemp("dask") / "posts.jsonl", threads(40))
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines.insert(17, '{"id": "cut", "post": "Bergen\n')  # a record a crash cut short
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local(corpus: Path, analyzer: Analyzer) -> dict[str, object]:
    """What the local engine makes of the same input: the baseline."""
    folder = corpus.parent / "local"
    folder.mkdir()
    result = run_local(corpus, folder / "out.jsonl", analyzer=lambda: analyzer,
                       errors=folder / "errors.jsonl")
    return {"lines": sorted((folder / "out.jsonl").read_text("utf-8").splitlines()),
            "summary": result.summary.to_dict(),
            "errors": (folder / "errors.jsonl").read_text("utf-8")}


def _part_lines(folder: Path) -> list[str]:
    return [line for part in sorted(folder.glob("part-*.jsonl"))
            for line in part.read_text("utf-8").splitlines()]


def test_same_reports_summary_and_errors_as_the_local_engine(
    cluster: LocalCluster, corpus: Path, local: dict[str, object], tmp_path: Path
) -> None:
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    steps: list[Progress] = []
    result = run_dask(corpus, out, scheduler=cluster.scheduler_address, partition=8,
                      errors=errors, progress=steps.append)
    assert len(list(out.glob("part-*.jsonl"))) == 6  # 41 lines, 8 to a partition
    lines = _part_lines(out)
    assert sorted(lines) == local["lines"]
    assert len({report_key(json.loads(line)) for line in lines}) == 40
    assert json.loads((out / "summary.json").read_text("utf-8")) == local["summary"]
    assert errors.read_text("utf-8") == local["errors"]
    assert [f.source for f in result.failures] == [f"{corpus}:18"]
    assert steps[0] == Progress(0, 41) and steps[-1].done == 41
    assert not list(out.glob(".*"))  # no temporary part left behind


def test_command_line_on_a_running_scheduler(
    cluster: LocalCluster, corpus: Path, local: dict[str, object], tmp_path: Path
) -> None:
    address = os.environ.get("ITINERARY_DASK_SCHEDULER") or cluster.scheduler_address
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "itinerary", "batch", str(corpus), "--engine", "dask",
         "--scheduler", address, "--out", f"{out}/"],
        capture_output=True, text=True, timeout=PATIENCE_S, check=False)
    assert done.returncode == 1, done.stderr  # the one cut record
    assert "Traceback" not in done.stderr
    assert f"failed: {corpus}:18: malformed JSON" in done.stderr
    assert "40 threads analyzed" in done.stderr
    assert sorted(_part_lines(out)) == local["lines"]


def test_unreachable_scheduler_is_one_line(corpus: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = f"tcp://127.0.0.1:{probe.getsockname()[1]}"  # nobody listens there once closed
    done = subprocess.run(
        [sys.executable, "-m", "itinerary", "batch", str(corpus), "--engine", "dask",
         "--scheduler", free, "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=PATIENCE_S, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].startswith("error: cannot reach the Dask scheduler")


def test_duplicate_ids_refused_before_analysis(cluster: LocalCluster, tmp_path: Path) -> None:
    items = threads(6)
    items[5]["id"] = items[0]["id"]
    source = write_jsonl(tmp_path / "posts.jsonl", items)
    with pytest.raises(InputError, match=r"'gen-0000' \(2 times\)"):
        run_dask(source, tmp_path / "out", scheduler=cluster.scheduler_address, partition=2)
    assert not list((tmp_path / "out").glob("part-*"))


def test_a_folder_of_threads_gives_what_the_local_engine_gives(
    cluster: LocalCluster, tmp_path: Path, analyzer: Analyzer
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, thread in enumerate(threads(5, seed=11)):
        (folder / f"{number}.json").write_text(json.dumps(thread), encoding="utf-8")
    (folder / "5-empty.txt").write_text("")
    (folder / "6-post.txt").write_text("Two nights in Porto, then the train down to Lisbon.\n")
    local_out = tmp_path / "local.jsonl"
    run_local(folder, local_out, analyzer=lambda: analyzer)
    out = tmp_path / "out"
    result = run_dask(folder, out, scheduler=cluster.scheduler_address, partition=3)
    assert len(list(out.glob("part-*.jsonl"))) == 3  # 7 files, 3 to a partition
    assert sorted(_part_lines(out)) == sorted(local_out.read_text("utf-8").splitlines())
    assert [f.message for f in result.failures] == [f"{folder / '5-empty.txt'}: empty file"]


def test_worker_killed_mid_run_loses_and_repeats_nothing(
    cluster: LocalCluster, corpus: Path, local: dict[str, object], tmp_path: Path
) -> None:
    killed: list[str] = []
    with Client(cluster.scheduler_address) as watcher:
        pids = watcher.run(os.getpid)

        def kill_a_busy_worker(step: Progress) -> None:
            if step.done == 0 or killed:
                return
            busy = [address for address, keys in watcher.processing().items() if keys]
            assert busy, "every partition finished before the first was reported"
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(busy[0])

        out = tmp_path / "out"
        run_dask(corpus, out, scheduler=cluster.scheduler_address, partition=4,
                 progress=kill_a_busy_worker)
    assert killed
    assert sorted(_part_lines(out)) == local["lines"]
