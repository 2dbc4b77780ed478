"""A plan written as weekdays' short forms ("Mon - Lisbon, Tue - Sintra"): "Mon" is the day
there, not Mon State, and a stop the model glues to its day's label is a name of its own.
Written for issues 10 and 12 in our own words."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_short_weekdays_label_the_stops(place_nlp: Language) -> None:
    names = found(place_nlp, ("ines", "Our week: Mon - Lisbon, Tue - Sintra, Wed - Cascais, "
                                      "Thu - Evora."))
    assert {("post", "Lisbon"), ("post", "Sintra"), ("post", "Cascais")} <= names
    assert ("post", "Mon") not in names

