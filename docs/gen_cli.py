"""Regenerate the command outputs in docs/cli.md by running them, or check that they still match.

Every fenced block whose first line starts with ``$ itinerary`` is a run block: each ``$ ...``
line in it is run from the repository root (``itinerary`` as ``python -m itinerary``, terminal
width 100, no colour, stdout and stderr together as a terminal shows them), and the lines after it
are replaced with what it printed. ``$ echo $?`` prints the previous command's exit code. A note
after the command, two spaces or more away, may cut a long output: ``(first N lines)`` or
``(last N lines)``. Files a command writes go to a temporary folder, and a few volatile details
(timings, dates, the user's cache folder) are masked, and the gazetteer is made ready first (a
build says so on stderr), so a rerun gives the same text.

    python docs/gen_cli.py            # rewrite docs/cli.md
    python docs/gen_cli.py --check    # exit 1 and show a diff when the outputs drifted
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"
WIDTH = 100
_BLOCK = re.compile(r"^```\n(\$ itinerary .*?)^```$", re.MULTILINE | re.DOTALL)
_NOTE = re.compile(r"\s{2,}\((first|last) (\d+) lines\)$")
# (pattern, replacement): what changes from run to run and machine to machine.
MASKS = (
    (re.compile(r"\b\d+(?:\.\d+)? threads/s"), "N threads/s"),
    (re.compile(r"\bin \d+(?:\.\d+)? s\b"), "in N s"),
    (re.compile(r"\b\d:\d\d:\d\d\b"), "0:00:00"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\+\d\d:\d\d)?"), "YYYY-MM-DDTHH:MM:SS+00:00"),
    (re.compile(re.escape(str(Path.home()))), "~"),
)


def run(command: str, workdir: Path) -> tuple[str, int]:
    """One command's terminal output (masked) and exit code."""
    words = shlex.split(command)
    if words[0] == "itinerary":
        words = [sys.executable, "-m", "itinerary", *words[1:]]
    env = {**os.environ, "COLUMNS": str(WIDTH), "LINES": "50", "NO_COLOR": "1", "TERM": "dumb",
           "PYTHONPATH": str(ROOT)}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(words, cwd=workdir, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, check=False, timeout=600)
    text = done.stdout.replace(f"{sys.executable} -m itinerary", "itinerary")
    text = text.replace("python -m itinerary", "itinerary")
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return "\n".join(line.rstrip() for line in text.rstrip("\n").splitlines()), done.returncode


def render_block(body: str, workdir: Path) -> str:
    """The block's ``$`` lines, each followed by its fresh output."""
    out: list[str] = []
    code = 0
    for line in body.splitlines():
        if not line.startswith("$ "):
            continue
        out.append(line)
        command = line[2:]
        note = _NOTE.search(command)
        command = _NOTE.sub("", command)
        if command.strip() == "echo $?":
            out.append(str(code))
            continue
        text, code = run(command, workdir)
        lines = text.splitlines()
        if note:
            count = int(note.group(2))
            lines = lines[:count] if note.group(1) == "first" else lines[-count:]
        out.extend(lines)
    return "\n".join(out) + "\n"


def generate(doc: str) -> str:
    with tempfile.TemporaryDirectory(prefix="itinerary-docs-") as tmp:
        workdir = Path(tmp)
        # A copy, not a link: commands that write beside their input (``itinerary map``) must
        # not leave files in the repository.
        shutil.copytree(ROOT / "examples", workdir / "examples")
        # A first run may build (or rebuild) the gazetteer and say so: that belongs to the
        # machine, not to the page.
        run("itinerary gazetteer info", workdir)
        return _BLOCK.sub(lambda m: "```\n" + render_block(m.group(1), workdir) + "```", doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when docs/cli.md drifted")
    args = parser.parse_args()
    current = DOC.read_text(encoding="utf-8")
    fresh = generate(current)
    if not args.check:
        DOC.write_text(fresh, encoding="utf-8")
        return
    if fresh != current:
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), fresh.splitlines(keepends=True),
            "docs/cli.md", "docs/cli.md (as the commands print it now)"))
        print("docs/cli.md drifted from the commands' output: run python docs/gen_cli.py",
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
