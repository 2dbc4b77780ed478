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
