"""A comment copied with its avatar image's label over the writer's name ("Avatar", "User
avatar", "Ana's profile picture"), and a reply whose first line names the writer it answers
("In reply to NAME.", "Replying to NAME"): the name under the label is the writer, the named
writer's comment is the parent, and neither line is anyone's words."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text


@pytest.mark.parametrize(("label", "answer"), [
    ("Avatar", "In reply to Lucía Ortega."),
    ("User avatar", "Replying to Lucía Ortega"),
    ("{name}'s profile picture", "In reply to Lucía Ortega"),
])
def test_an_avatar_label_and_a_reply_line(label: str, answer: str) -> None:
    def head(name: str, day: int) -> str:
        return f"{label.format(name=name)}\n{name}\nMay {day}, 2025 at 9:{day}0 am"

    page = f"""Three days in Granada

We stayed in the Albaicín and walked up to the Alhambra at opening time.

3 Comments

{head("Lucía Ortega", 2)}
The Sacromonte caves are worth an evening too. We went there last spring.
Reply

{head("Sam Whitfield", 3)}
{answer}
Did you book a flamenco show there?
Reply

{head("Omar Benali", 4)}
Greetings from Córdoba, only two hours away by bus!
Reply
"""
    thread = read_text(page)
    assert [(s.author, s.parent) for s in thread.sections] == [
        (None, None), ("Lucía Ortega", None), ("Sam Whitfield", "comment-1"),
        ("Omar Benali", None)]
    assert thread.sections[2].text.startswith("Did you book")
