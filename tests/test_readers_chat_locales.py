"""A WhatsApp export from a phone set to French: "12/06/2025 à 08:41 - Name : words", with a space
before the colon and the app's own notices in French on lines of their own. Each message is a
section under its writer; the notices are nobody's."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def test_french_export_reads_each_writer() -> None:
    page = (
        "12/06/2025 à 08:40 - Les messages et les appels sont chiffrés de bout en bout.\n"
        "12/06/2025 à 08:41 - Margaux Petit : Qui connaît les Dolomites ? On vise Cortina.\n"
        "12/06/2025 à 08:47 - Yann Le Goff : Cortina oui, et monte au Lago di Sorapis.\n"
        "12/06/2025 à 09:02 - Margaux Petit : Merci ! Et Bolzano pour finir ?\n"
    )
    thread = read_text(page, "chat.txt")
    assert [s.author for s in thread.sections] == ["Margaux Petit", "Yann Le Goff",
                                                   "Margaux Petit"]
    assert "chiffrés" not in thread.sections[0].text


def test_french_export_with_a_member_notice() -> None:
    page = (
        "03/09/2025 à 21:10 - Théo a créé le groupe « Road trip Écosse »\n"
        "03/09/2025 à 21:12 - Théo Garnier : Édimbourg, Inverness, puis Skye. En 8 jours ?\n"
        "03/09/2025 à 21:30 - Julie Bernard : Oui, et arrête-toi à Glencoe en redescendant.\n"
    )
    thread = read_text(page, "chat.txt")
    assert [s.author for s in thread.sections] == ["Théo Garnier", "Julie Bernard"]
