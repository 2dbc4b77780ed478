"""Generated travel threads for batch tests and ``bench/batch.py``: any number, each different.

The text is built from the phrases below around real places, so a thread reads like a post with
reader comments and the whole pipeline runs on it (places, relations, day trips, readers).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

PLACES = {
    "Norway": ["Oslo", "Bergen", "Trondheim", "Røros", "Ålesund", "Bodø", "Tromsø", "Stavanger",
               "Lillehammer", "Flåm"],
    "Italy": ["Florence", "Siena", "Pisa", "Lucca", "Bologna", "Rome", "Naples", "Verona",
              "Venice", "Milan"],
    "Scotland": ["Edinburgh", "Glasgow", "Inverness", "Fort William", "Oban", "Stirling",
                 "Aberdeen", "Portree", "Pitlochry", "St Andrews"],
    "Japan": ["Tokyo", "Kyoto", "Osaka", "Nara", "Hiroshima", "Kanazawa", "Nagoya", "Sapporo",
              "Hakone", "Nikko"],
    "Portugal": ["Lisbon", "Porto", "Sintra", "Coimbra", "Évora", "Faro", "Lagos", "Braga",
                 "Cascais", "Óbidos"],
}
READERS = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
           "Kaito", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tove"]
POST = [
    "We spent {n} days in {a} this spring and used it as a base for the region.",
    "The easiest outing from {a} was the train to {b}, a little over an hour each way.",
    "Our route ran {a} \u2013 {b} \u2013 {c}, with a night in each place.",
    "If you only have a weekend, stay in {a} and keep {b} for another trip.",
]
COMMENTS = [
    "We went to {a} last year and loved the old town.",
    "I'm planning a trip to {a} next month, any tips for {b}?",
    "{a} has been on my bucket list for ages.",
    "I live in {a}, and {b} really is an easy day trip from here.",
    "We drove from {a} to {b} and then on to {c} in one long day.",
    "Great photos! I have never been to {a}, maybe one day.",
    "Thanks for this, we fly into {a} in June and will rent a car there.",
]


def threads(count: int, seed: int = 7, prefix: str = "gen") -> list[dict[str, Any]]:
    """``count`` thread objects (the JSON input format) with ids ``{prefix}-0000`` on."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        country = rng.choice(sorted(PLACES))
        towns = rng.sample(PLACES[country], 6)
        post = " ".join(line.format(n=rng.randint(2, 9), a=towns[0], b=towns[1], c=towns[2])
                        for line in rng.sample(POST, 3))
        comments = [
            {"author": rng.choice(READERS),
             "text": rng.choice(COMMENTS).format(a=rng.choice(towns), b=rng.choice(towns),
                                                 c=rng.choice(towns))}
            for _ in range(rng.randint(2, 8))
        ]
        made.append({"id": f"{prefix}-{number:04d}",
                     "title": f"{rng.randint(2, 9)} days around {towns[0]}",
                     "location": f"{towns[0]}, {country}", "post": post, "comments": comments})
    return made


def write_jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in items),
                    encoding="utf-8")
    return path
