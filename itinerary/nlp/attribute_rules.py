"""The "indexed_attribute_ruler" component: spaCy's attribute ruler, same rules and result, faster.

The English pipelines map fine-grained tags to parts of speech and morphology, and fix some lemmas,
with an ``attribute_ruler`` of about 180 Matcher patterns. The Matcher tries every pattern at every
token, which costs about a tenth of the small model's whole pass. Almost all of these patterns are
one token long and test only the token's tag, lowercase form, dependency label and whether it is
space, so which of them match depends on those four values alone: this component answers that
once per distinct combination (from per-value tables, an exact value looked up, a few regular
expressions run) and looks the answer up for every other token. The few longer patterns have no
operators either: each of their tokens is indexed the same way, so a key's answer also says which
of those tokens it passes, and a pattern matches where its tokens pass in a row (no Matcher runs
over the Doc). Matches are applied as ``AttributeRuler`` applies them (all found
first, then in the order the rules were added), so the Doc comes out the same. ``load_pipeline``
swaps it in for the model's ruler only when ``indexable`` says every pattern is of that sort.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import MatcherPatternType
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# The token attributes a one-token pattern may test, in the order of a token's key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# What a key answers: its one-token rules in order, their attributes merged, the bits of the
# longer patterns' token specs it passes.
_Answer = tuple[tuple[int, ...], dict | None, int]


def indexable(patterns: Iterable[Mapping[str, Any]]) -> bool:
    """Every token spec of ``AttributeRuler.patterns`` tests only ``KEY_ATTRS``, each with a plain
    value, IN, NOT_IN or REGEX (no operators such as OP, no other attributes)."""
    return all(
        _supported(attr, value)
        for rule in patterns
        for pattern in rule["patterns"]
        for spec in pattern
        for attr, value in spec.items()
    )


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose one-token patterns are answered from tables keyed by what they
    test; longer patterns stay with a Matcher."""

    def __init__(
        self, vocab: Vocab, name: str = "indexed_attribute_ruler", *, validate: bool = False
    ) -> None:
        super().__init__(vocab, name, validate=validate)
        self.clear()

    def clear(self) -> None:
        super().clear()
        self._rules: list[int] = []  # the rule of each one-token pattern, by the pattern's bit
        # Per key attribute: the patterns that do not test it, those an exact value passes, and
        # the tests (NOT_IN, REGEX) run once per new value.
        self._free = [0] * len(KEY_ATTRS)
        self._exact: list[dict[Any, int]] = [{} for _ in KEY_ATTRS]
        self._tests: list[list[tuple[int, Callable[[Any], bool]]]] = [[] for _ in KEY_ATTRS]
        self._by_value: list[dict[Any, int]] = [{} for _ in KEY_ATTRS]
        # Patterns of two tokens or more: each token of one has a bit of its own in the tables
        # (``_specs`` holds those bits), so a token's key answers which of them it passes too.
        self._longer: list[tuple[int, tuple[int, ...]]] = []  # (rule, its tokens' bits)
        self._specs = 0
        self._by_key: dict[tuple[int, int, int, bool], _Answer] = {}

    def add(
        self, patterns: Iterable[MatcherPatternType], attrs: dict[Any, Any], index: int = 0
    ) -> None:
        listed = list(patterns)
        rule = len(self.attrs)
        super().add(listed, attrs, index)
        for pattern in listed:
            bits = tuple(self._add_spec(spec, rule if len(pattern) == 1 else None)
                         for spec in pattern)
            if len(pattern) > 1:
                self._longer.append((rule, bits))
                self._specs |= sum(bits)
        self._by_key.clear()
        for cache in self._by_value:
            cache.clear()

    def _add_spec(self, spec: Mapping[Any, Any], rule: int | None) -> int:
        """A bit for one token's spec, indexed by what it tests: the bit of a one-token rule,
        or (``rule`` None) of one token of a longer pattern."""
        bit = 1 << len(self._rules)
        self._rules.append(-1 if rule is None else rule)
        for slot, attr in enumerate(KEY_ATTRS):
            if attr not in spec:
                self._free[slot] |= bit
            else:
                self._index(slot, spec[attr], bit)
        return bit

    def _index(self, slot: int, value: Any, bit: int) -> None:
        if not _supported(KEY_ATTRS[slot], value):
            raise ValueError(f"{KEY_ATTRS[slot]}: {value!r} is not a test this ruler indexes")
        if not isinstance(value, dict):
            value = {"IN": [value]}
        ((op, arg),) = value.items()
        if op == "IN":
            for member in arg:
                self._exact[slot][member] = self._exact[slot].get(member, 0) | bit
        elif op == "NOT_IN":
            members = frozenset(arg)
            self._tests[slot].append((bit, lambda v: v not in members))
        else:
            pattern = re.compile(arg)
            self._tests[slot].append((bit, lambda v: pattern.search(v) is not None))

    def __call__(self, doc: Doc) -> Doc:
        tokens = list(doc)
        by_key = self._by_key
        answers = []
        for token in tokens:
            key = (token.tag, token.lower, token.dep, token.is_space)
            found = by_key.get(key)
            if found is None:
                found = by_key[key] = self._answer(
                    (token.tag_, token.lower_, token.dep_, token.is_space)
                )
            answers.append(found)
        # Longer patterns from the answers, before any rule changes a token (as the Matcher
        # that AttributeRuler runs finds every match first).
        longer = self._longer_matches([specs for _, _, specs in answers]) if self._specs else {}
        for i, (token, (rules, merged, _)) in enumerate(zip(tokens, answers, strict=True)):
            extra = longer.get(i)
            if extra:
                for rule in sorted({*rules, *extra}):
                    set_token_attrs(token, self.attrs[rule])
            elif merged is not None:
                set_token_attrs(token, merged)
        return doc

    def _longer_matches(self, specs: list[int]) -> dict[int, list[int]]:
        """The rules of the longer patterns that match, by the token each one changes: a pattern
        matches where each of its tokens passes its own spec (they have no operators)."""
        longer: dict[int, list[int]] = {}
        for start, passed in enumerate(specs):
            if not passed:
                continue
            for rule, bits in self._longer:
                end = start + len(bits)
                if passed & bits[0] and end <= len(specs) and all(
                    specs[start + k] & bit for k, bit in enumerate(bits)
                ):
                    target = (start if self.indices[rule] >= 0 else end) + self.indices[rule]
                    if not start <= target < end:
                        raise ValueError(f"attribute rule {rule}: index outside its match")
                    longer.setdefault(target, []).append(rule)
        return longer

    def _answer(self, values: tuple[str, str, str, bool]) -> _Answer:
        """The rules whose one-token patterns match a token of these values, in rule order, and
        their attributes merged in that order (later rules win, as when applied one by one);
        and the bits of the longer patterns' token specs it passes."""
        mask = -1
        for slot, value in enumerate(values):
            passed = self._by_value[slot].get(value)
            if passed is None:
                passed = self._free[slot] | self._exact[slot].get(value, 0)
                for bit, test in self._tests[slot]:
                    if test(value):
                        passed |= bit
                self._by_value[slot][value] = passed
            mask &= passed
        specs = mask & self._specs
        mask ^= specs
        found = set()
        while mask:  # the set bits only: a token matches a handful of the patterns
            low = mask & -mask
            found.add(self._rules[low.bit_length() - 1])
            mask ^= low
        rules = sorted(found)
        if not rules:
            return (), None, specs
        merged: dict[str, Any] = {}
        for rule in rules:
            merged.update(self.attrs[rule])
        return tuple(rules), merged, specs


def _supported(attr: str, value: Any) -> bool:
    if attr not in KEY_ATTRS:
        return False
    if isinstance(value, (str, bool)):
        return True
    if not isinstance(value, dict) or len(value) != 1:
        return False
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN"):
        return isinstance(arg, list)
    return op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE"


@Language.factory("indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)
