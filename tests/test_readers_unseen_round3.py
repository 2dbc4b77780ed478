"""Pages in shapes no reader names, third round (tests/unseen_shapes/ pages listed under
``_round3``, labelled before the readers ran, and short pages written here): member lines that
give a writer's home in plain text and saved HTML, talk-page signatures after the words, trip
and activity logs with their figures, JSON exports under keys of their own. Every thread here
is invented."""

from __future__ import annotations

import json

from unseen_shapes_score import ROOT, labels, round3, score_page, score_part

from itinerary.readers import parse_json, read_threads
from itinerary.readers.formats import read_text


def test_the_third_rounds_measured_pages_keep_their_floor() -> None:
    score = score_part("measure", pages=round3())
    assert score.boundary_f1 >= 0.75
    assert score.author_accuracy >= 0.7
    assert score.leakage <= 0.3


def _homes(name: str) -> dict[str, str | None]:
    thread = read_threads(ROOT / name)[0]
    return {s.author: s.home for s in thread.sections if s.author}


def test_a_members_home_line_sets_the_home_in_text_and_html_copies() -> None:
    # "Location: Pisa" under a rank, "Lives in Quito" / "From: Leeds" under the name, and
    # "From: Hamburg" as a field beside a review or under a board's member name
    pages = [name for name in round3() if "homes" in labels()[name]]
    assert len(pages) >= 4
    for name in pages:
        assert _homes(name) == labels()[name]["homes"], name


LIVES_IN = """Island Hoppers Forum

Naxos or Paros with small kids?

Eleni P.
Lives in Thessaloniki
12 March 2025
Naxos, the beaches on the west side are shallow for a long way. Agios Prokopios is ideal.

Mark Tully
From: Galway
Member since 2019
13 March 2025
We did Paros last year and Naxos this year, Naxos was easier with a buggy.

Sofia R
13 March 2025
Agree on Naxos, we stayed in Plaka.
"""


def test_a_home_line_belongs_to_the_writer_above_it_and_never_to_the_text() -> None:
    thread = read_text(LIVES_IN)
    homes = {s.author: s.home for s in thread.sections if s.author}
    assert homes == {"Eleni P.": "Thessaloniki", "Mark Tully": "Galway", "Sofia R": None}
    assert all("Galway" not in s.text and "Lives in" not in s.text for s in thread.sections)


TALK = "\n".join([
    "Talk:Camino Portugues", "", "Coastal or central route?", "",
    "Which is quieter in May, the coastal route from Porto or the central one through Ponte de"
    " Lima? We walk slowly and like small towns. — Brigid K (talk) 08:12, 2 April 2025 (UTC)",
    ":Central is quieter and the albergue in Ponte de Lima is lovely. The coast was windy for"
    " us. — Joao.P (talk) 19:40, 2 April 2025 (UTC)",
    "::Seconded, we did the central route from Tui to Santiago in 2023. --Helga Brandt 07:03,"
    " 3 April 2025 (UTC)",
    ":::Thanks, central it is. — Brigid K (talk) 12:30, 3 April 2025 (UTC)", "", "Add topic", ""])


def test_a_talk_page_signed_at_the_end_of_each_comment_splits_at_the_signatures() -> None:
    thread = read_text(TALK)
    assert [s.author for s in thread.sections] == ["Brigid K", "Joao.P", "Helga Brandt",
                                                   "Brigid K"]
    assert thread.post.text.endswith("like small towns.")
    assert thread.comments[1].text == (
        "Seconded, we did the central route from Tui to Santiago in 2023.")
    assert thread.comments[2].parent == thread.comments[1].id
    assert thread.comments[0].date == "2025-04-02"


def test_talk_pages_copied_or_saved_split_at_their_signers() -> None:
    name = "tune/talk-page-signatures.txt"
    score = score_page(name, labels()[name])
    assert (score.found, score.authors) == (score.labelled, score.labelled)
    saved = read_threads(ROOT / "tune/talk-page-saved.html")[0]
    assert [s.author for s in saved.sections][:2] == ["Sigrun J", "Niall.O"]
    assert not any("(talk)" in s.text for s in saved.sections)


def test_json_exports_whose_keys_no_list_names_find_their_words_and_writers() -> None:
    # "plain" beside "msg_id" and "in_reply" (ids, not words), "Name <address>" writers; a log
    # whose writer sits under "rider" where the replies' sit under "by"
    for name in ("tune/mail-archive.json", "tune/ride-log.json"):
        score = score_page(name, labels()[name])
        assert (score.found, score.authors) == (score.labelled, score.labelled), name


def _said(alias: str, said: str, at: str) -> dict[str, object]:
    return {"poster": {"alias": alias}, "said": said, "at": at}


DIGEST = json.dumps({"forum": "Slow Roads", "threads": [
    {"heading": "Atlas passes", "items": [
        _said("Yasmin B.", "Is the Tizi n'Tichka pass fine in a small car in April?", "2025-03-01"),
        _said("Olek", "Yes, we drove Marrakech to Ouarzazate over it last April.", "2025-03-02")]},
    {"heading": "Desert nights", "items": [
        _said("Yasmin B.", "Merzouga or Zagora for one night in the dunes?", "2025-03-04"),
        _said("Inés", "Merzouga, the dunes are far higher.", "2025-03-05")]}]})


def test_records_under_each_topic_of_a_list_are_read_as_one_thread() -> None:
    (thread,) = parse_json(DIGEST)
    assert [s.author for s in thread.sections] == ["Yasmin B.", "Olek", "Yasmin B.", "Inés"]
    assert thread.sections[2].text.startswith("Merzouga or Zagora")


def _opinion(pseudo: str, text: str, when: str) -> dict[str, object]:
    return {"critic": {"pseudo": pseudo}, "opinion_text": text, "when": when}


REVIEWS = json.dumps({"venue": {"name": "Cliffs of Moher visitor centre", "score": 4.1},
                      "opinions": [
    _opinion("Aoife", "Walk south along the cliff path to Hags Head, the crowds stay by the"
             " centre.", "2025-05-02"),
    _opinion("Bram V.", "We came from Doolin on the coastal walk, three hours, wonderful.",
             "2025-06-11"),
    _opinion("Kenji", "Fog all day for us, go to the Burren instead if it is grey.",
             "2025-07-20")]})


def test_a_reviewed_things_name_is_no_writer() -> None:
    (thread,) = parse_json(REVIEWS)
    assert thread.post.author is None
    assert [s.author for s in thread.comments] == ["Aoife", "Bram V.", "Kenji"]


RIDE_LOG = """Pedalbook
Feed   Explore   Sign up

Gravel day: Girona to Banyoles and back
by Carles Puig
Stage 3 of 7

64.3 km
Elevation gain 710 m
Moving time 3:41:12
19 kudos
2 comments

Out through Sant Gregori on the old rail path, then gravel up to the lake at Banyoles
for coffee. Back via Cornella del Terri with a headwind the whole way.

Comments

Mireia V
5h
The rail path is lovely in spring, did you ride round the lake too?

Jonas Ek
2h
Doing this on Saturday from Girona, thanks for the route.
"""


def test_a_logs_figures_and_counters_under_its_title_are_not_the_end_of_its_words() -> None:
    thread = read_text(RIDE_LOG)
    assert "Out through Sant Gregori" in thread.post.text
    assert [s.author for s in thread.comments] == ["Mireia V", "Jonas Ek"]
    for figure in ("64.3 km", "710 m", "3:41:12", "19 kudos", "Stage 3 of 7"):
        assert figure not in thread.post.text


def test_a_writers_profile_object_in_json_gives_their_home() -> None:
    thread = read_threads(ROOT / "tune/ride-log.json")[0]
    homes = {s.author: s.home for s in thread.sections}
    assert homes == {"alpine_ana": "Grenoble", "mont_ventoux_max": None, "Sofie Jansen": None}
    page = json.dumps({"posts": [
        {"user": {"login": "bea_w", "location": "Cork"}, "body": "Dingle or Kenmare for a base?",
         "place": {"location": "Kerry"}, "created_at": "2025-04-01"},
        {"user": {"login": "tadhg"}, "body": "Dingle, and drive Slea Head on a clear day.",
         "created_at": "2025-04-02"},
        {"user": {"login": "bea_w", "location": "Cork"}, "body": "Dingle it is, thanks.",
         "created_at": "2025-04-02"}]})
    (thread,) = parse_json(page)
    assert [(s.author, s.home) for s in thread.sections] == [
        ("bea_w", "Cork"), ("tadhg", None), ("bea_w", "Cork")]
