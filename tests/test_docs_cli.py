"""docs/cli.md shows what the commands print: the page's `$ itinerary` lines are run again and
their output compared (``python docs/gen_cli.py`` rewrites the page after a deliberate change)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_cli_page_matches_what_the_commands_print() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "docs" / "gen_cli.py"), "--check"],
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_page_runs_only_files_in_the_repository() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "../shared" not in page
