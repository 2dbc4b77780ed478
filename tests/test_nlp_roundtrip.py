"""A saved pipeline loads with plain ``spacy.load`` in a fresh process and finds the same places.

The components are found through their ``spacy_factories`` entry points and open the gazetteer
their config names on first use: nothing of ``itinerary`` is imported by hand in the new process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from gazetteer import Gazetteer

SEED = Path(__file__).resolve().parents[2] / "shared/seed/roros-day-trip-thread.txt"

LOAD_AND_RUN = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
print(json.dumps([[s.start_char, s.end_char, s.text] for s in doc.spans["places"]]))
"""


@pytest.mark.skipif(not SEED.exists(), reason=f"the seed thread is not at {SEED}")
def test_a_saved_pipeline_loads_in_a_fresh_process_with_the_same_places(
    place_nlp: Language, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = place_nlp(text)
    here = [[s.start_char, s.end_char, s.text] for s in doc.spans["places"]]
    saved = tmp_path / "pipeline"
    place_nlp.to_disk(saved)
    script = tmp_path / "load.py"
    script.write_text(LOAD_AND_RUN, encoding="utf-8")
    seed = tmp_path / "seed.txt"
    seed.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script), str(saved), str(seed)],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "ITINERARY_GAZETTEER": str(gazetteer.path)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout) == here
    assert len(here) >= 5
