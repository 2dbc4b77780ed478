"""The misspelling step reads only the places whose name has a shape a misspelt name could
match: no name the step's fuzzy match would take may fall outside those shapes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from itinerary.resolve import Weights, _spelling_shapes

CUTOFF = Weights().fuzzy_cutoff
keys = st.text(alphabet="abdeghiklmnorstuy ", min_size=5, max_size=30).map(str.strip)
# A typo: a letter dropped, doubled or swapped for another, at some place in the name.
edits = st.lists(
    st.tuples(
        st.sampled_from(["drop", "double", "swap"]), st.integers(0, 40), st.sampled_from("aeiou")
    ),
    max_size=3,
)


def typed(key: str, typos: list[tuple[str, int, str]]) -> str:
    for edit, at, letter in typos:
        at %= max(len(key), 1)
        if edit == "drop":
            key = key[:at] + key[at + 1 :]
        elif edit == "double":
            key = key[: at + 1] + key[at:]
        else:
            key = key[:at] + letter + key[at + 1 :]
    return key


@settings(max_examples=400, deadline=None)
@given(keys, edits)
def test_every_typo_close_enough_has_one_of_the_shapes(
    key: str, typos: list[tuple[str, int, str]]
) -> None:
    other = typed(key, typos)
    # Only names with the misspelt name's first letter are compared (the step's own rule).
    if other[:1] == key[:1] and fuzz.ratio(key, other) >= CUTOFF:
        assert (other[:1], min(len(other), 255)) in _spelling_shapes([key], CUTOFF)


def test_shapes_of_travellers_typos() -> None:
    shapes = _spelling_shapes(["landmanalaugr", "hveragerdhi"], CUTOFF)
    # Two letters dropped from a long name, one added to a shorter one: both still reach it.
    assert ("l", len("landmannalaugar")) in shapes and ("h", len("hveragerdi")) in shapes
    # A name twice as long, or with another first letter, cannot be the same place misspelt.
    assert ("l", 26) not in shapes and ("k", 13) not in shapes
