"""Comments numbered with a hash whose writer and date are split by a comma ("#2 Name, 3 Mar
2025", "#2 Name, Mar 3, 2025 at 4:10 pm"), as Q&A boards print them."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text


@pytest.mark.parametrize(("first", "second", "third"), [
    ("14 May 2025", "14 May 2025", "15 May 2025"),
    ("May 14, 2025 at 8:02 am", "May 14, 2025 at 11:40 pm", "May 15, 2025 at 6:15 am"),
])
def test_a_hash_number_then_name_comma_date_opens_a_comment(
        first: str, second: str, third: str) -> None:
    page = f"""Where to stay for the Dolomites without a car?

We arrive in Bolzano by train in July and want two or three bases for hiking.

#1 Greta Falk, {first}
Ortisei has buses up to Seceda and the Alpe di Siusi. We stayed a week there in 2024.

#2 Marco Zanetti, {second}
I live in Cortina and the bus from Bolzano is slow, so take the train to Dobbiaco first.

#3 Greta Falk, {third}
Good call on Dobbiaco, it is also the way to Lago di Braies.
"""
    thread = read_text(page)
    assert [s.author for s in thread.sections] == [None, "Greta Falk", "Marco Zanetti",
                                                   "Greta Falk"]
    assert thread.sections[2].text.startswith("I live in Cortina")
