"""A reply pasted from a mail client set to another language: the earlier messages are quoted a
level deeper each under the client's own line ("Am … schrieb NAME:", "Il giorno … ha scritto:",
"Le … a écrit :", "El … escribió:", "Op … schreef"), and are read oldest first, each under the
writer its line names. The newest message's writer is the From: of the header block on top, or
the name that signs it ("Saludos," / "Inés")."""

from __future__ import annotations

from page_writers import writers

from itinerary.readers.formats import read_text


def test_german_and_italian_quote_lines_under_a_header_block() -> None:
    page = (
        "From: Jonas Weber <jonas.weber@example.de>\n"
        "Date: Thu, 6 Mar 2025 09:02:11 +0100\n"
        "Subject: Re: Lake Garda by train\n\n"
        "Riva is reachable by bus from Rovereto, no car needed.\n\n"
        "Am 05.03.2025 um 22:10 schrieb Chiara Conti <chiara@example.it>:\n"
        "> Can we reach Riva del Garda without a car?\n"
        ">\n"
        "> Il giorno mer 5 mar 2025 alle ore 18:31 Tom Baker <tom.b@example.org> ha scritto:\n"
        ">> We plan four nights in Sirmione and a day in Verona.\n"
    )
    thread = read_text(page, "reply.txt")
    assert [s.author for s in thread.sections] == ["Tom Baker", "Chiara Conti", "Jonas Weber"]
    assert thread.sections[0].text.endswith("a day in Verona.")
    assert thread.title == "Lake Garda by train"


def test_french_spanish_and_dutch_quote_lines_signed_at_the_end() -> None:
    page = (
        "We did Porto to Lisbon by the coast road in two days, stop in Nazaré.\n\n"
        "Saludos,\nInés\n\n"
        "Le lun. 3 mars 2025 à 20:15, Paul Mercier <paul.m@example.fr> a écrit :\n"
        "> Two days from Porto to Lisbon, coast or inland via Coimbra?\n"
        ">\n"
        "> El dom, 2 mar 2025 a las 11:40, Lucía Ramos (<lucia.r@example.es>) escribió:\n"
        ">> Who has driven from Porto to Lisbon recently?\n"
    )
    assert writers(page) == ["Lucía Ramos", "Paul Mercier", "Inés"]
    dutch = (
        "Yes, the ferry from Harlingen takes two hours.\n\nGroetjes,\nSanne\n\n"
        "Op 4 mrt 2025 om 14:02 schreef Mark Visser <mark@example.nl>:\n"
        "> How long is the crossing to Terschelling?\n"
    )
    assert writers(dutch) == ["Mark Visser", "Sanne"]


def test_outlook_chain_in_italian_pasted_newest_first() -> None:
    page = (
        "Perfetto, we'll sleep in Matera two nights and see Alberobello on the way.\n\n"
        "Da: Marco Rossi <marco.rossi@example.it>\n"
        "Inviato: martedì 4 marzo 2025 21:40\n"
        "A: Karen Holt <karen.holt@example.com>\n"
        "Oggetto: R: Puglia in ottobre\n\n"
        "Matera deserves two nights, the Sassi at night are the best part.\n\n"
        "Da: Karen Holt <karen.holt@example.com>\n"
        "Inviato: martedì 4 marzo 2025 19:22\n"
        "A: Marco Rossi <marco.rossi@example.it>\n"
        "Oggetto: Puglia in ottobre\n\n"
        "A week in Puglia in October: Lecce, Ostuni, Matera. Where should we stay longest?\n"
    )
    thread = read_text(page, "chain.txt")
    assert [s.author for s in thread.sections] == ["Karen Holt", "Marco Rossi", "Karen Holt"]
    assert thread.sections[0].text.endswith("Where should we stay longest?")
    assert thread.sections[2].text.startswith("Perfetto")


def test_outlook_chain_with_spanish_fields_signed_on_top() -> None:
    page = (
        "We went with Cusco first, thanks both.\n\nBest,\nOwen\n\n"
        "De: Lucía Flores <lucia.flores@example.pe>\n"
        "Enviado el: lunes, 3 de marzo de 2025 18:05\n"
        "Para: Owen Price <owen@example.co.uk>; Mateo Ruiz <mateo@example.pe>\n"
        "Asunto: RE: Peru en mayo\n\n"
        "Cusco first for the altitude, then the Sacred Valley and Machu Picchu.\n\n"
        "De: Owen Price <owen@example.co.uk>\n"
        "Enviado el: lunes, 3 de marzo de 2025 10:12\n"
        "Para: Lucía Flores <lucia.flores@example.pe>\n"
        "Asunto: Peru en mayo\n\n"
        "Lima, Cusco and Arequipa in two weeks, which order?\n"
    )
    assert writers(page) == ["Owen Price", "Lucía Flores", "Owen"]
