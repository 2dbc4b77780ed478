# ruff: noqa: RUF001  (Turkish place names are written with the dotless i)
"""Fresh travel threads across many regions, written for issue #10 in our own words.

Each thread is a post and its replies about one region, with the small places travellers name:
beach villages, islands of an archipelago, quarters of a big city, villages in a region named
earlier, long names with articles. The gold (the point each name means and how far off an
answer may be) was written with the text, before the tool ran on it; points are to 0.01-0.1
degree. `tests/test_resolve_fresh_regions.py` checks each name against it.
"""

from __future__ import annotations

# (id, (post, replies...), [(section, name as written, lat, lon, tolerance km)])
Gold = list[tuple[str, str, float, float, float]]
THREADS: list[tuple[str, tuple[str, ...], Gold]] = [
    (
        "sardinia",
        (
            "Just back from two weeks in Sardinia with the kids. Flew into Cagliari, rented a "
            "car and went straight down to Chia for five nights - the beaches there are unreal. "
            "Day trip to the Roman ruins at Nora near Pula. Then up the west coast: Oristano for "
            "a night, the Sinis peninsula and Cabras, and three nights in Bosa, which was my "
            "favourite town of the whole trip.",
            "Bosa is gorgeous! Did you make it to Alghero? We did Alghero, Stintino for the "
            "beach and Castelsardo in one week.",
            "If you go back, the east side is better imo: Cala Gonone, Dorgali and the boat "
            "trips along the gulf. We stayed in San Teodoro too but it's a bit touristy.",
        ),
        [
            ("post", "Cagliari", 39.22, 9.12, 30),
            ("post", "Chia", 38.90, 8.88, 30),
            ("post", "Pula", 38.97, 9.00, 30),
            ("post", "Oristano", 39.90, 8.59, 30),
            ("post", "Cabras", 39.93, 8.53, 30),
            ("post", "Bosa", 40.30, 8.50, 30),
            ("comment-1", "Alghero", 40.56, 8.32, 30),
            ("comment-1", "Stintino", 40.94, 8.23, 30),
            ("comment-1", "Castelsardo", 40.91, 8.71, 30),
            ("comment-2", "Cala Gonone", 40.28, 9.63, 30),
            ("comment-2", "Dorgali", 40.29, 9.59, 30),
            ("comment-2", "San Teodoro", 40.77, 9.67, 30),
        ],
    ),
    (
        "galapagos",
        (
            "Ecuador trip report part 2 - the Galapagos. We flew Quito to Baltra and took the "
            "bus and the little ferry across to Santa Cruz. Puerto Ayora was our base for four "
            "nights, then the speedboat to Isabela (rough!) and later to San Cristobal, where we "
            "flew out. Before the islands we had a week on the mainland: Mindo for the birds and "
            "the cloud forest, Baños, and a night in Otavalo.",
            "On Isabela did you do the volcano hike? Also Puerto Villamil has the best beach "
            "in the islands.",
            "Great report. We skipped the islands and went to the coast instead: Montañita for "
            "surfing and Puerto Lopez for the whales, then down to Vilcabamba.",
        ),
        [
            ("post", "Baltra", -0.44, -90.28, 30),
            ("post", "Santa Cruz", -0.62, -90.36, 60),
            ("post", "Puerto Ayora", -0.74, -90.31, 30),
            ("post", "Isabela", -0.70, -91.10, 100),
            ("post", "San Cristobal", -0.84, -89.45, 60),
            ("post", "Mindo", -0.05, -78.77, 30),
            ("post", "Baños", -1.40, -78.42, 30),
            ("post", "Otavalo", 0.23, -78.26, 30),
            ("comment-1", "Isabela", -0.70, -91.10, 100),
            ("comment-1", "Puerto Villamil", -0.96, -90.96, 30),
            ("comment-2", "Montañita", -1.83, -80.75, 30),
            ("comment-2", "Puerto Lopez", -1.56, -80.81, 30),
            ("comment-2", "Vilcabamba", -4.26, -79.22, 30),
        ],
    ),
    (
        "philippines",
        (
            "3 weeks Philippines itinerary, feedback welcome! Manila (1 night) > fly to Puerto "
            "Princesa > van to Port Barton (3 nights) > El Nido (4 nights, island hopping) > "
            "ferry to Coron (3 nights) > fly to Cebu > Moalboal (3 nights) > Oslob for the whale "
            "sharks > ferry to Bohol, stay in Panglao > fly home from Cebu.",
            "Solid plan. I'd swap Oslob for Siquijor though, the whale shark thing is sketchy. "
            "And Malapascua if you dive.",
            "Don't skip Siargao! General Luna is where everyone stays.",
            "If you like mountains, Sagada and Banaue up north are worth the long bus.",
        ),
        [
            ("post", "Puerto Princesa", 9.74, 118.74, 30),
            ("post", "Port Barton", 10.41, 119.17, 30),
            ("post", "El Nido", 11.18, 119.39, 30),
            ("post", "Coron", 12.00, 120.20, 30),
            ("post", "Moalboal", 9.95, 123.40, 30),
            ("post", "Oslob", 9.46, 123.38, 30),
            ("post", "Bohol", 9.85, 124.15, 80),
            ("post", "Panglao", 9.58, 123.75, 30),
            ("comment-1", "Siquijor", 9.20, 123.52, 40),
            ("comment-1", "Malapascua", 11.33, 124.11, 30),
            ("comment-2", "Siargao", 9.85, 126.05, 50),
            ("comment-2", "General Luna", 9.78, 126.16, 30),
            ("comment-3", "Sagada", 17.08, 120.90, 30),
            ("comment-3", "Banaue", 16.91, 121.06, 30),
        ],
    ),
    (
        "thailand-islands",
        (
            "Island hopping in the Andaman, two weeks in March. Krabi town first, then Railay "
            "for the climbing, Koh Lanta for a week of doing nothing, and the speedboat down to "
            "Koh Lipe at the end.",
            "Lipe is amazing. On the Gulf side I loved Koh Tao for diving and Koh Phangan (not "
            "for the party, the north coast is quiet).",
            "Over by Cambodia there's Koh Chang and Koh Kood, much less busy. Koh Kood especially.",
            "Up north we did Pai and Chiang Dao, and Nan which almost nobody visits.",
        ),
        [
            ("post", "Krabi", 8.09, 98.91, 30),
            ("post", "Railay", 8.01, 98.84, 30),
            ("post", "Koh Lanta", 7.62, 99.05, 30),
            ("post", "Koh Lipe", 6.49, 99.30, 30),
            ("comment-1", "Lipe", 6.49, 99.30, 30),
            ("comment-1", "Koh Tao", 10.10, 99.83, 30),
            ("comment-1", "Koh Phangan", 9.75, 100.03, 30),
            ("comment-2", "Koh Chang", 12.05, 102.34, 30),
            ("comment-2", "Koh Kood", 11.65, 102.56, 30),
            ("comment-3", "Pai", 19.36, 98.44, 30),
            ("comment-3", "Chiang Dao", 19.37, 98.96, 30),
            ("comment-3", "Nan", 18.78, 100.78, 30),
        ],
    ),
    (
        "istanbul-coast",
        (
            "Istanbul for five nights: we rented a flat in Cihangir, which was perfect, walking "
            "distance to Karaköy and Galata. One evening we took the ferry to Kadıköy and walked "
            "down to Moda for the sunset. Last day was Balat and Fener with their coloured "
            "houses.",
            "Cihangir is the best base. Next time stay a night in Ortaköy by the bridge.",
            "After Istanbul we went to the coast: Kaş for four nights, a day in Kalkan, and up "
            "to Kabak, then Çıralı for the turtles and Olympos.",
        ),
        [
            ("post", "Cihangir", 41.03, 28.98, 15),
            ("post", "Karaköy", 41.02, 28.98, 15),
            ("post", "Kadıköy", 40.99, 29.03, 15),
            ("post", "Moda", 40.98, 29.03, 15),
            ("post", "Balat", 41.03, 28.95, 15),
            ("post", "Fener", 41.03, 28.95, 15),
            ("comment-1", "Cihangir", 41.03, 28.98, 15),
            ("comment-1", "Ortaköy", 41.05, 29.03, 15),
            ("comment-2", "Kaş", 36.20, 29.64, 30),
            ("comment-2", "Kalkan", 36.27, 29.41, 30),
            ("comment-2", "Kabak", 36.46, 29.12, 30),
            ("comment-2", "Çıralı", 36.42, 30.47, 30),
            ("comment-2", "Olympos", 36.40, 30.47, 30),
        ],
    ),
    (
        "southern-mexico",
        (
            "Backpacking southern Mexico: Oaxaca city for a week, then Mazunte and Zipolite on "
            "the coast, Puerto Escondido, a horrible night bus to San Cristobal de las Casas, "
            "Palenque for the ruins, then into Yucatan - Bacalar, Valladolid, Merida and a few "
            "days on Holbox.",
            "Valladolid was my favourite base, cenotes everywhere. Izamal is a good day trip "
            "from Merida.",
            "In Chiapas don't miss Chiapa de Corzo and the boat through the canyon.",
        ),
        [
            ("post", "Mazunte", 15.67, -96.55, 30),
            ("post", "Zipolite", 15.66, -96.52, 30),
            ("post", "Puerto Escondido", 15.86, -97.07, 30),
            ("post", "San Cristobal de las Casas", 16.74, -92.64, 30),
            ("post", "Palenque", 17.51, -91.98, 30),
            ("post", "Bacalar", 18.68, -88.39, 30),
            ("post", "Valladolid", 20.69, -88.20, 30),
            ("post", "Merida", 20.97, -89.62, 30),
            ("post", "Holbox", 21.52, -87.38, 30),
            ("comment-1", "Valladolid", 20.69, -88.20, 30),
            ("comment-1", "Izamal", 20.93, -89.02, 30),
            ("comment-1", "Merida", 20.97, -89.62, 30),
            ("comment-2", "Chiapa de Corzo", 16.71, -93.01, 30),
        ],
    ),
    (
        "zanzibar",
        (
            "Safari done, now flopping on Zanzibar. Two nights in Stone Town, then Nungwi up "
            "north, and Paje on the east coast for the kitesurfing. Next time I'd pick Jambiani "
            "or Matemwe, quieter.",
            "Kendwa beats Nungwi for swimming at low tide.",
            "Before the safari we stayed in Moshi and did a coffee tour; Arusha is busier.",
        ),
        [
            ("post", "Stone Town", -6.16, 39.19, 15),
            ("post", "Nungwi", -5.73, 39.30, 30),
            ("post", "Paje", -6.27, 39.53, 30),
            ("post", "Jambiani", -6.32, 39.55, 30),
            ("post", "Matemwe", -5.87, 39.35, 30),
            ("comment-1", "Kendwa", -5.75, 39.29, 30),
            ("comment-2", "Moshi", -3.35, 37.34, 30),
            ("comment-2", "Arusha", -3.37, 36.68, 30),
        ],
    ),
    (
        "bali-lombok",
        (
            "Bali + Lombok, 3 weeks. Canggu for the first week (surf lessons), Ubud, then "
            "Sidemen which was so peaceful, Amed for snorkelling, and over to Gili Air. After "
            "the Gilis we crossed to Lombok and stayed in Kuta for the surf - very different "
            "from the Bali one!",
            "Nusa Penida day trip is worth it but the roads are terrible. Lembongan is nicer "
            "to stay.",
            "Munduk up in the hills is my favourite part of Bali.",
        ),
        [
            ("post", "Canggu", -8.65, 115.13, 30),
            ("post", "Ubud", -8.51, 115.26, 30),
            ("post", "Sidemen", -8.48, 115.44, 30),
            ("post", "Amed", -8.35, 115.65, 30),
            ("post", "Gili Air", -8.36, 116.08, 30),
            ("post", "Lombok", -8.65, 116.32, 80),
            ("post", "Kuta", -8.89, 116.28, 30),
            ("comment-1", "Nusa Penida", -8.73, 115.54, 30),
            ("comment-1", "Lembongan", -8.68, 115.45, 30),
            ("comment-2", "Munduk", -8.27, 115.07, 30),
        ],
    ),
    (
        "colombia",
        (
            "Colombia loop: Medellin, a day trip to Guatapé, then the bus to Jardín, down to "
            "Salento for the Cocora valley, and Filandia one afternoon. Flew to Santa Marta, "
            "stayed in Minca up in the hills and then Palomino by the sea.",
            "Barichara and Villa de Leyva if you come back, both colonial and tiny.",
        ),
        [
            ("post", "Guatapé", 6.23, -75.16, 30),
            ("post", "Jardín", 5.60, -75.82, 30),
            ("post", "Salento", 4.64, -75.57, 30),
            ("post", "Filandia", 4.68, -75.66, 30),
            ("post", "Santa Marta", 11.24, -74.20, 30),
            ("post", "Minca", 11.14, -74.12, 30),
            ("post", "Palomino", 11.25, -73.56, 30),
            ("comment-1", "Barichara", 6.64, -73.22, 30),
            ("comment-1", "Villa de Leyva", 5.63, -73.52, 30),
        ],
    ),
    (
        "andalusia",
        (
            "Road trip through the white villages of Andalucia. Based in Ronda for three "
            "nights, then Grazalema, Zahara de la Sierra and Setenil de las Bodegas. Down to the "
            "coast at Vejer, Conil and Bolonia for the Roman ruins and the dune, and two nights "
            "in Tarifa.",
            "Frigiliana and Nerja on the other side of Malaga are lovely too.",
        ),
        [
            ("post", "Ronda", 36.74, -5.17, 30),
            ("post", "Grazalema", 36.76, -5.37, 30),
            ("post", "Zahara de la Sierra", 36.84, -5.39, 30),
            ("post", "Setenil de las Bodegas", 36.86, -5.18, 30),
            ("post", "Vejer", 36.25, -5.97, 30),
            ("post", "Conil", 36.28, -6.09, 30),
            ("post", "Bolonia", 36.09, -5.77, 30),
            ("post", "Tarifa", 36.01, -5.60, 30),
            ("comment-1", "Frigiliana", 36.79, -3.90, 30),
            ("comment-1", "Nerja", 36.75, -3.87, 30),
        ],
    ),
    (
        "chile",
        (
            "Chile in 16 days. Santiago: stayed in Lastarria, dinners in Bellavista. Day trip "
            "to Valparaiso, where we stayed up on Cerro Alegre. Then flew south to Puerto Montt, "
            "two nights in Frutillar on the lake and the ferry to Chiloe, Ancud and Castro. "
            "Ended with Pucon and the volcano.",
        ),
        [
            ("post", "Lastarria", -33.44, -70.64, 15),
            ("post", "Bellavista", -33.43, -70.63, 15),
            ("post", "Cerro Alegre", -33.04, -71.63, 15),
            ("post", "Frutillar", -41.13, -73.05, 30),
            ("post", "Chiloe", -42.60, -73.90, 100),
            ("post", "Ancud", -41.87, -73.83, 30),
            ("post", "Castro", -42.48, -73.76, 30),
            ("post", "Pucon", -39.27, -71.98, 30),
        ],
    ),
    (
        "amalfi",
        (
            "Positano for a week: our room was in Fornillo, a quieter beach than the main one. "
            "Hiked the Path of the Gods from Bomerano down to Nocelle. Also Praiano, Furore "
            "and Ravello for the gardens.",
        ),
        [
            ("post", "Fornillo", 40.63, 14.48, 15),
            ("post", "Bomerano", 40.63, 14.54, 15),
            ("post", "Nocelle", 40.63, 14.50, 15),
            ("post", "Praiano", 40.61, 14.53, 15),
            ("post", "Furore", 40.62, 14.55, 15),
            ("post", "Ravello", 40.65, 14.61, 15),
        ],
    ),
    (
        "azores",
        (
            "Azores in May, three islands in twelve days. Landed in Ponta Delgada on São Miguel, "
            "drove out to Sete Cidades for the crater lakes and spent two nights in Furnas for "
            "the hot pools. Then a short flight to Terceira (Angra do Heroísmo is lovely) and "
            "the ferry from Faial over to Pico to climb the mountain.",
            "Horta on Faial has that marina wall with all the sailors' paintings. If you ever "
            "have a spare week, Flores is the wildest of them all.",
        ),
        [
            ("post", "Ponta Delgada", 37.74, -25.67, 30),
            ("post", "São Miguel", 37.78, -25.50, 60),
            ("post", "Sete Cidades", 37.86, -25.79, 30),
            ("post", "Furnas", 37.77, -25.31, 30),
            ("post", "Terceira", 38.72, -27.22, 40),
            ("post", "Angra do Heroísmo", 38.65, -27.22, 30),
            ("post", "Faial", 38.58, -28.70, 30),
            ("post", "Pico", 38.47, -28.33, 40),
            ("comment-1", "Horta", 38.53, -28.63, 30),
            ("comment-1", "Faial", 38.58, -28.70, 30),
            ("comment-1", "Flores", 39.45, -31.20, 30),
        ],
    ),
    (
        "canaries",
        (
            "Hiking holiday on La Gomera: we stayed in Valle Gran Rey, walked up to the "
            "laurel forest, and had a day in Hermigua and Agulo on the north side. One day we "
            "took the ferry to El Hierro, which felt like the end of the world.",
            "La Palma next door is great for hiking too. For beaches go to Fuerteventura, we "
            "stayed in Corralejo, or Lanzarote and the green lagoon at El Golfo.",
        ),
        [
            ("post", "La Gomera", 28.10, -17.23, 30),
            ("post", "Valle Gran Rey", 28.09, -17.34, 30),
            ("post", "Hermigua", 28.17, -17.19, 30),
            ("post", "Agulo", 28.19, -17.19, 30),
            ("post", "El Hierro", 27.75, -18.00, 40),
            ("comment-1", "La Palma", 28.68, -17.85, 40),
            ("comment-1", "Fuerteventura", 28.40, -14.00, 60),
            ("comment-1", "Corralejo", 28.73, -13.87, 30),
            ("comment-1", "Lanzarote", 29.03, -13.63, 40),
            ("comment-1", "El Golfo", 28.98, -13.83, 30),
        ],
    ),
    (
        "hebrides",
        (
            "Island hopping in the Hebrides by ferry. Oban to Mull, a night in Tobermory, the "
            "little boat to Iona, then back to the mainland and up to Skye. From Uig we sailed "
            "to Tarbert on Harris for the beaches, drove north into Lewis for the stone circle, "
            "and finished on Barra, landing at Castlebay.",
            "Barra is magic. Did you see the plane land on the beach?",
        ),
        [
            ("post", "Oban", 56.41, -5.47, 30),
            ("post", "Mull", 56.45, -5.95, 40),
            ("post", "Tobermory", 56.62, -6.07, 30),
            ("post", "Iona", 56.33, -6.41, 30),
            ("post", "Uig", 57.59, -6.36, 30),
            ("post", "Tarbert", 57.90, -6.81, 30),
            ("post", "Harris", 57.85, -6.85, 40),
            ("post", "Lewis", 58.20, -6.60, 60),
            ("post", "Barra", 56.98, -7.46, 30),
            ("post", "Castlebay", 56.95, -7.49, 30),
            ("comment-1", "Barra", 56.98, -7.46, 30),
        ],
    ),
    (
        "dalmatian-islands",
        (
            "Two weeks on the Dalmatian islands without a car. Split, then the ferry to Vis: "
            "we stayed in Komiža and took the boat to the Blue Cave. After that Hvar, but we "
            "slept in Stari Grad instead of Hvar town, and a day on Brač at Bol for the beach.",
            "Korčula and Mljet are the quieter ones further south, worth it.",
        ),
        [
            ("post", "Vis", 43.05, 16.18, 30),
            ("post", "Komiža", 43.04, 16.09, 30),
            ("post", "Hvar", 43.17, 16.44, 30),
            ("post", "Stari Grad", 43.18, 16.60, 30),
            ("post", "Brač", 43.32, 16.65, 30),
            ("post", "Bol", 43.26, 16.65, 30),
            ("comment-1", "Korčula", 42.96, 17.14, 30),
            ("comment-1", "Mljet", 42.75, 17.55, 30),
        ],
    ),
]
