"""Review pages copied as text: each review opens with the reviewer's card (name, home, counts,
a rating, the stay, the room) and may be dated only by its stay; a business answers under a
review with or without a date ("Response from the owner 3 weeks ago", "Property response:",
"Comment from NAME of BUSINESS"). Every review and every answer is a section of its own, under
the reviewer's or the business's name."""

from __future__ import annotations

from page_writers import writers


def test_hotel_reviews_dated_only_by_the_stay() -> None:
    page = (
        "Pensione Lago Blu\nReviews (318)\nWrite a review\n"
        "Clara V\nGhent, Belgium\n22 contributions\n7 helpful votes\nRated 5 of 5 bubbles\n"
        "Lake views from every room\n"
        "We took the boat to Bellagio and Varenna one day and walked up to Castello di "
        "Vezio.\nDate of stay: June 2025\n"
        "Response from Piero B, Front Office at Pensione Lago Blu\nResponded 3 Jul 2025\n"
        "Grazie Clara, a presto.\n"
        "Tomasz W\nKrakow, Poland\n4 contributions\nRated 3 of 5 bubbles\n"
        "Fine but far from the ferry\n"
        "The walk down to Menaggio pier takes twenty minutes. Next time we stay in Como town.\n"
        "Date of stay: May 2025\n"
    )
    assert writers(page, named_only=True) == ["Clara V", "Piero B", "Tomasz W"]


def test_rating_between_name_and_date() -> None:
    page = (
        "Andes Bus Lines\nReviews 2,310  •  Great\n"
        "Rosa Quispe\nPE\n9 reviews\nRated 2 out of 5 stars\nJun 12, 2025\n"
        "Late both ways\nCusco to Puno took eleven hours instead of seven.\n"
        "Date of experience: May 30, 2025\nUseful\nShare\n"
        "Reply from Andes Bus Lines\nJun 14, 2025\nWe are sorry, Rosa, the road at Juliaca "
        "was closed.\n"
        "Jules Martin\nFR\n1 review\nRated 5 out of 5 stars\nJun 2, 2025\n"
        "Comfy night bus\nArequipa to Cusco, reclining seats and a blanket. Booking Lima "
        "next.\nDate of experience: May 20, 2025\nUseful\nShare\n"
    )
    assert writers(page, named_only=True) == ["Rosa Quispe", "Andes Bus Lines", "Jules Martin"]


def test_owner_answers_dated_inline_or_undated() -> None:
    maps = (
        "Mirador de Colom\n4.7 ★★★★★ (8,102)\nViewpoint · Girona\nReviews\nSort\n"
        "Arnau Puig\nLocal Guide · 61 reviews · 300 photos\n★★★★★ 3 weeks ago\n"
        "Go at sunset and then walk down the old walls to the cathedral steps.\nLike\nShare\n"
        "Response from the owner 2 weeks ago\nThank you Arnau!\n"
        "Mia Berg\n5 reviews\n★★★★☆ a month ago\n"
        "Lovely, though the day trip from Barcelona felt rushed.\nLike\nShare\n"
    )
    assert writers(maps, named_only=True) == ["Arnau Puig", "the owner", "Mia Berg"]
    stays = (
        "Guest reviews for Masia Els Pins\n"
        "Henrik\nDenmark\nDouble Room with Terrace\n4 nights · April 2025\nCouple\n"
        "Reviewed: 2 May 2025\nCalm base for the Costa Brava\n9.2\n"
        "Liked · We drove to Cadaqués and Tossa de Mar and were back for the pool.\n"
        "Property response:\nMoltes gràcies Henrik!\n"
        "Aisha\nUnited Kingdom\nFamily Suite\n2 nights · April 2025\nFamily\n"
        "Reviewed: 20 April 2025\nToo short\n8.4\n"
        "Liked · Close to Figueres for the Dalí museum.\n"
    )
    assert writers(stays, named_only=True) == ["Henrik", "Property", "Aisha"]
