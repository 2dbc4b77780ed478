"""Review pages of listings (hostels, tours, hotels): a reviewer's card with their sex and age
band, a score over its word ("9.0" / "Superb"), the rating under the date, the site's "Was this
review helpful? Yes" buttons, and the business's answer under a heading that names its role,
the business's own name on the line below."""

# ruff: noqa: RUF001  (pages print their own dashes)

from __future__ import annotations

from itinerary.readers.formats import read_text


def _writers(text: str) -> list[str | None]:
    return [section.author for section in read_text(text, "page.txt").sections]


def _hostel_review(name: str, who: str, home: str, score: str, word: str, month: str,
                   nights: str, words: str) -> str:
    return (f"{name}\n{who}\n{home}\n{score}\n{word}\n{month}\n{nights}\n{words}\n"
            "Helpful (0)\nReport\n")


def test_hostel_reviews_with_cards_and_the_hostels_answer() -> None:
    page = ("Hostels in Kraków\nMleczarnia Loft Hostel\n9.1\nSuperb\n620 Total Reviews\n"
            "Sort by\nNewest\n"
            + _hostel_review("Aoife", "Female, 25-30", "Ireland", "9.0", "Superb", "Sep 2026",
                             "Stayed 3 nights", "Five minutes from the Rynek and a free walking "
                             "tour to Kazimierz every morning.")
            + _hostel_review("Tomasz", "Male, 31-40", "Poland", "6.0", "Good", "Sep 2026",
                             "Stayed 1 night", "Fine for a night before the train to Zakopane, "
                             "but the lockers are small.")
            + "Property response\nMleczarnia Loft Hostel\nThank you Tomasz, bigger lockers "
              "arrive next month.\n"
            + _hostel_review("Jules", "Non-binary, 18-24", "France", "10.0", "Exceptional",
                             "Aug 2026", "Stayed 4 nights", "We did Wieliczka as a day trip "
                             "and the staff booked it for us.")
            + "Show more reviews\n")
    # the listing's own head (its score and count) is no reviewer's
    assert _writers(page)[1:] == ["Aoife", "Tomasz", "Mleczarnia Loft Hostel", "Jules"]


def test_tour_reviews_with_the_rating_under_the_date_and_the_providers_answer() -> None:
    def review(name: str, when: str, stars: str, words: str) -> str:
        return (f"{name}\n{when} - Verified booking\n{stars}\n{words}\n"
                "Was this review helpful?\nYes\n")
    page = ("Day trip from Lisbon: Sintra, Cabo da Roca and Cascais\nFrom €75 per person\n"
            "About this activity\nLeave the city behind for a day among the palaces of Sintra, "
            "the cliffs of Cabo da Roca and the seafront of Cascais, with hotel pickup.\n"
            "Customer reviews\nOverall rating\n4.7 / 5\nbased on 3,410 reviews\nSort by: "
            "Recommended\n"
            + review("Ingrid – Norway", "May 2, 2026", "5/5", "Pena Palace first thing, then "
                     "the coast at Cabo da Roca, back in Lisbon by six.")
            + review("Dario – Italy", "April 28, 2026", "2/5", "Too long in the bus and only "
                     "forty minutes in Cascais.")
            + "Response from the activity provider\nSintra Coast Tours\nDear Dario, we have "
              "added an hour in Cascais since April.\n"
            + review("Mei – Taiwan", "April 20, 2026", "4/5", "Good guide, crowded palace.")
            + "Load more reviews\n")
    assert _writers(page)[1:] == ["Ingrid – Norway", "Dario – Italy", "Sintra Coast Tours",
                                  "Mei – Taiwan"]


def test_the_owners_answer_names_the_house_on_its_own_line() -> None:
    page = ("Casa Rosa B&B, Ronda\n4.8 out of 5\n212 reviews\nAbout\nA townhouse with six "
            "rooms two streets from the Puente Nuevo, breakfast on the roof terrace.\nReviews\n"
            "Lucía\nSolo traveller\nRated 5 out of 5\nMarch 2, 2026\nWe walked down to the "
            "bottom of the gorge in the morning and took the bus to Setenil the next day.\n"
            "Helpful\nResponse from the owner\nCasa Rosa B&B\nGracias Lucía, come back in "
            "the spring!\n"
            "Gareth\nCouple\nRated 4 out of 5\nFebruary 20, 2026\nLovely room, a steep walk "
            "from the station with bags.\nHelpful\n")
    assert _writers(page)[1:] == ["Lucía", "Casa Rosa B&B", "Gareth"]
