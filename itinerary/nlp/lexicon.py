"""Word lists the place pass needs: small, curated, and keyed by lower-case form.

They hold what neither the statistical model nor the gazetteer knows: which capitalised words
are calendar words or ordinary words that happen to name towns, which adjectives name a
country's people, and which words around a name say that it is (or is not) a place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
HOLIDAYS = _words(
    "easter christmas xmas halloween thanksgiving ramadan eid passover hanukkah diwali midsummer"
)
CALENDAR = MONTHS | WEEKDAYS | HOLIDAYS

# Capitalised words that are towns somewhere but are far more often ordinary English
# (sentence starts, headline case, "a Nice day"). They need place context to count.
ORDINARY_WORD_TOWNS = _words(
    """
    nice hope lucky mobile reading bath split deal sale wells orange globe liberty independence
    unity harmony paradise eden normal ideal friendship opportunity truth marathon magnet joy
    enterprise commerce industry progress providence success victory welcome beautiful fair
    pleasant surprise valley mission hazard hell boring accident bland cool early best
    north south east west central western eastern northern southern northeast northwest
    southeast southwest centre center capital midland highland union spring
    """
)

# Lower-case words and marks that may sit inside a place name: "Isle of Skye",
# "Stratford-upon-Avon", "Rio de Janeiro", "Martha's Vineyard", "Trinidad and Tobago".
NAME_CONNECTORS = _words(
    "of de upon on la le les del della di da do dos das du des am an im en sur and y el al "
    "- ' 's \u2019s &"
)

# Words before a name that make it a place: "in Reading", "flew into Bergen", "north of Oslo".
# The weak ones also come before people: "according to Taylor", "a call from Jones".
PLACE_PREPOSITIONS = _words(
    """
    in into near via through throughout toward towards outside inside around across within
    beyond
    """
)
WEAK_PLACE_PREPOSITIONS = _words("at to from on past off onto upon between")
PLACE_VERBS = _words(
    """
    visit visited visiting visits explore explored exploring reach reached reaching
    leave left leaving tour toured touring enter entered entering
    """
)
# Words of travel that govern "to" and "from": "returns to Hampshire", "the drive from Oslo".
MOTION_WORDS = _words(
    """
    go come return move travel fly drive head ride walk sail cruise commute relocate emigrate
    immigrate flee escape arrive depart deport transfer send ship export import
    trip journey flight drive road route way train bus ferry visit visitor move return
    road-trip detour excursion expedition pilgrimage voyage
    """
)
# "the town of Røros", "north of Bodø": nouns and directions that take a place after "of".
PLACE_OF_HEADS = _words(
    """
    town city village capital county state province region island islands country
    municipality port suburb outskirts centre center heart streets north south east west
    northeast northwest southeast southwest middle rest part parts people residents
    mayor governor outside edge
    """
)
# Words after a name that make it a place: "the Trondheim area", "Oslo-based", "an Alexandria
# woman", "Roselle police" (in lower case: capitalised, "Roselle Police" is an organisation).
PLACE_AFTER = _words(
    """
    area region residents resident native natives based airport harbour harbor waterfront
    downtown suburbs outskirts countryside coast man men woman women teen teens teenager boy
    girl couple family families police officials officers authorities mayor council
    county counties township province village city town neighborhood neighbourhood home
    homes
    """
)
# Capitalised words after a name that make the whole an address ("Oxford Street"): the name
# is then not a place mention at all.
ADDRESS_WORDS = _words(
    """
    street st road rd avenue ave boulevard blvd lane ln drive dr way court ct plaza square
    place pl parkway pkwy highway hwy terrace crescent close
    """
)
# Capitalised words after a name that make the whole an organisation or a building ("Georgia
# Tech", "Edmonton Police", "the Washington Post"). Travel text does not count the name as a
# place; news annotation (GeoWebNews, LGL, TR-News) does.
INSTITUTION_WORDS = _words(
    """
    university college school academy institute hospital clinic church cathedral police
    sheriff sheriff's fire department council board commission committee times post herald
    tribune journal gazette news press chronicle observer bank group inc corp company co ltd
    llc fc united tech hotel inn restaurant cafe bar club stadium arena center centre hall
    theatre theater museum library mall market state public city county community regional
    memorial medical health transit airlines airways symphony orchestra zoo
    """
)
# Words that may follow a known name in a longer NER entity without changing the place it
# names: "Sichuan province", "Fargo city", "Henderson County Jail". (Directions do change it:
# "North Africa", "South Florida" are names of their own.)
GENERIC_NAME_WORDS = _words(
    """
    province provinces city county state region district village town municipality area
    jail courthouse prison
    """
)

# AP-style abbreviations of US states and Canadian provinces, as news datelines write them
# after a town ("Alexandria, Va."); the full name lets the resolver look them up.
STATE_ABBREVIATIONS: Mapping[str, str] = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California",
    "cal.": "California", "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware",
    "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois", "ind.": "Indiana",
    "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana",
    "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
    "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska",
    "nebr.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
    "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina",
    "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon", "pa.": "Pennsylvania",
    "penn.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina",
    "s.d.": "South Dakota", "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont",
    "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia",
    "w. va.": "West Virginia", "wis.": "Wisconsin", "wisc.": "Wisconsin", "wyo.": "Wyoming",
    "d.c.": "District of Columbia",
    "alta.": "Alberta", "b.c.": "British Columbia", "man.": "Manitoba",
    "n.b.": "New Brunswick", "n.s.": "Nova Scotia", "ont.": "Ontario",
    "p.e.i.": "Prince Edward Island", "que.": "Quebec", "sask.": "Saskatchewan",
    "nfld.": "Newfoundland and Labrador",
}


@dataclass(frozen=True, slots=True)
class Demonym:
    """The place a people-adjective points to, and the countries it hints at."""

    place: str  # a name the gazetteer knows: "Norway", "Scandinavia", "Europe"
    countries: tuple[str, ...]  # ISO 3166 alpha-2 codes; empty for continents


def _demonyms() -> dict[str, Demonym]:
    table: dict[str, Demonym] = {}
    for line in _DEMONYM_TABLE.strip().splitlines():
        words, place, codes = (part.strip() for part in line.split("|"))
        demonym = Demonym(place, tuple(codes.split()) if codes != "-" else ())
        for word in (w.strip() for w in words.split(",")):
            table[word] = demonym
            if not word.endswith(("ese", "ish", "ch", "sh", "s", "!")):
                table.setdefault(word + "s", demonym)  # "Norwegians", "Israelis"
    return {word.rstrip("!"): demonym for word, demonym in table.items()}


# demonyms (comma-separated) | place | country codes ("-" for none). Plurals in -s are added,
# except after "!" (the Balkans and the Baltics are places, not people).
_DEMONYM_TABLE = """
afghan | Afghanistan | AF
albanian | Albania | AL
algerian | Algeria | DZ
american | United States | US
andorran | Andorra | AD
angolan | Angola | AO
argentine, argentinian, argentinean | Argentina | AR
armenian | Armenia | AM
australian, aussie | Australia | AU
austrian | Austria | AT
azerbaijani, azeri | Azerbaijan | AZ
bahamian | Bahamas | BS
bahraini | Bahrain | BH
bangladeshi | Bangladesh | BD
barbadian, bajan | Barbados | BB
belarusian, belarussian | Belarus | BY
belgian | Belgium | BE
belizean | Belize | BZ
beninese | Benin | BJ
bhutanese | Bhutan | BT
bolivian | Bolivia | BO
bosnian | Bosnia and Herzegovina | BA
botswanan | Botswana | BW
brazilian | Brazil | BR
british, briton, britons, brit, brits | United Kingdom | GB
bruneian | Brunei | BN
bulgarian | Bulgaria | BG
burkinabe | Burkina Faso | BF
burmese | Myanmar | MM
burundian | Burundi | BI
cambodian | Cambodia | KH
cameroonian | Cameroon | CM
canadian | Canada | CA
cape verdean | Cape Verde | CV
chadian | Chad | TD
chilean | Chile | CL
chinese | China | CN
colombian | Colombia | CO
congolese | Congo | CD CG
costa rican | Costa Rica | CR
croatian, croat | Croatia | HR
cuban | Cuba | CU
cypriot | Cyprus | CY
czech, czechs | Czechia | CZ
danish, dane, danes | Denmark | DK
djiboutian | Djibouti | DJ
dominican | Dominican Republic | DO
dutch | Netherlands | NL
ecuadorian, ecuadorean | Ecuador | EC
egyptian | Egypt | EG
salvadoran, salvadorean | El Salvador | SV
emirati | United Arab Emirates | AE
english | England | GB
eritrean | Eritrea | ER
estonian | Estonia | EE
ethiopian | Ethiopia | ET
fijian | Fiji | FJ
filipino, filipina, philippine | Philippines | PH
finnish, finn, finns | Finland | FI
french | France | FR
gabonese | Gabon | GA
gambian | Gambia | GM
georgian | Georgia | GE
german | Germany | DE
ghanaian | Ghana | GH
greek | Greece | GR
grenadian | Grenada | GD
guatemalan | Guatemala | GT
guinean | Guinea | GN
guyanese | Guyana | GY
haitian | Haiti | HT
honduran | Honduras | HN
hungarian | Hungary | HU
icelandic, icelander | Iceland | IS
indian | India | IN
indonesian | Indonesia | ID
iranian, persian | Iran | IR
iraqi | Iraq | IQ
irish | Ireland | IE
israeli | Israel | IL
italian | Italy | IT
ivorian | Ivory Coast | CI
jamaican | Jamaica | JM
japanese | Japan | JP
jordanian | Jordan | JO
kazakh, kazakhstani | Kazakhstan | KZ
kenyan | Kenya | KE
korean | Korea | KR KP
north korean | North Korea | KP
south korean | South Korea | KR
kosovar | Kosovo | XK
kuwaiti | Kuwait | KW
kyrgyz | Kyrgyzstan | KG
lao, laotian | Laos | LA
latvian | Latvia | LV
lebanese | Lebanon | LB
liberian | Liberia | LR
libyan | Libya | LY
liechtensteiner | Liechtenstein | LI
lithuanian | Lithuania | LT
luxembourgish, luxembourger | Luxembourg | LU
macedonian | North Macedonia | MK
malagasy | Madagascar | MG
malawian | Malawi | MW
malaysian | Malaysia | MY
maldivian | Maldives | MV
malian | Mali | ML
maltese | Malta | MT
mauritanian | Mauritania | MR
mauritian | Mauritius | MU
mexican | Mexico | MX
moldovan | Moldova | MD
monegasque | Monaco | MC
mongolian | Mongolia | MN
montenegrin | Montenegro | ME
moroccan | Morocco | MA
mozambican | Mozambique | MZ
namibian | Namibia | NA
nepalese, nepali | Nepal | NP
new zealander, kiwi | New Zealand | NZ
nicaraguan | Nicaragua | NI
nigerien | Niger | NE
nigerian | Nigeria | NG
norwegian | Norway | NO
omani | Oman | OM
pakistani | Pakistan | PK
palestinian | Palestine | PS
panamanian | Panama | PA
papuan | Papua New Guinea | PG
paraguayan | Paraguay | PY
peruvian | Peru | PE
polish, pole, poles | Poland | PL
portuguese | Portugal | PT
puerto rican | Puerto Rico | PR
qatari | Qatar | QA
romanian | Romania | RO
russian | Russia | RU
rwandan | Rwanda | RW
samoan | Samoa | WS
saudi, saudi arabian | Saudi Arabia | SA
senegalese | Senegal | SN
serbian, serb | Serbia | RS
sierra leonean | Sierra Leone | SL
singaporean | Singapore | SG
slovak, slovakian | Slovakia | SK
slovenian, slovene | Slovenia | SI
somali, somalian | Somalia | SO
south african | South Africa | ZA
south sudanese | South Sudan | SS
spanish, spaniard | Spain | ES
sri lankan | Sri Lanka | LK
sudanese | Sudan | SD
surinamese | Suriname | SR
swazi | Eswatini | SZ
swedish, swede, swedes | Sweden | SE
swiss | Switzerland | CH
syrian | Syria | SY
taiwanese | Taiwan | TW
tajik | Tajikistan | TJ
tanzanian | Tanzania | TZ
thai | Thailand | TH
togolese | Togo | TG
tongan | Tonga | TO
trinidadian | Trinidad and Tobago | TT
tunisian | Tunisia | TN
turkish, turk | Turkey | TR
turkmen | Turkmenistan | TM
ugandan | Uganda | UG
ukrainian | Ukraine | UA
uruguayan | Uruguay | UY
uzbek | Uzbekistan | UZ
venezuelan | Venezuela | VE
vietnamese | Vietnam | VN
yemeni | Yemen | YE
zambian | Zambia | ZM
zimbabwean | Zimbabwe | ZW
scottish, scot, scots | Scotland | GB
welsh | Wales | GB
scandinavian | Scandinavia | NO SE DK
nordic | Nordic countries | NO SE DK FI IS
baltic! | Baltic states | EE LV LT
balkan! | Balkans | AL BA BG HR ME MK RS SI XK
european | Europe | -
african | Africa | -
asian | Asia | -
latin american | Latin America | -
south american | South America | -
north american | North America | -
central american | Central America | -
middle eastern | Middle East | -
caribbean | Caribbean | -
kurdish, kurd | Kurdistan | IQ
sinhalese, tamil | Sri Lanka | LK
abkhaz, abkhazian | Abkhazia | GE
ossetian, south ossetian | South Ossetia | GE
tibetan | Tibet | CN
chechen | Chechnya | RU
crimean | Crimea | UA
sicilian | Sicily | IT
sardinian | Sardinia | IT
tuscan | Tuscany | IT
bavarian | Bavaria | DE
catalan | Catalonia | ES
andalusian | Andalusia | ES
corsican | Corsica | FR
cornish | Cornwall | GB
flemish | Flanders | BE
quebecer, quebecois, québécois | Quebec | CA
texan | Texas | US
californian | California | US
floridian | Florida | US
minnesotan | Minnesota | US
ohioan | Ohio | US
virginian | Virginia | US
kentuckian | Kentucky | US
tennessean | Tennessee | US
hawaiian | Hawaii | US
alaskan | Alaska | US
new yorker | New York | US
parisian | Paris | FR
londoner | London | GB
berliner | Berlin | DE
muscovite | Moscow | RU
"""

DEMONYMS: Mapping[str, Demonym] = _demonyms()


def _demonym_pattern() -> re.Pattern[str]:
    # Capitalised as written in running text ("South Korean"), longest first.
    forms = sorted((" ".join(w.capitalize() for w in key.split()) for key in DEMONYMS), key=len)
    alternatives = "|".join(re.escape(form) for form in reversed(forms))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_DEMONYM_PATTERN = _demonym_pattern()


def find_demonyms(text: str) -> list[tuple[int, int, Demonym]]:
    """Every capitalised demonym in ``text`` with its offsets: a text-only view of the hints."""
    return [
        (m.start(), m.end(), DEMONYMS[m.group().lower()]) for m in _DEMONYM_PATTERN.finditer(text)
    ]
