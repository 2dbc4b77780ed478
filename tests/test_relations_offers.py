"""A condition on the reader ("if you want", "if you need") offers something; it does not make
the writer's own plan a wish. A condition on the writer still does. Sentences of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.nlp.relations import predict


@pytest.mark.parametrize(("text", "name"), [
    ("We'll be in Valparaíso around the 20th if you want to meet up.", "Valparaíso"),
    ("I'll be in Arica at the weekend if you need a lift.", "Arica"),
    ("We're staying in Puno for a few days if you want a coffee.", "Puno"),
    ("We'll be around Cusco all of May if you'd like a guide.", "Cusco"),
])
def test_an_offer_to_the_reader_keeps_the_writers_plan(english: Language, text: str,
                                                        name: str) -> None:
    assert predict(place(english, text, name))[0] == "planning"


@pytest.mark.parametrize(("text", "name"), [
    ("We'd go to Chiloé if we had another week.", "Chiloé"),
    ("If I ever get the time I'd love to see Iquitos.", "Iquitos"),
])
def test_a_condition_on_the_writer_is_still_a_wish(english: Language, text: str,
                                                    name: str) -> None:
    assert predict(place(english, text, name))[0] == "wishlist"
