"""``itinerary.batch.run_local``: ordered reports, unique ids, errors file, resume after a cut."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from batch_corpus import threads, write_jsonl

from itinerary.batch import Failure, Progress, report_key, run_local
from itinerary.errors import ExportError, InputError
from itinerary.pipeline import Analyzer


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "posts.jsonl", threads(12))


def _ids(path: Path) -> list[str]:
    return [report_key(json.loads(line)) for line in path.read_text("utf-8").splitlines()]


def test_reports_in_input_order_with_progress(corpus: Path, tmp_path: Path,
                                              analyzer: Analyzer) -> None:
    out = tmp_path / "out.jsonl"
    steps: list[Progress] = []
    result = run_local(corpus, out, analyzer=lambda: analyzer, progress=steps.append)
    assert _ids(out) == [f"gen-{n:04d}" for n in range(12)]
    assert (result.analyzed, result.skipped, result.failures) == (12, 0, [])
    assert result.summary.threads == 12
    assert steps[0] == Progress(0, 12)  # the workers are ready
    assert [s.done for s in steps[1:]] == list(range(1, 13))
    assert all(s.total == 12 and s.outcome is not None for s in steps[1:])
    assert not list(tmp_path.glob(".out.jsonl.*"))  # the temporary file became out.jsonl


def test_duplicate_ids_are_refused_before_any_work(tmp_path: Path, analyzer: Analyzer) -> None:
    items = threads(4)
    items[3]["id"] = items[1]["id"]
    source = write_jsonl(tmp_path / "posts.jsonl", items)
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match=r"unique.*'gen-0001' \(2 times\)"):
        run_local(source, out, analyzer=lambda: analyzer)
    assert not out.exists()


def test_threads_without_ids_are_known_by_their_path(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", "Two nights in Porto, then the train to Lisbon."),
                       ("b.txt", "We drove from Inverness to Portree on Skye.")):
        (folder / name).write_text(text)
    out = tmp_path / "out.jsonl"
    run_local(folder, out, analyzer=lambda: analyzer)
    assert _ids(out) == [str(folder / "a.txt"), str(folder / "b.txt")]


def test_errors_file_lists_each_failure_on_one_line(tmp_path: Path, analyzer: Analyzer) -> None:
    source = tmp_path / "posts.jsonl"
    good = threads(2)
    source.write_text(json.dumps(good[0]) + "\n" + '{"id": "cut", "post": "Oslo\n'
                      + json.dumps({"id": "no-text", "title": "Bergen"}) + "\n"
                      + json.dumps(good[1]) + "\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run_local(source, out, analyzer=lambda: analyzer, errors=errors)
    assert _ids(out) == ["gen-0000", "gen-0001"]
    lines = errors.read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [f.to_dict() for f in result.failures]
    first, second = (json.loads(line) for line in lines)
    assert first["id"] is None and first["source"] == f"{source}:2"
    assert first["reason"].startswith("malformed JSON")
    assert second == {"id": None, "source": f"{source}:3", "reason": 'no "post" or "text"'}
    assert result.summary.failures == [f"{source}:2: {first['reason']}",
                                       f"{source}:3: no \"post\" or \"text\""]
    assert result.failures[1] == Failure(f"{source}:3", 'no "post" or "text"')


def test_resume_drops_a_cut_last_line_and_appends_the_rest(corpus: Path, tmp_path: Path,
                                                           analyzer: Analyzer) -> None:
    whole = tmp_path / "whole.jsonl"
    run_local(corpus, whole, analyzer=lambda: analyzer)
    lines = whole.read_text("utf-8").splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    # what a run killed while writing its sixth report leaves
    out.write_text("".join(lines[:5]) + lines[5][: len(lines[5]) // 2], encoding="utf-8")
    steps: list[Progress] = []
    result = run_local(corpus, out, analyzer=lambda: analyzer, resume=True,
                       progress=steps.append)
    assert (result.skipped, result.analyzed) == (5, 7)
    assert steps[0] == Progress(0, 7, 5)
    assert out.read_text("utf-8") == whole.read_text("utf-8")
    assert result.summary.threads == 12  # the summary counts the reports kept from before


def test_resume_of_a_finished_run_analyzes_nothing(corpus: Path, tmp_path: Path,
                                                   analyzer: Analyzer) -> None:
    out = tmp_path / "out.jsonl"
    run_local(corpus, out, analyzer=lambda: analyzer)
    before = out.read_bytes()
    result = run_local(corpus, out, analyzer=lambda: analyzer, resume=True)
    assert (result.skipped, result.analyzed) == (12, 0)
    assert out.read_bytes() == before


def test_resume_refuses_a_file_that_is_not_reports(corpus: Path, tmp_path: Path,
                                                   analyzer: Analyzer) -> None:
    out = tmp_path / "out.jsonl"
    run_local(corpus, out, analyzer=lambda: analyzer)
    lines = out.read_text("utf-8").splitlines(keepends=True)
    out.write_text(lines[0] + '{"id": "gen-0001", "source": "posts.jsonl"}\n' + lines[2])
    before = out.read_bytes()
    with pytest.raises(ExportError, match=r"out.jsonl:2: not a report line"):
        run_local(corpus, out, analyzer=lambda: analyzer, resume=True)
    assert out.read_bytes() == before


def test_a_dead_runs_temporary_file_is_removed(corpus: Path, tmp_path: Path,
                                               analyzer: Analyzer) -> None:
    out = tmp_path / "out.jsonl"
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    stale = tmp_path / f".out.jsonl.{dead}.part"
    stale.write_text('{"id": "gen-0000", "sou')
    alive = tmp_path / f".out.jsonl.{os.getppid()}.part"  # another run still writing
    alive.write_text("")
    run_local(corpus, out, analyzer=lambda: analyzer)
    assert not stale.exists() and alive.exists()
    assert len(_ids(out)) == 12
