"""IRC logs as clients save them: each line the time, the nick in angle brackets (with its
channel mode) or an action ("* nick waves"), then the words; joins, quits and topic changes are
the client's notices, nobody's words. Logs of our own in two clients' shapes."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text

IRSSI = """--- Log opened Sat Mar 14 20:02:10 2026
20:02 -!- Topic for #backpacking: trip reports welcome | be nice
20:03 -!- noor_t [~noor@user/noor] has joined #backpacking
20:04 < noor_t> planning 12 days in Georgia in June: Tbilisi, Kazbegi, then Kutaisi and Mestia
20:06 <@grisha> noor_t: do Mestia to Ushguli as a day trip by jeep, the road is rough but fine
20:07 < pell> I went to Kazbegi last summer, Gergeti church at dawn is worth the early start
20:08  * grisha waves from Batumi
20:09 < noor_t> pell: thanks! did you stay in Stepantsminda itself?
20:11 -!- pell [~pell@host] has quit [Quit: bye]
--- Log closed Sat Mar 14 20:30:01 2026
"""

HEXCHAT = """**** BEGIN LOGGING AT Sun Apr 5 09:00:12 2026
[09:01] --> lumi (~lumi@host) has joined #roadtrips
[09:02] <lumi> driving the Ring Road in Iceland in September, is 8 days enough?
[09:03] <+ketil> lumi: 8 is tight, skip the Westfjords and do Snaefellsnes instead
[09:05] <arno> we did it in 10 and still rushed Hofn
[09:06] <lumi> arno: where did you sleep near Jokulsarlon?
[09:07] <+ketil> lumi: Hali or Hofn, both fine
[09:09] <-- arno (~arno@host) has left #roadtrips
"""


@pytest.mark.parametrize(("log", "writers", "first"), [
    (IRSSI, ["noor_t", "grisha", "pell", "grisha", "noor_t"], "planning 12 days in Georgia"),
    (HEXCHAT, ["lumi", "ketil", "arno", "lumi", "ketil"], "driving the Ring Road"),
])
def test_an_irc_log_splits_by_nick_and_drops_the_client_s_notices(
        log: str, writers: list[str], first: str) -> None:
    thread = read_text(log)
    assert [s.author for s in thread.sections] == writers
    assert thread.post.text.startswith(first)
    assert not any("has joined" in s.text or "has quit" in s.text or "Log opened" in s.text
                   for s in thread.sections)


# HexChat's own log stamp is the day and the time ("Jun 03 20:11:02"); its notices and a
# writer's action both open with "*": the notice says what the client did.
HEXCHAT_DAYS = """**** BEGIN LOGGING AT Wed Sep 10 18:40:00 2025

Sep 10 18:40:00 *\tNow talking on #islands
Sep 10 18:40:00 *\tTopic for #islands is: island hopping, ferries, beaches
Sep 10 18:41:12 <femi_o>\tthree weeks in the Philippines in February: Cebu, then Bohol, then Siargao
Sep 10 18:42:30 <@ruth>\tfemi_o: skip Cebu city, go straight to Moalboal for the sardine run
Sep 10 18:43:05 *\tdex (~dex@198.51.100.4) has joined
Sep 10 18:43:40 *\tdex waves from Dumaguete
Sep 10 18:44:10 <femi_o>\truth: is the ferry from Bohol to Siargao still overnight?
Sep 10 18:45:22 <@ruth>\tfemi_o: it is, or fly via Cebu
**** ENDING LOGGING AT Wed Sep 10 19:00:00 2025
"""

# WeeChat: the day and time, the nick, the words, each after a tab; its notices put an
# arrow or "--" where the nick goes.
WEECHAT = """2025-02-01 09:00:01\t-->\tsol (~sol@192.0.2.8) has joined #vanlife
2025-02-01 09:00:02\t--\tTopic for #vanlife is "routes, camps, repairs"
2025-02-01 09:02:40\tsol\tfour weeks in New Zealand from Auckland down to Queenstown in a campervan
2025-02-01 09:04:11\tbirgit\twe did that route in 2023, the Coromandel was the highlight
2025-02-01 09:05:30\t<--\tpiet (~piet@198.51.100.2) has quit (Ping timeout)
2025-02-01 09:06:02\tmakoa\tKia ora from Rotorua, come by the hot pools
2025-02-01 09:07:45\tsol\tbirgit: how many nights on the Coromandel?
"""

# Chatterino opens a log with a comment line that names when logging started: a header,
# not the first message's words.
CHATTERINO = """# Start logging at 2025-06-20 19:30:00 Central European Summer Time
# Joined #wanderwithmika
[19:30:00]  *** Joined #wanderwithmika
[19:31:12]  mika_wanders: we just got back from Corsica, Bonifacio and then up to Calvi
[19:31:40]  tarek_99: Bonifacio cliffs at sunset, been there last summer
[19:32:05]  ines_b: is Corte worth a night on the way?
[19:33:10]  mika_wanders: @ines_b yes, Corte was our favourite stop
"""


@pytest.mark.parametrize(("log", "writers", "first"), [
    (HEXCHAT_DAYS, ["femi_o", "ruth", "dex", "femi_o", "ruth"], "three weeks in the Philippines"),
    (WEECHAT, ["sol", "birgit", "makoa", "sol"], "four weeks in New Zealand"),
    (CHATTERINO, ["mika_wanders", "tarek_99", "ines_b", "mika_wanders"], "we just got back"),
])
def test_a_log_stamped_with_the_day_or_opened_by_comment_lines_starts_at_the_first_message(
        log: str, writers: list[str], first: str) -> None:
    thread = read_text(log)
    assert [s.author for s in thread.sections] == writers
    assert first in thread.post.text
    assert not any(word in s.text for s in thread.sections for word in (
        "has joined", "has quit", "Now talking", "Topic for", "LOGGING"))
