"""The indexed attribute ruler gives every token what spaCy's own ruler gives it, only faster."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from itinerary.nlp.attribute_rules import IndexedAttributeRuler, indexable

TRAVEL_TEXT = (
    "We're gonna drive from Calgary to Banff tomorrow , y'all. Let's not rush it: "
    "there are two passes and it ain't a short day.\n\n"
    "Which one did you like better?  I got the ferry to Victoria, but then it rained. "
    "Nothin' beats the Icefields Parkway though, does it?\tC'mon, you've been there!\n"
    "If you'd rather fly, that's fine - those flights cost less than the gas."
)


def token_view(doc: Doc) -> list[tuple[str, str, str, str, str, str, int]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_place_pipeline_tags_every_token_as_the_shipped_model_does(
    english: Language, place_nlp: Language
) -> None:
    assert isinstance(place_nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert type(english.get_pipe("attribute_ruler")) is AttributeRuler
    shipped = token_view(english(TRAVEL_TEXT))
    ours = token_view(place_nlp(TRAVEL_TEXT))
    assert ours == shipped
    # The text exercises the rules, not only the tag map.
    by_text = {text: (pos, lemma) for text, _, pos, _, lemma, _, _ in ours}
    assert by_text["gon"][1] == "go" and by_text["ai"][1] == "be"
    assert any(pos == "SPACE" for _, _, pos, *_ in ours)


def two_rulers(rules: list[dict]) -> tuple[Language, AttributeRuler, IndexedAttributeRuler]:
    nlp = spacy.blank("en")
    shipped = AttributeRuler(nlp.vocab)
    indexed = IndexedAttributeRuler(nlp.vocab)
    shipped.add_patterns(rules)
    indexed.add_patterns(rules)
    return nlp, shipped, indexed


def test_later_rules_win_over_earlier_ones_on_the_same_token_as_in_spacy() -> None:
    rules = [
        {"patterns": [[{"LOWER": "drive"}]], "attrs": {"POS": "VERB", "LEMMA": "drive"}},
        {"patterns": [[{"LOWER": {"IN": ["drive", "ride"]}}]], "attrs": {"POS": "NOUN"}},
        # Two tokens, the last one changed: runs between the one-token rules in rule order.
        {"patterns": [[{"LOWER": "long"}, {"LOWER": "drive"}]], "attrs": {"LEMMA": "trip"},
         "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^fer+y$"}}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]],
         "attrs": {"MORPH": "Foreign=Yes"}},
        {"patterns": [[{"LOWER": "ferry"}]], "attrs": {"MORPH": "Number=Sing"}},
    ]
    nlp, shipped, indexed = two_rulers(rules)
    text = "a long drive to the ferry , then a short drive and a ride"
    expected = token_view(shipped(nlp(text)))
    got = token_view(indexed(nlp(text)))
    assert got == expected
    tokens = {view[0]: view for view in got}
    assert tokens["ferry"][2:4] == ("PROPN", "Number=Sing")
    assert [view[4] for view in got if view[0] == "drive"] == ["trip", "drive"]


def test_the_rules_it_cannot_index_are_left_to_spacy() -> None:
    assert indexable([{"patterns": [[{"TAG": "NNP"}, {"LOWER": {"IN": ["st", "st."]}}]]}])
    assert not indexable([{"patterns": [[{"LOWER": "very", "OP": "+"}]]}])
    assert not indexable([{"patterns": [[{"POS": "PROPN"}]]}])
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns([{"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}}])
    assert not indexable(ruler.patterns)


def test_longer_patterns_match_where_spacys_matcher_finds_them() -> None:
    """Longer patterns are matched from the tokens' indexed answers, not by a Matcher: every
    match a Matcher finds (overlapping ones, one at the Doc's end, regex, IN and NOT_IN tests,
    a negative index) changes the same token, and nothing else changes."""
    rules = [
        {"patterns": [[{"LOWER": "ferry"}, {"LOWER": "to"}]], "attrs": {"LEMMA": "boat"}},
        {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}, {"LOWER": {"REGEX": "^fer+y$"}},
                       {"IS_SPACE": False}]], "attrs": {"POS": "PROPN"}, "index": -2},
        {"patterns": [[{"LOWER": "to"}, {"LOWER": {"NOT_IN": ["the", "a"]}}]],
         "attrs": {"MORPH": "Case=Acc"}, "index": 1},
        {"patterns": [[{"LOWER": "island"}, {"LOWER": "hopping"}]], "attrs": {"LEMMA": "hop"},
         "index": -1},
        {"patterns": [[{"LOWER": "to"}]], "attrs": {"LEMMA": "towards"}},
    ]
    nlp, shipped, indexed = two_rulers(rules)
    text = "the ferry to Naxos , then a fery to Paros and a ferry to  the island hopping"
    assert token_view(indexed(nlp(text))) == token_view(shipped(nlp(text)))

    oracle = Matcher(nlp.vocab)
    for number, rule in enumerate(rules):
        if len(rule["patterns"][0]) > 1:
            oracle.add(str(number), rule["patterns"])
    doc = nlp(text)
    expected: dict[int, list[int]] = {}
    for match_id, start, end in oracle(doc):
        rule = int(nlp.vocab.strings[match_id])
        index = rules[rule].get("index", 0)
        at = (start if index >= 0 else end) + index
        expected.setdefault(at, []).append(rule)
    specs = [indexed._answer((t.tag_, t.lower_, t.dep_, t.is_space))[2] for t in doc]
    found = indexed._longer_matches(specs)
    assert {k: sorted(v) for k, v in found.items()} == {k: sorted(v) for k, v in expected.items()}
    assert len(found) >= 5 and doc[len(doc) - 1].text == "hopping" and len(doc) - 1 in found
