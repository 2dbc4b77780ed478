"""Every thread of the shared dev set reads into the sections its gold labels: the same number of
comments and, for every labelled section, the same writer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from itinerary.readers import parse_author, read_threads

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"
GOLD = sorted(DEV.glob("*.score.json")) if DEV.is_dir() else []

pytestmark = pytest.mark.skipif(not GOLD, reason=f"the dev set is not at {DEV}")


def _gold_sections(gold: dict[str, object]) -> dict[str, str]:
    """section id -> author, from the labelled mentions."""
    sections: dict[str, str] = {}
    for mention in gold["mentions"]:  # type: ignore[attr-defined]
        sections.setdefault(mention["section"], mention["author"])
    return sections


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.name.split(".")[0] for p in GOLD])
def test_dev_thread_reads_with_the_gold_sections_and_authors(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text("utf-8"))
    [thread] = read_threads(DEV / gold["input"])
    expected = _gold_sections(gold)
    last = max(int(m.group(1)) for s in expected if (m := re.fullmatch(r"comment-(\d+)", s)))
    assert len(thread.comments) == last
    found = {s.id: s for s in thread.sections}
    for section_id, author in expected.items():
        section = found[section_id]
        assert section.author is not None, section_id
        assert parse_author(section.author).name == author, section_id
