"""Pages copied from a browser whose site speaks another language than the thread: the footer,
counts and relative dates of Facebook, reddit and comment sections, and a blog's "NAME says:", in
French, German, Spanish, Italian or Dutch ("J'aime · Répondre · 2 h", "vor 3 Tagen", "hace 2
semanas", "12 Kommentare", "Ruth sagt:"). The writers are found as on the English pages."""

from __future__ import annotations

from page_writers import writers

from itinerary.readers.formats import read_text


def test_facebook_group_in_french() -> None:
    page = (
        "Voyager en Norvège\nGroupe public · 12 000 membres\n"
        "Solène Garnier\n2 mars à 18:40 ·\n"
        "Ten days in July: Bergen, the Flåm railway, then Ålesund. Worth adding Geiranger?\n"
        "8 commentaires\nJ'aime\nCommenter\nPartager\n"
        "Erik Dahl\nYes, take the ferry from Hellesylt, the fjord is the point.\n"
        "J'aime\nRépondre\n5 h\n"
        "Nadia Bensaïd\nWe drove the Trollstigen the same day, go early.\n"
        "J'aime · Répondre · 2 h\n"
    )
    assert writers(page) == ["Solène Garnier", "Erik Dahl", "Nadia Bensaïd"]


def test_video_comments_in_german() -> None:
    page = (
        "Lofoten im Winter\nNordlicht Reisen\n88.000 Abonnenten\nAbonnieren\n"
        "310 Kommentare\nSortieren nach\n"
        "@hannes.k\nvor 3 Tagen\n"
        "We stayed in Reine and drove to Henningsvær for a day, the road is icy in January.\n"
        "14\nAntworten\n"
        "@lucia_viaja\nvor 1 Woche\n"
        "Svolvær was our base, the northern lights were right over the harbour.\nAntworten\n"
    )
    assert writers(page, named_only=True) == ["hannes.k", "lucia_viaja"]


def test_new_reddit_in_french() -> None:
    page = (
        "r/solotravel\n•\nil y a 6 h\nnomade_lou\n"
        "First solo trip: Kraków, Wrocław and Gdańsk by train in May. Any of them skippable?\n"
        "Partager\nSortieren nach:\n"
        "piotr_w\n•\nil y a 5 h\n"
        "None of them. Add a day trip from Kraków to the Wieliczka salt mine.\n"
        "9\nRépondre\nPartager\n"
        "nomade_lou\nOP\n•\nil y a 4 h\nMerci, Wieliczka is booked.\n"
        "2\nRépondre\nPartager\n"
    )
    assert writers(page) == ["nomade_lou", "piotr_w", "nomade_lou"]


def test_blog_comments_headed_in_the_blogs_language() -> None:
    german = (
        "Wandern im Berner Oberland\n\nThree days of walks from Wengen, the best was the "
        "Eiger Trail.\n\n3 Gedanken zu „Wandern im Berner Oberland“\n\n"
        "Ruth sagt:\n12. Juni 2025 um 07:50 Uhr\n"
        "We stayed in Grindelwald and took the First gondola every morning.\nAntworten\n\n"
        "Pieter schreef:\n12 juni 2025 om 21:05\n"
        "Mürren was quieter than Wengen for us.\nAntworten\n"
    )
    thread = read_text(german, "blog.txt")
    assert [s.author for s in thread.comments] == ["Ruth", "Pieter"]
    assert thread.comments[0].text.startswith("We stayed in Grindelwald")
    spanish = (
        "Ruta por Asturias\n\nFrom Oviedo to Cangas de Onís and the lakes of Covadonga.\n\n"
        "Lucía dice:\n3 agosto, 2025 a las 11:20\n"
        "Llanes is worth a night on the way back to the coast.\nResponder\n\n"
        "Marco ha scritto:\n4 agosto 2025 alle 09:10\n"
        "We did the Cares gorge walk from Poncebos, unforgettable.\nRispondi\n"
    )
    assert [s.author for s in read_text(spanish, "blog.txt").comments] == ["Lucía", "Marco"]
