"""The recurring-layout reader (formats/layout.py): pages whose headers no reader names, split by
the structure they repeat; round 7 of tests/unseen_shapes/ (pages labelled before the readers
ran) keeps its floor. Every thread here is invented."""

from __future__ import annotations

from unseen_shapes_score import round7, score_part

from itinerary.readers.formats import read_text


def writers(text: str) -> list[str | None]:
    return [section.author for section in read_text(text).sections]


def test_the_seventh_rounds_pages_keep_their_floor() -> None:
    tuned = score_part("tune", pages=round7())
    assert tuned.boundary_f1 >= 0.8
    assert tuned.author_accuracy >= 0.6
    measured = score_part("measure", pages=round7())
    assert measured.boundary_f1 >= 0.6
    assert measured.author_accuracy >= 0.45


NAME_OVER_HOME = """Radio Wanderlust
Show 17: the Silk Road by train
In this show we ride from Tashkent to Samarkand and Bukhara on the fast train.
Then we ask our listeners where they would stop, and for how long, on the way.
Listener notes (4)
Farida Yusupova
Tashkent
I take the Afrosiyob to Samarkand twice a year and the morning one is always full, book early.
Useful · Answer
Tom Hallam
Leeds
Is Khiva worth the overnight train from Bukhara or should we fly to Urgench?
Useful · Answer
Farida Yusupova
Tashkent
Take the train, the desert at dawn is part of the trip.
Useful · Answer
Ines Vidal
Girona
We went on to Nukus for the museum and never regretted the detour.
Useful · Answer
"""


def test_a_name_over_a_home_and_furniture_heads_each_note_without_any_time() -> None:
    thread = read_text(NAME_OVER_HOME)
    assert thread.format == "layout"
    assert writers(NAME_OVER_HOME) == [None, "Farida Yusupova", "Tom Hallam", "Farida Yusupova",
                                       "Ines Vidal"]
    assert thread.sections[2].text.startswith("Is Khiva worth")
    assert "Useful" not in thread.sections[1].text


REVIEW_BY = """Night Trains Club
Reviews
Review by owl_express ★★★★
Ridden 12 Jan 2025
The sleeper from Paris to Nice left on time and the couchette was warm enough in January.
♥ 8
Review by Pedro.M ★★
Ridden 8 Jan 2025
Our train from Madrid to Lisbon was replaced by a bus at the border. Not the trip we booked.
♥ 3
Review by owl_express ★★★★★
Ridden 2 Jan 2025
Zurich to Prague overnight, a shower in the sleeper car and breakfast before Dresden.
♥ 11
Review by kati_k ★★★
Ridden 28 Dec 2024
Budapest to Bucharest took nineteen hours. Brasov from the window was lovely.
♥ 2
"""


def test_constant_words_around_a_name_head_reviews_and_the_stars_are_no_part_of_it() -> None:
    assert writers(REVIEW_BY) == ["owl_express", "Pedro.M", "owl_express", "kati_k"]
    assert read_text(REVIEW_BY).sections[1].text.startswith("Our train from Madrid")


POINTS = """Help Forum
Ferry times from Split to Hvar in October
Marko Horvat 15 karma
Posted 02 Oct 2025 08:10
Do the catamarans from Split to Hvar still run every day in October, or only on weekends?
Jelena P 2,340 karma
Posted 02 Oct 2025 09:31
They run daily until the end of October, the last one back from Hvar leaves in the afternoon.
Sven Eriksson 88 karma
Posted 02 Oct 2025 12:03
We also took the car ferry to Stari Grad, slower but cheaper.
Marko Horvat 15 karma
Posted 03 Oct 2025 07:45
Thanks, the catamaran it is.
"""


def test_a_count_after_the_name_is_no_part_of_the_writer() -> None:
    assert writers(POINTS) == ["Marko Horvat", "Jelena P", "Sven Eriksson", "Marko Horvat"]


PROFILE_OPENER = """Camera Owners Community
Best lens for a trip to Patagonia?
Profile picture of GlacierFan
GlacierFan
Original poster
Rank 2
Mar 5, 2025 9:14 PM
Heading to El Chalten and Torres del Paine in March. One zoom or two primes for the mountains?
Profile picture of andes_lens
andes_lens
Rank 9
Mar 6, 2025 7:02 AM answering GlacierFan
One zoom. The wind near Fitz Roy makes changing lenses a misery.
Profile picture of Ruth1979
Ruth1979
Rank 4
Mar 6, 2025 8:40 AM answering GlacierFan
I used a single zoom from Puerto Natales to the Grey glacier and never missed anything.
Profile picture of GlacierFan
GlacierFan
Original poster
Rank 2
Mar 6, 2025 6:15 PM answering andes_lens
Zoom it is, thank you both.
"""


def test_the_name_under_a_recurring_profile_line_heads_the_post_not_the_rank_or_the_answered() -> (
        None):
    assert writers(PROFILE_OPENER) == ["GlacierFan", "andes_lens", "Ruth1979", "GlacierFan"]


SIGNED = """Questions about the Rhine cycle path
Q: Is the stretch from Basel to Strasbourg flat?
A: Almost completely. We rode it in two days with a night in Breisach.
answered by Claudia Weber on 4 May 2025
A: Flat but exposed, the wind from the north slowed us down near Colmar.
answered by Joost de Boer on 2 May 2025
Q: Can we take bikes on the train back from Mainz?
A: Yes, regional trains take bikes, the fast ones need a booking.
answered by Lea Schulz on 28 April 2025
"""


def test_headers_with_no_words_under_the_last_one_sign_the_words_above_them() -> None:
    thread = read_text(SIGNED)
    assert writers(SIGNED) == ["Claudia Weber", "Joost de Boer", "Lea Schulz"]
    assert "Breisach" in thread.sections[0].text
    assert thread.sections[2].text.lstrip().startswith("Q: Can we take bikes")


DIARY = """Ten days in Sicily
We flew into Catania at the start of May and drove a slow loop round the east of the island.
Taormina
The old town was packed by ten in the morning, so we walked down to Isola Bella instead.
Siracusa
Two nights on Ortigia, swimming off the rocks and eating far too many arancini.
Noto
A day trip from Siracusa, the baroque cathedral glowing at sunset.
Ragusa
The last stop before flying home from Catania, with the best granita of the trip.
"""


def test_a_diarys_place_headings_stay_in_the_post() -> None:
    thread = read_text(DIARY)
    assert len(thread.sections) == 1
    assert "Ragusa" in thread.sections[0].text


SEE_MORE = """Questions about this day pack
Q: Is it big enough for a hut-to-hut walk in the Dolomites?
A: Yes, I carried it from Cortina to the Lagazuoi hut with a sleeping liner and rain gear.
By Ilaria Conti on June 2, 2025
Q: Does the rain cover fit?
A: It kept everything dry on a wet day above Lake Bled.
By Sam O'Neill on May 19, 2025
A: Mine tore on the first day in the Tatras, so no.
By Petra Novak on April 30, 2025
See more answered questions (9)
"""


def test_a_see_more_link_under_the_last_answer_leaves_each_signature_under_its_words() -> None:
    thread = read_text(SEE_MORE)
    assert writers(SEE_MORE) == ["Ilaria Conti", "Sam O'Neill", "Petra Novak"]
    assert "Tatras" in thread.sections[2].text


TITLE_OVER_HANDLE = """Overland Africa board
Botswana by small car
kalahari.jo
Posted 12 Aug 2025
We would like to see Maun and the Okavango Delta in September. Is a normal car enough?
mpho_t
Posted 12 Aug 2025
Only to Maun. Inside Moremi you need the 4x4 or a mokoro trip booked from town.
wanderlust.eli
Posted 13 Aug 2025
We flew into the delta from Maun and left the car at the lodge.
"""


def test_a_title_over_the_first_writers_handle_is_no_writer() -> None:
    assert writers(TITLE_OVER_HANDLE) == ["kalahari.jo", "mpho_t", "wanderlust.eli"]


LETTERS = """Your say: the night ferry to the islands
We asked readers whether the new overnight sailing from Aberdeen to Lerwick is worth the fare.
Fiona Grant (Inverness): The cabins are small but clean, and waking up in Lerwick beats a flight.
Neil Stout (Yell): Living up here, the ferry is our lifeline. Book ahead in July, it fills fast.
Hannah Berg (Bergen, Norway): We came over from Bergen and went on to Unst to see the puffins.
"""


def test_writers_with_their_homes_open_their_letters_on_the_same_line() -> None:
    thread = read_text(LETTERS)
    assert writers(LETTERS) == [None, "Fiona Grant", "Neil Stout", "Hannah Berg"]
    assert [s.home for s in thread.sections[1:]] == ["Inverness", "Yell", "Bergen, Norway"]
    assert thread.sections[2].text.startswith("Living up here")


TRANSCRIPT = """Call-in hour: Kyrgyzstan on horseback
Aibek: Most riders start in Kochkor and take three days to reach the lake, sleeping in yurts.
Rosa: I did the ride in July from Kyzart and the pass was still muddy from the snow.
Aibek: July is early, August is drier and the herders have moved up to Song-Kol by then.
Rosa: Then I'd go back in August and ride on to Naryn afterwards, as you say.
"""


def test_long_turns_opened_by_two_writers_who_take_turns_are_their_posts() -> None:
    assert writers(TRANSCRIPT) == ["Aibek", "Rosa", "Aibek", "Rosa"]


STOPS_WITH_COLONS = """Two weeks in Andalusia
Seville: four nights near the cathedral, with flamenco in Triana on the last evening out.
Cordoba: one night, the Mezquita at opening time and the patios in the afternoon light.
Seville: back for a night before the train, because the flights from there were cheaper.
Granada: three nights in the Albaicin and a morning at the Alhambra with tickets booked.
Note: book the Alhambra at least a month ahead, the morning slots go first every season.
"""


def test_a_list_of_stops_labelled_with_colons_stays_one_post() -> None:
    assert read_text(STOPS_WITH_COLONS).comments == ()


LONG_HEADERS = """Rail Rovers list archive
Thread: Sleeper trains across the Alps this winter?
Posted by alpine_owl (member #20417) on Tuesday January 14, 2025 @09:12PM (msg #88123)
Is the Nightjet from Vienna to Zurich still running through the Arlberg in January, or is it a bus?
Posted by ticket_tomas (member #3321) on Wednesday January 15, 2025 @07:40AM (msg #88130)
It runs, but book the couchette early because the skiers fill it up by the weekend before.
Posted by GretaVogel (member #15880) on Wednesday January 15, 2025 @10:05AM (msg #88141)
We took it in December and woke up at Feldkirch with snow right up to the windows.
Posted by alpine_owl (member #20417) on Wednesday January 15, 2025 @06:30PM (msg #88166)
Thanks, booked for the 24th.
"""


def test_long_header_lines_with_a_time_and_few_lower_case_words_are_no_ones_words() -> None:
    assert writers(LONG_HEADERS) == ["alpine_owl", "ticket_tomas", "GretaVogel", "alpine_owl"]


QUESTIONS_AND_REPLIES = """Guest questions
Question from Harriet Lowe · 2 helpful votes
Is the boat to the Skellig Islands running in late May, and can we book it from the hotel?
Answer from Portmagee Harbour Inn (manager)
The landing boats start in mid May, weather permitting, and our front desk can book them for you.
Question from Pádraig Ó Sé · 0 helpful votes
How far is Valentia Island from the hotel by car?
Answer from Portmagee Harbour Inn (manager)
Ten minutes over the bridge; the slate quarry and the lighthouse make a good afternoon.
Question from Ines Moll · 1 helpful vote
Do you have parking for a camper van?
Answer from Portmagee Harbour Inn (manager)
Yes, behind the pub there is room for two vans.
"""


def test_questions_and_answers_under_headers_of_two_kinds_taking_turns_are_each_a_post() -> None:
    thread = read_text(QUESTIONS_AND_REPLIES)
    assert writers(QUESTIONS_AND_REPLIES) == [
        "Harriet Lowe", "Portmagee Harbour Inn", "Pádraig Ó Sé", "Portmagee Harbour Inn",
        "Ines Moll", "Portmagee Harbour Inn"]
    assert thread.sections[3].text.startswith("Ten minutes over the bridge")


ASKED_BY = """Ask me about cycling the Danube
asked by velo_greta
Is the path from Passau to Vienna paved the whole way?
answered by danube_dan
Almost all of it. A few gravel stretches near Melk, fine on any touring bike.
asked by tom.rides
Where did you sleep in the Wachau?
answered by danube_dan
Two nights in Dürnstein, with a day ride to Krems and back.
asked by velo_greta
And the ferries across the river?
answered by danube_dan
They run every half hour in summer and take bikes for a euro or two.
"""


def test_user_names_after_a_verb_that_alternates_are_the_writers_not_the_verb() -> None:
    assert writers(ASKED_BY) == ["velo_greta", "danube_dan", "tom.rides", "danube_dan",
                                 "velo_greta", "danube_dan"]


TABLE_ARTICLE = """Getting around Sri Lanka by train
The hill country line is the reason most people ride the trains here, and the timetable below
is the one we used in February; book the observation car a month ahead from Colombo Fort.

| train | from | to | hours |
|---|---|---|---|
| Podi Menike | Colombo Fort | Kandy | 3 |
| Podi Menike | Kandy | Ella | 7 |
| Udarata Menike | Ella | Badulla | 1 |
| Udarata Menike | Badulla | Colombo Fort | 10 |

The stretch from Nanu Oya to Ella is the famous one, so sit on the right going east.
"""


def test_a_table_in_an_article_heads_no_posts() -> None:
    assert read_text(TABLE_ARTICLE).comments == ()


FEW_MARKERS = """Canal boat hire, Llangollen
Review by Owain Pryce ★★★★★
Hired 3 Jun 2025
Crossing the Pontcysyllte Aqueduct at the tiller was the highlight of our year in Wales.
Like · Reply · 5mo
Review by Beth Carter ★★★★
Hired 28 May 2025
Good boat, slow locks at Grindley Brook on the way back towards Whitchurch.
Like · Reply · 5mo
Review by Owain Pryce ★★★★★
Hired 2 May 2025
Second trip of the spring, this time only as far as Chirk and the tunnel there.
Review by Nisha Patel ★★★
Hired 20 Apr 2025
The Horseshoe Falls walk from the basin was lovely, the boat's heater less so.
Review by Tom Ash ★★★★
Hired 11 Apr 2025
Ellesmere for two nights, then back along the same stretch to the aqueduct.
Review by Karen Lutz ★★★★★
Hired 2 Apr 2025
We moored at Trevor and walked up to Castell Dinas Brân for the view over the valley.
Review by Ffion Hughes ★★★★
Hired 25 Mar 2025
Cold at night in March, but the Dee valley was empty and the pubs along the canal were open.
"""


def test_a_repeated_structure_outnumbering_a_known_readers_few_markers_reads_the_page() -> None:
    assert writers(FEW_MARKERS) == ["Owain Pryce", "Beth Carter", "Owain Pryce", "Nisha Patel",
                                    "Tom Ash", "Karen Lutz", "Ffion Hughes"]
