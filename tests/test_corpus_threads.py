"""The own-words thread corpus (corpus/threads) and its runner (bench/corpus.sh).

The gold must stay consistent with its threads, the checker must notice a label put in the wrong
section, and the runner must refuse bad arguments with one line before any analysis starts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
THREADS = ROOT / "corpus" / "threads"
CHECK = THREADS / "check_corpus.py"
RUNNER = ROOT / "bench" / "corpus.sh"


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
        env=env,
    )


def test_every_gold_file_is_consistent_with_its_thread() -> None:
    out = _run(sys.executable, CHECK)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ALL CHECKS PASSED" in out.stdout


def test_the_measured_part_is_no_smaller_and_no_region_or_format_repeats() -> None:
    tune = sorted(THREADS.glob("tune/*.score.json"))
    measure = sorted(THREADS.glob("measure/*.score.json"))
    assert len(measure) >= len(tune) >= 6
    slugs = [p.name.split(".")[0].split("_", 1)[1] for p in tune + measure]
    regions = [s.split("_")[0] for s in slugs]
    formats = [s.split("_")[-1] for s in slugs]
    assert len(set(regions)) == len(regions)
    assert len(set(formats)) == len(formats)


def test_the_checker_catches_a_place_labelled_in_the_wrong_section(tmp_path: Path) -> None:
    copy = tmp_path / "threads"
    (copy / "tune").mkdir(parents=True)
    shutil.copy(CHECK, copy / "check_corpus.py")
    gold_path = THREADS / "tune" / "01_srilanka_blogger.score.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    shutil.copy(THREADS / "tune" / gold["input"], copy / "tune" / gold["input"])
    # Jaffna is named by one commenter only; move that label to the post.
    jaffna = next(m for m in gold["mentions"] if m["text"] == "Jaffna")
    jaffna["section"], jaffna["author"] = "post", gold["sections"]["post"]["author"]
    (copy / "tune" / gold_path.name).write_text(json.dumps(gold), encoding="utf-8")
    out = _run(sys.executable, copy / "check_corpus.py")
    assert out.returncode == 1
    assert "post: 'Jaffna' not in the section's text" in out.stdout


def test_the_runner_needs_an_existing_folder() -> None:
    out = _run("bash", RUNNER, "corpus/threads/nowhere")
    assert out.returncode == 2
    assert out.stderr.strip() == "corpus.sh: corpus/threads/nowhere: no such folder"


def test_the_runner_says_so_when_the_dev_scorer_is_absent(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "SCORE_PY": str(tmp_path / "score.py")}
    out = _run("bash", RUNNER, "corpus/threads/measure", env=env)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "scorer not found" in out.stderr


def test_the_runner_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("We drove from Galle to Ella.", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "SCORE_PY": str(CHECK)}
    out = _run("bash", RUNNER, tmp_path, env=env)
    assert out.returncode == 2
    assert "no NN_*.score.json gold files" in out.stderr


def _one_thread_folder(root: Path, part: str) -> Path:
    """A corpus part with one short thread, its gold naming the input, and a stand-in for the
    dev set's scorer that prints a score line in score.py's shape."""
    folder = root / part
    folder.mkdir(parents=True)
    (folder / "01_wales_plain.txt").write_text(
        "Two nights in Cardiff, then the train to Tenby.\n", encoding="utf-8"
    )
    (folder / "01_wales_plain.score.json").write_text(
        json.dumps({"input": "01_wales_plain.txt"}), encoding="utf-8"
    )
    scorer = root / "score.py"
    scorer.write_text(
        'print("F1=0.500 resolved=1.000 relation=1.000 itin=1/1 daytrips=0/0 '
        'readers_F1=1.000 author_fp=0")\n',
        encoding="utf-8",
    )
    return folder


def test_the_runner_shows_a_tune_thread_but_only_the_mean_of_a_measured_one(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "SCORE_PY": str(tmp_path / "score.py"),
        "PYTHON": sys.executable,
    }
    for part in ("tune", "measure"):
        folder = _one_thread_folder(tmp_path / part, part)
        env["SCORE_PY"] = str(tmp_path / part / "score.py")
        out = _run("bash", RUNNER, "-v", folder, env=env)
        assert out.returncode == 0, out.stderr
        assert "MEAN (1 threads)" in out.stdout
        if part == "tune":
            assert "01_wales_plain" in out.stdout
        else:
            assert "01_wales_plain" not in out.stdout
            assert "measure/: 1 threads scored" in out.stdout
