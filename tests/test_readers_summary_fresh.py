"""The readers summary on round thirteen's own-words threads, labelled before the tool ran.

``tests/readers_fresh/`` holds twelve threads of round thirteen (a numbered blog with a
"Posted by" byline, WordPress "says:", phpBB with member blocks, Facebook, reddit) of a post and
six to nine named commenters each: homes in greetings of several languages, sign-offs and
member blocks, past trips told in passing, plans ("we're in Vannes from the 10th"), habits
("I'm in Niseko every January"), plans given up at the end of a long clause, hearsay, quoted
lines, invitations, advice to the asker ("X is overrated, don't stay there") and replies by
name. Round fourteen added thirteen (Montenegro to the Lake District, the same shapes) with
readers who quote the post's question before answering it, answer for someone else ("my
parents live in X"), move ("we're moving to X next year": a plan), grew up near or were born
somewhere else, honeymooned, almost went, work somewhere, compare places they have not seen,
list advice they have not tried, are named like places (Florence, Georgia, Chelsea, Austin),
and the post's author replying and asking a commenter by name about their trip ("Florence, did
you take the bus from Tivat?"), which the commenter answers in a verbless line. ``gold.json``
splits them into a tune part (what the thresholds and cues were read from) and a measured part
(labelled before the tool ran, never read for a fix), whose pooled precision and recall have
floors here. Recall stays short of the issue's 0.75: most lines missed are names the place pass
does not find ("Bonjour de Caen!", "Pozdrav iz Podgorice!", fells and lakes of Cumbria), homes
named only in a forum's member block ("Location: Pisa"), and "I work in X", labelled a visit
here but `mentioned` by the dev set's rule for commuters. Round fifteen added twelve (the
Dordogne to Ha Giang; four measured) with homes given only in a member block, trips told as a
story ("the boat to X was rough, but the puffins!"), "X was on the way", "we'll be in X around
the 12th", a cousin's home, "X next time for sure", quoted lines answered and places listed in a
signature; a member block's home is now read (``profile_homes``). Round sixteen added twelve
(Sicily to the Scottish islands; four measured) with readers who only advise, "we're heading to X
in the spring too", "loved X when I lived there", "X is on my list since forever", "I grew up near
X" (a visit: the home was beside X), corrections of another reader ("it's Y, not X"), a third
person's trip ("my parents did X"), readers named like places (Florence, Savannah, Georgia)
and asked by name, and a forum numbering its replies ("Reply #3 — Name wrote:").
"""

from __future__ import annotations

import json
from pathlib import Path

from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from tests.test_readers_summary_threads import Triple, fold, found, labelled

HERE = Path(__file__).parent / "readers_fresh"
# Round 16: 114/120 and 114/157 = 0.726 with its four threads (round 16 start: 103/120 = 0.858,
# 103/157 = 0.656; round 15's thirteen alone 80/81 and 80/119).
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.70


def test_the_measured_threads_clear_their_floors(analyzer: Analyzer) -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    assert not set(gold["tune"]) & set(gold["measured"])  # the parts never mix
    assert len(gold["measured"]) * 3 >= len(gold["threads"])
    hits = wanted = listed = 0
    false: list[tuple[str, Triple]] = []
    for name in gold["measured"]:
        labels = gold["threads"][name]
        expected, got = labelled(labels), found(analyzer, HERE / name)
        ignored = {fold(p) for p in labels.get("ignore", ())}
        wrong = [t for t in sorted(got - expected) if t[0] not in ignored]
        false += [(name, t) for t in wrong]
        hits += len(got & expected)
        wanted += len(expected)
        listed += len(got & expected) + len(wrong)
    assert hits / listed >= PRECISION_FLOOR, f"{hits}/{listed}, false lines: {false}"
    assert hits / wanted >= RECALL_FLOOR, f"recall {hits}/{wanted}"


def test_a_posted_by_byline_is_the_posts_not_a_comment(tmp_path: Path) -> None:
    """A "Posted by NAME on DATE" line under the title is the post's byline: the numbered
    comments below it are each their writer's, not one comment of the blogger's."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Four days on Gotland by bike\n\nPosted by Elsa Berg on 14 May 2025\n\n"
        "We cycled from Visby to Fårö and back. Worth the ferry?\n\n\n"
        "  1. Oskar Lind\n\n    We did the same loop in 2021, Fårö was the highlight.\n\n"
        "  2. Maja Holm\n\n    Hälsningar från Slite! The north coast is windy in May.\n",
        encoding="utf-8")
    (thread,) = read_threads(page)
    assert [s.author for s in thread.comments] == ["Oskar Lind", "Maja Holm"]
    assert "Posted by" not in " ".join(s.text for s in thread.comments)
