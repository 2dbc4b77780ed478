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


def test_a_towns_sight_after_its_apostrophe_s_leaves_the_town_a_name(
        place_nlp: Language) -> None:
    """"Valletta's Upper Barrakka Gardens": the sight's name does not swallow the town that owns
    it; both are named."""
    for owner, sight, text in [
        ("Valletta", "Upper Barrakka Gardens",
         "Valletta's Upper Barrakka Gardens at noon, for the cannon."),
        ("Hoi An", "Old Town", "We walked Hoi An's Old Town every evening."),
        ("Kraków", "Jewish Quarter", "Kraków's Jewish Quarter had the best bars."),
    ]:
        names = found(place_nlp, ("tom", "Where next?"), ("mia", text))
        assert ("comment-1", owner) in names, text
        assert not any("'s" in name for _, name in names), text
        assert ("comment-1", sight) in names or len(names) == 2, text
