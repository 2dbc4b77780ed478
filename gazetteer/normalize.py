"""Name keys: the one spelling every variant of a place name folds to.

Index and query go through the same function, so "Røros", "ROROS" and "Roros" meet on one key,
as do "St. Ives", "St Ives" and "Saint Ives", "Koh Lipe" and "Ko Lipe", and "Olympic NP" and
"Olympic National Park".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Abbreviations that travel writing uses interchangeably with the full word.
_WORD_FORMS = {
    "st": "saint",
    "sankt": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
}
# A first word written two ways for the same thing: Thai and Khmer "island" is romanized both
# "Ko" and "Koh" ("Koh Lipe", "Ko Lipe"); only as the first of two or more words.
_FIRST_WORD_FORMS = {"koh": "ko"}
# A last word that abbreviates a park's head: "Olympic NP", "Kruger N.P." are National Parks.
_LAST_WORD_FORMS = {"np": "national park"}
_APOSTROPHES = re.compile("['`\u00b4]")  # straight, grave and acute: "L'Aquila" -> "laquila"
_SEPARATORS = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold case, diacritics, special letters (ø æ å ß ł þ ð), punctuation and common abbreviations.

    A leading "the" is dropped ("the Hague", "the Lofoten"), so text that includes the article
    still meets the name without it. Cached: the pipeline folds the same few names (a thread's
    mentions, their candidates' names) tens of times per thread.
    """
    text = name if name.isascii() else anyascii(name)
    text = _APOSTROPHES.sub("", text.casefold().replace("&", " and "))
    words = _SEPARATORS.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) > 1:
        words[0] = _FIRST_WORD_FORMS.get(words[0], words[0])
        if words[-1] == "p" and words[-2] == "n":  # "N.P."
            words[-2:] = ["np"]
        words[-1] = _LAST_WORD_FORMS.get(words[-1], words[-1])
    return " ".join(_WORD_FORMS.get(word, word) for word in words)


@lru_cache(maxsize=4096)
def _is_latin_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def is_latin(name: str) -> bool:
    """True when every letter of the name is in the Latin script (the names worth indexing)."""
    if name.isascii():
        return True
    return all(_is_latin_letter(char) for char in name if char.isalpha())


def is_code(text: str) -> bool:
    """A code such as an IATA airport code ("OSL") or an abbreviation ("NYC"): 2-4 capitals."""
    return 2 <= len(text) <= 4 and text.isascii() and text.isalpha() and text.isupper()
