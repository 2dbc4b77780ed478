"""A second batch of fresh travel threads for issue #10, written in our own words.

Where ``resolve_fresh_regions.py`` covers regions, these threads are about the kinds of small
places still lost on unseen text: quarters of a big city (Kreuzberg, Trastevere, Koukaki,
Shimokitazawa, Barranco), villages that share a bigger town's name (Sorrento and Rye on the
Mornington Peninsula, Victoria on Gozo, Naoussa on Paros, Lagos in the Algarve), islands, and
names with a qualifier after "in" or "on" ("Newport in Pembrokeshire", "Tarbert on Loch
Fyne"). The gold (the point each name means and how far off an answer may be) was written with
the text, before the tool ran on it; points are to 0.01-0.1 degree.
`tests/test_resolve_fresh_places.py` checks each name against it.
"""

from __future__ import annotations

from resolve_fresh_regions import Gold

THREADS: list[tuple[str, tuple[str, ...], Gold]] = [
    (
        "lisbon-coast",
        (
            "Ten days in Portugal, mostly Lisbon and the coast. We rented a flat in Alfama for "
            "four nights and walked everywhere: up to Graça for the viewpoint, down through "
            "Baixa, and one evening over to Bairro Alto for drinks. Tram to Belém for the "
            "pastries, obviously. Day trip by train to Sintra and on to Cascais for the sunset. "
            "Then we drove south to Comporta for two lazy days, and finished in Lagos in the "
            "Algarve with a boat trip to the caves at Ponta da Piedade.",
            "Good call on Comporta. If you go back try Ericeira for surfing, and Azenhas do Mar "
            "is a lovely stop between Sintra and the sea.",
            "We stayed in Carvoeiro instead of Lagos, quieter. Also Sagres at the very end is "
            "worth the drive.",
        ),
        [
            ("post", "Lisbon", 38.72, -9.14, 20),
            ("post", "Alfama", 38.71, -9.13, 8),
            ("post", "Graça", 38.72, -9.13, 8),
            ("post", "Baixa", 38.71, -9.14, 8),
            ("post", "Bairro Alto", 38.71, -9.15, 8),
            ("post", "Belém", 38.70, -9.21, 8),
            ("post", "Sintra", 38.80, -9.38, 20),
            ("post", "Cascais", 38.70, -9.42, 20),
            ("post", "Comporta", 38.38, -8.78, 20),
            ("post", "Lagos", 37.10, -8.67, 20),
            ("post", "Ponta da Piedade", 37.08, -8.67, 10),
            ("comment-1", "Comporta", 38.38, -8.78, 20),
            ("comment-1", "Ericeira", 38.96, -9.42, 20),
            ("comment-1", "Azenhas do Mar", 38.84, -9.46, 20),
            ("comment-2", "Carvoeiro", 37.10, -8.47, 20),
            ("comment-2", "Lagos", 37.10, -8.67, 20),
            ("comment-2", "Sagres", 37.01, -8.94, 20),
        ],
    ),
    (
        "berlin",
        (
            "First time in Berlin last month. Our Airbnb was in Kreuzberg near the canal, which "
            "was perfect: Neukölln for cheap dinners across the bridge, Friedrichshain for the "
            "East Side Gallery. We spent a whole Sunday in Prenzlauer Berg at the flea market in "
            "Mauerpark. Took the S-Bahn out to Potsdam one day for the palaces.",
            "Next time stay in Wedding or Moabit, less hype. And Köpenick has a nice old town "
            "if you want a half day.",
        ),
        [
            ("post", "Berlin", 52.52, 13.40, 20),
            ("post", "Kreuzberg", 52.50, 13.41, 8),
            ("post", "Neukölln", 52.48, 13.44, 8),
            ("post", "Friedrichshain", 52.52, 13.45, 8),
            ("post", "Prenzlauer Berg", 52.54, 13.42, 8),
            ("post", "Mauerpark", 52.54, 13.40, 8),
            ("post", "Potsdam", 52.39, 13.06, 20),
            ("comment-1", "Moabit", 52.53, 13.34, 8),
            ("comment-1", "Köpenick", 52.45, 13.58, 10),
        ],
    ),
    (
        "rome",
        (
            "Rome for 5 nights in May. We stayed in Trastevere and loved it, though Monti would "
            "have been more central. Best food was in Testaccio, go to the market. We did the "
            "Vatican early, then walked to Prati for lunch. Day trip to Tivoli for Villa d'Este "
            "and Hadrian's Villa, and another to Ostia Antica.",
            "Pigneto is the new cool area, worth an evening. We also took the train up to Orvieto.",
        ),
        [
            ("post", "Rome", 41.90, 12.50, 20),
            ("post", "Trastevere", 41.89, 12.47, 8),
            ("post", "Monti", 41.89, 12.49, 8),
            ("post", "Testaccio", 41.88, 12.48, 8),
            ("post", "Prati", 41.91, 12.46, 8),
            ("post", "Tivoli", 41.96, 12.80, 15),
            ("post", "Ostia Antica", 41.76, 12.29, 15),
            ("comment-1", "Pigneto", 41.89, 12.53, 8),
            ("comment-1", "Orvieto", 42.72, 12.11, 20),
        ],
    ),
    (
        "athens-paros-naxos",
        (
            "Athens then Paros and Naxos. In Athens we stayed in Koukaki, a short walk from the "
            "Acropolis, and ate most nights in Psiri. Ferry from Piraeus to Paros: three nights "
            "in Naoussa, then a day in Parikia before the boat to Naxos. On Naxos we based "
            "ourselves at Agios Prokopios beach and drove up to Halki and Apiranthos in the "
            "hills.",
            "Lefkes on Paros is the prettiest village, don't miss it next time. And on Naxos, "
            "Filoti.",
        ),
        [
            ("post", "Athens", 37.98, 23.73, 20),
            ("post", "Koukaki", 37.96, 23.72, 8),
            ("post", "Acropolis", 37.97, 23.73, 5),
            ("post", "Psiri", 37.98, 23.72, 8),
            ("post", "Piraeus", 37.94, 23.65, 15),
            ("post", "Paros", 37.08, 25.15, 30),
            ("post", "Naoussa", 37.12, 25.24, 15),
            ("post", "Parikia", 37.09, 25.15, 15),
            ("post", "Naxos", 37.07, 25.45, 30),
            ("post", "Agios Prokopios", 37.07, 25.35, 15),
            ("post", "Halki", 37.06, 25.49, 15),
            ("post", "Apiranthos", 37.07, 25.52, 15),
            ("comment-1", "Lefkes", 37.06, 25.20, 15),
            ("comment-1", "Paros", 37.08, 25.15, 30),
            ("comment-1", "Naxos", 37.07, 25.45, 30),
            ("comment-1", "Filoti", 37.05, 25.50, 15),
        ],
    ),
    (
        "tokyo",
        (
            "Tokyo neighbourhood tips? We loved Shimokitazawa for vintage shops and Koenji for "
            "bars. Stayed in Asakusa the first week, then moved to Ebisu. Yanaka was a nice "
            "quiet walk on a Sunday. Day trips: Kamakura and Nikko.",
            "Nakameguro along the river in cherry blossom season! And Kichijoji for Inokashira "
            "Park.",
        ),
        [
            ("post", "Tokyo", 35.68, 139.76, 30),
            ("post", "Shimokitazawa", 35.66, 139.67, 8),
            ("post", "Koenji", 35.71, 139.65, 8),
            ("post", "Asakusa", 35.71, 139.80, 8),
            ("post", "Ebisu", 35.65, 139.71, 8),
            ("post", "Yanaka", 35.73, 139.77, 8),
            ("post", "Kamakura", 35.32, 139.55, 15),
            ("post", "Nikko", 36.75, 139.61, 25),
            ("comment-1", "Nakameguro", 35.64, 139.70, 8),
            ("comment-1", "Kichijoji", 35.70, 139.58, 8),
            ("comment-1", "Inokashira Park", 35.70, 139.57, 8),
        ],
    ),
    (
        "puglia",
        (
            "Puglia road trip: flew into Bari, one night in Bari Vecchia, then Polignano for "
            "the cliffs, Monopoli for three nights (great base), Alberobello for the trulli, "
            "Locorotondo and Cisternino for dinner, and Ostuni at the end. Lecce for two nights "
            "and a swim at Otranto.",
            "Next time go down to Gallipoli and Santa Maria di Leuca. Also Matera is just over "
            "the border in Basilicata.",
        ),
        [
            ("post", "Puglia", 41.0, 16.5, 150),
            ("post", "Bari", 41.12, 16.87, 15),
            ("post", "Bari Vecchia", 41.13, 16.87, 8),
            ("post", "Polignano", 41.00, 17.22, 15),
            ("post", "Monopoli", 40.95, 17.30, 15),
            ("post", "Alberobello", 40.78, 17.24, 15),
            ("post", "Locorotondo", 40.76, 17.33, 15),
            ("post", "Cisternino", 40.74, 17.42, 15),
            ("post", "Ostuni", 40.73, 17.58, 15),
            ("post", "Lecce", 40.35, 18.17, 15),
            ("post", "Otranto", 40.15, 18.49, 15),
            ("comment-1", "Gallipoli", 40.06, 17.99, 15),
            ("comment-1", "Santa Maria di Leuca", 39.80, 18.36, 15),
            ("comment-1", "Matera", 40.67, 16.60, 15),
            ("comment-1", "Basilicata", 40.5, 16.1, 150),
        ],
    ),
    (
        "mornington",
        (
            "Long weekend on the Mornington Peninsula from Melbourne. We stayed in Sorrento, "
            "walked the back beach, had fish and chips in Rye and a hot springs soak near "
            "Fingal. Drove round to Flinders and Red Hill for wineries, and stopped at "
            "Mornington on the way home.",
            "Portsea is even nicer than Sorrento. Took the ferry across to Queenscliff once, "
            "great day out.",
        ),
        [
            ("post", "Mornington Peninsula", -38.35, 144.95, 40),
            ("post", "Melbourne", -37.81, 144.96, 20),
            ("post", "Sorrento", -38.34, 144.74, 15),
            ("post", "Rye", -38.37, 144.82, 15),
            ("post", "Fingal", -38.41, 144.85, 15),
            ("post", "Flinders", -38.47, 145.02, 15),
            ("post", "Red Hill", -38.38, 145.02, 15),
            ("post", "Mornington", -38.22, 145.04, 15),
            ("comment-1", "Portsea", -38.32, 144.71, 15),
            ("comment-1", "Sorrento", -38.34, 144.74, 15),
            ("comment-1", "Queenscliff", -38.27, 144.66, 15),
        ],
    ),
    (
        "nicaragua",
        (
            "Nicaragua, two weeks: León for two nights (volcano boarding on Cerro Negro), then "
            "Granada, which is gorgeous. Ferry from San Jorge to Ometepe, stayed in Balgüe and "
            "Moyogalpa. Ended on the coast at San Juan del Sur, with a day at Playa Maderas.",
            "Did you make it to Little Corn? We flew from Managua to Big Corn and took the "
            "panga over.",
        ),
        [
            ("post", "León", 12.43, -86.88, 20),
            ("post", "Cerro Negro", 12.51, -86.70, 15),
            ("post", "Granada", 11.93, -85.96, 20),
            ("post", "San Jorge", 11.45, -85.80, 15),
            ("post", "Ometepe", 11.50, -85.58, 30),
            ("post", "Balgüe", 11.48, -85.53, 15),
            ("post", "Moyogalpa", 11.54, -85.70, 15),
            ("post", "San Juan del Sur", 11.25, -85.87, 15),
            ("post", "Playa Maderas", 11.30, -85.88, 15),
            ("comment-1", "Little Corn", 12.29, -82.98, 20),
            ("comment-1", "Managua", 12.13, -86.25, 20),
            ("comment-1", "Big Corn", 12.17, -83.04, 20),
        ],
    ),
    (
        "wales-scotland",
        (
            "UK road trip. Started in Newport in Pembrokeshire (the small one, not the city), "
            "walked the coast path to Dinas and on to Fishguard. Then north to Scotland: Tarbert "
            "on Loch Fyne for a night, ferry from Kennacraig to Islay, staying in Port Charlotte, "
            "distillery visits in Bowmore. Last stop Portree on Skye.",
            "Nice. The other Tarbert, on Harris, is worth it too if you ever get up to the Outer "
            "Hebrides.",
        ),
        [
            ("post", "Newport", 52.02, -4.84, 15),
            ("post", "Pembrokeshire", 51.85, -4.90, 50),
            ("post", "Fishguard", 51.99, -4.98, 15),
            ("post", "Tarbert", 55.86, -5.41, 15),
            ("post", "Loch Fyne", 56.00, -5.30, 40),
            ("post", "Kennacraig", 55.80, -5.48, 15),
            ("post", "Islay", 55.75, -6.20, 40),
            ("post", "Port Charlotte", 55.74, -6.38, 15),
            ("post", "Bowmore", 55.76, -6.29, 15),
            ("post", "Portree", 57.41, -6.19, 15),
            ("post", "Skye", 57.30, -6.20, 50),
            ("comment-1", "Tarbert", 57.90, -6.80, 15),
            ("comment-1", "Harris", 57.85, -6.85, 40),
        ],
    ),
    (
        "sri-lanka",
        (
            "Sri Lanka in three weeks: Negombo the first night, then Sigiriya and Dambulla, "
            "Kandy, the train to Ella (stayed near Nine Arches Bridge), Haputale for the tea "
            "estates, a safari at Udawalawe, and the south coast: Mirissa, Hiriketiya and Galle "
            "Fort.",
            "Tangalle was our favourite beach, and Unawatuna near Galle for snorkelling.",
        ),
        [
            ("post", "Negombo", 7.21, 79.84, 15),
            ("post", "Sigiriya", 7.95, 80.76, 15),
            ("post", "Dambulla", 7.86, 80.65, 15),
            ("post", "Kandy", 7.29, 80.63, 15),
            ("post", "Ella", 6.87, 81.05, 15),
            ("post", "Nine Arches Bridge", 6.88, 81.06, 10),
            ("post", "Haputale", 6.77, 80.96, 15),
            ("post", "Udawalawe", 6.47, 80.89, 20),
            ("post", "Mirissa", 5.95, 80.46, 15),
            ("post", "Hiriketiya", 5.96, 80.71, 15),
            ("post", "Galle Fort", 6.03, 80.22, 10),
            ("comment-1", "Tangalle", 6.02, 80.79, 15),
            ("comment-1", "Unawatuna", 6.01, 80.25, 15),
            ("comment-1", "Galle", 6.03, 80.22, 15),
        ],
    ),
    (
        "peru",
        (
            "Peru: Lima first, we stayed in Miraflores and walked to Barranco for ceviche and "
            "the bridge. Flew to Cusco, slept in San Blas up the hill, then the Sacred Valley: "
            "Pisac market, two nights in Urubamba, Ollantaytambo and the train to Aguas "
            "Calientes for Machu Picchu. Later Arequipa and the Colca Canyon, with a night in "
            "Chivay.",
            "Huacachina near Ica is fun for a night of sandboarding. And Paracas for the islands.",
        ),
        [
            ("post", "Lima", -12.05, -77.04, 20),
            ("post", "Miraflores", -12.12, -77.03, 8),
            ("post", "Barranco", -12.15, -77.02, 8),
            ("post", "Cusco", -13.53, -71.97, 15),
            ("post", "San Blas", -13.51, -71.98, 8),
            ("post", "Sacred Valley", -13.33, -72.00, 40),
            ("post", "Pisac", -13.42, -71.85, 15),
            ("post", "Urubamba", -13.30, -72.12, 15),
            ("post", "Ollantaytambo", -13.26, -72.26, 15),
            ("post", "Aguas Calientes", -13.16, -72.53, 15),
            ("post", "Machu Picchu", -13.16, -72.55, 15),
            ("post", "Arequipa", -16.40, -71.54, 15),
            ("post", "Colca Canyon", -15.60, -71.90, 40),
            ("post", "Chivay", -15.64, -71.60, 15),
            ("comment-1", "Huacachina", -14.09, -75.76, 15),
            ("comment-1", "Ica", -14.07, -75.73, 15),
            ("comment-1", "Paracas", -13.83, -76.25, 15),
        ],
    ),
    (
        "malta-gozo",
        (
            "Malta for a week: stayed in Sliema, ferry to Valletta most days, Mdina and Rabat "
            "one afternoon. Then three nights on Gozo in Victoria, swimming at Xlendi and "
            "Marsalforn, and a boat to Comino for the Blue Lagoon.",
            "Marsaxlokk on a Sunday for the fish market!",
        ),
        [
            ("post", "Malta", 35.90, 14.45, 30),
            ("post", "Sliema", 35.91, 14.50, 8),
            ("post", "Valletta", 35.90, 14.51, 8),
            ("post", "Mdina", 35.89, 14.40, 8),
            ("post", "Rabat", 35.88, 14.40, 8),
            ("post", "Gozo", 36.04, 14.25, 20),
            ("post", "Victoria", 36.04, 14.24, 10),
            ("post", "Xlendi", 36.03, 14.22, 10),
            ("post", "Marsalforn", 36.07, 14.26, 10),
            ("post", "Comino", 36.01, 14.34, 10),
            ("post", "Blue Lagoon", 36.02, 14.33, 10),
            ("comment-1", "Marsaxlokk", 35.84, 14.54, 10),
        ],
    ),
]

# Short threads where the container written right after a name says which of its namesakes is
# meant ("Newport on the Isle of Wight", "San Antonio on Ibiza"), or a region named earlier in
# the sentence holds the village ("we crossed to Lombok and stayed in Kuta").
QUALIFIED: list[tuple[str, tuple[str, ...], Gold]] = [
    (
        "islands-on",
        (
            "Cheap sun in winter, where would you go? Last year we did a week in Puerto Rico on "
            "Gran Canaria, which was fine but a bit concrete. The year before, San Antonio on "
            "Ibiza for the sunsets.",
            "Georgetown on Penang for the street food, no question. Warm all year.",
            "Not winter sun, but we loved Newport on the Isle of Wight for a long weekend.",
            "Victoria on Gozo, quiet and still warm in November. Or San Sebastián on La Gomera "
            "if you like hiking.",
        ),
        [
            ("post", "Puerto Rico", 27.79, -15.71, 15),
            ("post", "Gran Canaria", 27.96, -15.60, 40),
            ("post", "San Antonio", 38.98, 1.30, 15),
            ("post", "Ibiza", 38.98, 1.43, 40),
            ("comment-1", "Georgetown", 5.41, 100.33, 15),
            ("comment-1", "Penang", 5.40, 100.25, 40),
            ("comment-2", "Newport", 50.70, -1.29, 15),
            ("comment-2", "Isle of Wight", 50.68, -1.30, 30),
            ("comment-3", "Victoria", 36.04, 14.24, 10),
            ("comment-3", "Gozo", 36.04, 14.25, 20),
            ("comment-3", "San Sebastián", 28.09, -17.11, 15),
            ("comment-3", "La Gomera", 28.10, -17.22, 30),
        ],
    ),
    (
        "coast-on",
        (
            "Road trip notes. Started in Lisbon, then Sines, then a night in Vila Nova de "
            "Milfontes. The best stop was Aljezur on the Costa Vicentina. A friend says "
            "Santa Cruz on Flores in the Azores is even wilder.",
        ),
        [
            ("post", "Lisbon", 38.72, -9.14, 20),
            ("post", "Sines", 37.96, -8.87, 15),
            ("post", "Vila Nova de Milfontes", 37.72, -8.78, 15),
            ("post", "Aljezur", 37.32, -8.80, 15),
            ("post", "Santa Cruz", 39.45, -31.13, 20),
            ("post", "Flores", 39.45, -31.20, 30),
        ],
    ),
]
