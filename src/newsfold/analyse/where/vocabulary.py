"""Where, the words: the word lists the place readers test tokens against.

Kinds of place ("province", "village", "street"), prepositions, words for homes, people and
agencies, spaCy labels that are or are not places, world regions, and the English words a
place name may also be (`common_words`, `is_common`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsfold.analyse.gazetteer import (
    ADMIN1,
    COUNTRY,
    TRANSLIT_ARTICLES,
    Gazetteer,
)
from newsfold.analyse.lexicon import words as _words
from newsfold.analyse.numbers import STREET_KINDS, street_kinds
from newsfold.calendar_words import MONTHS, WEEKDAY_NAMES


def _acronym(token: str) -> bool:
    """An acronym: "PMF", "LoC", "DoD" (two capitals or more in a short word)."""
    return len(token) <= 6 and sum(c.isupper() for c in token) >= 2


# Lower-case words allowed inside a place name ("Rio de Janeiro", "Ras al Ain", "Isle of Man",
# Russian "imeni", named after: "Shakhta imeni Gagarina").
_CONNECT = _words(
    "de del della dei di da do dos das du des la las los le les el al ad ar as ash at az an en "
    "ez es ed ul um of and upon on sur y bin ibn im am der den van von e i au aux imeni"
)
# the Arabic article as a name's first word ("al", "el", "ech": `gazetteer.TRANSLIT_ARTICLES`),
# but not its forms that are French, Spanish or German words too: "BALACERA EN FRESNO" is "in"
_ARTICLE_START = TRANSLIT_ARTICLES - _words("et en er")
_ARTICLE_APART = _ARTICLE_START - _words("an as at")  # "an Ohio town" is English


def fused_article_rest(key: str) -> str | None:
    """A one-word name's key after an Arabic article written into it ("aljfara": "jfara",
    GeoNames' "Al Jifarah"), or None when the key does not open with one."""
    if key[:2] in ("al", "el") and len(key) > 5 and " " not in key:
        return key[2:]
    return None


# A word after a name saying what kind of place it is.
_ADMIN1_WORDS = _words(
    "province provinces governorate governorates state oblast region prefecture wilaya "
    "department departement"
)
_ADMIN2_WORDS = _words(
    "district county parish municipality municipio territory township division raion rayon "
    "subdistrict sub-district commune tehsil lga subdivision upazila sadar taluk mandal ward"
)
_CITY_WORDS = _words("city town village settlement hamlet")
_LOCAL_WORDS = _words(
    "neighbourhood neighborhood neighbourhoods neighborhoods area areas quarter barrio barrios "
    "suburb suburbs slum slums camp sector zone colony estate compound locality airport airbase "
    "base outskirts countryside frontline front valley hills hill mountain mountains forest "
    "checkpoint crossing port island islands"
)
_STREET_WORDS = _words(
    "street st road rd avenue ave drive dr boulevard blvd lane ln way court ct place pl "
    "highway hwy expressway freeway parkway pkwy pike terrace trail circle square plaza alley "
    "bridge interstate route"
)
# A street's kind as an address writes it after the street's name, capitalised, in full or
# abbreviated with its point ("190 Cash Hollow Road", "205 Ruth Ave."): the address readers'
# regular-expression alternative (`scanner`'s person's address, `event_place`'s address
# before a town); not a square, often a neighbourhood's or a plaza's name ("Times Square")
STREET_SUFFIX = street_kinds(r"\.", STREET_KINDS.keys() - {"Square"})
# "Independence and Wabash avenues": the plural after two streets' names at their corner
_STREET_PLURALS = _words(
    "streets avenues roads drives boulevards lanes courts highways parkways terraces trails"
)
_BUILDING_WORDS = _words(
    "park hospital school mosque church office university prison station stadium mall market "
    "home house apartment apartments complex bar club restaurant store hotel building tower "
    "centre center campus cemetery jail motel gas academy college library grocery shop "
    "courthouse hall palace dam terminal depot warehouse factory garage arena theater theatre "
    "cinema casino pub tavern lounge nightclub cafe diner pizzeria donuts doughnuts salon "
    "pharmacy bank gym temple synagogue chapel clinic headquarters "
    # homes and lots by their kind: "at a Riverside townhouse", "a Lakeview parking lot"
    "townhouse townhouses townhome townhomes duplex condo condos condominium condominiums "
    "trailer parking lot"
)
_SITE_WORDS = _STREET_WORDS | _BUILDING_WORDS
_UNIT_WORDS = _ADMIN1_WORDS | _ADMIN2_WORDS | _CITY_WORDS
_KIND_WORDS = _UNIT_WORDS | _LOCAL_WORDS

# Prepositions before a name: where something happened, where someone came from.
# "the MV Amani Kivu", "HMS Argyll": a ship's name follows
_VESSEL_PREFIXES = _words("mv ms mt fv hms uss ins rms ss")
_AT_PREPS = _words("in at near outside inside into on across around within throughout between")
# "near X", "rural X", "the outskirts of X", "10 km from X": ACLED's precision 2.
_NEAR_WORDS = _words("near outside around rural countryside outskirts nearby between")
_ROUTE_WORDS = _words("road highway route motorway expressway freeway corridor axis")
# "flown to Pemba", "rushed to Dothan": where someone was taken, not where it happened.
_MOVE_WORDS = _words(
    "taken flown airlifted rushed transported transferred evacuated driven brought moved sent "
    "fled returned relocated deported extradited airlifted escorted"
)
# ("just outside of Zachary" is "outside Zachary")
_NEAR_OF = _words(
    "outside outskirts vicinity area countryside north south east west northeast northwest "
    "southeast southwest suburbs suburb border edge environs"
)
_DISTANCE = _words("km kilometres kilometers miles mi")
# the land around a town, not the town: "the Atlanta suburbs", "Atlanta's northeastern
# suburbs", "the Maryland suburbs of Washington" (an event there is not in the town)
_AROUND_WORDS = _words("suburb suburbs outskirts environs exurbs")

TOWN_KIND_WORDS = ("suburb", "city", "town", "village", "borough")
"""The kinds an apposition calls a town of its own ("Raytown, a suburb of Kansas City",
"Shively, a small city in southwest Louisville"), in the order of the patterns that read them:
`event_place._APPOSED_SUBURB_BEFORE`, `city_parts._MUNICIPALITY_AFTER` (with "municipality")."""
# "north of Harare", "90 km northeast of Harare": a bearing from a landmark, not the scene
_BEARINGS = _words("north south east west northeast northwest southeast southwest")
# "John Doe, 23, of Dayton", "a native of", "a man from Ohio": someone's home, not the scene.
_HOME_OF = _words("native natives formerly hometown")
_HOME_FROM = _words("man woman boy girl teen teenager men women originally moved hails family")
# "born in", "raised in", "who lives in Keizer", "had lived in Independence": a residence
_HOME_IN = _words("born raised lives lived resides resided")
_PEOPLE = _words(
    "man woman men women boy girl teen teenager toddler couple family resident residents "
    "mother father student students"
    # a town's person by trade or calling, as "a Uniontown man" is (h-city48: "a Minneapolis
    # rap artist who threw a party where three people were shot", the party elsewhere)
    " rapper rappers musician musicians singer artist dj pastor teacher businessman"
    " businesswoman"
)
_JURISDICTION = _words(
    "police sheriff sheriff's sheriffs fire department dept pd coroner coroner's examiner "
    "examiner's prosecutor prosecutor's deputies attorney's metropolitan metro "
    "governor governorship"  # "the Van Governor's Office", "Beyoglu Governorship": the province
    " patrol"  # "the North Dakota Highway Patrol", "Minnesota State Patrol": the state's roads
)
# "Little Haiti", "Little Havana", "Little Italy", "Little Saigon": US cities' neighbourhoods
# named for the immigrants who settled them, never the country or city named after the word
# (nor the small US towns of the name: Italy, Texas; Havana, Florida). A town whose own name
# begins with the word ("Little Rock", "Little Falls") is matched whole before its second word
# is tried, so the word before a match is never the town's own.
NEIGHBOURHOOD_WORD = "Little"

# Words that name a kind of police force, not the town it serves: "University Police",
# "Airport Police", "Harbor Police", "Transit Police", "Central Police" (some of them are
# also the names of US towns: University, Florida; Airport, Hawaii; Central, Louisiana)
FORCE_KINDS = _words(
    "university college campus school schools airport port harbor harbour transit park parks "
    "capitol tribal state military federal national railway railroad rail housing village "
    "town township city county border traffic riot secret central reserve auxiliary special "
    "highway judicial municipal civil royal mounted local rural district provincial regional "
    "metro metropolitan community hospital"
)
OWN_POLICE_MIN_POP = 2_000
"""The smallest US town whose own police, named alone ("Lufkin police said"), place it: a
town of a couple of thousand people has its own police department (and a hamlet's name
before "police" is as likely a word or a person's: "Smith police")."""
_NEIGHBOURHOOD_WORDS = _words(
    "neighbourhood neighborhood neighbourhoods neighborhoods barrio barrios quarter suburb "
    "section district"
)
# Parts of a town that reports name but gazetteers and ACLED's coding do not list.
_QUARTER_WORDS = _words(
    "neighbourhood neighborhood neighbourhoods neighborhoods barrio barrios community sector "
    "locality village area region zone"
)
# A town's quarters for certain (not "area", "sector", "village": also a place of its own)
_TOWN_QUARTERS = _words(
    "neighbourhood neighborhood neighbourhoods neighborhoods barrio barrios quarter community"
)
# Words naming a village-level unit before its name ("Barangay San Roque", "tambon Tha Phon"):
# the name is the rest, a village's
_VILLAGE_PREFIXES = _words("barangay tambon kelurahan desa aldea vereda corregimiento kebele")
# Words naming a town's quarter before its name ("Colonia Alamar", "fraccionamiento Las
# Flores", "Barrio Obrero"): the name is a quarter, as "the X neighbourhood" is.
_QUARTER_PREFIXES = _words("colonia fraccionamiento barrio")
# The words after a US county's name ("Floyd County", "Orleans Parish", "Matanuska-Susitna
# Borough").
_COUNTY_WORDS = ("county", "parish", "borough")
# Compass words that open a place's name: "West Augustine", "East Baton Rouge Parish".
_COMPASS_WORDS = _words("north south east west northeast northwest southeast southwest")
# The same as adjectives, and "central": "Central District", "the northern part of".
_COMPASS_ADJECTIVES = _words(
    "central northern southern eastern western northeastern northwestern southeastern southwestern"
)
_PART_WORDS = (
    _COMPASS_ADJECTIVES | _COMPASS_WORDS | _words("downtown greater upper lower uptown midtown")
)
# Words saying how a town lies from the story's own ("in nearby Dunmore", "in neighboring
# Camden", "in suburban Aurora"): between a preposition and the name they leave the name
# where the preposition puts it.
_NEIGHBOUR_WORDS = _words("nearby neighboring neighbouring adjacent adjoining suburban")
_EVENT_LEMMAS = _words(
    "kill shoot attack clash protest demonstrate march rally explode bomb strike raid fire "
    "ambush arrest abduct kidnap loot burn stab die wound injure erupt storm occur happen "
    "fight shell detonate hit gun murder slay riot seize capture target assault beat torch "
    "destroy battle engage open"
)
_ACTOR_HEADS = _words(
    "government forces force army military troops soldiers police authorities officials "
    "ministry embassy regime navy coalition president administration militia militias "
    "intelligence security diplomats consulate peacekeepers peacekeeper"
)
_CASUALTY_FIELDS = ("fatalities", "injuries", "arrested", "kidnapped", "displaced")
_AGENCIES = _words(
    "ap afp reuters upi efe ians pti ani xinhua anadolu cnn bbc dpa ansa tass apa kyodo bernama"
)
_MONTHS_DAYS = frozenset(MONTHS) | frozenset(WEEKDAY_NAMES)
"""Month words (names and abbreviations) and weekday names: no place's."""
_NON_PLACE_LABELS = _words("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY")
# The small model's guesses for unfamiliar capitalised names ("Macomia and Mucojo in the northern
# province", "Amritsar (Punjab"): no evidence either way, read as no label.
_NOISE_LABELS = _words("WORK_OF_ART LAW")
_PLACE_LABELS = _words("GPE LOC FAC")
_STOPLIKE = frozenset(STOP_WORDS) | _words("police news update video photos breaking man woman")
_NOT_LOCAL_LABELS = _words("ORG NORP PRODUCT EVENT LANGUAGE") | _NON_PLACE_LABELS


# World regions: never an event's location ("one of the highest murder rates in Latin America").
_CONTINENTS = _words("africa asia europe america americas oceania antarctica eurasia")
_REGION_QUALIFIERS = _words(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest sub saharan latin horn of the far near middle equatorial pacific"
)
_REGIONS = _words(
    "caribbean balkans caucasus maghreb levant mediterranean scandinavia mideast arctic sahara "
    "pacific atlantic"
) | {"middle east", "far east", "near east", "persian gulf", "arabian peninsula", "the gulf"}


def _is_region(g: Gazetteer, key: str, ids: tuple[int, ...] = ()) -> bool:
    """Whether a name is a world region ("Latin America", "West Africa"), not a country's."""
    if any(g.kind[i] in (COUNTRY, ADMIN1) for i in ids[:5]):
        return False  # "South Africa", "Red Sea" (a Sudanese state)
    if key in _REGIONS:
        return True
    words = key.split()
    return any(w in _CONTINENTS for w in words) and all(
        w in _CONTINENTS or w in _REGION_QUALIFIERS for w in words
    )


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words (WordNet's, as shipped in the spaCy model's lemmatizer tables).

    A place named like one of them ("Mobile", "Reading", "Police") needs context to count.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS)
    try:
        from newsfold.analyse.nlp import get_nlp

        lemmatizer = get_nlp().get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(w for w in table[pos] if "_" not in w)
    except Exception:  # a model without lookup tables: stop words only
        pass
    return frozenset(words)


def is_common(word: str) -> bool:
    """Whether a lower-case word, or the singular of a plural ("residents"), is an English word."""
    words = common_words()
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    return word.endswith("s") and (
        word[:-1] in words or (word.endswith("es") and word[:-2] in words)
    )


# English prefixes hyphened to a name ("Ex-Chicago officer", "Anti-Boston", "Mid-Ohio"): a word
# of the phrase, no part of the place's name (no US or world town's name opens with one of them)
NAME_PREFIXES = frozenset(["ex", "pre", "post", "mid", "anti", "pro", "non", "neo"])
