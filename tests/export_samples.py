"""A hand-built Report for the export tests: a short Norway thread in our own words, with real
GeoNames coordinates, so exporters are tested without the NLP pipeline."""

from __future__ import annotations

from itertools import pairwise

from geopy.distance import geodesic

from gazetteer.models import Place
from itinerary.models import (
    DayTrip,
    Itinerary,
    Leg,
    Mention,
    PlacePair,
    ReaderPlace,
    Relation,
    Report,
    Resolution,
    ResolvedPlace,
    Section,
    Thread,
)


def place(pid: str, name: str, lat: float, lon: float, kind: str = "city", cc: str = "NO",
          population: int = 0) -> Place:
    return Place(id=pid, name=name, ascii_name=name, kind=kind, country_code=cc,  # type: ignore[arg-type]
                 admin1=None, lat=lat, lon=lon, population=population, prior=0.5)


ROROS = place("geonames:3141332", "Røros", 62.57468, 11.3842, population=5572)
TRONDHEIM = place("geonames:3133880", "Trondheim", 63.43049, 10.39506, population=216518)
OSLO = place("geonames:3143244", "Oslo", 59.91273, 10.74609, population=1082575)
BERGEN = place("geonames:3161732", "Bergen", 60.39299, 5.32415, population=294029)
BERGEN_NL = place("geonames:2759154", "Bergen", 52.66917, 4.70417, cc="NL", population=29715)
BODO = place("geonames:3160881", "Bodø", 67.28267, 14.37513, population=34073)
NORWAY = place("geonames:3144096", "Norway", 62.0, 10.0, kind="country", population=5314336)

POST = Section(
    id="post", author=None, title="Two slow days in Røros",
    text="Two slow days in Røros\nRøros, Norway\nWe came down from Trondheim by the morning "
         "train and stayed two nights in Røros.",
)
COMMENTS = (
    Section(id="comment-1", author="Drew",
            text="We drove Oslo \u2013 Trondheim \u2013 Røros last June and loved every stop."),
    Section(id="comment-2", author="Inna Blair",
            text="Next month we fly into Bergen and drive up to Trondheim."),
    Section(id="comment-3", author="RaW (@rambleandwander)",
            text="I went on from Trondheim to Bodø by train years ago. Never saw Smallvik."),
)
THREAD = Thread(sections=(POST, *COMMENTS), source="examples/sample.txt",
                location="Røros, Norway")


def _mention(section: Section, text: str, relation: Relation = "mentioned",
             occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = section.text.index(text, start + 1)
    return Mention(section=section.id, author=section.author, text=text, start=start,
                   end=start + len(text), source="gazetteer", sentence=(0, len(section.text)),
                   relation=relation)


def _resolved(mention: Mention, target: Place | None, confidence: float = 0.9,
              alternatives: tuple[Place, ...] = ()) -> Resolution:
    reason = f"{mention.text} → {target.name}, {target.country_code}" if target else "no candidate"
    return Resolution(mention=mention, place=target, confidence=confidence, reason=reason,
                      alternatives=alternatives)


RESOLUTIONS = (
    _resolved(_mention(POST, "Røros"), ROROS, 0.97),
    _resolved(_mention(POST, "Røros", occurrence=1), ROROS, 0.97),
    _resolved(_mention(POST, "Norway"), NORWAY, 0.99),
    _resolved(_mention(POST, "Trondheim", "visited"), TRONDHEIM, 0.95),
    _resolved(_mention(POST, "Røros", "visited", occurrence=2), ROROS, 0.97),
    _resolved(_mention(COMMENTS[0], "Oslo", "visited"), OSLO, 0.96),
    _resolved(_mention(COMMENTS[0], "Trondheim", "visited"), TRONDHEIM, 0.95),
    _resolved(_mention(COMMENTS[0], "Røros", "visited"), ROROS, 0.97),
    _resolved(_mention(COMMENTS[1], "Bergen", "planning"), BERGEN, 0.88, (BERGEN_NL,)),
    _resolved(_mention(COMMENTS[1], "Trondheim", "planning"), TRONDHEIM, 0.95),
    _resolved(_mention(COMMENTS[2], "Trondheim", "visited"), TRONDHEIM, 0.95),
    _resolved(_mention(COMMENTS[2], "Bodø", "visited"), BODO, 0.9),
    _resolved(_mention(COMMENTS[2], "Smallvik"), None, 0.0),
)


def _count(target: Place) -> int:
    return sum(1 for r in RESOLUTIONS if r.place is target)


def _authors(target: Place) -> tuple[str, ...]:
    names: list[str] = []
    for r in RESOLUTIONS:
        if r.place is target and r.mention.author and r.mention.author not in names:
            names.append(r.mention.author)
    return tuple(names)


PLACES = tuple(
    ResolvedPlace(place=p, confidence=c, reason=f"{p.name}: sample", alternatives=alts,
                  mentions=_count(p), authors=_authors(p))
    for p, c, alts in (
        (ROROS, 0.97, ()), (NORWAY, 0.99, ()), (TRONDHEIM, 0.95, ()), (OSLO, 0.96, ()),
        (BERGEN, 0.88, (BERGEN_NL,)), (BODO, 0.9, ()),
    )
)


def leg(a: Place, b: Place, mode: str = "road", speed: float = 70.0) -> Leg:
    km = geodesic((a.lat, a.lon), (b.lat, b.lon)).km
    return Leg(origin=a.id, destination=b.id, distance_km=km, travel_hours=km * 1.35 / speed,
               mode=mode)  # type: ignore[arg-type]


def itinerary(stops: list[Place], kind: str = "stated", mode: str | None = "road",
              section: str | None = None, author: str | None = None) -> Itinerary:
    legs = tuple(leg(a, b, mode or "road") for a, b in pairwise(stops))
    return Itinerary(kind=kind, stops=tuple(p.id for p in stops), legs=legs,  # type: ignore[arg-type]
                     section=section, author=author, mode=mode)  # type: ignore[arg-type]


STATED = itinerary([OSLO, TRONDHEIM, ROROS], section="comment-1", author="Drew")
SUGGESTED = itinerary([BERGEN, TRONDHEIM, ROROS], kind="suggested", mode=None)
DAY_TRIP = DayTrip(base=TRONDHEIM.id, destination=ROROS.id,
                   distance_km=leg(TRONDHEIM, ROROS).distance_km,
                   travel_hours=leg(TRONDHEIM, ROROS).travel_hours, evidence=("post",))

REPORT = Report(
    thread=THREAD,
    resolutions=RESOLUTIONS,
    places=PLACES,
    itineraries=(STATED, SUGGESTED),
    day_trips=(DAY_TRIP,),
    readers_also_went_to=(
        ReaderPlace(TRONDHEIM.id, visited=("Drew", "RaW (@rambleandwander)"),
                    planning=("Inna Blair",)),
        ReaderPlace(OSLO.id, visited=("Drew",)),
        ReaderPlace(BERGEN.id, planning=("Inna Blair",)),
        ReaderPlace(BODO.id, visited=("RaW (@rambleandwander)",)),
    ),
    place_pairs=(PlacePair((TRONDHEIM.id, BODO.id), ("RaW (@rambleandwander)",)),),
    warnings=("Smallvik: no gazetteer entry",),
)


# Names a hostile page can carry: terminal escapes (clear screen, colour, an OSC-8 hyperlink, a
# window title, a DCS string, an 8-bit CSI), rich markup, Markdown and HTML, a lone surrogate.
HOSTILE_NAMES = (
    "\x1b[2J\x1b[31mMallory\x1b[0m",
    "\x1b]8;;https://evil.example/\x1b\\Click me\x1b]8;;\x1b\\",
    "\x1b]0;pwned\x07Eve",
    "\x1bPq#0;2;0;0;0\x1b\\Dee",
    "\x9b2JCsi",
    "[bold red]Shouty[/bold red] [link=https://evil.example]x[/link]",
    "*Emph* <script>alert(1)</script> [a](https://evil.example) # H",
    "Lone \ud800 Surrogate",
)
# What must never reach output: ESC, BEL, the C1 controls, a lone surrogate.
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\x90", "\x9d", "\ud800")


def hostile_report() -> Report:
    """The sample report with every writer renamed to a hostile name and a hostile title."""
    names = dict(zip(("Drew", "Inna Blair", "RaW (@rambleandwander)"), HOSTILE_NAMES[:3],
                     strict=True))
    extra = HOSTILE_NAMES[3:]

    def rename(authors: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(names.get(a, a) for a in authors)

    places = tuple(
        ResolvedPlace(place=p.place, confidence=p.confidence, reason=p.reason,
                      alternatives=p.alternatives, mentions=p.mentions,
                      authors=rename(p.authors) + (extra if i == 0 else ()))
        for i, p in enumerate(PLACES)
    )
    title = "\x1b]0;title\x07Two \x1b[1mslow\x1b[0m days [b]in[/b] Røros"
    post = Section(id="post", author=None, title=title, text=POST.text)
    return Report(
        thread=Thread(sections=(post, *COMMENTS), source="examples/sample.txt",
                      location="Røros, Norway"),
        resolutions=RESOLUTIONS,
        places=places,
        itineraries=(itinerary([OSLO, TRONDHEIM, ROROS], section="comment-1",
                               author=HOSTILE_NAMES[0]), SUGGESTED),
        day_trips=(DAY_TRIP,),
        readers_also_went_to=tuple(
            ReaderPlace(r.place_id, visited=rename(r.visited) + extra,
                        planning=rename(r.planning))
            for r in REPORT.readers_also_went_to
        ),
        place_pairs=(PlacePair((TRONDHEIM.id, BODO.id), HOSTILE_NAMES),),
        warnings=REPORT.warnings,
    )
