"""Round twenty-four's ruling cues, from its own-words probe threads: a place a list of the
writer's stops leaves out ("but no X", "sadly no X", "except X") was not visited, though the
places the list keeps were; and a plan of someone close to the writer ("my son is off to X in
May") is theirs, not the writer's, unless the writer says they go too; words after another
writer's head ("Theo wrote:", "Quoting Ana:") are theirs. Sentences and threads of our own."""

from __future__ import annotations

import pytest
from mention_names import name_span as place
from spacy.language import Language

from itinerary.models import Section, Thread
from itinerary.nlp.relations import predict
from itinerary.pipeline import Analyzer


@pytest.mark.parametrize(("text", "left_out", "kept"), [
    ("We got to Olomouc and Brno, but no Telc, the buses were on strike.", "Telc", "Brno"),
    ("Kandy and Ella were wonderful, sadly no Sigiriya because of the heat.", "Sigiriya", None),
    ("We saw every town on the Amalfi road except Ravello, my knee gave out.", "Ravello", None),
])
def test_a_place_a_list_leaves_out_is_not_visited(english: Language, text: str, left_out: str,
                                                  kept: str | None) -> None:
    assert predict(place(english, text, left_out))[0] == "mentioned"
    if kept is not None:
        assert predict(place(english, text, kept))[0] == "visited"


@pytest.mark.parametrize(("text", "name"), [
    ("Our friends are driving down to Montpellier next week and then on to Sete.", "Sete"),
    ("My uncle can't wait to get to Tromso this winter.", "Tromso"),
])
def test_a_plan_of_someone_close_is_not_the_writers(english: Language, text: str,
                                                    name: str) -> None:
    assert predict(place(english, text, name))[0] == "mentioned"


def test_a_plan_the_writer_shares_is_still_a_plan(english: Language) -> None:
    """The same plan with the writer in it stays a plan."""
    alone = "My wife is flying to Cork for a conference next month."
    shared = "My wife and I are flying to Cork next month."
    assert predict(place(english, alone, "Cork"))[0] == "mentioned"
    assert predict(place(english, shared, "Cork"))[0] in ("planning", "wishlist")


def test_words_after_another_writers_head_are_theirs(analyzer: Analyzer) -> None:
    """"NAME wrote:" or "Quoting NAME:" gives another writer's words even where the page does
    not hold them word for word; a head of the writer's own ("As I said:") does not."""
    t = Thread(location="Vienna, Austria", sections=(
        Section("post", "lena", "Four days in Vienna by tram\nCafes, the Belvedere and a "
                "concert in the Musikverein. Four days felt just right."),
        Section("comment-1", "Oskar", "Lena wrote: we took the boat down the Danube to "
                "Bratislava for lunch.\nWhat a lovely idea for a spring day."),
        Section("comment-2", "Mira", "Quoting Lena: Melk abbey was worth the early start.\n"
                "Noted for the autumn."),
        Section("comment-3", "Jonas", "As I said: we spent a night in Krems and loved the "
                "wine taverns."),
    ))
    report = analyzer.analyze(t)
    names = {p.place.id: p.place.name for p in report.places}
    visited = {(names[entry.place_id], reader) for entry in report.readers_also_went_to
               for reader in entry.visited}
    assert any(reader == "Jonas" and place.startswith("Krems") for place, reader in visited)
    assert not {reader for _, reader in visited} & {"Oskar", "Mira"}
