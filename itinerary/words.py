r"""Whole words in text without a regex compiled per name: a fresh process meets thousands of
names (writers, places), and ``re`` keeps only 512 patterns. ``\w`` is ``str.isalnum`` or "_"."""

from __future__ import annotations

from collections.abc import Iterator


def word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


def whole_word_starts(text: str, name: str, start: int = 0) -> Iterator[int]:
    r"""Where ``name`` stands in ``text`` (from ``start``) with no word character either side,
    left to right and not overlapping, as ``re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)",
    text)`` finds it. An empty name stands nowhere."""
    at = text.find(name, start) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not word_char(text[at - 1])) and (
                end == len(text) or not word_char(text[end])):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
