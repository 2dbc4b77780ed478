# ruff: noqa: RUF001  (pages in German, French and Chinese print their own dashes and punctuation)
"""Boards and blogs whose chrome is in another language or shape: a member block with labels in
German, French or Chinese (a label over its value, or a count over its label), a rank of the
board's own between the name and the block, the thread's starter named under the title, and a
blog's byline with the writer before the date or an ISO date."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def _writers(text: str) -> list[str | None]:
    thread = read_text(text, "page.txt")
    return [section.author for section in thread.sections]


def _post(name: str, rank: str, posts: str, likes: str, when: str, number: int,
          words: str) -> str:
    return (f"{name}\n{rank}\nBeiträge\n{posts}\nReaktionen erhalten\n{likes}\n{when}\n"
            f"#{number}\n{words}\nZitieren\n")


def test_german_board_with_ranks_and_the_starter_under_the_title() -> None:
    page = ("Forum\nReiseberichte\nEuropa\n"
            "Mit dem Nachtzug nach Split und weiter mit der Fähre nach Vis – lohnt sich das?\n"
            "kroatienfan_77\n3. Mai 2025\nAntworten\n"
            + _post("kroatienfan_77", "Globetrotter", "512", "1.204", "3. Mai 2025", 1,
                    "We take the night train from Munich to Split in June and want two nights "
                    "on Vis. Is the Jadrolinija ferry enough or should we book the catamaran?")
            + _post("Florence", "Entdecker", "88", "140", "4. Mai 2025", 2,
                    "The catamaran is faster but sells out, book it early. Komiža is lovely.")
            + _post("Tilo B.", "Neuling", "4", "2", "Gestern, 20:15", 3,
                    "Wir waren letztes Jahr auf Vis, die Blaue Grotte auf Biševo war top.")
            + _post("kroatienfan_77", "Globetrotter", "513", "1.210", "Heute, 08:02", 4,
                    "Thanks both, catamaran booked for the 12th.")
            + "Ähnliche Themen\nKorčula oder Hvar?\n")
    assert _writers(page) == ["kroatienfan_77", "Florence", "Tilo B.", "kroatienfan_77"]


def test_french_board_with_labels_over_values() -> None:
    block = "Messages\n{posts}\nInscrit le\n12/03/2019\nLocalisation\n{home}\n"
    page = ("Forum voyage › Asie › Vietnam\n"
            "Hanoï – Hué – Hội An en train de nuit : vos conseils ?\n"
            "Camille_L\n" + block.format(posts="45", home="Lyon")
            + "le 2 févr. 2025 à 18:04\nOn hésite entre le train de nuit et l'avion pour Hué. "
              "Quelqu'un a testé la couchette en soft sleeper ?\n"
            + "Sydney\n" + block.format(posts="1 203", home="Montréal")
            + "le 2 févr. 2025 à 21:40\nLe train de nuit est parfait, réservez sur le site "
              "officiel et gardez une journée à Hué.\n"
            + "Marc D.\n" + block.format(posts="7", home="Namur")
            + "le 3 févr. 2025 à 07:12\nNous avons fait Hué – Hội An par le col des Nuages en "
              "moto avec un chauffeur, inoubliable.\n"
            + "Camille_L\n" + block.format(posts="46", home="Lyon")
            + "le 3 févr. 2025 à 09:30\nMerci, on prend le train puis la route du col.\n")
    assert _writers(page) == ["Camille_L", "Sydney", "Marc D.", "Camille_L"]


def test_counts_over_their_labels_on_a_chinese_board() -> None:
    def post(name: str, floor: str, when: str, words: str) -> str:
        return (f"{name}\n{name} 当前离线\n12\n主题\n340\n帖子\n980\n积分\n中级会员\n发消息\n"
                f"{floor}\n发表于 {when}\n{words}\n回复\n使用道具 举报\n")
    page = ("旅行者论坛 » 论坛 › 国内游 › 四川\n查看: 912|回复: 3\n"
            "[攻略] Chengdu – Leshan – Emeishan 五日\n"
            + post("熊猫阿宝", "楼主", "2025-4-2 10:11",
                   "从 Chengdu 坐高铁到 Leshan 一个小时，看完大佛再去 Emeishan 住两晚。")
            + post("Adelaide_W", "沙发", "2025-4-2 12:30", "Did the same in May, Jinding was "
                   "in the clouds all day.")
            + post("山里人", "板凳", "2025-4-3 08:05", "峨眉山下雨多，记得带雨衣。")
            + post("熊猫阿宝", "地板", "2025-4-3 09:40", "谢谢提醒！"))
    assert _writers(page) == ["熊猫阿宝", "Adelaide_W", "山里人", "熊猫阿宝"]


def test_blog_byline_with_the_writer_first_and_reading_time() -> None:
    page = ("Rail & Sail\nHome\nAbout\nFrom Belgrade to Bar on the old railway\n"
            "Jovana Petrović · March 2, 2026 · 6 min read\n"
            "The line drops from the Serbian plains through the Tara canyon to the sea at Bar, "
            "eleven hours if nothing breaks.\n"
            "4 Comments\nSort by\nNewest\n"
            "Oskar\n2 days ago\nWe got off at Kolašin for two nights of hiking, worth it.\nReply\n"
            "Jovana Petrović\nAdmin\n2 days ago\nKolašin is on my list for the summer!\nReply\n"
            "Mira T.\n1 day ago\nThe bridge at Mala Rijeka is the highlight.\nReply\n")
    assert _writers(page) == ["Jovana Petrović", "Oskar", "Jovana Petrović", "Mira T."]


def test_blog_byline_with_an_iso_date_before_the_writer() -> None:
    page = ("field notes\nposts  tags  rss\nA week on Gotland by bike\n2026-05-20 · Nils Ek\n"
            "Visby to Fårö is a long day, but the ferry across to Fårö is free and runs often.\n"
            "Comments\nnickname\nemail (optional)\nreply...\nComment\n"
            "Greta\n2026-05-21 08:10\nDid you sleep in Slite on the way?\nReply\n"
            "Nils Ek\nMOD\n2026-05-21 10:42\nYes, one night at the campsite there.\nReply\n"
            "Visby\n2026-05-23 19:00\nFårö in June is the best, go to Langhammars early.\nReply\n")
    assert _writers(page) == ["Nils Ek", "Greta", "Nils Ek", "Visby"]


def test_german_months_a_board_prints_in_full() -> None:
    from itinerary.readers.formats.base import stamp

    for date in ("14. Oktober 2025", "2. August 2025 um 18:40", "30. September 2025",
                 "1. April 2026", "9. November 2025"):
        assert stamp(date) is not None, date
