"""Headers that give the writer's name and then the time year first, as East Asian apps and boards
print it ("Wang Fang 2025/3/4 19:22:10", "Park Minjun 2025.3.4 08:15"), with or without blank
lines between the messages: each message is a section under that name."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def test_messenger_copy_with_slashed_year_first_times() -> None:
    page = (
        "Wang Fang 2025/5/9 09:02:44\n"
        "We land in Chengdu on the 20th. Is Jiuzhaigou doable in three days?\n"
        "Liu Yang 2025/5/9 09:10:05\n"
        "Yes, fly to Jiuzhai Huanglong airport, the bus takes about an hour and a half.\n"
        "Wang Fang 2025/5/9 09:12:31\n"
        "And Leshan for the Giant Buddha on the way back?\n"
        "Zhao Lei 2025/5/9 10:40:18\n"
        "Leshan is an easy day trip from Chengdu by fast train.\n"
    )
    writers = [s.author for s in read_text(page, "chat.txt").sections]
    assert writers == ["Wang Fang", "Liu Yang", "Wang Fang", "Zhao Lei"]


def test_board_copy_with_dotted_year_first_times() -> None:
    page = (
        "Jeju in autumn\n\n"
        "Park Minjun 2025.3.4 08:15\n"
        "Three days on Jeju in October, is Hallasan worth a whole day?\n\n"
        "Kim Soyeon 2025.3.4 11:42\n"
        "It is, start from Seongpanak before seven. Udo island by ferry is a good half day.\n\n"
        "Park Minjun 2025.3.5 07:30\n"
        "Thanks, Udo goes on the list.\n"
    )
    writers = [s.author for s in read_text(page, "board.txt").sections if s.author]
    assert writers == ["Park Minjun", "Kim Soyeon", "Park Minjun"]
