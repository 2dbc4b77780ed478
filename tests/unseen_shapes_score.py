"""Scoring the readers on pages of shapes no reader names (tests/unseen_shapes/): section
boundary F1, author accuracy and chrome leakage against labels written before the readers ran.

Run as a script for the figures: ``python tests/unseen_shapes_score.py [tune|measure]``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from itinerary.errors import InputError
from itinerary.readers import read_threads

ROOT = Path(__file__).resolve().parent / "unseen_shapes"
# a labelled section is found when its first words start within this many characters of a
# section's text (a reader may keep a short header or quote line before the body)
FIRST_WORDS_WITHIN = 80


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class Score:
    labelled: int = 0
    predicted: int = 0
    found: int = 0
    authors: int = 0
    chrome: int = 0
    leaked: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def boundary_f1(self) -> float:
        total = self.labelled + self.predicted
        return 2 * self.found / total if total else 1.0

    @property
    def author_accuracy(self) -> float:
        return self.authors / self.labelled if self.labelled else 1.0

    @property
    def leakage(self) -> float:
        return self.leaked / self.chrome if self.chrome else 0.0

    def line(self, name: str) -> str:
        return (f"{name:32} boundary_F1={self.boundary_f1:.3f} authors={self.author_accuracy:.3f}"
                f" chrome_leak={self.leakage:.3f} ({self.found}/{self.labelled} found,"
                f" {self.predicted} predicted)")


def _data() -> dict:
    """labels.json and the later rounds' own label files (labels_*.json), keyed alike."""
    data: dict = {}
    for path in sorted(ROOT.glob("labels*.json")):
        data.update(json.loads(path.read_text(encoding="utf-8")))
    return data


def labels() -> dict[str, dict[str, list]]:
    return {key: value for key, value in _data().items() if not key.startswith("_")}


def added_in(key: str) -> set[str]:
    """The pages a later round added (``_round2``, ``_round3`` ...: scored apart, so each round's
    figures stay comparable)."""
    return {name.strip() for name in _data()[key].rsplit(": ", 1)[1].split(",")}


def round2() -> set[str]:
    return added_in("_round2")


def round3() -> set[str]:
    return added_in("_round3")


def round4() -> set[str]:
    return added_in("_round4")


def round5() -> set[str]:
    return added_in("_round5")


def round6() -> set[str]:
    return added_in("_round6")


def round7() -> set[str]:
    return added_in("_round7")


def round8() -> set[str]:
    return added_in("_round8")


def round9() -> set[str]:
    return added_in("_round9")


def round5_data() -> set[str]:
    """The saved HTML, JSON and JSON Lines pages of round 5 (labels_round5_data.json)."""
    path = ROOT / "labels_round5_data.json"
    return {name for name in json.loads(path.read_text(encoding="utf-8"))
            if not name.startswith("_")}


def score_page(name: str, label: dict[str, list]) -> Score:
    try:
        sections = read_threads(ROOT / name)[0].sections
    except InputError:  # a page the readers refuse scores as no sections
        sections = []
    texts = [_norm(section.text) for section in sections]
    score = Score(labelled=len(label["sections"]), predicted=len(texts),
                  chrome=len(label["chrome"]))
    start = 0
    for author, first in label["sections"]:
        want = _norm(first)
        for index in range(start, len(texts)):
            at = texts[index].find(want)
            if 0 <= at <= FIRST_WORDS_WITHIN:
                score.found += 1
                score.authors += sections[index].author == author
                start = index + 1
                break
    whole = "\n".join(texts)
    score.leaked = sum(_norm(chrome) in whole for chrome in label["chrome"])
    return score


def score_part(part: str, out: list[str] | None = None, pages: set[str] | None = None) -> Score:
    """The pages of `part` (tune or measure), or of them only those in `pages`."""
    total = Score()
    for name, label in labels().items():
        if name.startswith(part + "/") and (pages is None or name in pages):
            page = score_page(name, label)
            if out is not None:
                out.append(page.line(name))
            total.add(page)
    return total


if __name__ == "__main__":
    for part in sys.argv[1:] or ["tune", "measure"]:
        lines: list[str] = []
        result = score_part(part, lines)
        print("\n".join(lines))
        rounds = {key.removeprefix("_round"): added_in(key) for key in _data()
                  if key.startswith("_round") and key[6:].isdigit()}
        rounds["5 data"] = round5_data()
        later = set().union(*rounds.values())
        print(score_part(part, pages={n for n in labels() if n not in later}).line(
            f"== {part} round 1"))
        for number, pages in sorted(rounds.items(), key=lambda item: int(item[0].split()[0])):
            print(score_part(part, pages=pages).line(f"== {part} round {number}"))
        print(result.line(f"== {part}"))
