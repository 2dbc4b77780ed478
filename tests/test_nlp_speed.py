"""What the speed work keeps: the same lemmas from the indexed word lists, the same relation
readings when the relation component reads a Doc again after places were added to it, the
same annotations from the model on numpy's matrix products, and the BLAS thread setting of the
caller once a pass is over."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token
from threadpoolctl import threadpool_info

from itinerary.models import Section, Thread
from itinerary.nlp.relations import PlaceRelations
from itinerary.pipeline import Analyzer

# Inflected words whose lemma the rule lemmatizer finds by its suffix rules and its word lists.
INFLECTED = (
    "We hiked past two glaciers, wandered through villages and ferries, and our guides "
    "recommended the quietest valleys. The buses stopped running, so we hitchhiked, "
    "camped by lakes and watched the puffins diving."
)
# Forum prose with names the model must tag, parse and label: long and short sentences, a list.
FORUM_POSTS = (
    "Just back from ten days in Portugal. We landed in Lisbon, spent three nights in Alfama, "
    "then took the train to Porto and drove the Douro valley to Pinhão for the wine.",
    "Did anybody try Sintra on a day out from Lisbon in January? The Pena Palace queue "
    "looked awful in the photos my sister sent from Cascais last August.",
    "Skip Albufeira, honestly. Lagos, Sagres and the west coast beaches were far quieter.",
)
BACK_REFERENCES = (
    "Bergen or Oslo? We spent a week there and loved it.",
    "Bergen was magical. Oslo was windy and we spent a week there.",
    "Bergen was magical, Oslo was windy. We spent a week there.",
)


def test_indexed_word_lists_give_the_shipped_lemmas_and_stay_lists(
    english: Language, place_nlp: Language
) -> None:
    ours = [(t.text, t.lemma_) for t in place_nlp(INFLECTED)]
    assert ours == [(t.text, t.lemma_) for t in english(INFLECTED)]
    lemmas = dict(ours)
    assert lemmas["villages"] == "village" and lemmas["hitchhiked"] == "hitchhike"
    lemmatizer = place_nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in table.values())  # saved as before


# Base forms (singular nouns, infinitives, plain adjectives) said again and again, beside
# inflected ones and the same spelling as another part of speech ("ferry" noun and verb).
REPEATED_WORDS = (
    "The ferry to the island was late, the next ferry was later, and a ferry strike ferried "
    "nobody. We walk, you walk, they walked; a long walk, a longer walk, the longest walks. "
    "Rome in May: Rome again in June, Rome for good one day."
)


def test_kept_lemmas_are_the_shipped_lemmas_and_are_kept(
    english: Language, place_nlp: Language
) -> None:
    """The lemmatizer keeps its answer for each word form, part of speech and morphology: the
    same lemmas as spaCy's, each worked out once (a word said again is not worked out again)."""
    lemmatizer = place_nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    worked_out: list[str] = []
    spacys = lemmatizer.lemmatize._lemmatize  # type: ignore[attr-defined]

    def counted(token: Token) -> list[str]:
        worked_out.append(token.text)
        return spacys(token)

    lemmatizer.lemmatize._lemmatize = counted  # type: ignore[attr-defined]
    shipped = [(t.text, t.pos_, t.lemma_) for t in english(REPEATED_WORDS)]
    try:
        first = [(t.text, t.pos_, t.lemma_) for t in place_nlp(REPEATED_WORDS)]
        after_first = len(worked_out)
        again = [(t.text, t.pos_, t.lemma_) for t in place_nlp(REPEATED_WORDS)]
    finally:
        lemmatizer.lemmatize._lemmatize = spacys  # type: ignore[attr-defined]
    assert first == again == shipped
    lemmas = {(text, pos): lemma for text, pos, lemma in first}
    assert lemmas[("walked", "VERB")] == "walk" and lemmas[("longest", "ADJ")] == "long"
    # Within the text each word form is worked out once at most, and nothing a second time.
    assert worked_out.count("ferry") <= 2 and worked_out.count("Rome") <= 1
    assert len(worked_out) == after_first


def readings(doc: Doc) -> list[tuple[str, str, str | None, float]]:
    return [
        (s.text, s._.relation, s._.advice, s._.relation_confidence) for s in doc.spans["places"]
    ]


def test_a_second_reading_after_new_places_equals_a_fresh_one(place_nlp: Language) -> None:
    changed = False
    for text in BACK_REFERENCES:
        doc = place_nlp(text)
        places = list(doc.spans["places"])
        assert [p.text for p in places] == ["Bergen", "Oslo"]
        component = PlaceRelations()
        doc.spans["places"] = places[:1]  # as the thread-wide pass finds it: Oslo set aside
        component(doc)
        alone = readings(doc)
        doc.spans["places"] = places  # ... and then promoted
        component(doc)
        again = readings(doc)
        PlaceRelations()(doc)
        assert again == readings(doc)
        changed = changed or again[0] != alone[0]
    # "there" points to Bergen alone, to Oslo once Oslo is a place: Bergen reads otherwise.
    assert changed


def tags_parse_entities(doc: Doc) -> list[tuple[str, str, str, int, str, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


def test_the_model_on_numpys_matrix_products_annotates_as_shipped(
    english: Language, place_nlp: Language
) -> None:
    ner = place_nlp.get_pipe("ner")
    assert ner.model.ops.use_blis is False  # type: ignore[attr-defined]
    entities = set()
    for text in FORUM_POSTS:
        ours, shipped = place_nlp(text), english(text)
        assert tags_parse_entities(ours) == tags_parse_entities(shipped)
        entities |= {e.text for e in ours.ents}
    assert {"Lisbon", "Porto"} <= entities  # the texts give the model something to find


def test_a_pass_gives_the_blas_threads_back(analyzer: Analyzer) -> None:
    before = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    thread = Thread(
        sections=tuple(
            Section(id=f"c{number}", author=f"user{number}", text=text)
            for number, text in enumerate(FORUM_POSTS)
        ),
        source="test",
        id="speed",
    )
    during: list[int] = []
    for report in analyzer.analyze_many([thread]):
        during = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert {"Lisbon", "Porto"} <= {r.mention.text for r in report.resolutions}
    assert during and set(during) == {1}
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == before
