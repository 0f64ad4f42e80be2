"""Where, parts of towns: city districts, quarters and US neighbourhoods written as their town.

ACLED's "City-District" names, a quarter of the event's town outside the US, and in the US a
neighbourhood or named part written as its town (`_us_town`, `_us_city_around`, step 6).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    DIRECTIONS,
    Gazetteer,
    cached_table,
    name_key,
)
from newsfold.analyse.us_places import (
    ny_county_clearly_at,
    postal_places,
    zip_names,
)
from newsfold.analyse.what.sentences import doc_text, sent_of
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.qualifiers import CITY_PART_WORDS
from newsfold.analyse.where.vocabulary import (
    _NEIGHBOURHOOD_WORDS,
    _STREET_WORDS,
    _TOWN_QUARTERS,
    TOWN_KIND_WORDS,
    _words,
)
from newsfold.calendar_words import alternation

_CITY_PARTS = _words("zone district sector borough")
_PART_OF_CITY = re.compile(r"\s+(zone|district|sector|borough)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?")


def _city_district(g: Gazetteer, local: _Mention, best: int, text: str) -> tuple[str, int]:
    """ACLED's "City-District" name for a district of a big city the gazetteer lacks, and the
    city's row (or "", -1).

    ACLED divides big cities into their districts and names each "City-District" ("Kyiv-
    Desnianskyi", "Rio de Janeiro-North Zone"). A report that says so in as many words,
    "the Desnianskyi district of Kyiv", "across the North Zone of Rio de Janeiro", gives both
    parts, when the city is a town of a million or more in the event's country. Written with
    the names the report uses; the event is placed at the city, precision 2 (a part of it).
    """
    if best < 0:
        return "", -1
    if " of " in local.text:
        head, city = local.text.rsplit(" of ", 1)
        if head.split()[-1].lower() not in _CITY_PARTS:
            return "", -1
        if head.lower().startswith("the "):
            head = head[4:]
    else:
        after = _PART_OF_CITY.match(text, local.end)
        if after is None:
            return "", -1
        kind = after.group(1)
        head = local.text if kind.lower() == "district" else f"{local.text} {kind}"
        words = re.findall(r"[^\W\d_][\w'’-]*", text[after.end() : after.end() + 60])[:4]
        city = ""
        for n in range(len(words), 0, -1):  # the longest name the gazetteer knows
            if _big_city(g, " ".join(words[:n]), g.cc[best]) >= 0:
                city = " ".join(words[:n])
                break
    row = _big_city(g, city, g.cc[best]) if city else -1
    return (f"{city}-{head}", row) if row >= 0 else ("", -1)


# after a town part's name: " locality of Dhaka city", " area of Lagos", ", Ciudad de Mexico"
_PART_IN_CITY = re.compile(
    r"(?:,\s*|\s+(?:area|locality|neighbourhood|neighborhood|district|quarter|borough|zone"
    r"|sector)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?)"
)


def _named_part_of_city(g: Gazetteer, best: int, m: _Mention, text: str) -> str:
    """ACLED's "City-District" name for a resolved part of a big city the report names after it,
    or "".

    `_city_district` covers the districts the gazetteer lacks; GeoNames does have many boroughs
    and localities of big cities as towns of their own ("Cuauhtémoc", "Paltan"). When the report
    puts one inside its city in as many words, "in Paltan locality of Dhaka city", "the
    Cuauhtemoc borough of Mexico City", ACLED writes "City-Part" with the report's names. (A
    comma is enough only when no province or district bears the city's name: "in Cuauhtemoc,
    Ciudad de Mexico", but "Niteroi, Rio de Janeiro" and "Cankaya, Ankara" name the province.)
    The city must be a town of a million or more in the part's country and province, bigger
    than the part, within 25 km of it ("in Cuauhtemoc, Chihuahua" names a state; "in Soacha,
    Bogota" a town of the next province); US towns keep their own names (`_us_town`).
    """
    if best < 0 or g.cc[best] == "US" or g.kind[best] not in (CITY, ADMIN2):
        return ""
    after = _PART_IN_CITY.match(text, m.end)
    if after is None:
        return ""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text[after.end() : after.end() + 60])[:4]
    if not words or not text[after.end() :].startswith(words[0]):
        return ""
    for n in range(len(words), 0, -1):  # the longest name the gazetteer knows
        city = " ".join(words[:n]).rstrip(".")
        row = _big_city(g, city, g.cc[best])
        if row < 0:
            continue
        if row == best or g.population[row] <= g.population[best]:
            return ""
        if g.admin1[row] != g.admin1[best]:  # a town of its own in the next province
            return ""
        if after.group().lstrip().startswith(",") and any(
            g.kind[r] in (ADMIN1, ADMIN2) and g.cc[r] == g.cc[best] for r in g.lookup(city)
        ):
            return ""
        return f"{city}-{m.text}" if g.km(row, best) <= 25.0 else ""
    return ""


# a name that is no name: "Nameless Hills", "Unnamed Height", "Unknown Village"
_NO_NAME = re.compile(r"(?:nameless|unnamed|unknown)\b", re.I)
_BRACKET = re.compile(r"\s*(\([^()\n]{2,40}\))")


def _nameless_with_area(local: _Mention, text: str) -> str:
    """A nameless local place with the bracketed area the report gives it, or "".

    "Nameless Hills (Gadabay Region)": "Nameless Hills" alone tells one line of heights from
    every other; the report's bracket is part of how the place is told apart, and ACLED keeps
    it in the name. A named place keeps its bare name ("Mitiga Airport (Tripoli)").
    """
    if not _NO_NAME.match(local.text):
        return ""
    after = _BRACKET.match(text, local.end)
    return f"{local.text} {after.group(1)}" if after else ""


def _big_city(g: Gazetteer, name: str, cc: str) -> int:
    """The town of a million or more in country `cc` that `name` names, or -1."""
    for r in g.lookup(name)[:10]:
        if g.kind[r] == CITY and g.cc[r] == cc and g.population[r] >= 1_000_000:
            return r
    return -1


def _town_quarter(g: Gazetteer, best: int, local: _Mention, best_ms: list[_Mention]) -> bool:
    """Whether a local name is a quarter of the event's town, outside the US (see `_us_town`).

    "in the Ouled Brahim neighbourhood of Saida", "residents of the X neighbourhood protested
    in Saida", "the Y community (Saida, ...)": a neighbourhood the gazetteer lacks, of a town
    (or a municipality) the same sentence names, is a detail of the town, which is the
    location (precision 2), as ACLED codes it; the quarter keeps its own claim `within` the
    town. Not an "area", "sector" or "village": those are often places of their own. (Named in
    a sentence of its own, "traders from the X neighbourhood set off ...", it stays the place.)
    """
    if best < 0 or g.cc[best] == "US" or g.kind[best] not in (CITY, ADMIN2):
        return False
    if local.kind_word not in _TOWN_QUARTERS:
        return False
    country = g.countries.get(g.cc[best])
    if country is not None and g.seat[country] == best:
        return False  # a capital's quarter: ACLED names its district ("Beirut-Ras Beirut")
    return any(b.sent == local.sent for b in best_ms if not b.title)


def _us_neighbourhood(g: Gazetteer, local: _Mention, host: int) -> bool:
    """Whether a local name is a neighbourhood ("the Park Manor neighborhood") in a US
    outlet's story: a part of a town, the outlet's own when the county is the outlet's."""
    return host >= 0 and g.cc[host] == "US" and local.kind_word in _NEIGHBOURHOOD_WORDS


def _unlisted_part_of_host(g: Gazetteer, local: _Mention, host: int) -> bool:
    """Whether a local name the text sets the event in is a part of a big US city's outlet's
    city: "A man was shot Saturday in Brightmoor" in a Detroit station's story.

    Reads the outlet's city (`host`: a US town of 100,000 or more), the word before the name
    ("in"; "at" is as often a business's: "at Kroger") and the name's gazetteer readings.
    GeoNames' towns and the USPS list hold nearly every American town and hamlet with a post
    office; a name set "in" by a big city's paper with no reading in the paper's state or near
    its city is one of the city's neighbourhoods (Brightmoor, Sharpstown, Gulfton), which GVA
    writes as the city. Not a street, building, business, home, destination, person's or
    organisation's name, nor a headline's.
    """
    if host < 0 or g.cc[host] != "US" or g.population[host] < 100_000:
        return False
    if local.title or local.prep != "in" or local.site or local.street or local.business:
        return False
    if local.residence or local.dest or local.hospital or local.in_org or local.in_person:
        return False
    # (no reading in the paper's state or within 100 km of its city: a market crosses state
    # lines, and a town across one the text named is no part of the city)
    return not any(
        g.cc[r] == "US" and (g.admin1[r] == g.admin1[host] or g.km(r, host) <= 100.0)
        for r in local.ids
    )


# an indefinite article before a name and its adjectives: "a quiet Evanston", "another Cicero"
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*,?\s+){0,3}\Z")
# the kind word and what ends its phrase: a mark, the text's end or a function word ("a quiet
# Evanston neighborhood on Tuesday"), not a noun it qualifies ("a South Shore neighborhood bar")
_KIND_ENDS = re.compile(
    r"\s+(?:neighbou?rhoods?|communit(?:y|ies)|sections?|districts?)(?=\s*(?:[^\w\s]|\Z|(?:on|in|at|"
    r"near|of|where|when|that|which|and|or|after|before|around|about|last|this|with|by|for|to|as"
    r"|during|while|early|late)\b))",
    re.IGNORECASE,
)


def _a_neighbourhood_of(m: _Mention, text: str) -> bool:
    """Whether "<name> neighborhood" reads as a neighbourhood of the town named: after an
    indefinite article, "a quiet Evanston neighborhood" is one of Evanston's, where "the
    Austin neighborhood" is Chicago's Austin. (Before a noun the article is the noun's: "a
    South Shore neighborhood bar" is a bar in South Shore.)"""
    return bool(
        _INDEFINITE_BEFORE.search(text, max(0, m.start - 60), m.start)
        and _KIND_ENDS.match(text, m.end)
    )


# "Chicago police", "the Indianapolis Metropolitan Police" (also written "Metro Police")
_CITY_POLICE = re.compile(r"(?:'s|’s)?\s+(?:police|pd\b|metro(?:politan)? police)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _police_of(name: str) -> re.Pattern[str]:
    """ "<City> police" for one city's name (`_CITY_POLICE` after it, any case): compiled once
    per name, for the rules that look for the big city's own force anywhere in a text
    (`_force_called_out`, `_town_of_its_own`)."""
    return re.compile(rf"\b{re.escape(name)}{_CITY_POLICE.pattern}", re.IGNORECASE)


def _names_its_police(m: _Mention, text: str) -> bool:
    """Whether a mention names a town's own police: "Chicago police said", "the Boston Police
    Department" (not a county sheriff named after its seat)."""
    return m.jurisdiction and _CITY_POLICE.match(text, m.end) is not None


# "a Seattle police officer", "two Cincinnati police officers", "an off-duty Dallas police
# officer": the words before the name and after it
_OFFICER_BEFORE = re.compile(
    r"\b(?:an?|one|two|three|four|another)\s+(?:(?:off-duty|on-duty|veteran|rookie|former)\s+)?\Z",
    re.IGNORECASE,
)
_OFFICER_AFTER = re.compile(r"\s+(?:police|pd)\s+(?:officers?|detectives?|sergeants?)\b", re.I)


def _force_of_an_officer(m: _Mention, text: str) -> bool:
    """Whether a city's police are named only as the force of a counted officer: "a Seattle
    police officer shot a man in Shoreline", "two Cincinnati police officers fired at ...".

    Reads the few words before the name (an article or a number) and after it ("police
    officer(s)"). Such an officer is one of the actors, who may work in the next town; the
    force does not put the scene inside its city, as "Chicago police said" (the agency working
    the case) does for a neighbourhood (`_us_city_around`).
    """
    return bool(
        m.start > 0
        and _OFFICER_BEFORE.search(text, max(0, m.start - 30), m.start)
        and _OFFICER_AFTER.match(text, m.end)
    )


# a force's initials: "LAPD", "NOPD", "SFPD", "KCPD" (and "LVMPD": a metropolitan force)
_FORCE_INITIALS = re.compile(r"\b([A-Z]{2,3})M?PD\b")
_INITIALS_OFFICER = re.compile(r"\s+(?:officers?|detectives?|sergeants?)\b", re.I)


def _police_by_initials(g: Gazetteer, text: str) -> frozenset[int]:
    """The big US cities (`_us_big_cities`) whose police the text names by their initials:
    "LAPD" (Los Angeles), "NOPD" (New Orleans), "SFPD" (San Francisco).

    Reads capital letters before "PD" (or "MPD") and the initials of the words of a big city's
    name ("Kansas City" KC). Only a name of two or more words: "DPD" or "MPD" alone stand for
    a dozen forces. US reports name a big city's force so as often as in full, and the force
    working the case places it in its city as "Los Angeles police said" does
    (`_us_city_around`); not the force of a counted officer ("an off-duty LAPD officer shot a
    man in Burbank", as `_force_of_an_officer`).
    """
    letters = {
        m.group(1)
        for m in _FORCE_INITIALS.finditer(text)
        if not (
            _OFFICER_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and _INITIALS_OFFICER.match(text, m.end())
        )
    }
    if not letters:
        return frozenset()
    return frozenset(c for c in _us_big_cities(g) if _initials(g.name[c]) in letters)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _initials(name: str) -> str:
    """The initials of a name of two or more words ("Los Angeles" LA), or ""."""
    words = _LETTER_RUN.findall(name)
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _police_cities(g: Gazetteer, mentions: list[_Mention], text: str) -> tuple[int, ...]:
    """The big US cities (`_us_big_cities`) whose own police the text names: "Chicago police
    said", "the Boston Police Department" (the name's readings, before any is chosen), "LAPD"
    (`_police_by_initials`)."""
    big = set(_us_big_cities(g))
    named = {r for m in mentions if _names_its_police(m, text) for r in m.ids[:3] if r in big}
    return tuple(named | _police_by_initials(g, text))


def _us_city_around(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], doc: Doc
) -> int:
    """The big US city a neighbourhood the text calls so lies in, past `parent`'s reach, or -1.

    `gazetteer._parents` keeps to a city's core, so that separate suburbs (Cicero, Oak Park)
    stay towns; distance cannot tell "the South Shore neighborhood" (Chicago, 12 km out) from
    Oak Park (as far). The text can: it calls the place a neighbourhood, or the big city's own
    police work the case ("Chicago police said"), or the story is filed from that city
    ("CHICAGO -") and the place is within 15 km of it. Then the place is a part of the
    nearest such big city of its state within 30 km, ten times its size. When the text puts
    the place in the city in as many words, "in Dorchester, Boston", "the Dorchester section
    of Boston" (`_said_in_city`), the city need only be twice its size and reach 50 km: some
    neighbourhoods GeoNames lists have over a tenth of their city's people (Dorchester,
    Boston's biggest), some big cities reach far from their point (San Pedro is 30 km from
    Los Angeles's), and the guards are for a text that does not say which city it is.
    """
    if best < 0 or g.cc[best] != "US" or g.kind[best] != CITY or g.parent[best] >= 0:
        return -1
    text = doc_text(doc)
    # "the Austin neighborhood" names a neighbourhood; "a quiet Evanston neighborhood" one of
    # the town's (`_a_neighbourhood_of`)
    called = any(
        m.kind_word in _NEIGHBOURHOOD_WORDS and not _a_neighbourhood_of(m, text) for m in best_ms
    )
    # the city's own police ("Chicago police"), not a county sheriff named after its seat
    # ("the Los Angeles Sheriff's Department" works Compton too)
    # (not an officer of the force named as who fired: "a Seattle police officer shot a man in
    # Shoreline" leaves the town its own, `_force_of_an_officer`)
    police = {
        m.best
        for m in mentions
        if m.best >= 0 and _names_its_police(m, text) and not _force_of_an_officer(m, text)
    } | _police_by_initials(g, text)
    if _own_service_named(best_ms, text) or _own_government_named(g, best, text):
        return -1  # "Glendale police said ... Phoenix police assisted": a town of its own
    if _said_neighbouring(best_ms, text):
        return -1  # "Milwaukee police assisted in neighboring West Milwaukee": another town
    if _section_of_another_town(g, best, best_ms, mentions, text):
        return -1  # "the Whitinsville section of Northbridge": a village of a town, not Worcester's
    if not _in_nyc(g, best) and _said_municipality(best_ms, text):
        return -1  # "in the city of Norwood", "Raytown, a suburb of Kansas City"
    # "Milwaukee police were called to Cudahy": the force sent out to a town beside its city
    police -= {c for c in police if _force_called_out(g, best, c, best_ms, doc)}
    outside = _cities_said_outside(mentions)
    # a dateline names where the story was filed: a part of that city only close to its core
    # (not a town beside it: "FORT WAYNE, Ind. - ... in New Haven", "RALEIGH - ... in
    # Garner", `_town_beside_dateline`)
    filed = {m.best for m in mentions if m.dateline and m.best >= 0}
    out, out_km = -1, 50.0
    for c in _us_big_cities(g):
        if g.admin1[c] != g.admin1[best]:
            continue
        km = g.km(c, best)
        if km >= min(out_km, 50.0):
            continue  # (before the text is read for the city: no city reaches further)
        said = _said_in_city(g, c, best_ms, text)
        if (
            g.population[c]
            < (2 if said or _policed_in_county(g, c, best, police, text) else 10)
            * g.population[best]
        ):
            continue
        if not said and km >= 30.0:
            continue
        if c in outside and not said:
            continue  # "in Garner, a few miles south of Raleigh": outside Raleigh
        if said or called or c in police:
            out, out_km = c, km
        elif c in filed and km <= 15.0 and not _town_beside_dateline(g, best, c):
            # the dateline's city close by, unless the place is a town of its own beside it
            # (read last: the USPS tables are the dearest test)
            out, out_km = c, km
    return out


# before a town: a force's response to it ("were called to ", "responded to a home in ")
_CALLED_TO_BEFORE = re.compile(
    r"\b(?:called|responded|dispatched|sent|summoned|went|rushed)\s+to\s+"
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?in\s+)?\Z",
    re.IGNORECASE,
)


def _force_called_out(
    g: Gazetteer, best: int, city: int, best_ms: list[_Mention], doc: Doc
) -> bool:
    """Whether the big city's own police were sent out to a town beside it: "Milwaukee police
    were called to Cudahy", "Boston police responded to a home in Chelsea".

    Reads the words before each of the town's mentions (`_CALLED_TO_BEFORE`), the city's
    force named before it in its sentence (the Doc's, `what.sentences`: "<City> police"),
    and whether the town is one of
    its own beside the city (`_town_beside_dateline`: the USPS addresses it by its own name
    only, or files it in another county). A force called to a town of its own went there to
    help; the town is the scene, not the city's part. A neighbourhood whose ZIP codes take
    the city's name ("Boston police were called to Hyde Park") stays the city's.
    """
    force = _police_of(g.name[city])
    text = doc_text(doc)
    for m in best_ms:
        if m.title or m.start < 0:
            continue
        if _CALLED_TO_BEFORE.search(text, max(0, m.start - 60), m.start) is None:
            continue
        start = sent_of(doc[m.start_tok]).start_char
        if force.search(text, start, m.start) and _town_beside_dateline(g, best, city):
            return True
    return False


def _cities_said_outside(mentions: list[_Mention]) -> set[int]:
    """The towns the text measures a place from: "in Garner, a few miles south of Raleigh",
    "Bellmead, just east of Waco" (`_Mention.bearing`, not a headline's).

    Reads the mentions' bearing flags. A place set at a bearing from a big city lies outside
    it, so the big city near it is no city it is a part of (`_us_city_around`), though the
    story is filed from there and the place lies within 15 km of its point.
    """
    return {m.best for m in mentions if m.bearing and not m.title and m.best >= 0}


# a word before a town saying it lies beside the story's other town ("in neighboring Cudahy",
# "to nearby Dellwood", "in suburban Bexley")
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:nearby|neighbou?ring|adjacent|adjoining|suburban)\s+\Z", re.IGNORECASE
)


def _said_neighbouring(best_ms: list[_Mention], text: str) -> bool:
    """Whether the text calls the event's town a neighbour: "Milwaukee police officers
    assisted in neighboring West Milwaukee", "called to nearby Cudahy".

    Reads the 20 characters before each of the town's mentions in the text. A town said to
    neighbour the story's other place is a town beside it, not one of its parts, whichever
    big city's police helped (`_us_city_around`).
    """
    return any(
        not m.title
        and m.start >= 0
        and _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
        for m in best_ms
    )


# before a town: the kind of municipality it is ("the city of Norwood", "the borough of
# Wilkinsburg", "the small city of Jacinto City", "the Memphis suburb of Bartlett")
_MUNICIPALITY_BEFORE = re.compile(
    r"\b(?:city|town|village|borough|municipality|suburbs?)\s+of\s+\Z", re.IGNORECASE
)
# after a town: an apposition saying what it is ("Raytown, a suburb of Kansas City", "Brooklyn
# Center, a northern suburb,"), the kind word ending its phrase (not "a city neighborhood")
_MUNICIPALITY_AFTER = re.compile(
    rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}?{alternation((*TOWN_KIND_WORDS, 'municipality'))}"
    r"(?=\s*[,.;]|\s+(?:of|in|near|outside|east|west|north|south|just|about|with|that|where"
    r"|surrounded|bordered|bordering|ringed|inside|within|entirely|wholly)\b)",
    re.IGNORECASE,
)


def _said_municipality(best_ms: list[_Mention], text: str) -> bool:
    """Whether the text calls the event's town a municipality or a suburb of its own: "in
    the city of Norwood", "in the borough of Wilkinsburg", "the Memphis suburb of Bartlett",
    "in Raytown, a suburb of Kansas City".

    Reads the words before each of the town's mentions (`_MUNICIPALITY_BEFORE`) and the
    apposition after it (`_MUNICIPALITY_AFTER`). A place the report calls a city, town,
    village or borough, or a suburb, is a municipality beside the big city, not one of its
    parts, whichever city the dateline names (`_us_city_around`; not in New York City,
    whose boroughs are its parts).
    """
    return any(
        not m.title
        and m.start >= 0
        and (
            _MUNICIPALITY_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            or _MUNICIPALITY_AFTER.match(text, m.end) is not None
        )
        for m in best_ms
    )


def _called_town_beside(g: Gazetteer, best: int, best_ms: list[_Mention], text: str) -> bool:
    """Whether the text calls a place the gazetteer puts inside a big city a municipality or
    a neighbour of its own: "in the village of Shorewood", "Cudahy, a suburb south of
    Milwaukee", "in neighboring West Allis" (`_said_municipality`, `_said_neighbouring`).

    `_us_city_around` reads these words for a place past `parent`'s reach; `_town_of_its_own`
    reads them here for a place within it. Not in New York City, whose boroughs are its parts.
    """
    if _in_nyc(g, best):
        return False
    return _said_municipality(best_ms, text) or _said_neighbouring(best_ms, text)


SMALL_POSTAL_TOWN = 25_000
"""The most people a town of the USPS list may have and still be read as a suburb of its own
beside a dateline's big city (`_small_postal_town`): the big cities' parts that GeoNames keeps
with a population and the Postal Service names (Brighton, Jamaica Plain, Van Nuys) are mostly
bigger."""


def _small_postal_town(g: Gazetteer, best: int) -> bool:
    """Whether a US place is a small town the USPS list addresses under its own name
    (`_postal_town`, at most `SMALL_POSTAL_TOWN` people), or a town of its own named for its
    neighbour city with a compass word (`_own_compass_town`): "TULSA, Okla. - ... shot in Sand
    Springs", "FORT WAYNE, Ind. - ... in New Haven", "ATLANTA - ... in East Point".

    A station or paper datelines its region's stories with its own city; a suburb with its own
    post office is a town of its own, not a part of the dateline's city, though it lies
    within 15 km of its point (`_us_city_around`).
    """
    if _own_compass_town(g, best):
        return True
    return 0 < g.population[best] <= SMALL_POSTAL_TOWN and _postal_town(g, best)


def _town_beside_dateline(g: Gazetteer, best: int, city: int) -> bool:
    """Whether a US place near a dateline's big city is a town of its own beside it, not one
    of its parts: "RALEIGH, N.C. - ... shot in Garner", "BALTIMORE - ... in Lansdowne",
    "DENVER - ... in Englewood"; not "BOSTON - ... in Hyde Park".

    Reads the place's USPS town (`_small_postal_town`, `_postal_town`), the counties of the
    ZIP codes that name the place and the city (`_zip_county`) and the names the place's ZIP
    codes also take (`_takes_city_name`). A place USPS files in another county than the
    city's is outside it (Towson, Catonsville, in Baltimore County, though their ZIP codes
    take "Baltimore" too; GeoNames' own counties err near a line: it puts Manayunk in
    Montgomery County). A big city's neighbourhood with a post office of its own (Hyde Park,
    Jamaica Plain, Boston's) takes the city's name as well; a town the USPS addresses only by
    its own name, at any size, is a municipality of its own. Not in New York City, whose
    boroughs are counties and whose neighbourhoods have post offices of their own.
    """
    if _small_postal_town(g, best):
        return True
    if _in_nyc(g, best):
        return False
    here, there = _zip_county(g, best), _zip_county(g, city)
    if here and there and here != there:
        return True
    # a small place's USPS town was read by `_small_postal_town` above, and it was none: not
    # read again
    small = 0 < g.population[best] <= SMALL_POSTAL_TOWN
    return not small and not _takes_city_name(g, best, city) and _postal_town(g, best)


ZIP_NAMES_KM = 8.0
"""How far from a place's point a ZIP code that names it may lie (`_zip_county`): a town's
ZIP codes' points lie a few kilometres around its own."""


@lru_cache(maxsize=1)
def _zip_names() -> dict[str, tuple[tuple[float, float, str, bool, frozenset[str]], ...]]:
    """The USPS list's ZIP codes by each town name they take (`us_places.zip_names`): their
    coordinates, county, whether the name is the ZIP code's own town, and the name keys of
    the other towns it accepts (built once per analyser: `gazetteer.cached_table`)."""
    return cached_table("zip-names", _build_zip_names)


def _build_zip_names() -> dict[str, tuple[tuple[float, float, str, bool, frozenset[str]], ...]]:
    out: dict[str, list[tuple[float, float, str, bool, frozenset[str]]]] = {}
    for z in zip_names():
        accepts = frozenset(name_key(a) for a in z.accepts)
        county = z.county or ""
        out.setdefault(name_key(z.town), []).append((z.lat, z.lon, county, True, accepts))
        for other in accepts:
            out.setdefault(other, []).append((z.lat, z.lon, county, False, frozenset()))
    return {k: tuple(v) for k, v in out.items()}


def _zip_county(g: Gazetteer, row: int) -> str:
    """The county most ZIP codes within `ZIP_NAMES_KM` of a US place that take its name (as
    their own town or another they accept) lie in, casefolded ("baltimore county" for
    Lansdowne and Towson, "baltimore city" for Baltimore), or "". (The most, not the nearest:
    a few of Towson's offices are filed in the city.)"""
    counties = Counter(
        county.casefold()
        for la, lo, county, _, _ in _zip_names().get(name_key(g.name[row]), ())
        if county and g.km_to(row, la, lo) <= ZIP_NAMES_KM
    )
    return counties.most_common(1)[0][0] if counties else ""


def _takes_city_name(g: Gazetteer, best: int, city: int) -> bool:
    """Whether a ZIP code of a place's own name (within 5 km of it) also takes the big city's
    name: Hyde Park's 02136 takes "Boston", as Boston's other neighbourhoods with post
    offices of their own do (Brighton, Jamaica Plain, Mattapan)."""
    city_key = name_key(g.name[city])
    return any(
        own and city_key in accepts and g.km_to(best, la, lo) <= 5.0
        for la, lo, _, own, accepts in _zip_names().get(name_key(g.name[best]), ())
    )


# the first force a text names: up to three capitalised words before "police" or "PD" ("Boston
# police said", "the Phoenix Police Department", "Unified police detective", "St. Louis police"
# with its abbreviation's dot), or initials
_FIRST_FORCE = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){1,3})(?:[Pp]olice|PD)\b|\b([A-Z]{2,3})M?PD\b")


# the force as the report's source: "Boston police said", "the Boston Police Department
# said", "LAPD officials said", "according to Boston police"
_SAID_AFTER = re.compile(
    r"(?:\s+(?:department|officials?|spokes(?:man|woman|person)|detectives?|investigators?))?"
    r"\s+(?:said|says|say|reported|told|stated)\b",
    re.IGNORECASE,
)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)


def _first_force_is(g: Gazetteer, city: int, text: str) -> bool:
    """Whether the first police force the text names is the city's own, as the report's
    source: "Boston police said" before any other force; not "according to Unified police
    ... seized by Salt Lake police" (the county's force works the case; the city's helped),
    nor "Dallas police arrested a man wanted in a shooting in Mesquite" (an arrest in the
    city for a shooting in the town beside it).

    Reads the capitalised words before the text's first "police" (or a force's initials,
    `_police_by_initials`), the city's name and the words around the force ("said" after it,
    "according to" before). The force a report names first and quotes is the one working the
    case; a force named later may be one that helped elsewhere.
    """
    m = _FIRST_FORCE.search(text)
    if m is None:
        return False
    start = m.start(1) if m.group(1) else m.start(2)
    if not (
        _SAID_AFTER.match(text, m.end())
        or _ACCORDING_BEFORE.search(text, max(0, start - 30), start)
    ):
        return False
    if m.group(2):
        return _initials(g.name[city]) == m.group(2)
    return f" {name_key(g.name[city])} " in f" {name_key(m.group(1))} "


def _policed_in_county(g: Gazetteer, city: int, best: int, police: set[int], text: str) -> bool:
    """Whether the big city's own police work a case at a place GeoNames puts in the city's
    county: "in Dorchester, Boston police said", "in Maryvale, Phoenix police said".

    GeoNames gives some of a big city's neighbourhoods their own populations, a seventh or a
    tenth of the city's (Dorchester, Maryvale, Cordova in Memphis), past `_us_city_around`'s
    guard of a place ten times smaller. The city's police (and no police of the place's own,
    `_own_service_named`), the first force the text names (`_first_force_is`), and its county
    say it is a part all the same: a town of its own in the county has its own force, and a
    suburb of another county is not the city's police's.
    """
    return (
        city in police
        and bool(g.admin2[best])
        and g.admin2[best] == g.admin2[city]
        and _first_force_is(g, city, text)
    )


POLICED_FAR_PART_KM = 50.0
"""How far from a big city's point a hamlet of its own state lies before the city's police,
working a case "in" that name, place it in the city rather than there (past
`_us_city_around`'s reach: no neighbourhood GeoNames keeps lies further)."""
POLICED_FAR_HAMLET = 1_000
"""The most people such a hamlet has (GeoNames gives most none): a town with more has police
of its own, and a big city's officer may be shot off duty there ("in Livingston, Houston
police said")."""
POLICED_OUT_OF_MARKET_KM = 250.0
"""How far from the big city a small town of its state lies to be past any case its police
work (Ventura County's Oak Park for "in Oak Park, Sacramento police said")."""
POLICED_OUT_OF_MARKET_TOWN = 20_000


def _policed_far_part(
    g: Gazetteer,
    best: int,
    best_ms: list[_Mention],
    police: tuple[int, ...],
    text: str,
    host: int,
    *,
    quoted: bool = True,
) -> int:
    """The big US city whose own police work a case the text sets in a namesake of the city's
    state lying far from it (a hamlet, or a town found only under another of its names, past
    the city's reach; or a small town past its market), or -1: the name is an unknown part of
    the city.

    "A man was shot in Dutchtown on Sunday, St. Louis police said": the gazetteer lacks St.
    Louis's Dutchtown and has a hamlet of the name 170 km away; "in Buckhead, Atlanta police
    said" (a Buckhead of 90 km off), "in Oak Park, Sacramento police said" (Ventura County's).
    A city's police work their own city, so the scene is the city's, as GVA writes it
    (`component._policed_far_name` does the same for namesakes in other states). Reads the
    big cities whose police the text names (`police`), the first force the text quotes
    (`_first_force_is`: not "Atlanta police arrested a man wanted in a shooting in ..."
    after another force), the name's mentions (set "in"; no qualifier, dateline or police of
    its own, `_own_service_named`), whether the text names the namesake's county, and the
    outlet's city (`host`: none, or within the city's market). Without `quoted` the force
    need not be the first named (`_home_police_far_part`: none is).
    """
    if best < 0 or g.cc[best] != "US" or g.kind[best] != CITY or g.parent[best] >= 0:
        return -1
    named = [m for m in best_ms if not m.title]
    if not named or not any(m.prep == "in" for m in named):
        return -1
    if any(m.in_pair() or m.dateline or m.residence or m.in_org for m in named):
        return -1
    if _own_service_named(best_ms, text):
        return -1
    county = g.admin2[best]
    if county and county.casefold() in text.casefold():
        return -1  # "in Buckhead, Morgan County deputies said": the namesake itself
    # (found under another of its names: "Antioch" for Marion County's New Hope, not the
    # town the name is known as)
    other_name = all(name_key(g.name[best]) != m.key for m in named)
    for c in police:
        if g.cc[c] != "US" or g.admin1[c] != g.admin1[best] or c == best:
            continue
        km, people = g.km(c, best), g.population[best]
        if not (
            (km > POLICED_FAR_PART_KM and (people <= POLICED_FAR_HAMLET or other_name))
            or (km > POLICED_OUT_OF_MARKET_KM and people <= POLICED_OUT_OF_MARKET_TOWN)
        ):
            continue
        if host >= 0 and g.km(host, c) > 100.0:
            continue
        if not quoted or _first_force_is(g, c, text):
            return c
    return -1


# "police" with no force's name before it, as a report's source: "police said", "according
# to police"; not a county's or the state's ("sheriff's", "deputies", "troopers")
_BARE_POLICE_SAID = re.compile(
    r"(?:\b(?:[a-z]+|[.,]|^)\s+|\A)police\s+(?:said|say|says|told|reported)\b"
    r"|\baccording\s+to\s+police\b"
)
_OTHER_FORCE = re.compile(
    r"\b(?:sheriff|deputies|deputy|troopers?|state\s+police|marshals?)\b", re.I
)


def _home_police_far_part(
    g: Gazetteer, best: int, best_ms: list[_Mention], police: tuple[int, ...], text: str, host: int
) -> int:
    """The outlet's own big US city (`host`) when a text that names no police force but says
    "police said" sets the case "in" a hamlet of the city's state lying far from it, or -1.

    "A man was shot outside a restaurant in Buckhead, police said" on an Atlanta station: the
    gazetteer lacks Atlanta's Buckhead and has a hamlet of the name 90 km off, and a hamlet
    of under `POLICED_FAR_HAMLET` people has no police of its own (deputies work it). A
    city's outlet quoting "police" bare quotes its own city's, as `_policed_far_part` reads
    "Atlanta police said". Reads the forces the text names (`police`: none), the bare
    "police said" (`_BARE_POLICE_SAID`), any county or state force (`_OTHER_FORCE`: then the
    hamlet stays) and the outlet's city (a big city, `_us_big_cities`).
    """
    if police or host < 0 or host not in _us_big_cities(g) or host == best:
        return -1
    if not _BARE_POLICE_SAID.search(text) or _OTHER_FORCE.search(text):
        return -1
    return host if _policed_far_part(g, best, best_ms, (host,), text, -1, quoted=False) >= 0 else -1


def _own_service_named(best_ms: list[_Mention], text: str) -> bool:
    """Whether the text names the place's own police or fire service: "Evanston police said",
    "the Glendale Police Department" (`_OWN_SERVICE`; not a big city's police district named
    after a part, "the Englewood police district"). A neighbourhood has none."""
    return any(not m.title and _OWN_SERVICE.match(text, m.end) for m in best_ms)


# after a town's name, an office only a municipality has: "Norwood Mayor Victor Schneider",
# "Shively's mayor", "the Raytown Board of Aldermen", "Cudahy city officials"
_GOVERNMENT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:vice\s+)?mayor|city\s+(?:council|manager|administrator|hall|officials"
    r"|leaders|government)|(?:village|town)\s+(?:board|president|council|manager|hall|officials)"
    r"|board\s+of\s+aldermen|aldermen|police\s+chief)\b",
    re.IGNORECASE,
)
# before a town's name: "the mayor of Norwood", "the Norwood mayor's office"
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:mayor|city\s+council|city\s+manager|police\s+chief)\s+of\s+\Z", re.IGNORECASE
)
_WORD_CHAR = re.compile(r"\w")


def _own_government_named(g: Gazetteer, best: int, text: str) -> bool:
    """Whether the text names an office of the place's own government: "Norwood Mayor Victor
    Schneider said", "Shively's mayor", "the mayor of Raytown", "Cudahy city officials".

    Reads the text around each use of the place's gazetteer name (case as written: a town's
    name is capitalised), a whole word. A neighbourhood has no mayor, council or police chief
    of its own (Dorchester's councillor sits on Boston's council, written "City Councilor"); a
    suburb the USPS files under the big city's name (Norwood, Cincinnati's) that has one is a
    town of its own, not the city's part (`_us_city_around`, `_town_of_its_own`). (The name is
    found with `str.find` and the offices matched beside it by two compiled patterns: a
    pattern made for each place's name is compiled anew for most pages.)
    """
    if best < 0 or g.cc[best] != "US":
        return False
    name = g.name[best]
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or not _WORD_CHAR.match(text, end):
            whole = at == 0 or not _WORD_CHAR.match(text, at - 1)
            if whole and _GOVERNMENT_AFTER.match(text, end):
                return True
            if _GOVERNMENT_BEFORE.search(text, max(0, at - 40), at):
                return True
        at = text.find(name, at + 1)
    return False


# after a place's name, the city it is a part of: "the Dorchester section of Boston"
# (or in an apposition: "Dorchester, a neighborhood of Boston", "Van Nuys, a community in")
_US_PART_OF = re.compile(
    r"(?:\s+|,\s+an?\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:neighbou?rhood|section|part|area|district|community)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:city\s+of\s+)?",
    re.IGNORECASE,
)


def _said_in_city(g: Gazetteer, city: int, best_ms: list[_Mention], text: str) -> bool:
    """Whether the text writes a place's name with `city` as the town it lies in: as its
    qualifier ("in Dorchester, Boston") or after "section / neighborhood / part of" ("the
    Dorchester section of Boston", "Dorchester, a neighborhood of Boston")."""
    name = name_key(g.name[city])
    for m in best_ms:
        if m.title:
            continue
        if city in m.qualifier_rows():
            return True
        after = _US_PART_OF.match(text, m.end)
        if after is None:
            continue
        end = after.end() + len(g.name[city])
        if name_key(text[after.end() : end]) == name and not text[end : end + 1].isalpha():
            return True
    return False


@lru_cache(maxsize=1)
def _us_big_cities(g: Gazetteer) -> tuple[int, ...]:
    """US cities of 200,000 or more (the cities `gazetteer._parents` gives parts to), not a
    part carrying its namesake city's population ("South Boston", whose parent is Boston)."""
    return tuple(
        i
        for i in range(len(g))
        if g.kind[i] == CITY
        and g.cc[i] == "US"
        and g.population[i] >= 200_000
        and not _namesake_part(g, i)
    )


# New York City's boroughs are counties of their own: the county GeoNames gives a place in
# the city, and the borough (a GeoNames town) that is the county.
_NYC_BOROUGHS = {
    "Kings County": "Brooklyn",
    "Queens County": "Queens",
    "Bronx": "The Bronx",
    "Richmond County": "Staten Island",
    "New York County": "Manhattan",
}


def _in_nyc(g: Gazetteer, i: int) -> bool:
    """Whether a place's row puts it in New York City: in New York State and one of the five
    counties that are its boroughs (`_NYC_BOROUGHS`).

    The county's name alone does not say so: Richmond County is also Augusta's (Georgia) and
    Rockingham's (North Carolina), Kings County Hanford's (California); their towns are towns
    like any other, only New York City's boroughs are its parts.
    """
    return g.cc[i] == "US" and g.admin1[i] == "New York" and (g.admin2[i] or "") in _NYC_BOROUGHS


def _whole_nyc(g: Gazetteer, i: int) -> bool:
    """Whether a row is New York City itself, the whole city (a US town of New York State of a
    million people or more with no county: GeoNames gives the city none, it spans five)."""
    return (
        i >= 0
        and g.cc[i] == "US"
        and g.admin1[i] == "New York"
        and g.kind[i] == CITY
        and not g.admin2[i]
        and g.population[i] >= 1_000_000
    )


def _nyc_borough(g: Gazetteer, best: int) -> int:
    """The borough of New York City a place in it lies in, when that is not the place itself,
    or -1.

    New York City is the one US city made of counties, its five boroughs, and its police
    (the NYPD's precincts and patrol boroughs), courts and the records built on them (the Gun
    Violence Archive's city "Brooklyn", "Bronx", "Queens") name the borough as the town: a
    shooting in Coney Island or Bushwick is one in Brooklyn. `gazetteer._parents` reaches
    only a borough's core (Coney Island lies past it), so the county decides: any town of the
    five counties is a part of its borough. Other US counties hold separate towns (Evanston
    is in Cook County, not Chicago) and are not touched.
    """
    if best < 0 or g.cc[best] != "US" or g.admin1[best] != "New York" or g.kind[best] != CITY:
        return -1
    county = _nyc_county(g, best)
    borough = _NYC_BOROUGHS.get(county)
    if borough is None:
        return -1
    for r in g.lookup(borough):
        if g.kind[r] == CITY and g.cc[r] == "US" and g.admin2[r] == county:
            return -1 if r == best else r
    return -1


def _borough_of_whole_city(
    g: Gazetteer, best: int, mentions: list[_Mention]
) -> tuple[int, list[_Mention]] | None:
    """The borough (or a part of one) of New York City that a story the event place step set
    in the whole city names as its scene, and its mentions, or None.

    Reads the chosen row and the scored mentions. New York City is five counties, its boroughs,
    and a story names the whole city for its force or its dateline ("a New York City police
    spokesman said", "NEW YORK (AP) -"), then where the harm was: "officers in Queens found
    the woman", "shot on a dead-end block in Brooklyn". As a county gives way to a town in it
    ("Marion County deputies ... in Belleview"), the whole city gives way to its borough, the
    town the NYPD
    and the records built on its reports name (`_nyc_borough` writes a part's borough). Not a
    borough named only as a home, a hospital's or a destination's, inside an organisation's
    name ("Brooklyn Supreme Court") or before "man" ("a Bronx man"), nor one named only after
    the harm (an arrest's, a court's, a vigil's: `_Mention.after_harm`), nor one scoring
    nothing as the event's place; among several, the best scored.
    """
    if not _whole_nyc(g, best):
        return None
    parts: dict[int, list[_Mention]] = {}
    for m in mentions:
        if (
            m.best < 0
            or m.best == best
            or g.kind[m.best] != CITY
            or _nyc_county(g, m.best) not in _NYC_BOROUGHS
            or m.residence
            or m.dest
            or m.hospital
            or m.in_org
            or m.after_harm
            or m.kind_word == "(people)"
            or m.event <= 0
        ):
            continue
        parts.setdefault(m.best, []).append(m)
    if not parts:
        return None
    row = max(parts, key=lambda r: max(m.event for m in parts[r]))
    return row, parts[row]


# the USPS list's names of New York City's counties, as GeoNames writes them
_USPS_NYC_COUNTIES = {
    "Kings County": "Kings County",
    "Queens County": "Queens County",
    "Bronx County": "Bronx",
    "Richmond County": "Richmond County",
    "New York County": "New York County",
}


def _nyc_county(g: Gazetteer, i: int) -> str:
    """The county of a New York State town row: one of New York City's five when the USPS
    ZIP code nearest its point is filed under it and no code of the row's own county lies
    nearly as near (`us_places.ny_county_clearly_at`), else the row's.

    GeoNames puts Arverne, Far Rockaway and Bayside in Nassau County, Riverdale in
    Westchester, Stapleton (Staten Island) in Kings County: their borough (`_nyc_borough`)
    is then wrong or missing, and GVA writes "Queens", "Bronx", "Staten Island". A town of
    Nassau or Westchester whose nearest code is its own county's keeps its row's county, and
    the row of New York City itself (no county) stays the whole city.
    """
    county = g.admin2[i]
    if not county:
        return ""
    own = {v: k for k, v in _USPS_NYC_COUNTIES.items()}.get(county, county)
    usps = _USPS_NYC_COUNTIES.get(ny_county_clearly_at(g.lat[i], g.lon[i], own) or "")
    return usps or county


def _written_town(g: Gazetteer, i: int) -> str:
    """A town's name as a part of it is written under: GeoNames' own, but the borough "The
    Bronx" without its article.

    Reads the town's row. A report sets a place "in the Bronx", and the NYPD and the records
    built on its reports (GVA's "Bronx") name the borough without the article, as the report's
    own mention of it is written; a part of the borough ("the Mott Haven section of the
    Bronx") is written so too.
    """
    name = g.name[i]
    if _in_nyc(g, i) and name.startswith("The "):
        return name.removeprefix("The ")
    return name


_IN_TOWN = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|of)\s+(?:the\s+)?")


# a region's kind word after its name: "the Bay Area", "Napa Valley", "the Delta Region"; a
# forest's ("the Ocala National Forest near Umatilla"): woods no one's town, where the town
# it lies near is GVA's city
_REGION_WORDS = _words("area valley region forest")


# the kind words of a named area the gazetteer lacks that a big city's police may place a
# case in: "the Westwood area", "Ybor City" (a city's district named as a city)
_POLICED_AREA_WORDS = _words("area city")
# after an area's name: a place it is said to lie near or outside
_AREA_NEAR = re.compile(
    r"(?:\s+(?:area|city))?\s+(?:near|outside|just|north|south|east|west)\b", re.IGNORECASE
)


def _policed_area(g: Gazetteer, best: int, local: _Mention, text: str) -> bool:
    """Whether a named area the gazetteer lacks ("in the Westwood area", "in Ybor City") is a
    part of the big US city (`best`, 100,000 people or more) whose own police the text quotes
    first (`_first_force_is`): "Two people were shot in Ybor City, Tampa police said".

    A big city's police work their own city, and the area the text sets the case in, with no
    row of its own in the gazetteer, is one of its districts, which GVA writes as the city.
    Not an area said to be near a place ("the Willow Creek area near X", `_AREA_NEAR`), a
    dateline, nor
    one whose city police only helped (another force quoted first).
    """
    if local.kind_word not in _POLICED_AREA_WORDS or local.prep == "near" or local.dateline:
        return False
    near = _AREA_NEAR.match(text, local.end)
    if near is not None:
        # "the Willow Creek area near Mesa": a locality of its own (not "near Bissonnet
        # Street", a street of the city)
        after = re.findall(r"[^\W\d_]+", text[near.end() : near.end() + 40].lower())[:4]
        if not any(w in _STREET_WORDS for w in after):
            return False
    if local.title or local.residence or local.in_org or local.dest or local.hospital:
        return False
    return g.population[best] >= 100_000 and _first_force_is(g, best, text)


def _us_town(
    g: Gazetteer, best: int, local: _Mention | None, best_ms: list[_Mention], text: str
) -> int:
    """The US town to write as the location in place of a part of it, or -1.

    US police, courts and the records built on them (the Gun Violence Archive's, ACLED's own US
    coding) place an incident in its city: a neighbourhood ("the Austin neighborhood" of
    Chicago, Coney Island in Brooklyn) or a housing complex or club the gazetteer lacks is a
    detail within it. So in the US the location is the town, with precision 2 (a part of it),
    and the part keeps its own location claim `within` the town; the coordinates stay the
    part's where the gazetteer has them (the town's for a site it lacks), so two shootings in
    two neighbourhoods of one city are still told apart by where they happened.
    A neighbourhood is a GeoNames row with a `parent` (see `gazetteer._parents`); a town of
    its own next to a big city ("Evanston") has none and stays itself. Elsewhere the
    neighbourhood stays the location ("Cota 905", Caracas), as ACLED codes it there.
    """
    if local is not None and _city_state(g, best):
        # "outside the Riverside Terrace apartments, D.C. officers reported": the District is one
        # city, Washington, and a named part of it is a part of that city
        return g.seat[best]
    if best < 0 or g.cc[best] != "US" or g.kind[best] != CITY:
        return -1
    if local is not None:
        # a neighbourhood or subdivision, a place said to be in the town, or an unnamed kind
        # of place in a big city (a housing complex, a club); not a village, base or hamlet
        # the gazetteer lacks beside a small town ("near Ochopee", "at Fort Riley"): a place
        # of its own, and GVA's city too
        part = local.kind_word in _NEIGHBOURHOOD_WORDS or _town_part_kind(local.kind_word)
        # a bare name the gazetteer lacks, not said to be near the town: in a big city a
        # complex or a club; beside a smaller town more often a street ("Russellwood and
        # Valley streets"), a business ("the McDonald's"), a person or a page's words
        # ("Related Coverage") than a place of its own, and never GVA's city; but a dateline
        # the gazetteer lacks beside a small town ("VERNON, Conn." over its Rockville) is
        # where the story is filed, a town
        big = (
            not local.kind_word
            and not local.near
            and (g.population[best] >= 100_000 or not local.dateline)
        )
        inside = any(q.best == best for q in local.quals) or any(
            _IN_TOWN.fullmatch(text[local.end : m.start]) for m in best_ms if m.start > local.end
        )  # "Club 21 in Belle Glade"
        # a region around the town, its kind word part of its name ("the Bay Area", "Napa
        # Valley"; not "the Willow Creek area near X", a locality of its own, nor a dateline's
        # "FRENCH VALLEY, Calif.", a town the story is filed from), or a road through it
        # ("near State Road 441"): wider than the town, or a line through it; the text's town
        # is where GVA and the police place the incident, the region or road a detail
        # ("the Big Bend Region", "the Coachella valley": a region's, a valley's or a
        # forest's word read apart from the name is as wide; only "area" names a locality
        # so, "the Willow Creek area")
        words = local.key.split()
        region = local.kind_word in _REGION_WORDS and (
            words[-1] == local.kind_word or local.kind_word != "area"
        )
        wider = not local.dateline and (region or any(w in _STREET_WORDS for w in words))
        policed = _policed_area(g, best, local, text)
        water = _water_or_park(local)
        return best if part or big or inside or wider or policed or water else -1
    city = _city_of_named_part(g, best, best_ms)
    if city >= 0:
        return city
    if _town_of_its_own(g, best, best_ms, text):
        return -1
    if g.parent[best] >= 0:
        return g.parent[best]
    city = _district_city(g, best)
    return city if city >= 0 else _campus_town(g, best)


# a GeoNames town row that is a university's campus: "Auburn University", "University of Texas"
_CAMPUS_ROW = re.compile(r"^(.+?)\s+(?:State\s+)?(?:University|College)$|^University\s+of\s", re.I)
CAMPUS_OWN_TOWN_KM = 15.0
"""How near its campus the town a university is named after lies ("Auburn University")."""
CAMPUS_NEAR_TOWN_KM = 8.0
"""How near a university's campus a town of 10,000 or more lies to be the campus's town."""


def _campus_town(g: Gazetteer, best: int) -> int:
    """The town a US university's campus row lies in ("Auburn University": Auburn), or -1.

    Reads the row's name and the gazetteer's towns near it. GeoNames keeps some campuses as
    towns of their own (census places with no people or a dormitory's: Auburn University,
    Tufts University, the University of Texas); a shooting "on the campus of Auburn
    University" is one in Auburn for the police and GVA. The town the university is named
    after, within `CAMPUS_OWN_TOWN_KM`, is the campus's town; else, for a university, the
    nearest town of 10,000 or more within `CAMPUS_NEAR_TOWN_KM`. A town named "College"
    ("Rutherford College") with no such town named before it stays itself.
    """
    if g.kind[best] != CITY or g.cc[best] != "US":
        return -1
    found = _CAMPUS_ROW.match(g.name[best])
    if found is None:
        return -1
    if found.group(1):
        for r in g.lookup(found.group(1)):
            if r != best and g.kind[r] == CITY and g.km(r, best) <= CAMPUS_OWN_TOWN_KM:
                return r
    if "university" not in g.name[best].casefold():
        return -1
    near = [
        (g.km(r, best), r)
        for r in _us_towns_of_10k(g)
        if r != best
        and g.admin1[r] == g.admin1[best]
        and g.km(r, best) <= CAMPUS_NEAR_TOWN_KM
        and _CAMPUS_ROW.match(g.name[r]) is None
    ]
    if not near:
        return -1
    town = min(near)[1]
    return g.parent[town] if g.parent[town] >= 0 else town  # Frankford: Baltimore's part


@lru_cache(maxsize=1)
def _us_towns_of_10k(g: Gazetteer) -> tuple[int, ...]:
    """The US town rows of 10,000 people or more, listed once."""
    return tuple(
        i
        for i in range(len(g))
        if g.kind[i] == CITY and g.cc[i] == "US" and g.population[i] >= 10_000
    )


# a lake, reservoir or park by its name: "Lake Kegonsa", "Tims Ford Lake", "Grant Park",
# "Cherry Creek State Park", "Lake Harding Reservoir"
_WATER_OR_PARK = re.compile(
    r"^(?:lake|lakes)\s+\S.*|.*\S\s+(?:lake|lakes|reservoir|pond|park|state\s+park)$", re.IGNORECASE
)


def _water_or_park(local: _Mention) -> bool:
    """Whether a name the gazetteer lacks is a lake, reservoir, pond or park, by its words.

    Reads the name's own text ("Lake Kegonsa", "X Reservoir", "X State Park"). A water body
    or a park is no town: GVA and the police write the town it lies in or by (the event's
    town the text names), never the lake's or the park's name, so in the US the name is a
    detail of that town, as a neighbourhood is.
    """
    return _WATER_OR_PARK.match(local.text) is not None


def _town_part_kind(kind_word: str) -> bool:
    """Whether a kind word after a name the gazetteer lacks makes it a part of the US town it
    lies in: a subdivision, or a ward ("the Lower Ninth Ward" of New Orleans, "the Fifth Ward"
    of Houston: a city's wards are its parts, as its neighbourhoods are, and GVA writes the
    city)."""
    return kind_word in ("subdivision", "ward", "wards")


def _district_city(g: Gazetteer, best: int) -> int:
    """Washington's row for a GeoNames town in the District of Columbia other than the city
    itself ("Brightwood", "Congress Heights", "Deanwood"), or -1.

    Reads the row's state and the District's seat. The District holds one city, Washington:
    every place GeoNames lists in it is a neighbourhood, whether or not `gazetteer._parents`
    reached it (Brightwood lies past the city's core), and GVA writes it as Washington.
    """
    if g.kind[best] != CITY or g.cc[best] != "US" or g.admin1[best] != "Washington, D.C.":
        return -1
    for r in g.lookup("Washington, D.C."):
        if _city_state(g, r):
            city = g.seat[r]
            return city if city != best else -1
    return -1


def _city_of_named_part(g: Gazetteer, best: int, best_ms: list[_Mention]) -> int:
    """The big US city the text calls the event's place a part of, or -1.

    Reads the event place's mentions and the town each is qualified by. "Two men were
    wounded in the Indian Orchard neighborhood of Springfield": GeoNames keeps some
    neighbourhoods as towns of their own, with no big city as their parent, but the text
    says the place is a neighbourhood or section of the city after "of", and GVA and the
    police place the incident in the city. Only a city of 100,000 or more (`_admin_like`'s
    measure of a town with parts): "the Turners Falls section of Montague" is a village
    of a small town, a place of its own.
    """
    for m in best_ms:
        if m.title or m.kind_word not in CITY_PART_WORDS:
            continue
        for q in m.quals:
            r = q.best
            if (
                r >= 0
                and r != best
                and g.kind[r] == CITY
                and g.cc[r] == "US"
                and g.population[r] >= 100_000
            ):
                return r
    return -1


def _section_of_another_town(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], text: str
) -> bool:
    """Whether the text calls the event's place a section, neighbourhood or part of another
    US town that no big city is: "the Whitinsville section of Northbridge", "the Taftville
    section of Norwich".

    Reads the words after each of the place's mentions (`_US_PART_OF`) and the mention that
    follows them. A place the report sets in a named town belongs to that town (a village of
    a New England town, a section of a small city), never to a bigger city nearby that the
    outlet sits in (`_us_city_around`'s neighbourhood reading: the Worcester paper's
    "Whitinsville section" is no part of Worcester). A big city's section ("the Dorchester
    section of Boston") stays `_said_in_city`'s.
    """
    starts = {n.start: n for n in mentions if n.best >= 0 and not n.title}
    big = _us_big_cities(g)
    for m in best_ms:
        if m.title:
            continue
        after = _US_PART_OF.match(text, m.end)
        town = starts.get(after.end()) if after else None
        if town is None:
            continue
        r = town.best
        if r != best and g.kind[r] == CITY and g.cc[r] == "US" and r not in big:
            return True
    return False


def _city_state(g: Gazetteer, best: int) -> bool:
    """Whether `best` is the District of Columbia, the one US state-level unit that is a
    single city (its seat, Washington): a place the text puts in the District is in that
    city, as for a part of any other US town."""
    return (
        best >= 0
        and g.kind[best] == ADMIN1
        and g.cc[best] == "US"
        and g.admin1[best] == "Washington, D.C."
        and g.seat[best] >= 0
    )


@lru_cache(maxsize=256)
def _suburbs_of(city: str) -> re.Pattern[str]:
    """ "the Boston suburbs", "Boston's northern suburbs", "a suburb of Boston"."""
    name = re.escape(city)
    return re.compile(rf"\b{name}(?:'s|’s)?(?:\s+[a-z]+)?\s+suburbs?\b|\bsuburbs?\s+of\s+{name}\b")


# a town's own police or fire service: "Chelsea police said", "the Chelsea Police Department",
# "Chelsea Fire confirmed" (not a big city's police district or station named after a part)
_OWN_SERVICE = re.compile(
    r"(?:'s|’s)?\s+(?:police|fire)\b(?!\s+(?:district|station|precinct|division|zone)s?\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _postal_towns() -> dict[str, tuple[tuple[float, float], ...]]:
    """The USPS list's towns (`us_places.postal_places`) by name key: their coordinates
    (built once per analyser: `gazetteer.cached_table`)."""
    return cached_table("postal-towns", _build_postal_towns)


def _build_postal_towns() -> dict[str, tuple[tuple[float, float], ...]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for p in postal_places():
        out.setdefault(name_key(p.name), []).append((p.lat, p.lon))
    return {k: tuple(v) for k, v in out.items()}


def _postal_town(g: Gazetteer, best: int) -> bool:
    """Whether a US place is a town of the USPS list of its own name (within 5 km of it),
    outside New York City.

    The Postal Service addresses a city's neighbourhoods under the city's name (a Chicago
    neighbourhood's mail goes to "Chicago"), and a municipality of its own under its own
    (Chelsea beside Boston, Cicero beside Chicago, National City beside San Diego): the
    list tells a town GeoNames puts inside a big city's radius from a neighbourhood. Not in New
    York City, whose boroughs' neighbourhoods keep their own postal names ("Astoria",
    "Jamaica") though the city's police place them in the borough (`_nyc_borough`). Nor a
    place known only from the USPS list (`Gazetteer.postal`): the list is then its only
    source, and it names some big cities' neighbourhoods as their own ("Roxbury", Boston's), so
    it cannot vouch for itself; a town GeoNames lists has a census population of its own."""
    if _in_nyc(g, best):
        return False
    if g.postal(best):
        return False
    if _named_for_city(g, best):
        return False  # "East Boston": the Postal Service names Boston's parts too
    return any(
        g.km_to(best, la, lo) <= 5.0 for la, lo in _postal_towns().get(name_key(g.name[best]), ())
    )


# Towns of their own named for the big city beside them with a compass word (general
# knowledge: incorporated cities and census-designated places of the US, by name and state).
# GeoNames' coordinates put a few inside their namesake's radius (`gazetteer._parents`: South
# Tucson, an enclave; East Los Angeles, unincorporated), and nothing in the gazetteer tells
# them from a city's districts named so ("East Boston", "South Baltimore"); the rest are listed
# so that a shift of coordinates does not make them parts either.
_OWN_COMPASS_TOWNS = frozenset(
    (name_key(town), state)
    for state, towns in {
        "Arizona": "South Tucson",
        "Arkansas": "North Little Rock|West Memphis",
        "California": "East Los Angeles|South San Francisco|West Sacramento|South Pasadena|"
        "South El Monte|East Palo Alto|West Covina",
        "Connecticut": "West Hartford|East Hartford|West Haven|East Haven|North Haven",
        "Florida": "North Miami|North Miami Beach|West Palm Beach",
        "Georgia": "East Point",
        "Illinois": "East St. Louis|East Saint Louis|North Chicago",
        "Indiana": "East Chicago|West Lafayette",
        "Iowa": "West Des Moines",
        "Maine": "South Portland",
        "Massachusetts": "West Springfield",
        "Michigan": "East Lansing",
        "Missouri": "North Kansas City",
        "Nevada": "North Las Vegas",
        "New Jersey": "East Orange|West Orange|South Orange",
        "Ohio": "East Cleveland",
        "Rhode Island": "East Providence|North Providence",
        "South Carolina": "North Charleston|North Augusta",
        "Utah": "West Valley City",
        "Vermont": "South Burlington",
    }.items()
    for town in towns.split("|")
)


def _named_for_city(g: Gazetteer, best: int) -> bool:
    """Whether a place is named for the city it lies in with a compass word: "East Boston",
    "South Baltimore" (inside the city's radius, `gazetteer._parents`).

    Such a name says which city the place is a part of. (A city of its own named so lies
    outside its namesake's core: East Cleveland, North Las Vegas have no parent; an enclave,
    South Tucson, has no ZIP of its own name and is written with its state.)
    """
    parent = g.parent[best]
    if parent < 0 or _own_compass_town(g, best):
        return False
    words = name_key(g.name[best]).split()
    city = name_key(g.name[parent])
    return len(words) >= 2 and (
        (words[0] in DIRECTIONS and " ".join(words[1:]) == city)
        or (words[-1] in DIRECTIONS and " ".join(words[:-1]) == city)
    )


def _own_compass_town(g: Gazetteer, best: int) -> bool:
    """Whether a place is a US town of its own named for its neighbour city with a compass
    word (`_OWN_COMPASS_TOWNS`): "South Tucson", "East Los Angeles"."""
    return g.cc[best] == "US" and (name_key(g.name[best]), g.admin1[best]) in _OWN_COMPASS_TOWNS


def _namesake_part(g: Gazetteer, best: int) -> bool:
    """Whether GeoNames gives a part named for its city near the city's own population ("West
    Raleigh", "South Boston"; `gazetteer._namesake_parts`): a district of the city, no town,
    whatever the text writes after it."""
    parent = g.parent[best]
    return (
        parent >= 0 and 2 * g.population[best] >= g.population[parent] and _named_for_city(g, best)
    )


def _town_of_its_own(g: Gazetteer, best: int, best_ms: list[_Mention], text: str) -> bool:
    """Whether the text treats a place the gazetteer puts inside a big city as a town.

    `gazetteer._parents` reads a place within a big city's radius as a part of it (GeoNames
    lists neighbourhoods as towns), but some are cities of their own next to a big one
    (Chelsea beside Boston) and US records place an incident there. A neighbourhood has no
    police or fire service of its own and is not written with its state; a town is:
    "Chelsea police said", "Chelsea Fire confirmed", "in Chelsea, Massachusetts"; and a text
    that sets its story in the big city's suburbs ("a party in the Boston suburbs ... the
    Chelsea shooting", "a suburb of Boston") says that the places around it are towns of
    their own; and so is a place the USPS list addresses under its own name (`_postal_town`).
    Then the place stays the location.
    """
    parent = g.parent[best]
    if _namesake_part(g, best):
        return False  # "in West Raleigh, North Carolina": a district of Raleigh all the same
    if _own_compass_town(g, best):
        return True  # "in South Tucson": a city beside Tucson, not a part of it
    if parent >= 0 and _suburbs_of(g.name[parent]).search(text):
        return True
    if parent >= 0 and _own_government_named(g, best, text):
        return True  # "Norwood Mayor Victor Schneider said"
    if parent >= 0 and _called_town_beside(g, best, best_ms, text):
        return True  # "in the village of Shorewood", "in neighboring Cudahy"
    if (
        parent >= 0
        and _postal_town(g, best)
        # (not when the big city's own police work the case: "in Chelsea, Boston police said",
        # nor when the text puts the place in the city: "the Charlestown section of Boston")
        and not _police_of(g.name[parent]).search(text)
        and not _said_in_city(g, parent, best_ms, text)
    ):
        return True
    for m in best_ms:
        if m.title:
            continue
        if _OWN_SERVICE.match(text, m.end):
            return True
        if any(
            0 <= r < len(g) and g.kind[r] == ADMIN1 and g.admin1[r] == g.admin1[best]
            for r in m.qualifier_rows()
        ):
            return True
    return False
