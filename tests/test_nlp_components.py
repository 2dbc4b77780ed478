"""The "gazetteer_places" and "place_filter" components, each on tiny Docs.

The Docs are made by the blank English pipeline of the gazetteer-only pass; where a test needs
what the statistical NER would have said, it sets ``doc.ents`` itself, so each case pins down
one decision of the component under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mention_names import with_entities
from spacy.language import Language
from spacy.tokens import Doc

from gazetteer import Gazetteer
from itinerary.errors import ModelError
from itinerary.nlp.filters import PlaceFilter
from itinerary.nlp.matcher import GazetteerPlaces


def places(nlp: Language, text: str, ents: dict[str, str] | None = None) -> dict[str, str]:
    doc = nlp.get_pipe("gazetteer_places")(with_entities(nlp, text, ents))
    return {span.text: span.label_ for span in doc.spans["places"]}


def test_gazetteer_names_ner_missed_or_mislabelled(gazetteer_nlp: Language) -> None:
    found = places(
        gazetteer_nlp,
        "Next time I would fly into Bergen, then go on to Alesund and Bodo.",
        {"Bergen": "ORG"},
    )
    assert found == {"Bergen": "ner:ORG+gazetteer", "Alesund": "gazetteer", "Bodo": "gazetteer"}


def test_place_entities_stand_and_lose_their_article(gazetteer_nlp: Language) -> None:
    found = places(
        gazetteer_nlp,
        "We crossed the Arctic Circle on the way to Norway's north.",
        {"the Arctic Circle": "LOC", "Norway's": "GPE"},
    )
    assert found == {"Arctic Circle": "ner:LOC", "Norway": "ner:GPE"}


def test_a_name_glued_to_a_person_on_the_next_line_is_split_off(gazetteer_nlp: Language) -> None:
    found = places(
        gazetteer_nlp,
        "Indrani\n\nNorway is in my plans.",
        {"Indrani\n\nNorway": "PERSON"},
    )
    assert found == {"Norway": "gazetteer"}


def test_longest_known_name_wins(gazetteer_nlp: Language) -> None:
    found = places(
        gazetteer_nlp,
        "From Stratford-upon-Avon we flew to the Isle of Skye via Glasgow.",
    )
    assert set(found) == {"Stratford-upon-Avon", "Isle of Skye", "Glasgow"}


def test_airport_name_inside_a_facility(gazetteer_nlp: Language) -> None:
    # The span the resolver gets is the name the gazetteer knows as an airport.
    found = places(
        gazetteer_nlp,
        "Our road trip starts at Gardermoen airport at noon.",
        {"Gardermoen airport": "FAC"},
    )
    assert found == {"Gardermoen": "ner:FAC+gazetteer"}


def test_streets_and_organisations_are_not_places(gazetteer_nlp: Language) -> None:
    found = places(
        gazetteer_nlp,
        "We stayed on Oxford Street near the University of Georgia office in London.",
    )
    assert found == {"London": "gazetteer"}


def test_a_route_makes_each_stop_a_place(gazetteer_nlp: Language) -> None:
    text = "Our loop: Oslo \u2013 Lillehammer \u2013 Trondheim \u2013 Alesund \u2013 Bergen."
    assert set(places(gazetteer_nlp, text)) == {
        "Oslo", "Lillehammer", "Trondheim", "Alesund", "Bergen",
    }


def test_the_same_name_or_place_elsewhere_in_the_doc_counts(gazetteer_nlp: Language) -> None:
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(
        with_entities(
            gazetteer_nlp, "Three days on the Isle of Skye. Skye was wet, Skye was lovely."
        )
    )
    assert [span.text for span in doc.spans["places"]] == ["Isle of Skye", "Skye", "Skye"]


def test_a_name_without_evidence_waits_as_a_candidate(gazetteer_nlp: Language) -> None:
    # A small town alone at the start of a sentence: not a place yet, but set aside so that
    # the thread can promote it (see test_nlp_mentions).
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(
        with_entities(gazetteer_nlp, "Røros never crossed my mind.")
    )
    assert list(doc.spans["places"]) == []
    assert [span.text for span in doc.spans["place_candidates"]] == ["Røros"]


def test_news_settings_count_names_inside_organisations(gazetteer: Gazetteer) -> None:
    nlp = Language()
    nlp.add_pipe("sentencizer")
    matcher = nlp.add_pipe("gazetteer_places", config={"organisation_names": True})
    assert isinstance(matcher, GazetteerPlaces)
    matcher.initialize(gazetteer=gazetteer)
    found = places(nlp, "A report by the Ohio Department of Health came out.",
                   {"the Ohio Department of Health": "ORG"})
    assert found == {"Ohio": "ner:ORG+gazetteer"}


def test_the_matcher_opens_the_gazetteer_its_config_names(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    nlp = Language()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("gazetteer_places", config={"gazetteer_path": str(gazetteer.path)})
    doc = nlp("We flew to Oslo.")
    assert [span.text for span in doc.spans["places"]] == ["Oslo"]
    missing = Language()
    missing.add_pipe("sentencizer")
    missing.add_pipe("gazetteer_places", config={"gazetteer_path": str(tmp_path / "none.db")})
    with pytest.raises(ModelError, match="no gazetteer"):
        missing("We flew to Oslo.")


# -- place_filter ------------------------------------------------------------------------------


def filtered(
    nlp: Language,
    text: str,
    names: list[str],
    *,
    authors: tuple[str, ...] = (),
    ents: dict[str, str] | None = None,
    demonyms_as_places: bool = False,
    after: int = 0,
) -> Doc:
    """Run the filter on a Doc whose place spans are the given names, in order of appearance
    from character ``after`` on."""
    doc = with_entities(nlp, text, ents)
    doc._.thread_authors = authors
    spans, start = [], after
    for name in names:
        start = text.index(name, start)
        span = doc.char_span(start, start + len(name), label="ner:GPE")
        assert span is not None, name
        spans.append(span)
        start += len(name)
    doc.spans["places"] = spans
    component = PlaceFilter(
        "place_filter", ordinary_margin=0.5, demonyms_as_places=demonyms_as_places
    )
    return component(doc)


def kept(doc: Doc) -> list[str]:
    return [span.text for span in doc.spans["places"]]


def test_commenters_are_never_places(gazetteer_nlp: Language) -> None:
    doc = filtered(
        gazetteer_nlp,
        "Thanks Sydney! Clark, Blair and innab went to Florence and Oslo.",
        ["Sydney", "Clark", "Blair", "innab", "Florence", "Oslo"],
        authors=("Sydney", "Steve Clark", "Inna Blair (@innab)"),
    )
    assert kept(doc) == ["Florence", "Oslo"]


def test_calendar_words_are_not_places(gazetteer_nlp: Language) -> None:
    doc = filtered(gazetteer_nlp, "We went in May and at Easter, both to Oslo.",
                   ["May", "Easter", "Oslo"])
    assert kept(doc) == ["Oslo"]


def test_ordinary_words_need_place_context(gazetteer_nlp: Language) -> None:
    doc = filtered(
        gazetteer_nlp,
        "It was a Nice day. Reading is fun. We lived in Nice, then Reading, England.",
        ["Nice", "Reading", "Nice", "Reading", "England"],
    )
    assert [(s.text, s.start_char) for s in doc.spans["places"]] == [
        ("Nice", 47), ("Reading", 58), ("England", 67),
    ]


def test_demonyms_become_country_hints(gazetteer_nlp: Language) -> None:
    text = "Norwegian villages beat the Scandinavian cities, said a man in Oslo."
    doc = filtered(gazetteer_nlp, text, ["Norwegian", "Scandinavian", "Oslo"])
    assert kept(doc) == ["Oslo"]
    assert [span.text for span in doc.spans["demonyms"]] == ["Norwegian", "Scandinavian"]
    assert {("Norwegian", "demonym"), ("Scandinavian", "demonym")} <= {
        (span.text, span.label_) for span in doc.spans["not_places"]
    }


def test_news_settings_keep_demonyms_as_places(gazetteer_nlp: Language) -> None:
    doc = filtered(gazetteer_nlp, "Russian troops left Aleppo.", ["Aleppo"],
                   demonyms_as_places=True)
    assert [(span.text, span.label_) for span in doc.spans["places"]] == [
        ("Russian", "demonym"), ("Aleppo", "ner:GPE"),
    ]


def test_words_of_a_person_name_are_not_places(gazetteer_nlp: Language) -> None:
    text = "Steve Clark wrote in. Clark thinks we should stay in Clark instead."
    doc = filtered(gazetteer_nlp, text, ["Clark", "Clark"], ents={"Steve Clark": "PERSON"},
                   after=len("Steve Clark"))
    assert [(s.text, s.start_char) for s in doc.spans["places"]] == [("Clark", 53)]
