"""A region written as a country's possession ("Japan's Tohoku", "Portugal's Alentejo") is a
place: the country's "'s" says so, however the model tags the name. Written for issue 10 in our
own words."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_a_countrys_region_after_its_apostrophe_s(place_nlp: Language) -> None:
    tohoku = found(place_nlp, ("hana", "Japan's Tohoku by car: the route we drove and what "
                                       "we would change."))
    alentejo = found(place_nlp, ("rui", "Portugal's Alentejo in spring, mostly cork forests "
                                        "and long lunches."))
    ha_giang = found(place_nlp, ("bao", "Vietnam's Ha Giang loop took us four days by "
                                        "motorbike."))
    assert ("post", "Tohoku") in tohoku
    assert ("post", "Alentejo") in alentejo
    assert ("post", "Ha Giang") in ha_giang


def test_a_persons_possession_is_no_such_clue(place_nlp: Language) -> None:
    # Only a place's "'s" lends the clue: Kim is nobody's region.
    assert found(place_nlp, ("lee", "Kim's Bistro was the best meal we had in Hanoi.")) == {
        ("post", "Hanoi")}
