"""Thread text at the rendering edge: it is data, never control sequences or markup.

A comment or author name may hold terminal escapes (screen clear, colour, OSC-8 links, window
titles) or characters an XML file cannot carry. Every renderer passes thread text through one of
these two functions just before output; the JSON report alone keeps text verbatim (its offsets
index it). Markup (rich, Markdown, HTML) is each renderer's own escaping on top of this.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (ESC and CSI start every terminal sequence), and lone surrogates,
# which no UTF-8 output can encode.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACE = frozenset("\t\n\r\x0b\x0c")
# What XML 1.0 allows: tab, newline, carriage return and the characters from U+0020 up, except
# surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _show(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SPACE:
        return " "
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # U+241B "␛" for ESC: seen, not obeyed
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls and lone surrogates


def visible(text: str) -> str:
    """One line of thread text safe for a terminal or a page: line breaks and tabs become spaces,
    every other control character its visible Unicode picture (ESC -> ␛), lone surrogates U+FFFD."""
    return _UNSAFE.sub(_show, text)


def xml_chars(text: str) -> str:
    """Text an XML 1.0 document can hold: the characters XML forbids are dropped."""
    return _NOT_XML.sub("", text)
