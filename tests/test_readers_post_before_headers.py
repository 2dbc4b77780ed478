"""A pasted thread whose opening post has no header of its own: the post's text stands above
the first reply's header. That header is the first reply's, not the post's byline, whatever
shape the headers take. Written for the unseen-formats work in our own words."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text

POST = (
    "Slovenia in early June, 8 days by bus\n"
    "\n"
    "We land in Ljubljana on 2 June. Bled and Bohinj for three nights, then Piran. Is the "
    "Soča valley doable without a car?\n"
    "\n"
)
REPLIES = (
    ("Mateja K.", "The Soča valley is easy from Bovec by bus in summer."),
    ("pinecone_22", "Bohinj is quieter than Bled, stay there if you can."),
    ("Rok", "I live in Kranj, Piran in June is lovely but busy at weekends."),
)


def header_shapes() -> dict[str, list[str]]:
    return {
        "at and hours": [f"@{name} · {n + 2}h" for n, (name, _) in enumerate(REPLIES)],
        "comment by": [f"Comment by {name} — June {n + 1}, 2026" for n, (name, _) in
                       enumerate(REPLIES)],
        "name over ago": [f"{name}\n{n + 3} hours ago" for n, (name, _) in enumerate(REPLIES)],
    }


@pytest.mark.parametrize("shape", sorted(header_shapes()))
def test_the_first_header_opens_a_reply(shape: str) -> None:
    headers = header_shapes()[shape]
    text = POST + "\n\n".join(
        f"{head}\n{body}" for head, (_, body) in zip(headers, REPLIES, strict=True)
    ) + "\n"
    thread = read_text(text, "slovenia.txt")
    post, *comments = thread.sections
    assert post.author is None
    assert "Soča valley doable" in post.text and "Bovec" not in post.text
    assert [(c.author or "").lstrip("@") for c in comments] == [name for name, _ in REPLIES]
    assert [c.text for c in comments] == [body for _, body in REPLIES]


NUMBERED = """Azores in October: São Miguel only, or add Pico?

Ten days in October, mostly hiking. Ponta Delgada as a base, then maybe three nights on Pico.

Reply #1 - posted by lagoa_hiker
Sete Cidades on a clear morning first, the crater rim walk takes half a day.

Reply #2 - posted by Ines M.
Pico is worth it for the mountain, but the ferry from Faial is more reliable.

Reply #3 - posted by Tom
We only did São Miguel and never felt short of walks.
"""

BY_AND_TIME = """Azores in October: São Miguel only, or add Pico?

Ten days in October, mostly hiking. Ponta Delgada as a base, then maybe three nights on Pico.

Post #2 by lagoa_hiker » 14 Sep 2026, 09:12
Sete Cidades on a clear morning first, the crater rim walk takes half a day.

Post #3 by Ines M. » 14 Sep 2026, 11:40
Pico is worth it for the mountain, but the ferry from Faial is more reliable.

Post #4 by Tom » 15 Sep 2026, 07:05
We only did São Miguel and never felt short of walks.
"""


@pytest.mark.parametrize("page", [NUMBERED, BY_AND_TIME], ids=["reply number", "by and time"])
def test_a_header_that_says_who_posted_before_the_name(page: str) -> None:
    post, *comments = read_text(page, "azores.txt").sections
    assert post.author is None and "three nights on Pico" in post.text
    assert [c.author for c in comments] == ["lagoa_hiker", "Ines M.", "Tom"]
    assert comments[1].text.startswith("Pico is worth it")


def test_a_reply_from_a_writer_with_a_colon_and_a_home() -> None:
    page = (
        "Azores in October: São Miguel only, or add Pico?\n\n"
        "Ten days in October, mostly hiking. Ponta Delgada as a base, then maybe Pico.\n\n"
        "Reply from lagoa_hiker:\nSete Cidades on a clear morning first.\n\n"
        "Reply from Ines M.:\nThe ferry from Faial to Pico is more reliable.\n\n"
        "Reply from Tom (Leeds, UK):\nWe only did São Miguel and never felt short of walks.\n"
    )
    post, *comments = read_text(page, "azores.txt").sections
    assert post.author is None
    assert [c.author for c in comments] == ["lagoa_hiker", "Ines M.", "Tom (Leeds, UK)"]
