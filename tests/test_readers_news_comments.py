"""Comments under a newspaper's article (Coral, OpenWeb and their like): a sort bar's choice
("Best"), "Show 1 Reply" and "In reply to" over the name of the comment answered."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def _sections(text: str) -> list[tuple[str | None, str | None]]:
    thread = read_text(text, "page.txt")
    by_id = {section.id: section.author for section in thread.sections}
    return [(section.author, by_id.get(section.parent or "")) for section in thread.sections]


_BUTTONS = "Reply\nRespect\n{n}\nShare\nReport\n"


def test_in_reply_to_over_the_name_nests_the_answer() -> None:
    page = ("The Coastal Herald\nTravel\nFerries to the Aran Islands cut to two a day\n"
            "By Niamh Walsh\nNovember 20, 2026 at 7:00 a.m.\n"
            "The winter timetable from Rossaveal leaves visitors to Inis Mór with a long wait "
            "at the pier, and islanders say the afternoon boat matters most.\n"
            "Comments\nAll Comments\n14\nSort by\nNewest\n"
            "Declan\n5 hours ago\nWe flew from Connemara airport instead, eight minutes.\n"
            + _BUTTONS.format(n=3)
            + "Niamh Walsh\nStaff\nIn reply to\nDeclan\n4 hours ago\nThe flights run all "
              "winter, but they are weather-dependent.\n" + _BUTTONS.format(n=1)
            + "GalwayGirl71\n3 hours ago\nDoolin boats stop in October anyway.\n"
            + _BUTTONS.format(n=0)
            + "Pádraig\nIn reply to\nGalwayGirl71\n2 hours ago\nNot the cargo boat, it goes "
              "to Inis Oírr all year.\n" + _BUTTONS.format(n=2))
    assert _sections(page)[1:] == [("Declan", None), ("Niamh Walsh", "Declan"),
                                   ("GalwayGirl71", None), ("Pádraig", "GalwayGirl71")]


def test_sort_choice_and_show_replies_are_no_writers() -> None:
    page = ("The Valley Ledger\nTravel\nWhere to see larches in the Engadin\nBy Reto Caduff\n"
            "In October the larches above Pontresina turn gold; take the train to Muottas "
            "Muragl and walk down.\n"
            "Conversation\n12 Comments\nLog in | Sign up\nSort by\nBest\n"
            "Anja K\n7h\nThe Val Roseg walk from Pontresina is flat and full of larches.\n"
            "Reply\n21\nShare\nShow 1 Reply\n"
            "Reto Caduff\nAuthor\n6h\nAnd the horse carriage brings you back if it rains.\n"
            "Reply\n4\nShare\n"
            "lukas_sg\n2h\nWe stayed in Samedan, cheaper and the same views.\nReply\n1\nShare\n"
            "Show More Comments\n")
    writers = [author for author, _ in _sections(page)]
    assert writers == ["Reto Caduff", "Anja K", "Reto Caduff", "lukas_sg"]
