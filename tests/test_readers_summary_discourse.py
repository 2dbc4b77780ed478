""""Readers also went to" across replies: agreement, yes to a question, "both" back to places.

Whole threads written for these tests, analyzed end to end; every expected line was written
before the tool ran on the thread. Each summary is compared whole (place -> relation -> readers)
so a false line about a person fails as surely as a missed one.
"""

from __future__ import annotations

from pathlib import Path

from itinerary.models import Report, Section, Thread
from itinerary.pipeline import Analyzer
from itinerary.readers import parse_text, read_threads

Summary = dict[str, dict[str, set[str]]]


def summary(report: Report) -> Summary:
    """Place name -> relation -> readers, for the relations the summary lists of people."""
    names = {p.place.id: p.place.name for p in report.places}
    found: Summary = {}
    for entry in report.readers_also_went_to:
        for relation in ("visited", "planning", "wishlist", "lives"):
            readers = set(getattr(entry, relation))
            if readers:
                found.setdefault(names[entry.place_id], {})[relation] = readers
    return found


def thread(*sections: Section, location: str) -> Thread:
    return Thread(sections=sections, location=location)


def test_replies_that_agree_or_answer_yes_in_a_nested_thread(analyzer: Analyzer) -> None:
    t = thread(
        Section("post", "mira_k", "Is four days in Ljubljana too long?\nFirst time in Slovenia, "
                "flying in mid June. Thinking of four nights in Ljubljana with day trips. Too long "
                "for the capital or just right?"),
        Section("comment-1", "Tomasz K.", "Not too long at all. We spent four days there last "
                "September and did a day trip to Piran on the coast, loved it."),
        Section("comment-2", "Greta", "Same here, Piran was the highlight of our whole trip!",
                parent="comment-1"),
        Section("comment-3", "Olu", "Tomasz, have you been to Bohinj? People say it beats the "
                "other lake.", parent="comment-1"),
        Section("comment-4", "Tomasz K.", "Yes, twice! Much quieter, go early.",
                parent="comment-3"),
        Section("comment-5", "Pia", "Skofja Loka is a cute stop too. We went in March, barely a "
                "soul there."),
        location="Ljubljana, Slovenia",
    )
    assert summary(analyzer.analyze(t)) == {
        "Piran": {"visited": {"Tomasz K.", "Greta"}},
        "Bohinj": {"visited": {"Tomasz K."}},  # only the asker names it: the yes is the visit
        "Škofja Loka": {"visited": {"Pia"}},
    }


def test_plus_one_me_too_ditto_and_both(analyzer: Analyzer) -> None:
    t = thread(
        Section("post", "wanderwill", "Petra: one day or two?\nWe land in Amman on 3 April and "
                "want to see Petra properly. One full day, or two nights in Wadi Musa?"),
        Section("comment-1", "Reem", "Two nights, no question. After Petra we went on to Wadi Rum "
                "and Aqaba, and the desert camp was unreal."),
        Section("comment-2", "jonno_b", "+1 for Wadi Rum, loved it.", parent="comment-1"),
        Section("comment-3", "Claire Dubois", "Jerash and Madaba make a good day from the "
                "capital on the way south. We saw both in one day with a driver."),
        Section("comment-4", "Sam", "Me too! The columns in Jerash blew my mind.",
                parent="comment-3"),
        Section("comment-5", "Farid", "We're heading to Aqaba in May, then two nights at Dana."),
        Section("comment-6", "Ines", "Ditto on Dana, booked the guesthouse yesterday!",
                parent="comment-5"),
        location="Petra, Jordan",
    )
    assert summary(analyzer.analyze(t)) == {
        "Wadi Rum": {"visited": {"Reem", "jonno_b"}},
        "Aqaba": {"visited": {"Reem"}, "planning": {"Farid"}},  # "+1 for Wadi Rum" only
        "Jarash": {"visited": {"Claire Dubois", "Sam"}},
        "Mādabā": {"visited": {"Claire Dubois"}},  # Sam agreed about Jerash alone
        # The reserve round Dana village (the gazetteer has no Jordanian town "Dana"), not Dana, NC.
        "Dana Nature Reserve": {"planning": {"Farid", "Ines"}},
    }


def test_a_flat_page_replies_to_the_comment_before(analyzer: Analyzer) -> None:
    """No dateline: the title weighs Cagliari against Alghero, so neither is left out."""
    comments = [
        ("Marta", "We stayed in Alghero for five nights in June and drove to Bosa and Stintino. "
                  "Both are gorgeous, and the coast road is worth it on its own."),
        ("Dirk", "Same here! We loved it."),
        ("Sofia", "Has anyone been to Orosei? Thinking of adding it for two nights."),
        ("Luca", "Yes, two summers ago. Rent a boat, the coves south of town are only reachable "
                 "by sea."),
        ("Jenny", "Hello from Bristol! Cagliari was our base last year and we did a day trip to "
                  "Villasimius from there."),
        ("Rui", "Me too, Villasimius had the clearest water I have ever seen."),
    ]
    text = "\n".join([
        "A week in Sardinia: Cagliari or Alghero as a base?", "",
        "Two adults and a teenager flying in late June, no car yet. Should we split the week "
        "between Cagliari and Alghero or pick one base and rent a car?", "", "",
        *(f"  {n}. {name}\n\n    {said}\n" for n, (name, said) in enumerate(comments, 1)),
    ])
    found = summary(analyzer.analyze(parse_text(text)))
    assert found["Alghero"] == found["Bosa"] == found["Stintino"] == {
        "visited": {"Marta", "Dirk"}}
    assert found["Orosei"] == {"visited": {"Luca"}, "planning": {"Sofia"}}  # "adding it"
    assert found["Villasimius"] == {"visited": {"Jenny", "Rui"}}
    assert found["Cagliari"] == {"visited": {"Jenny"}}
    assert found["Bristol"] == {"lives": {"Jenny"}}


def test_an_agreeing_reply_with_a_name_it_does_not_read_takes_nothing_else(
    analyzer: Analyzer,
) -> None:
    """ "Same, Qxxville was our favourite": the reply agrees about the place it names, even a
    name the place pass cannot read, so it is not put on the other stops of its parent."""
    t = thread(
        Section("post", "bev_h", "Nova Scotia road trip from Halifax\nNine days in July from "
                "Halifax with a rental car. Cabot Trail for sure, what else?"),
        Section("comment-1", "Rob", "We drove the Cabot Trail last fall and stayed two nights "
                "in Baddeck. The whale watching was great."),
        Section("comment-2", "Mike T", "Same, Zorbleton Cove was our favourite stop.",
                parent="comment-1"),
        Section("comment-3", "Sandra", "Has anyone been to Lunenburg?"),
        Section("comment-4", "Owen", "Yep, a few times - an easy day out.", parent="comment-3"),
        location="Halifax, Nova Scotia",
    )
    found = summary(analyzer.analyze(t))
    assert found["Baddeck"] == {"visited": {"Rob"}}
    assert found["Lunenburg"] == {"visited": {"Owen"}}
    assert "Mike T" not in {name for by in found.values() for names in by.values()
                            for name in names}


def test_facebook_replies_that_tag_the_writer_they_answer(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """Facebook shows no nesting, but a reply opens with the name of the writer it answers."""
    comments = [
        ("Lena Brandt", "Did the same loop in 2019! Vang Vieng was my favourite, the lagoons are "
                        "so blue."),
        ("Chris Otieno", "Lena Brandt same here, tubing down the river was the best day of the "
                         "trip"),
        ("Ana Ruiz", "Has anyone been to the Plain of Jars? Thinking of adding it."),
        ("Mira Tan\nAuthor", "Ana Ruiz not this time sadly!"),
        ("Dev Sharma", "Ana Ruiz yes! Two days there was plenty."),
        ("Tom Becker", "Greetings from Chiang Mai! The slow boat is a lovely way in."),
    ]
    text = "\n".join([
        "Southeast Asia Backpackers", "Public group · 120K members", "", "Mira Tan", " · ",
        "March 2, 2024 · 🌐",
        "Just back from three weeks in Laos: Luang Prabang, Vang Vieng and the 4000 Islands "
        "down south. Ask me anything!",
        "❤️👍 54", "9 comments", "Like", "Comment", "Share", "Most relevant", "",
        *(f"{name}\n{said}\nLike · Reply · 2w\n" for name, said in comments),
    ])
    page = tmp_path / "laos.txt"
    page.write_text(text, encoding="utf-8")
    (t,) = read_threads(page)
    assert t.format == "facebook"
    assert summary(analyzer.analyze(t)) == {
        "Vang Vieng": {"visited": {"Lena Brandt", "Chris Otieno"}},
        # the yes answers Ana, not the author; "Thinking of adding it" is Ana's plan
        "Plain of Jars": {"visited": {"Dev Sharma"}, "planning": {"Ana Ruiz"}},
        "Chiang Mai": {"lives": {"Tom Becker"}},
    }


def test_a_forum_reply_that_quotes_and_agrees(analyzer: Analyzer, tmp_path: Path) -> None:
    """phpBB shows no nesting and drops the quote from the reply: "Same here!" answers the
    comment before it, whose sure visit it shares; a yes answers the question before it."""
    def post(name: str, home: str | None, date: str, body: str) -> str:
        block = f"{name}\nPosts: 40\nJoined: Jun 1, 2012\n" + (f"Location: {home}\n" if home
                                                              else "")
        return (f"{block}\nRe: Sicily route check\nPost by {name} » {date}\n\n{body}\n\nTop\n")

    page = "\n".join([
        "Island Roads Forum \u203a Board index \u203a Italy", "", "Sicily route check", "",
        "olive_grove\nPosts: 12\nJoined: Mar 3, 2023\n",
        "Sicily route check\nPost by olive_grove » Sat Jan 13, 2024 9:02 pm\n",
        "Palermo 3 nights, Agrigento 1, Ragusa 2, Siracusa 3. Too much driving for April?\n",
        "Top\n",
        post("etna_ed", "Catania", "Sun Jan 14, 2024 8:15 am",
             "Looks fine. Ragusa is my favourite baroque town, we go every autumn."),
        post("brummie_bea", "Birmingham, UK", "Sun Jan 14, 2024 10:40 am",
             "Quote\netna_ed wrote: ↑Sun Jan 14, 2024 8:15 am\nRagusa is my favourite baroque "
             "town\n\nSame here! The granita in the main square is worth the drive alone."),
        post("trinacria_tom", None, "Sun Jan 14, 2024 1:05 pm",
             "Has anyone been to Cefalù recently? Heard the beach is packed."),
        post("etna_ed", "Catania", "Sun Jan 14, 2024 3:30 pm",
             "Yes, in May. Go early and it is fine."),
        "Return to “Italy”", "Jump to",
    ])
    path = tmp_path / "sicily.txt"
    path.write_text(page, encoding="utf-8")
    (t,) = read_threads(path)
    assert t.format == "phpbb"
    found = summary(analyzer.analyze(t))
    assert found["Ragusa"] == {"visited": {"etna_ed", "brummie_bea"}}
    assert found["Cefalù"] == {"visited": {"etna_ed"}}  # trinacria_tom only asks


def test_a_quoted_line_is_not_the_quoting_readers_trip(analyzer: Analyzer) -> None:
    t = thread(
        Section("post", "bea_r", "Three nights in Seville in March, what day trips?\nFirst trip "
                "to Andalusia, no car. Which day trips from Seville are easy by train?"),
        Section("comment-1", "Marisol", "We did Córdoba on the train last spring. The Mezquita "
                "is unreal."),
        Section("comment-2", "Pete", "> We did Córdoba on the train last spring\nHow early did "
                "you have to book?", parent="comment-1"),
        Section("comment-3", "Anke", "> The Mezquita is unreal.\nAgreed! We stayed two nights "
                "in Granada afterwards.", parent="comment-1"),
        location="Seville, Spain",
    )
    assert summary(analyzer.analyze(t)) == {
        "Córdoba": {"visited": {"Marisol"}},  # Pete only quotes Marisol's visit
        "Granada": {"visited": {"Anke"}},
    }


def test_a_question_about_a_place_is_no_plan_unless_the_model_is_sure(
        analyzer: Analyzer) -> None:
    t = thread(
        Section("post", "Odile", "Five days in Porto, too long?\nFlying in for the first time "
                "in May. Is five days in Porto too much?"),
        Section("comment-1", "Jana", "Has anyone done the Douro Valley on a day tour? Is it "
                "worth the money?"),
        Section("comment-2", "Ravi", "Is Guimarães easy to reach without a car?"),
        Section("comment-3", "Leo", "We're going to Braga in May for three nights, can't wait."),
        location="Porto, Portugal",
    )
    assert summary(analyzer.analyze(t)) == {"Braga": {"planning": {"Leo"}}}


def test_hearsay_verdicts_habits_and_views_in_comments(analyzer: Analyzer) -> None:
    """Someone else's trip ("my flatmate went to Hue") lists nobody, nor does a place only seen
    from another ("the view of Fansipan from our homestay"); a verdict after the place ("go to
    Phong Nha on the way down, loved it") and a habit after it ("Don't skip Hoi An if you have
    the time, we go every winter") are the writer's visits, and "Has anyone been to Da Lat?
    We're considering it" the asker's plan."""
    t = thread(
        Section("post", "lin_t", "Vietnam north to south in three weeks\nWe fly into Hanoi on "
                "2 February and out of Ho Chi Minh City on the 23rd. What should we not miss?"),
        Section("comment-1", "Oskar", "My flatmate went to Hue for a week and raved about it."),
        Section("comment-2", "Bea", "Go to Phong Nha on the way down, loved it."),
        Section("comment-3", "Duc", "Don't skip Hoi An if you have the time, we go every winter."),
        Section("comment-4", "Hal", "The view of Fansipan from our homestay in Sapa was unreal."),
        Section("comment-5", "Priya", "Has anyone been to Da Lat? We're considering it."),
        location="Vietnam",
    )
    found = summary(analyzer.analyze(t))
    assert "Huế" not in found and "Fansipan" not in found
    assert found["Phong Nha-Kẻ Bàng National Park"] == {"visited": {"Bea"}}
    assert found["Hoi An"] == {"visited": {"Duc"}}
    assert found["Sa Pa"] == {"visited": {"Hal"}}
    assert found["Ðà Lạt"] == {"planning": {"Priya"}}


def test_a_day_list_suggested_to_the_asker_is_no_plan_of_its_writer(analyzer: Analyzer) -> None:
    """A comment's day list under words to the reader ("Here's what I'd do with your eight
    days:") is advice, so its writer plans none of it, nor a place of it named again after it
    ("Trust me on Coimbra"); one under "Our route last May:" tells the writer's own trip."""
    t = thread(
        Section("post", "nina_p", "Portugal in eight days\nFlying into Lisbon on 3 May and out "
                "of Porto on the 11th. How would you split the days?"),
        Section("comment-1", "Rui", "Here's what I'd do with your eight days:\nDay 1: Lisbon\n"
                "Day 2: Sintra, Pena early\nDay 3: Coimbra and on to Porto\nDay 4: Porto\n"
                "Trust me on Coimbra."),
        Section("comment-2", "Bex", "Our route last May:\nMay 3 - Lisbon\nMay 6 - Óbidos\n"
                "May 7 - Coimbra\nMay 8 - Porto\nCoimbra was the surprise."),
        location="Lisbon, Portugal",
    )
    found = summary(analyzer.analyze(t))
    assert not any("Rui" in readers for by in found.values() for readers in by.values())
    assert found["Coimbra"] == {"visited": {"Bex"}}


def test_a_visit_said_after_the_places_in_their_sentence(analyzer: Analyzer) -> None:
    """"Osaka and Nara are both lovely, did them by train in 2019": "did them" after the names
    is the writer's visit to each."""
    t = thread(
        Section("post", "gabe", "Ten days in Japan in June\nTokyo and Kyoto booked, where else?"),
        Section("comment-1", "Lise", "Osaka and Nara are both lovely, did them by train in 2019."),
        location="Kyoto, Japan",
    )
    found = summary(analyzer.analyze(t))
    assert found["Osaka"] == found["Nara"] == {"visited": {"Lise"}}


def test_questions_to_others_and_bookings_called_off_tell_no_trip(analyzer: Analyzer) -> None:
    t = thread(
        Section("post", "ola_p", "Five nights in Kraków in May: day trips?\nFirst time in Poland. "
                "We have five nights in Kraków and want two or three day trips. Ideas?"),
        Section("comment-1", "Marek", "Hiya from Katowice! We did Zakopane as a day trip last "
                "summer, long but worth it."),
        Section("comment-2", "Dee", "Did you like Zakopane more than Wieliczka? Asking for a "
                "friend who can only do one.", parent="comment-1"),
        Section("comment-3", "Sam R.", "Would you rather do Tarnów or Nowy Sącz as a day trip "
                "from Kraków, if you only had one free day?"),
        Section("comment-4", "Jen", "We'd booked two nights in Wrocław in March but the strike "
                "put an end to that. Gutted."),
        Section("comment-5", "Kofi", "We planned a weekend in Gdańsk after Kraków but cancelled "
                "when my knee went. Ended up in Toruń instead, which was lovely."),
        Section("comment-6", "Ines", "Is Ojców better than Niepołomice for a half day? Has "
                "anyone been to both?"),
        Section("comment-7", "Bartek", "Yes, both. Ojców has the castle ruins and the caves.",
                parent="comment-6"),
        Section("comment-8", "Ula", "We booked three nights in Lublin for October. Then my dad "
                "got ill and we had to cancel the whole trip."),
        Section("comment-9", "Viv", "Is Tarnów doable as a day trip from Kraków, or is that "
                "pushing it?"),
        location="Kraków, Poland",
    )
    assert summary(analyzer.analyze(t)) == {
        "Zakopane": {"visited": {"Marek"}},
        "Katowice": {"lives": {"Marek"}},  # a greeting from a town is a home
        "Toruń": {"visited": {"Kofi"}},
        # a yes with "both" to "A better than B? Has anyone been to both?" visited each
        "Ojców National Park": {"visited": {"Bartek"}},
        "Niepołomice": {"visited": {"Bartek"}},
    }  # no line for Dee, Sam R., Ines or Viv (questions), Jen, Kofi's Gdańsk or Ula (called off)


def test_a_place_added_with_too_is_no_home(analyzer: Analyzer) -> None:
    """The model reads some verbless fragments as homes ("Bergheim too."): a home needs a word
    of home in its sentence, and a greeting still gives one."""
    t = thread(
        Section("post", "wes", "Five days on the Mosel in September?\nWe have five days in "
                "September and a car, based in Cochem. Which wine villages?"),
        Section("comment-1", "Hanne", "Bernkastel-Kues, absolutely. Traben-Trarbach too."),
        Section("comment-2", "Lou", "We stayed in Beilstein two summers ago. Zell too, just "
                "down the river."),
        Section("comment-3", "Dirk", "Moin from Koblenz! Trier too, from Cochem, an easy "
                "train."),
        location="Cochem, Germany",
    )
    assert summary(analyzer.analyze(t)) == {
        "Beilstein": {"visited": {"Lou"}},
        "Koblenz": {"lives": {"Dirk"}},
    }


def test_words_quoted_from_an_earlier_comment_are_not_the_quoting_readers(
        analyzer: Analyzer) -> None:
    """A reply that quotes another comment inline ("...", "NAME wrote: ...") repeats that
    writer's trip, not its own; its own words around the quote still count."""
    t = thread(
        Section("post", "kit", "Sri Lanka in February: hill country or the south coast?\n"
                "Twelve days in February, landing in Colombo. Hill country or the beaches?"),
        Section("comment-1", "Ravi", "We spent three nights in Ella and took the train from "
                "Kandy, best journey of my life."),
        Section("comment-2", "Mo", "\"We spent three nights in Ella\" - was that enough? We "
                "only have two days for the hills."),
        Section("comment-3", "Jude", "Ravi wrote: took the train from Kandy, best journey of my "
                "life. Agreed, and we went on to Galle after, which was lovely."),
        location="Colombo, Sri Lanka",
    )
    assert summary(analyzer.analyze(t)) == {
        "Ella Town": {"visited": {"Ravi"}},
        "Kandy": {"visited": {"Ravi"}},
        "Galle": {"visited": {"Jude"}},
    }


def test_a_greeting_from_the_road_is_a_visit_not_a_home(analyzer: Analyzer) -> None:
    """"Hello from X" is a home, unless the sentence tells of a trip there now."""
    t = thread(
        Section("post", "ben", "Crete in May: Chania or Rethymno as a base?\nEight nights on "
                "Crete in May with a car. Chania or Rethymno?"),
        Section("comment-1", "Nikos", "Greetings from Heraklion! Chania, the old harbour is "
                "lovely in the evening."),
        Section("comment-2", "Sue", "Hello from Paleochora, where we're spending the week! "
                "Quiet, cheap and the bus to Chania is easy."),
        Section("comment-3", "Arjen", "Writing this from a taverna in Sitia, we arrived "
                "yesterday. Far east but worth it."),
        Section("comment-4", "Marta", "The ferry out to Gavdos only runs a few times a week, "
                "so check before you plan on it.\n\nMarta\nValencia"),
        location="Crete, Greece",
    )
    assert summary(analyzer.analyze(t)) == {
        "Irákleion": {"lives": {"Nikos"}},  # the gazetteer's spelling
        "Palaióchora": {"visited": {"Sue"}},
        "Sitia": {"visited": {"Arjen"}},
        "Valencia": {"lives": {"Marta"}},  # signed on two lines, as mail is
    }
