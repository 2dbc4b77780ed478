"""A letters page (a newsletter's or a magazine's, pasted or extracted from a PDF): under a
letters heading, each letter signed on a line of its own with the writer's name and home
("— Ines Duarte, Évora"). Each letter is a section under its writer with that home, the signing
line stays its last (its home is a place the writer lives in), and a couple signing together is
two people, not a place."""

from __future__ import annotations

from pathlib import Path

from mention_names import found
from spacy.language import Language

from itinerary.readers import read_threads

PAGE = """\
RAIL & SAIL
Autumn 2025

Editor's note
This season we ride the Linha do Douro from Porto to Pocinho, and take the ferry from Lisbon
across the Tagus to Cacilhas.

LETTERS TO THE EDITOR

Your Douro piece was spot on. We stayed two nights in Pinhao and walked the vineyards.
— Ines Duarte, Evora

Could you say more about trains south of Lisbon? We hope to reach Lagos next spring.
— Tom and Alice Webb, Norwich

Hello from Tavira! The coast line from Faro is slow but lovely.
— Rui Moreira, Tavira

Page 22
"""


def test_each_letter_is_a_section_under_its_signer(tmp_path: Path) -> None:
    path = tmp_path / "rail-and-sail.txt"
    path.write_text(PAGE, encoding="utf-8")
    sections = read_threads(str(path))[0].sections
    assert [(s.author, s.home) for s in sections[1:]] == [
        ("Ines Duarte", "Evora"), ("Tom and Alice Webb", "Norwich"), ("Rui Moreira", "Tavira")]
    assert sections[1].text.startswith("Your Douro piece")
    assert sections[1].text.endswith("— Ines Duarte, Evora")
    assert "Page 22" not in sections[-1].text


def test_a_signing_line_names_the_writer_s_home_and_no_place_in_the_name(
    place_nlp: Language,
) -> None:
    result = found(
        place_nlp,
        (None, "Our autumn issue rides the Douro line from Porto."),
        ("Ines Duarte", "We stayed two nights in Pinhao.\n— Ines Duarte, Evora"),
        ("Tom and Alice Webb", "We hope to reach Lagos next spring.\n— Tom and Alice Webb, "
                               "Norwich"),
    )
    assert {("comment-1", "Evora"), ("comment-2", "Norwich"), ("comment-2", "Lagos")} <= result
    assert not {text for _, text in result} & {"Alice Webb", "Ines Duarte", "Tom"}
