"""Fresh travel threads written for issue #10 in our own words: transliterated names and namesakes.

Half the threads are in regions whose names reach English in several spellings (pinyin with and
without spaces, Russian and Kazakh or Tajik forms, Vietnamese with and without its marks, Burmese,
Arabic with al- or el-, Korean in the old and new romanizations); the other half in regions full
of namesakes of bigger places (New Zealand and the UK, the Maritimes, the US South, England's
West Country). The gold (the point each name means and how far off an answer may be) was written
with the text, before the tool ran on it; points are to 0.01-0.1 degree.
"""

from __future__ import annotations

# (id, (post, replies...), [(section, name as written, lat, lon, tolerance km)])
Gold = list[tuple[str, str, float, float, float]]
THREADS: list[tuple[str, tuple[str, ...], Gold]] = [
    (
        "sichuan-gansu",
        (
            "Overland from Chengdu to Dunhuang, about three weeks, mostly by bus. From Chengdu "
            "we took the bus west to Kangding, then a shared minivan up to Tagong for the "
            "grasslands, and Danba for the watchtower villages. Back east and north via Songpan "
            "to Jiuzhaigou, then crossed into Gansu: Lang Mu Si (Langmusi) for two nights, "
            "Xiahe and the Labrang monastery, and on to Lanzhou by bus.",
            "From Lanzhou the night train to Zhangye for the rainbow hills, Jiayuguan for the "
            "fort at the end of the wall, and finally Dunhuang. Dun Huang's dunes at sunset were "
            "the highlight.",
            "Did you see the big Buddha at Leshan? We did Emeishan and Leshan on the way out of "
            "Chengdu.",
        ),
        [
            ("post", "Kangding", 30.05, 101.96, 30),
            ("post", "Tagong", 30.33, 101.52, 30),
            ("post", "Danba", 30.88, 101.89, 30),
            ("post", "Songpan", 32.64, 103.60, 30),
            ("post", "Jiuzhaigou", 33.26, 103.92, 50),
            ("post", "Lang Mu Si", 34.09, 102.63, 30),
            ("post", "Langmusi", 34.09, 102.63, 30),
            ("post", "Xiahe", 35.20, 102.52, 30),
            ("post", "Lanzhou", 36.06, 103.83, 30),
            ("comment-1", "Zhangye", 38.93, 100.45, 30),
            ("comment-1", "Jiayuguan", 39.77, 98.29, 30),
            ("comment-1", "Dunhuang", 40.14, 94.66, 30),
            ("comment-1", "Dun Huang", 40.14, 94.66, 30),
            ("comment-2", "Leshan", 29.55, 103.77, 30),
            ("comment-2", "Emeishan", 29.60, 103.48, 30),
        ],
    ),
    (
        "kazakh-tajik",
        (
            "Central Asia in August: Almaty, then a tour out to Charyn Canyon, the Kolsai lakes "
            "and the village of Saty. Crossed into Kyrgyzstan at Kegen and spent a week around "
            "Karakol. Later flew to Dushanbe and did the Pamir Highway with a driver: Kalaikhum, "
            "Khorugh (Khorog), Ishkashim and the Wakhan, Murgab, then out to Osh.",
            "Good list. In the south of Kazakhstan, Shymkent (some maps say Chimkent) and "
            "Turkestan with the mausoleum are worth two days. In Tajikistan don't miss "
            "Iskanderkul and the old town of Panjakent near the Uzbek border, also Khujand.",
        ),
        [
            ("post", "Charyn Canyon", 43.35, 79.08, 40),
            ("post", "Saty", 43.05, 78.40, 30),
            ("post", "Kegen", 43.02, 79.22, 30),
            ("post", "Karakol", 42.49, 78.39, 30),
            ("post", "Dushanbe", 38.56, 68.77, 30),
            ("post", "Kalaikhum", 38.46, 70.78, 30),
            ("post", "Khorugh", 37.49, 71.55, 30),
            ("post", "Khorog", 37.49, 71.55, 30),
            ("post", "Ishkashim", 36.73, 71.61, 30),
            ("post", "Murgab", 38.17, 73.96, 30),
            ("post", "Osh", 40.53, 72.80, 30),
            ("comment-1", "Shymkent", 42.32, 69.60, 30),
            ("comment-1", "Chimkent", 42.32, 69.60, 30),
            ("comment-1", "Turkestan", 43.30, 68.27, 30),
            ("comment-1", "Iskanderkul", 39.07, 68.37, 30),
            ("comment-1", "Panjakent", 39.50, 67.61, 30),
            ("comment-1", "Khujand", 40.28, 69.62, 30),
        ],
    ),
    (
        "north-vietnam",
        (
            "Ha Giang loop on the back of an easy rider, 4 days. Hagiang city -> Quan Ba (the "
            "heaven's gate) -> Yen Minh -> Dong Van -> over the Ma Pi Leng pass to Meo Vac -> "
            "back down via Du Gia. Before that two nights in Sa Pa and the Sunday market at "
            "Bac Ha, with the night train from Hanoi to Lao Cai.",
            "After the loop we took a bus to Cao Bang for the Ban Gioc falls, then down to "
            "Ninh Binh (stayed in Tam Coc) and a night at Mai Chau. Skipped Ha Long and went "
            "to Cat Ba instead.",
        ),
        [
            ("post", "Quan Ba", 23.07, 104.99, 30),
            ("post", "Yen Minh", 23.12, 105.14, 30),
            ("post", "Dong Van", 23.28, 105.36, 30),
            ("post", "Meo Vac", 23.16, 105.41, 30),
            ("post", "Du Gia", 22.93, 105.20, 30),
            ("post", "Sa Pa", 22.34, 103.84, 30),
            ("post", "Bac Ha", 22.54, 104.29, 30),
            ("post", "Lao Cai", 22.49, 103.97, 30),
            ("comment-1", "Cao Bang", 22.67, 106.26, 30),
            ("comment-1", "Ninh Binh", 20.25, 105.97, 30),
            ("comment-1", "Tam Coc", 20.22, 105.93, 30),
            ("comment-1", "Mai Chau", 20.66, 105.08, 30),
            ("comment-1", "Cat Ba", 20.73, 107.05, 30),
        ],
    ),
    (
        "myanmar",
        (
            "Myanmar, 2 weeks: Yangon, the bus to Hpa-An for the caves, Mawlamyine (Moulmein) "
            "for a night, then the Golden Rock at Kyaiktiyo. Flew to Bagan and stayed in "
            "Nyaung-U, then Mandalay, the train over the viaduct via Pyin Oo Lwin to Hsipaw.",
            "We did the trek from Kalaw to Inle instead and stayed in Nyaungshwe. Also loved "
            "Mrauk U though it's a long way, and a few beach days at Ngapali.",
        ),
        [
            ("post", "Hpa-An", 16.89, 97.63, 30),
            ("post", "Mawlamyine", 16.49, 97.63, 30),
            ("post", "Moulmein", 16.49, 97.63, 30),
            ("post", "Kyaiktiyo", 17.48, 97.10, 30),
            ("post", "Bagan", 21.17, 94.86, 30),
            ("post", "Nyaung-U", 21.20, 94.92, 30),
            ("post", "Pyin Oo Lwin", 22.03, 96.46, 30),
            ("post", "Hsipaw", 22.62, 97.30, 30),
            ("comment-1", "Kalaw", 20.63, 96.56, 30),
            ("comment-1", "Nyaungshwe", 20.66, 96.93, 30),
            ("comment-1", "Mrauk U", 20.59, 93.19, 30),
            ("comment-1", "Ngapali", 18.43, 94.30, 30),
        ],
    ),
    (
        "sumatra-sulawesi",
        (
            "North Sumatra: landed in Medan, straight to Bukit Lawang for the orangutans, then "
            "Berastagi to climb the volcano and down to Parapat for the ferry to Tuk Tuk on "
            "Samosir. Later flew to Padang and spent four days in Bukittinggi and the Harau "
            "valley.",
            "In Sulawesi we flew into Makassar, took the night bus to Rantepao in Toraja land, "
            "then the long road to Tentena and Ampana for the boat to the Togeans. Finished "
            "diving off Bunaken near Manado.",
        ),
        [
            ("post", "Bukit Lawang", 3.55, 98.12, 30),
            ("post", "Berastagi", 3.19, 98.51, 30),
            ("post", "Parapat", 2.66, 98.93, 30),
            ("post", "Tuk Tuk", 2.67, 98.86, 30),
            ("post", "Samosir", 2.60, 98.78, 40),
            ("post", "Padang", -0.95, 100.35, 30),
            ("post", "Bukittinggi", -0.30, 100.37, 30),
            ("comment-1", "Makassar", -5.14, 119.42, 30),
            ("comment-1", "Rantepao", -2.97, 119.90, 30),
            ("comment-1", "Tentena", -1.77, 120.65, 30),
            ("comment-1", "Ampana", -0.87, 121.58, 30),
            ("comment-1", "Bunaken", 1.62, 124.76, 30),
            ("comment-1", "Manado", 1.47, 124.84, 30),
        ],
    ),
    (
        "tohoku-kyushu",
        (
            "Tohoku in autumn with a JR East pass: Matsushima bay, the temple steps at "
            "Yamadera, one night in Ginzan Onsen, the samurai houses in Kakunodate, a night "
            "at Nyuto Onsen, Hiraizumi, and up to Hirosaki and Aomori. The Oirase stream walk "
            "was the best day.",
            "For Kyushu next time: Kumamoto, Aso, Kurokawa Onsen, then Yufuin and Beppu. "
            "Takachiho gorge is out of the way but worth it. Also Ibusuki for the sand baths "
            "south of Kagoshima.",
        ),
        [
            ("post", "Matsushima", 38.37, 141.06, 30),
            ("post", "Yamadera", 38.31, 140.44, 30),
            ("post", "Ginzan Onsen", 38.57, 140.53, 30),
            ("post", "Kakunodate", 39.59, 140.56, 30),
            ("post", "Nyuto Onsen", 39.80, 140.75, 30),
            ("post", "Hiraizumi", 38.99, 141.11, 30),
            ("post", "Hirosaki", 40.60, 140.46, 30),
            ("post", "Aomori", 40.82, 140.74, 30),
            ("comment-1", "Kumamoto", 32.80, 130.71, 30),
            ("comment-1", "Aso", 32.95, 131.10, 30),
            ("comment-1", "Kurokawa Onsen", 33.08, 131.14, 30),
            ("comment-1", "Yufuin", 33.27, 131.37, 30),
            ("comment-1", "Beppu", 33.28, 131.49, 30),
            ("comment-1", "Takachiho", 32.71, 131.31, 30),
            ("comment-1", "Ibusuki", 31.25, 130.63, 30),
            ("comment-1", "Kagoshima", 31.60, 130.56, 30),
        ],
    ),
    (
        "korea",
        (
            "Korea outside Seoul: KTX to Gyeongju (Kyongju in my old guidebook) for three "
            "nights, a bus to Andong and the Hahoe village, then Busan. Next trip we want the "
            "east coast: Sokcho for Seoraksan and Gangneung.",
            "Do the south coast too: Tongyeong, Yeosu and the tea fields at Boseong, plus the "
            "bamboo forest in Damyang. Jeonju for the hanok village and the food.",
        ),
        [
            ("post", "Gyeongju", 35.84, 129.21, 30),
            ("post", "Kyongju", 35.84, 129.21, 30),
            ("post", "Andong", 36.57, 128.73, 30),
            ("post", "Busan", 35.18, 129.08, 30),
            ("post", "Sokcho", 38.21, 128.59, 30),
            ("post", "Gangneung", 37.75, 128.88, 30),
            ("comment-1", "Tongyeong", 34.85, 128.43, 30),
            ("comment-1", "Yeosu", 34.76, 127.66, 30),
            ("comment-1", "Boseong", 34.77, 127.08, 30),
            ("comment-1", "Damyang", 35.32, 126.99, 30),
            ("comment-1", "Jeonju", 35.82, 127.15, 30),
        ],
    ),
    (
        "armenia",
        (
            "Armenia road trip from Yerevan: Garni and Geghard on day one, Khor Virap at sunrise, "
            "Noravank, a night in Yeghegnadzor, then Goris and the cable car to Tatev. Back north "
            "via Jermuk. Last days at Lake Sevan, Dilijan and the monasteries at Haghpat near "
            "Alaverdi, then Gyumri.",
            "Eghegnadzor has a lovely guesthouse, and Sevanavank is busy but worth it.",
        ),
        [
            ("post", "Garni", 40.12, 44.73, 30),
            ("post", "Geghard", 40.14, 44.82, 30),
            ("post", "Khor Virap", 39.88, 44.58, 30),
            ("post", "Noravank", 39.68, 45.23, 30),
            ("post", "Yeghegnadzor", 39.76, 45.33, 30),
            ("post", "Goris", 39.51, 46.34, 30),
            ("post", "Tatev", 39.38, 46.25, 30),
            ("post", "Jermuk", 39.84, 45.67, 30),
            ("post", "Dilijan", 40.74, 44.86, 30),
            ("post", "Haghpat", 41.09, 44.71, 30),
            ("post", "Alaverdi", 41.10, 44.66, 30),
            ("post", "Gyumri", 40.79, 43.85, 30),
            ("comment-1", "Eghegnadzor", 39.76, 45.33, 30),
            ("comment-1", "Sevanavank", 40.56, 45.01, 30),
        ],
    ),
    (
        "serbia-macedonia",
        (
            "Balkans by bus: Belgrade, Novi Sad with a side trip to Sremski Karlovci, Subotica, "
            "then south to Nis, Zlatibor and the old railway at Mokra Gora. Crossed to Skopje, "
            "Kratovo, Bitola and finally Ohrid.",
            "From Ohrid take the boat to Sveti Naum, and Struga is a short bus away. Krushevo up "
            "in the hills is worth a night, and Mavrovo if you have a car.",
        ),
        [
            ("post", "Novi Sad", 45.25, 19.84, 30),
            ("post", "Sremski Karlovci", 45.20, 19.93, 30),
            ("post", "Subotica", 46.10, 19.67, 30),
            ("post", "Nis", 43.32, 21.90, 30),
            ("post", "Zlatibor", 43.73, 19.70, 30),
            ("post", "Mokra Gora", 43.79, 19.51, 30),
            ("post", "Kratovo", 42.08, 22.18, 30),
            ("post", "Bitola", 41.03, 21.33, 30),
            ("post", "Ohrid", 41.12, 20.80, 30),
            ("comment-1", "Sveti Naum", 40.91, 20.74, 30),
            ("comment-1", "Struga", 41.18, 20.68, 30),
            ("comment-1", "Krushevo", 41.37, 21.25, 30),
            ("comment-1", "Mavrovo", 41.70, 20.75, 30),
        ],
    ),
    (
        "ethiopia",
        (
            "Ethiopia's northern circuit: Addis to Bahir Dar by plane, Gonder for the castles, "
            "the Simien trek from Debark, then Axum, the rock churches around Hawzen, Mekele, "
            "and Lalibela at the end.",
            "We went south and east instead: Awassa by the lake, Arba Minch, Jinka for the Omo "
            "valley, then Dire Dawa and the old walled town of Harar.",
        ),
        [
            ("post", "Bahir Dar", 11.59, 37.39, 30),
            ("post", "Gonder", 12.60, 37.47, 30),
            ("post", "Debark", 13.16, 37.90, 30),
            ("post", "Axum", 14.12, 38.72, 30),
            ("post", "Hawzen", 13.98, 39.43, 30),
            ("post", "Mekele", 13.50, 39.47, 30),
            ("post", "Lalibela", 12.03, 39.04, 30),
            ("comment-1", "Awassa", 7.06, 38.48, 30),
            ("comment-1", "Arba Minch", 6.03, 37.55, 30),
            ("comment-1", "Jinka", 5.79, 36.57, 30),
            ("comment-1", "Dire Dawa", 9.59, 41.86, 30),
            ("comment-1", "Harar", 9.31, 42.12, 30),
        ],
    ),
    (
        "morocco-egypt-jordan",
        (
            "Morocco first: Chaouen (Chefchaouen) for two nights, the Todra gorge near Tinghir, "
            "a desert camp at Merzouga, Ait Benhaddou and Ouarzazate, a hike from Imlil, and "
            "Essaouira to finish.",
            "Then Jordan: Madaba, the castle at Al-Karak, the Dana reserve, Wadi Musa for Petra "
            "and two nights in Wadi Rum. In Egypt we liked Aswan, el-Quseir on the coast, Dahab "
            "and the Siwa oasis.",
        ),
        [
            ("post", "Chaouen", 35.17, -5.27, 30),
            ("post", "Chefchaouen", 35.17, -5.27, 30),
            ("post", "Tinghir", 31.52, -5.53, 30),
            ("post", "Merzouga", 31.10, -4.01, 30),
            ("post", "Ait Benhaddou", 31.05, -7.13, 30),
            ("post", "Ouarzazate", 30.92, -6.89, 30),
            ("post", "Imlil", 31.14, -7.92, 30),
            ("post", "Essaouira", 31.51, -9.77, 30),
            ("comment-1", "Madaba", 31.72, 35.79, 30),
            ("comment-1", "Al-Karak", 31.18, 35.70, 30),
            ("comment-1", "Wadi Musa", 30.32, 35.48, 30),
            ("comment-1", "Wadi Rum", 29.58, 35.42, 40),
            ("comment-1", "Aswan", 24.09, 32.90, 30),
            ("comment-1", "el-Quseir", 26.10, 34.28, 30),
            ("comment-1", "Dahab", 28.49, 34.51, 30),
            ("comment-1", "Siwa", 29.20, 25.52, 40),
        ],
    ),
    (
        "new-zealand",
        (
            "NZ South Island campervan: Picton off the ferry, Havelock for mussels, Nelson and "
            "Motueka, over the hill to Takaka. Down the west coast: Greymouth, Hokitika, Franz "
            "Josef. Then Wanaka, Cromwell, Arrowtown, Glenorchy, and back via Alexandra and "
            "Clyde to Oamaru.",
            "North Island stops we loved: Raglan for the surf, Cambridge, Taupo and Rotorua, "
            "then Napier.",
        ),
        [
            ("post", "Picton", -41.29, 174.00, 30),
            ("post", "Havelock", -41.28, 173.77, 30),
            ("post", "Nelson", -41.27, 173.28, 30),
            ("post", "Motueka", -41.12, 173.01, 30),
            ("post", "Takaka", -40.86, 172.81, 30),
            ("post", "Greymouth", -42.45, 171.21, 30),
            ("post", "Hokitika", -42.72, 170.97, 30),
            ("post", "Wanaka", -44.70, 169.13, 30),
            ("post", "Cromwell", -45.04, 169.20, 30),
            ("post", "Arrowtown", -44.94, 168.83, 30),
            ("post", "Glenorchy", -44.85, 168.39, 30),
            ("post", "Alexandra", -45.25, 169.38, 30),
            ("post", "Clyde", -45.19, 169.32, 30),
            ("post", "Oamaru", -45.10, 170.97, 30),
            ("comment-1", "Raglan", -37.80, 174.87, 30),
            ("comment-1", "Cambridge", -37.88, 175.47, 30),
            ("comment-1", "Taupo", -38.69, 176.08, 30),
            ("comment-1", "Napier", -39.49, 176.91, 30),
        ],
    ),
    (
        "maritimes",
        (
            "Nova Scotia and PEI loop from Halifax: Peggy's Cove, Mahone Bay, Lunenburg, "
            "Liverpool for a night, Yarmouth, Digby, Annapolis Royal, Wolfville and Windsor, "
            "then Truro and New Glasgow. On Cape Breton: Baddeck, Cheticamp and Ingonish, "
            "plus a night in Sydney.",
            "On PEI we stayed in Cavendish; in New Brunswick Shediac for lobster and St. Andrews "
            "by the sea, then Alma for Fundy park.",
        ),
        [
            ("post", "Mahone Bay", 44.45, -64.38, 30),
            ("post", "Lunenburg", 44.38, -64.31, 30),
            ("post", "Liverpool", 44.04, -64.72, 30),
            ("post", "Yarmouth", 43.84, -66.12, 30),
            ("post", "Digby", 44.62, -65.76, 30),
            ("post", "Annapolis Royal", 44.74, -65.52, 30),
            ("post", "Wolfville", 45.09, -64.36, 30),
            ("post", "Windsor", 44.99, -64.13, 30),
            ("post", "Truro", 45.37, -63.28, 30),
            ("post", "New Glasgow", 45.59, -62.65, 30),
            ("post", "Baddeck", 46.10, -60.75, 30),
            ("post", "Cheticamp", 46.64, -60.95, 30),
            ("post", "Ingonish", 46.69, -60.37, 30),
            ("post", "Sydney", 46.14, -60.19, 30),
            ("comment-1", "Cavendish", 46.49, -63.38, 30),
            ("comment-1", "Shediac", 46.22, -64.54, 30),
            ("comment-1", "St. Andrews", 45.07, -67.05, 30),
            ("comment-1", "Alma", 45.60, -64.95, 30),
        ],
    ),
    (
        "us-south",
        (
            "Deep South road trip: Memphis, Tupelo, Oxford, Clarksdale for the blues, "
            "Greenville, Vicksburg, Natchez, then Cajun country: Lafayette, Breaux Bridge and "
            "Eunice on a Saturday morning.",
            "If you go through Alabama stop in Florence and Muscle Shoals for the studios. In "
            "Georgia: Athens, Rome, Dahlonega and Helen. Beaufort is a lovely detour before "
            "Savannah.",
        ),
        [
            ("post", "Tupelo", 34.26, -88.70, 30),
            ("post", "Oxford", 34.37, -89.52, 30),
            ("post", "Clarksdale", 34.20, -90.57, 30),
            ("post", "Greenville", 33.41, -91.06, 30),
            ("post", "Vicksburg", 32.35, -90.88, 30),
            ("post", "Natchez", 31.56, -91.40, 30),
            ("post", "Lafayette", 30.22, -92.02, 30),
            ("post", "Breaux Bridge", 30.27, -91.90, 30),
            ("post", "Eunice", 30.49, -92.42, 30),
            ("comment-1", "Florence", 34.80, -87.68, 30),
            ("comment-1", "Muscle Shoals", 34.74, -87.67, 30),
            ("comment-1", "Athens", 33.96, -83.38, 30),
            ("comment-1", "Rome", 34.26, -85.16, 30),
            ("comment-1", "Dahlonega", 34.53, -83.98, 30),
            ("comment-1", "Helen", 34.70, -83.73, 30),
            ("comment-1", "Beaufort", 32.43, -80.67, 30),
        ],
    ),
    (
        "west-country",
        (
            "A week in Cornwall and Devon: Padstow, Port Isaac, Tintagel and Boscastle on the "
            "north coast, Launceston on the way in, St Ives, Mousehole, Falmouth and Fowey. In "
            "Devon: Clovelly, Lynmouth, Totnes, Dartmouth and Salcombe.",
            "Dorset and Somerset next: Lyme Regis, Bridport, Wells, Glastonbury, Bruton and "
            "Frome. And Newquay if you surf.",
        ),
        [
            ("post", "Padstow", 50.54, -4.94, 30),
            ("post", "Port Isaac", 50.59, -4.83, 30),
            ("post", "Tintagel", 50.66, -4.75, 30),
            ("post", "Boscastle", 50.69, -4.69, 30),
            ("post", "Launceston", 50.64, -4.36, 30),
            ("post", "St Ives", 50.21, -5.48, 30),
            ("post", "Mousehole", 50.08, -5.54, 30),
            ("post", "Falmouth", 50.15, -5.07, 30),
            ("post", "Fowey", 50.34, -4.64, 30),
            ("post", "Clovelly", 51.00, -4.40, 30),
            ("post", "Lynmouth", 51.23, -3.83, 30),
            ("post", "Totnes", 50.43, -3.69, 30),
            ("post", "Dartmouth", 50.35, -3.58, 30),
            ("post", "Salcombe", 50.24, -3.77, 30),
            ("comment-1", "Lyme Regis", 50.73, -2.94, 30),
            ("comment-1", "Bridport", 50.73, -2.76, 30),
            ("comment-1", "Wells", 51.21, -2.65, 30),
            ("comment-1", "Glastonbury", 51.15, -2.71, 30),
            ("comment-1", "Bruton", 51.11, -2.45, 30),
            ("comment-1", "Frome", 51.23, -2.32, 30),
            ("comment-1", "Newquay", 50.41, -5.08, 30),
        ],
    ),
    # A town the rest of the sentence lies outside frames nothing after its colon.
    (
        "outside-frames",
        (
            "Morocco away from Marrakech: a bus over the Atlas to Ouarzazate, a night in "
            "Skoura, then the long road down to Zagora and M'hamid for the dunes.",
            "Vietnam beyond Hanoi: a sleeper bus up to Ha Giang, then Meo Vac, and a few days "
            "in Mai Chau on the way back.",
        ),
        [
            ("post", "Ouarzazate", 30.92, -6.89, 30),
            ("post", "Skoura", 31.06, -6.56, 30),
            ("post", "Zagora", 30.33, -5.84, 30),
            ("post", "M'hamid", 29.82, -5.72, 30),
            ("comment-1", "Ha Giang", 22.82, 104.98, 30),
            ("comment-1", "Meo Vac", 23.16, 105.41, 30),
            ("comment-1", "Mai Chau", 20.66, 105.08, 30),
        ],
    ),
]
