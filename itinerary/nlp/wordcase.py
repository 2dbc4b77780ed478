"""How much more often English writes a word in lower case than capitalised.

"Reading", "Hope", "Nice", "Police" or "State" name towns, but English mostly writes them in
lower case: capitalised, they are more likely a sentence start, a headline or part of another
name than a place. spaCy's English lexeme probabilities (package spacy-lookups-data) are
case-sensitive, so log P("reading") - log P("Reading") measures it: > 0 for ordinary words,
< 0 for names ("Paris" -2.5, "Bergen" -2.4, "Reading" +2.7).

The same table tells the other way round which lower-case words are names written carelessly
("went to hanoi", "seoul", "krakow"): English writes them capitalised far more often, or never in
lower case at all; "turkey", "nice" and "hue" are words.

Parsing the full table takes seconds, so the words that matter (capitalised words whose
lower-case form is commoner, and the lower-case forms of names) are kept in the user cache
directory after the first use.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import platformdirs

PACKAGE = "spacy-lookups-data"


def margin(word: str) -> float | None:
    """log P(lower case) - log P(capitalised) of a word, or None when it is not an ordinary
    word (its lower-case form is rarer, or English has little lower-case use of it)."""
    title = word[:1].upper() + word[1:].lower()
    return None if title in rare_words() else margins().get(title)


def name_margin(word: str) -> float | None:
    """log P(capitalised) - log P(lower case) of a lower-case word whose capitalised form is the
    commoner (``ABSENT`` when English never writes it in lower case), or None when it is no
    name's lower-case spelling ("turkey", "nice", or a word the table does not hold)."""
    return names().get(word.lower())


def unlisted(word: str) -> bool:
    """A lower-case word of five letters or more that neither table holds: English has no use
    of it as a word, nor commonly as a name ("kutaisi", "mestia", "sighnaghi"); slang and
    misspellings ("lmaooo", "definately") are in the table."""
    return (
        len(word) >= _UNLISTED_LETTERS
        and word.isalpha()
        and word.islower()
        and word not in names()
        and word[:1].upper() + word[1:] not in margins()
    )


_UNLISTED_LETTERS = 5
# A capitalised word is ordinary only when English writes its lower case this often (log P) or
# more (``rare_words``): the table counts web text in every language, so the Spanish verb
# "tomar" or "kalamata" olives outnumber the towns in lower case without being English words.
# Rarer ones are names ("Tomar", "Vienne", "Kalamata"); "bath", "split", "cork" stay words.
_COMMON_LOGP = -14.0
# Bumped when the tables are computed differently, so an older cached table is not read.
_TABLES = 2
# The margin of a name the table holds only capitalised ("arusha", "brno").
ABSENT = 99.0


@lru_cache(maxsize=1)
def margins() -> Mapping[str, float]:
    """Capitalised word -> margin, for every word whose lower-case form is the commoner."""
    return _cached("ordinary-words")


@lru_cache(maxsize=1)
def rare_words() -> Mapping[str, float]:
    """Capitalised word -> log P(lower case), for the ordinary words English writes in lower
    case less often than ``_COMMON_LOGP``: no ordinary words for ``margin``, still words for
    ``unlisted``."""
    return _cached("rare-words")


@lru_cache(maxsize=1)
def names() -> Mapping[str, float]:
    """Lower-case form -> margin, for every capitalised word commoner than its lower case."""
    return _cached("name-words")


def _cached(kind: str) -> Mapping[str, float]:
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return {}  # without the table only the curated word lists apply
    cache = platformdirs.user_cache_path("itinerary") / f"{kind}-{version}-{_TABLES}.tsv"
    try:
        return _read(cache)
    except (OSError, ValueError):
        tables = _compute()
        for name, table in tables.items():
            _write(platformdirs.user_cache_path("itinerary") / f"{name}-{version}-{_TABLES}.tsv",
                   table)
        return tables[kind]


def _compute() -> dict[str, dict[str, float]]:
    """Both tables from one reading of the lexeme probabilities."""
    data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        prob: dict[str, float] = json.load(handle)
    ordinary, names, rare = {}, {}, {}
    for word, logp in prob.items():
        if word[:1].isupper() and word[1:].islower():
            lower = prob.get(word.lower())
            if lower is not None and lower > logp:
                ordinary[word] = round(lower - logp, 3)
                if lower < _COMMON_LOGP:
                    rare[word] = round(lower, 3)
            elif word.isalpha():
                names[word.lower()] = ABSENT if lower is None else round(logp - lower, 3)
    return {"ordinary-words": ordinary, "name-words": names, "rare-words": rare}


def _read(path: Path) -> dict[str, float]:
    table = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, value = line.rstrip("\n").split("\t")
            table[word] = float(value)
    if not table:
        raise ValueError(f"empty word table {path}")
    return table


def _write(path: Path, table: Mapping[str, float]) -> None:
    """Temp file and rename, so a concurrent reader never sees half a table."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return  # an unwritable cache costs the next run a few seconds, nothing else
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.writelines(f"{word}\t{value}\n" for word, value in sorted(table.items()))
        os.replace(temp, path)
    except OSError:
        Path(temp).unlink(missing_ok=True)
