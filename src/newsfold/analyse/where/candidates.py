"""Where, the candidates: whether a match is a place at all, and how well each place fits.

`_plausible` (step 2) keeps a name that is also an English word or a person's name only when the
context says it is a place; `_candidate_score` scores each gazetteer row by population,
evidence and qualifiers; `_votes` lets each distinct name vote; `_strength` drops a choice
that is not credible (step 3).
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import NOUN, PROPN

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    name_key,
    skeleton,
)
from newsfold.analyse.numbers import SCALES, TENS, UNITS
from newsfold.analyse.outlets import state_side
from newsfold.analyse.where.evidence import _Evidence
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.qualifiers import part_of_town
from newsfold.analyse.where.scan import _shouted_place
from newsfold.analyse.where.scanner import _after_street_comma, _Scanner
from newsfold.analyse.where.vocabulary import (
    _ACTOR_HEADS,
    _ADMIN1_WORDS,
    _ADMIN2_WORDS,
    _AGENCIES,
    _AT_PREPS,
    _CITY_WORDS,
    _COUNTY_WORDS,
    _JURISDICTION,
    _KIND_WORDS,
    _MONTHS_DAYS,
    _NON_PLACE_LABELS,
    _PART_WORDS,
    _PLACE_LABELS,
    _SITE_WORDS,
    _UNIT_WORDS,
    _VESSEL_PREFIXES,
    FORCE_KINDS,
    OWN_POLICE_MIN_POP,
    _is_region,
    _words,
    common_words,
    is_common,
)


@lru_cache(maxsize=65536)
def _key_of(name: str) -> str:
    return name_key(name)


def _is_primary(g: Gazetteer, i: int, key: str) -> bool:
    return _key_of(g.name[i]) == key


def _short_form(key: str, official: str) -> bool:
    """Whether a report's name is the everyday short form of a town's official name.

    Spanish official names add a patron or an epithet that reports leave out ("Acapulco" for
    "Acapulco de Juárez", "Guaymas" for "Heroica Guaymas", "San Francisco Campeche" for "San
    Francisco de Campeche"): the town is then written by its official name, as GeoNames and
    ACLED write it. Another name altogether ("Kiev", "Fort Hood") or a longer name of another
    kind ("Lexington" of "Lexington-Fayette") stays as the report writes it.
    """
    words = _key_of(official).split()
    short = key.split()
    if len(short) >= len(words):
        return False
    rest = iter(words)
    if not all(w in rest for w in short):  # the report's words, in order, within the name
        return False
    extra = [w for w in words if w not in short]
    return extra[0] == "heroica" or any(w in ("de", "del") for w in extra)


def _city_county_form(g: Gazetteer, i: int, key: str, town: str | None = None) -> bool:
    """Whether a report's name is a consolidated city-county government's: the town's name
    and its county's, hyphened ("Athens-Clarke County", "Augusta-Richmond County",
    "Nashville-Davidson", "Macon-Bibb County").

    Reads the town's row (its name and `admin2`; `town`, when given, is the town's name in
    place of the row's) and the report's name key. GeoNames lists
    the government's name among the town's other names; police and records name the town
    ("Athens-Clarke County police" work Athens, and GVA writes "Athens"), so the town is
    written by its own name, not the government's.
    """
    county = _key_of(g.admin2[i] or "")
    if g.cc[i] != "US" or not county:
        return False
    own = _key_of(town if town is not None else g.name[i])
    bare = county.rsplit(" ", 1)[0] if county.endswith((" county", " parish")) else county
    return key in (f"{own} {county}", f"{own} {bare}")


def _is_side(key: str) -> bool:
    """Whether a name is a side of a town: "the West Side", "the Far South Side".

    US cities name their parts so ("Chicago's South Side"); GeoNames lists such names among
    small places' other names ("South Side" for Eltingville, Staten Island), which would carry
    the event to another state. A part of the town the story is about, never a town.
    """
    words = key.split()
    return (
        len(words) >= 2
        and words[-1] == "side"
        and all(w in _PART_WORDS or w == "far" for w in words[:-1])
    )


def _unit_of_before(m: _Mention, sc: _Scanner) -> bool:
    """Whether the mention follows "the <unit word> of" ("the region of Dahuk", "the district
    of Kidal", "a town of Idlib"): what a province, district or town is called is a place,
    whatever label the language model gave it. Not after a name's own unit word ("Zap region
    of Dahuk": Dahuk is the unit around the place, not the place, and stays a DATE's)."""
    k = m.start_tok
    return (
        k >= 3
        and sc.low(k - 1) == "of"
        and sc.low(k - 2) in (_ADMIN1_WORDS | _ADMIN2_WORDS | _CITY_WORDS) - {"state", "states"}
        and sc.low(k - 3) in ("the", "a", "an")
    )


# numbers.py's number words: one to ninety open a town's name ("Two Rivers"); zero, the
# scales and the words below make a name a number
_SPELLED_NUMBERS = (frozenset(UNITS) - {"zero"}) | frozenset(TENS)
_NUMBER_WORDS = (
    frozenset(UNITS)
    | frozenset(TENS)
    | frozenset(SCALES)
    | _words(
        "hundreds thousands millions dozen dozens half quarter percent once twice first second "
        "third fourth fifth sixth seventh eighth ninth tenth"
    )
)
_NUMBER_LABELS = _words("CARDINAL ORDINAL MONEY PERCENT QUANTITY")


def _named_not_numbered(m: _Mention) -> bool:
    """A name the gazetteer knows as a whole that the model labels a number (CARDINAL,
    QUANTITY ...) though it is none: a town whose name opens with a spelled number ("Two
    Rivers", "Seven Hills", "THREE FORKS"), or a name the model mislabels ("a Fruitvale man").
    Capitalised word by word, with no digit and no other number word; "two rivers" in lower
    case, "Two Hundred" or "First" stay numbers."""
    if m.label not in _NUMBER_LABELS or any(c.isdigit() for c in m.text):
        return False
    words = m.text.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[0] in _SPELLED_NUMBERS:
        low = low[1:]  # "Two Rivers"
    return not any(w in _NUMBER_WORDS for w in low)


_PLACE_PREPS = frozenset({"in", "at", "near"})


def _person_at(sc: _Scanner, m: _Mention, words: list[str]) -> bool:
    """Whether a town's name the model took for a person's ("in Aurora": PERSON) is a place
    after all: said after "in", "at" or "near", the whole entity, and no word of any person's
    name the text gives ("Aurora Lopez ... stood near Aurora": her)."""
    return (
        m.label == "PERSON"
        and m.prep in _PLACE_PREPS
        and m.ent_whole
        and not m.in_person
        and not set(words) & sc.person_words()
    )


def _town_of_street(sc: _Scanner, m: _Mention) -> bool:
    """Whether a name follows a street's kind and a comma: "in the 300 block of Oak Street,
    Matthews, police said", "at 2100 Candler Road, Decatur".

    Reads the two tokens before the name (`scanner._after_street_comma`) and the word after
    it. US police and papers write an address's town after
    its street so; the name is the street's town, whatever person spaCy reads in it
    ("Matthews", "Mint Hill"), as a qualifier after a town ("Matthews, N.C.") supports it.
    """
    if m.title or not _after_street_comma(sc, m.start_tok):
        return False
    # (not "on Oak Street, Smith said": a witness)
    return not (m.end_tok < sc.n and sc.low(m.end_tok) in _SPEECH_WORDS)


_SPEECH_WORDS = _words("said says told added stated recalled explained")


_WATER_WORDS = frozenset(("Lake", "LAKE"))
"""A lake's word written before its name ("Lake Conroe"): a capital "Lake" joined to a
town's name the gazetteer lacks as a whole is the lake's name."""


def _lake_name(m: _Mention, sc: _Scanner) -> bool:
    """Whether the mention is a word of a lake's name the gazetteer lacks as a town: the
    "Conroe" of "a short walk from Lake Conroe" (not the town of Conroe), or the
    "Lake" of it (not Lake County).

    Reads the token before the mention and the one after. A town named after its lake ("Lake
    Charles", "Lake Elsinore") is matched whole, with its "Lake"; a "Lake" left before the
    name is the lake's word, and the lake is no town (its shore may lie in several).
    """
    i, j = m.start_tok, m.end_tok
    if i > 0 and sc.tok[i - 1] in _WATER_WORDS and sc.is_cap(i) and not m.dateline:
        return True
    return j - i == 1 and sc.tok[i] in _WATER_WORDS and j < sc.n and sc.is_cap(j)


def _plausible(g: Gazetteer, m: _Mention, sc: _Scanner) -> bool:
    """Whether a gazetteer match is a place here at all (before choosing which place)."""
    # (a name's postal places come last in its `ids`: see `gazetteer.build`)
    postal = bool(m.ids) and not (m.local or m.site) and g.postal(m.ids[-1])
    if postal and not _postal_plausible(m, sc):
        # USPS towns GeoNames lacks not meant here: the name's other places stay, if any
        m.ids = tuple(i for i in m.ids if not g.postal(i))
        if not m.ids:
            return False
    if m.local or m.site or m.title:
        return True
    if (
        m.label in _NON_PLACE_LABELS
        and not _named_not_numbered(m)
        and (
            (m.qual_of is None and not _unit_of_before(m, sc))
            or any(c.isdigit() for c in m.text)
            or m.key in _MONTHS_DAYS
        )
    ):
        # "Haftanin region of Dahuk", "in the region of Dahuk": the model's DATE, but a
        # qualifier's place, or one a unit word names
        return False
    if _lake_name(m, sc):
        return False
    words = m.key.split()
    single = len(words) == 1
    if single and (
        words[0] in _MONTHS_DAYS
        or words[0] in _AGENCIES
        or words[0] in _JURISDICTION  # "Chicago Police": Police, Poland is not meant
        or words[0] in _ACTOR_HEADS
        or (words[0] in _SITE_WORDS and not _town_named_like_a_site(g, m, sc))
        or (words[0] in _KIND_WORDS and not _town_named_like_a_kind(g, m, sc))
        or (words[0] in _PART_WORDS and not m.kind_word)
    ):
        return False
    if _is_region(g, m.key, m.ids):
        return False  # "Asia" is also a town in the Philippines
    if m.prep in _VESSEL_PREFIXES and sc.tok[m.start_tok - 1].isupper():
        return False  # "the MV Amani Kivu": a boat's name, not Amani (or Amman)
    if m.street or m.business or _is_side(m.key):
        return False
    if m.prep == "," and ("." in m.text or m.text.isupper()) and m.key in g.state_abbrev:
        return False  # "Fla." of "Belle Glade, Fla.", "Man." of "Brandon, Man.": a qualifier
    if (
        m.text.isupper()
        and len(m.text) <= 4
        and not m.dateline
        and not any(g.kind[i] == COUNTRY for i in m.ids)
        and not (m.key in g.state_abbrev and sc.state_abbrev(m.start_tok))
    ):
        return False  # "AP", "UN", "ISIS": acronyms, unless a country's ("US", "UK", "DRC")
    top_pop = max(g.population[i] for i in m.ids[:20])
    country = any(g.kind[i] == COUNTRY for i in m.ids)
    supported = (
        m.in_pair()
        or m.kind_word != ""
        or m.dateline
        or m.jurisdiction
        # "inside an Eastpointe home", "at a Dayton bar", "outside his Glen Flora home": a
        # town's building, like "a Uniontown man" (a family's house takes "the": "the Jackson
        # home")
        or (m.site_named and m.prep in _OWNER_DETS)
        or _town_of_street(sc, m)
        or _county_by_its_kind(g, m)
    )
    spacy_place = m.label in _PLACE_LABELS and m.ent_whole
    if m.in_person and not supported:
        return False
    if single and words[0] in sc.surnames() and not (supported and not m.jurisdiction):
        return False  # "Harrow said..." after "Milo Anson Harrow"
    if m.label == "PERSON" and not (supported or m.prep in _AT_PREPS or top_pop >= 1_000_000):
        return False
    if m.label == "NORP" and not (supported or country):
        return False
    first = m.start_tok
    sent_start = sc.sent_start[first]
    wordlike = single and (words[0] in common_words() or words[0] in STOP_WORDS)
    # "marched in Brest", "a protest in Van": a proper noun after "in" mid-sentence (WordNet
    # lists many towns among its words)
    proper_at = (
        not sent_start
        and sc.pos[first] == PROPN
        and (m.prep in _AT_PREPS or top_pop >= 100_000)
        and (m.label not in ("PERSON", "ORG", "NORP") or _person_at(sc, m, words))
        and (m.end_tok >= sc.n or sc.pos[m.end_tok] not in (PROPN, NOUN))
    )
    # "MAN SHOT IN LUFKIN": a shouted line has no parse to trust, but its shouted preposition
    # sets a town of some size as a place (WordNet lists many towns; "IN PROGRESS" names none)
    shouted = _shouted_place(sc, m) and top_pop >= 20_000
    if wordlike and not country and top_pop < 1_000_000:
        if not (spacy_place or supported or proper_at or shouted):
            return False
        if sent_start and not supported and not m.prep and m.label != "GPE":
            return False
    return not (
        sent_start
        and single
        and sc.pos[first] != PROPN
        and is_common(words[0])
        and not (spacy_place or supported or country)
    )


TOWN_LIKE_SITE_MIN_POP = 20_000
"""The smallest town named like a kind of site ("Temple") that "in" sets as a place."""


def _town_named_like_a_site(g: Gazetteer, m: _Mention, sc: _Scanner) -> bool:
    """Whether a one-word name that is a kind of site ("Temple", "Tower") is a town here:
    set "in" it mid-sentence, capitalised, no name or noun after it, and a town of
    `TOWN_LIKE_SITE_MIN_POP` or more people bears it.

    Reads the word before and after the name and its readings' populations. "A driver was shot
    on Interstate 35 in Temple on Saturday": Temple, Texas (70,000 people) is the scene, and
    a temple is never set "in" without an article; "at Temple" (a university, a hospital),
    "in Temple Beth Israel" and "the temple" stay sites.
    """
    first, end = m.start_tok, m.end_tok
    return (
        m.prep == "in"
        and not sc.sent_start[first]
        and sc.tok[first][:1].isupper()
        and (end >= sc.n or sc.pos[end] not in (PROPN, NOUN))
        and any(g.kind[i] == CITY and g.population[i] >= TOWN_LIKE_SITE_MIN_POP for i in m.ids[:10])
    )


def _town_named_like_a_kind(g: Gazetteer, m: _Mention, sc: _Scanner) -> bool:
    """Whether a one-word name that is a kind of place ("Forest", "Valley", "Hamlet") is a
    town here: written with its state after it, as a dateline ("FOREST, Miss. (AP) -") or
    in the text ("at a home in Hamlet, N.C."), and a town of its name lies in that state.

    Reads the mention's qualifiers, its readings and the words before it. A kind of place
    alone ("in the forest", "the valley") is never a town; a name with a state's abbreviation
    after it is one, as no forest or valley is written so. Not the town after a named site's
    name ("treated at Pine Ridge Hospital in Valley, Ala."): a hospital's or an office's
    town, a detail of the site, which the name, never a place before, would otherwise make
    the scene.
    """
    states = {(g.cc[q], g.admin1[q]) for q in m.qualifier_rows() if 0 <= q < len(g) and g.admin1[q]}
    k = m.start_tok - 1
    if not m.dateline and k >= 1 and sc.low(k) == "in" and sc.is_cap(k - 1):
        return False
    return bool(states) and any(
        g.kind[i] == CITY and (g.cc[i], g.admin1[i]) in states for i in m.ids[:10]
    )


# before "X home", "X residence": whose (a family's house is "the Jackson home")
_OWNER_DETS = frozenset(("a", "an", "his", "her", "their", "our", "my"))


def _county_by_its_kind(g: Gazetteer, m: _Mention) -> bool:
    """Whether the name is a county's or parish's whole name, its kind word and all ("Rapides
    Parish", "Laurel County"), a county of the gazetteer.

    Reads the name's last word and its readings. The model takes an unfamiliar "Rapides
    Parish" before "deputies said" for a person; no person is named "X Parish", and the
    county tells the story's state ("a man was shot in Alexandria, Rapides Parish deputies
    said": Louisiana's Alexandria, not Egypt's).
    """
    words = m.key.split()
    return (
        len(words) >= 2
        and words[-1] in _COUNTY_WORDS
        and any(g.kind[i] == ADMIN2 and _key_of(g.name[i]) == m.key for i in m.ids[:10])
    )


def _postal_plausible(m: _Mention, sc: _Scanner) -> bool:
    """Whether a name USPS towns bear (`Gazetteer.postal`) may be one of them here.

    The USPS list names thousands of hamlets after words, people and things ("Avenue",
    "Village", "Monitor", "Deputy", "Day", "Riley"): such a name is a place only where the text
    says so. Its state or a dateline always does ("Chunky, Miss."); else a name that also
    names a building in the text is the building's ("at Riley" after "Riley Hospital for
    Children"), an English word needs a preposition of place mid-sentence ("MLK Day
    shootings", "Village leaders met" are words), and another name needs a
    preposition of place ("in Glen Flora", which the model may take for a person; not "on",
    which names a street: "reported on Gause near Main"), a kind of
    place, a county's police, a home or resident of the town ("his Glen Flora home"), or the
    model's place label: not a name alone ("Officer Mike Otterville said").
    """
    if m.dateline or m.in_pair():
        return True
    words = m.key.split()
    size = m.end_tok - m.start_tok
    for k in sc.buildings():
        if (
            k >= size
            and sc.lows[k - 1] == words[-1]
            and _key_of(sc.span_text(k - size, k)) == m.key
        ):
            return False
    # "in", "at", "near" a place; not "on", which names a street
    place_prep = m.prep in _AT_PREPS and m.prep != "on"
    if len(words) == 1 and is_common(words[0]):
        # (WordNet lists names too: "Riley", "Jean"; "in Riley" mid-sentence is the town)
        return (
            place_prep
            and m.label in ("", "GPE", "LOC")
            and not m.title
            and not sc.sent_start[m.start_tok]
        )
    return (
        bool(m.kind_word)
        or m.jurisdiction
        # "outside his Glen Flora home", "a Glen Flora man": a house or a resident of the town
        or (m.site_named and m.prep in _OWNER_DETS)
        or place_prep
        or (m.label in _PLACE_LABELS and m.ent_whole)
    )


def _local_word_town(g: Gazetteer, m: _Mention, sc: _Scanner, host: int) -> bool:
    """A name that is also an English word, written as a proper noun mid-sentence, that names
    a town near a local outlet's city ("shots were fired into a Paramount taco stand" in a
    Los Angeles station's story): a place of the outlet's area, though `_plausible` turns it
    down for want of a preposition or a kind of place ("a Paramount taco stand").

    Not at a sentence's start, not in capitals, not a person's or organisation's name, and
    only for a town of 10,000 or more within 80 km of the outlet's city.
    """
    if host < 0 or m.local or m.title or m.in_person or m.street or m.dateline:
        return False
    words = m.key.split()
    if len(words) != 1 or not m.ids or m.text.isupper():
        return False
    w = words[0]
    if w in _MONTHS_DAYS or w in _AGENCIES or w in _JURISDICTION or w in _ACTOR_HEADS:
        return False
    if w in _SITE_WORDS or w in _KIND_WORDS or w in _PART_WORDS:
        return False
    k = m.start_tok
    # (the tagger often calls such a name before a noun an adjective: "a Paramount shop")
    if sc.sent_start[k] or not m.text[:1].isupper() or m.label in ("PERSON", "ORG", "NORP"):
        return False
    if (k > 0 and sc.tok[k - 1][:1].isupper()) or w in sc.surnames():
        return False  # "Doreen Warren": a person's surname, though the tagger missed it
    for i in m.ids[:10]:
        if g.kind[i] != CITY or g.cc[i] != g.cc[host] or g.population[i] < 10_000:
            continue
        if g.km(i, host) <= 80.0:
            return True
    return False


def _candidate_score(g: Gazetteer, i: int, m: _Mention, ev: _Evidence, quals: list[int]) -> float:
    """How well row `i` fits mention `m` given the evidence (higher is better)."""
    kind = g.kind[i]
    cc = g.cc[i]
    s = math.log10(g.population[i] + 10.0)
    if kind == COUNTRY:
        s = 8.0
    elif kind == ADMIN1:
        s = max(s - 0.5, 4.0)
    elif kind == ADMIN2:
        s = max(s - 1.0, 3.0)
    elif m.fuzzy or not (
        _is_primary(g, i, m.key) or (g.population[i] >= 100_000 and _seat_of_namesake(g, i, m))
    ):
        s -= 2.0  # a lesser alias; not a big town its province is named after ("Mogilev")
    w = ev.cc.get(cc, 0.0)
    if w > 0:
        s += 2.5 * min(w, 3.0) ** 0.5
    a1 = g.admin1[i]
    if a1 is not None and kind != COUNTRY:
        wa = ev.admin1.get((cc, a1), 0.0)
        if kind == CITY and cc == "US" and _across_the_line_in_market(g, i, ev):
            wa = max(wa, ev.admin1.get((cc, g.admin1[ev.host_row] or ""), 0.0))
        if kind == CITY and cc == "US" and not part_of_town(g, m):
            for state in _across_the_line_from_named(g, i, ev):
                wa = max(wa, ev.admin1.get((cc, state), 0.0))
        if wa > 0:
            s += 3.0 * min(wa, 3.0) ** 0.5
    host = ev.host_row
    # A local outlet reports its region's news: a town near the outlet's city beats a bigger
    # namesake far away ("Alturas" in a Klamath Falls paper is California's, not Florida's;
    # "Newark" in a New York station's story is New Jersey's). The outlet's own city is near
    # it too: "Kansas City" in the Kansas City (Missouri) paper is its own, not the namesake
    # across the state line 250 km would otherwise favour.
    if host >= 0 and kind == CITY and cc == g.cc[host] and g.km(i, host) <= 250.0:
        s += 2.0
    if _outlet_city_said_bare(i, m, ev, quals):
        s += OWN_CITY_WEIGHT
    if kind == CITY and cc == "US" and _policed_by_city(g, i, ev):
        s += 3.0
    if kind == CITY and cc == "US" and not part_of_town(g, m):
        # a town's part lies in the town it is told of, not merely near it: "the Bayview
        # section of San Francisco" is no Bayview of the next county (`resolve._far_part`)
        s += _near_named_town(g, i, ev)
    if kind == CITY and cc == "US" and _call_sign_side_fits(g, i, m, ev):
        s += CALL_SIGN_WEIGHT
    if _american_form_town(g, i, m, ev):
        s += AMERICAN_FORM_WEIGHT
    if kind in (CITY, ADMIN2) and cc == "US" and a1 is not None and g.admin2[i]:
        # a town in a county the text names, a county with a town the text names in it
        # ("in Lowell ... the Washington County sheriff": the Lowell of that county). US
        # only: elsewhere a town's admin2 is often its own municipality, named like it
        unit = (cc, a1, g.admin2[i] or "")
        others = ev.counties if kind == CITY else ev.towns
        if any(key != m.key and unit in units for key, units in others.items()):
            s += 3.0
    if quals:
        s += 10.0 if _fits(g, i, quals) else -6.0
    kw = m.kind_word
    if m.qual_of is not None and not kw:
        s += 2.5 if kind in (ADMIN1, ADMIN2) else 0.0  # "(Djugu, Ituri)": admin names
        if kind == ADMIN1 and m.qual_of.quals and m.qual_of.quals[-1] is m:
            s += 1.0  # the last of a qualifier chain is the widest: "(La Union)" a province
    elif kw in _ADMIN1_WORDS:
        s += 4.0 if kind == ADMIN1 else (1.0 if kind == ADMIN2 else -2.0)
    elif _township_town(g, i, kw):
        s += TOWNSHIP_TOWN_WEIGHT
    elif kw in _ADMIN2_WORDS:
        s += 4.0 if kind == ADMIN2 else (2.0 if kind == ADMIN1 else -1.0)
    elif kw in _CITY_WORDS:
        s += 2.0 if kind == CITY else -2.0
    elif kind in (ADMIN1, ADMIN2) and any(
        g.kind[c] == CITY
        and g.cc[c] == cc
        and (g.admin1[c] == a1 or g.population[c] >= 100_000)
        and (
            _is_primary(g, c, m.key)
            or g.population[c] >= 1_000_000
            or (g.seat[i] == c and _seat_of_namesake(g, c, m))
        )
        for c in m.ids[:10]
    ):
        # "Idlib", "Kandahar", "Washington": the city unless "province" says otherwise; so
        # too a city of a million under another name ("Kiev": Kyiv, not its oblast), and the
        # unit's own seat under its short name ("Zamora": Zamora de Hidalgo, not the
        # municipality of Zamora; but "Orleans Parish" names its kind: the parish)
        s -= 1.5
    return s


TOWNSHIP_TOWN_WEIGHT = 5.0
"""What "X Township" adds to a US town named X (an admin unit's +4, and one)."""


def _township_town(g: Gazetteer, i: int, kind_word: str) -> bool:
    """Whether row `i` is what "X Township" names: a US town.

    Reads the mention's kind word and the row's kind and country. A township in New Jersey,
    Pennsylvania or Michigan is a town's civil division, and GeoNames keeps it as a
    town ("Clinton Township", "Cherry Hill"): "Hamilton Township" is a Hamilton of the US, not
    New Zealand's district of Hamilton City, "Cheltenham Township" Pennsylvania's, not
    England's town. Elsewhere (Myanmar's or China's townships) the word keeps its unit
    reading, as no US town is among the namesakes there.
    """
    return kind_word == "township" and g.kind[i] == CITY and g.cc[i] == "US"


def _seat_of_namesake(g: Gazetteer, i: int, m: _Mention) -> bool:
    """Whether town `i` is the seat of a province or district the mention also names.

    "Mogilev": GeoNames writes the city "Mahilyow" (Mogilev among its other names) and its
    province "Mogilev"; a name the province and its seat share is the town's own name, not
    a lesser alias ("Stringtown" for Fredericksburg). Not for a name said with a kind of
    place ("Orleans Parish", "Hama countryside"), nor in the US, where a state and its
    biggest city share a name only as "New York" and "New York City".
    """
    if m.kind_word or any(w in _KIND_WORDS for w in m.key.split()):
        return False  # "Hama countryside", "Orleans Parish": the unit
    if g.cc[i] == "US":
        return False  # "New York" is the state; its seat is "New York City"
    return any(g.kind[c] in (ADMIN1, ADMIN2) and g.seat[c] == i and c != i for c in m.ids[:10])


def _fits(g: Gazetteer, i: int, quals: list[int]) -> bool:
    """Whether row `i` lies in one of the qualifying places."""
    cc, a1, a2 = g.cc[i], g.admin1[i], g.admin2[i]
    for q in quals:
        if g.cc[q] != cc:
            continue
        qk = g.kind[q]
        if qk == COUNTRY:
            return True
        if qk == ADMIN1 and g.admin1[q] == a1:
            return True
        if qk == ADMIN2 and g.admin1[q] == a1 and (g.admin2[q] == a2 or g.kind[i] == ADMIN1):
            return True
        if qk == CITY and g.admin1[q] == a1:
            return True  # "Al Hawban (Taizz)": a city names its province here
    return False


def _votes(g: Gazetteer, mentions: list[_Mention]) -> dict[str, tuple[int, float]]:
    """Each distinct name's vote for its chosen place: one vote per name, however repeated."""
    votes: dict[str, tuple[int, float]] = {}
    for m in mentions:
        if m.best < 0:
            continue
        i = m.best
        qualified = (m.quals or m.qual_rows) and _fits(g, i, m.qualifier_rows())
        w = 1.0 if g.kind[i] != CITY or qualified or m.dateline else 0.5
        # a state's police ("Vermont State Police say ..."), though part of an actor's name,
        # work in their state only: a full vote for it, as `_strength` also reads them
        state_police = m.jurisdiction and g.kind[i] == ADMIN1
        if (
            (m.actor and not state_police)
            or m.in_org
            or m.fuzzy
            or (m.partial and not m.title and not state_police)
            # "the Saray square": a square named after a town, not the town (but "the North
            # Dakota Highway Patrol" are the state's police)
            or (m.site_named and not state_police)
        ):
            w = 0.25
        if m.title:
            w *= 0.5
        old = votes.get(m.key)
        if old is None or old[1] < w:
            votes[m.key] = (i, w)
    return votes


def _named_units(
    g: Gazetteer, mentions: list[_Mention]
) -> tuple[dict[str, frozenset[tuple[str, str, str]]], dict[str, frozenset[tuple[str, str, str]]]]:
    """The counties each county name of the text may be, and the counties each town name's
    candidates lie in, as (country, admin1, admin2), by the name's key."""
    counties: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    towns: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for m in mentions:
        # "held at the Garland County Detention Center", "the Boone County Jail": a county's
        # own office or jail lies in the county, which it names as a county named alone does
        county_office = m.in_org and m.key.rsplit(" ", 1)[-1] in _ADMIN2_WORDS
        if not m.ids or m.title or (m.in_org and not county_office):
            continue
        for i in m.ids[:25]:
            a1, a2 = g.admin1[i], g.admin2[i]
            if not a1 or not a2:
                continue
            if g.kind[i] == ADMIN2 and (
                m.kind_word in _ADMIN2_WORDS or m.key.rsplit(" ", 1)[-1] in _ADMIN2_WORDS
            ):
                counties[m.key].add((g.cc[i], a1, a2))
            elif g.kind[i] == CITY and not m.kind_word:
                towns[m.key].add((g.cc[i], a1, a2))
    return (
        {k: frozenset(v) for k, v in counties.items()},
        {k: frozenset(v) for k, v in towns.items()},
    )


def _with_votes(
    g: Gazetteer, base: _Evidence, votes: dict[str, tuple[int, float]], skip: str = ""
) -> _Evidence:
    ev = _Evidence(
        cc=defaultdict(float, base.cc),
        admin1=defaultdict(float, base.admin1),
        demonyms=base.demonyms,
        title_keys=base.title_keys,
        host_row=base.host_row,
        outlet=base.outlet,
        call_side=base.call_side,
        counties=base.counties,
        towns=base.towns,
        filed_home=base.filed_home,
        police_cities=base.police_cities,
        world_desk=base.world_desk,
    )
    towns_at: list[tuple[int, float]] = []
    for key, (i, w) in votes.items():
        if key == skip:
            continue
        if g.kind[i] == CITY and g.cc[i] == "US":
            towns_at.append((i, w))
        ev.cc[g.cc[i]] += w
        if g.kind[i] != COUNTRY and g.admin1[i]:
            ev.admin1[(g.cc[i], g.admin1[i] or "")] += w
    ev.towns_at = tuple(towns_at)
    return ev


NEAR_TOWN_KM = 50.0
"""How near another town of the text a US town lies to be that story's namesake."""


def _near_named_town(g: Gazetteer, i: int, ev: _Evidence) -> float:
    """A bonus for US town `i` when another name of the text was chosen as a town of the
    same state within `NEAR_TOWN_KM` of it.

    A local story's places lie near each other (the dateline, the towns around the scene):
    "SPRINGFIELD, Ill. - ... in Chatham" is the village beside Springfield, not the bigger
    Chicago neighbourhood of the name 300 km away. Same state only: the state vote already
    weighs namesakes across state lines, and the bonus only chooses among a state's rows.
    """
    bonus = 0.0
    for r, w in ev.towns_at:
        if r != i and g.admin1[r] == g.admin1[i] and g.km(i, r) <= NEAR_TOWN_KM:
            bonus = max(bonus, 2.0 if w >= 0.5 else 1.0)
    return bonus


def _strength(g: Gazetteer, i: int, m: _Mention, ev: _Evidence, quals: list[int]) -> bool:
    """Whether the chosen candidate is credible enough to keep (`ev` leaves `m`'s vote out)."""
    kind = g.kind[i]
    cc = g.cc[i]
    cc_w = ev.cc.get(cc, 0.0)
    top_w = max((w for c, w in ev.cc.items() if c != cc), default=0.0)
    if quals and _fits(g, i, quals):
        if kind == CITY and not _fits(g, i, [q for q in quals if q != i]):
            # "Mal (Mal)", "Tenkasi district (Tenkasi, TN)": ACLED's admin unit of the same
            # name, which the gazetteer may lack; the town vouches for itself only when the
            # text points to no other country ("the Mauritanian police": not Mal, Belgium)
            return not (cc_w < 0.5 and top_w >= 0.5)
        return True
    if i in g.townships.get(m.key, ()):
        # a township of the USPS list the text's county or state vouched for
        # (`townships._with_townships`: its only readings)
        return True
    pop = g.population[i]
    if m.site_named and kind == CITY and pop < 100_000 and cc_w < 0.5 and top_w > 0.0:
        return False  # "taken to Medina hospital" in a Somali story: the hospital's name
    if m.fuzzy:  # a spelling match only: the rest of the text must point there
        if kind == ADMIN1:
            # not when the text names another US state ("in the Tensaw community" of an Alabama
            # story is no Tennessee); US states are written in full and in English, so a
            # spelling match for one is a word that merely looks like it (elsewhere a province
            # is spelt many ways, "Idleb" beside "Aleppo" is Idlib)
            other = cc == "US" and any(
                c == cc and a != g.admin1[i] and w >= 0.5 for (c, a), w in ev.admin1.items()
            )
            return ev.cc.get(cc, 0.0) >= 0.5 and not other
        return ev.admin1.get((cc, g.admin1[i] or ""), 0.0) >= 0.5
    # (a city-county government's name, "Augusta-Richmond County", names its town as surely
    # as the town's own name: it carries its county)
    primary = kind != CITY or _is_primary(g, i, m.key) or _city_county_form(g, i, m.key)
    spacy_place = m.label in _PLACE_LABELS and m.ent_whole and not m.partial
    in_country = cc_w >= 0.5
    in_admin1 = ev.admin1.get((cc, g.admin1[i] or ""), 0.0) >= 0.5
    # "the Van Governor's Office": part of an office's name, but the office names its province
    partial = m.partial and not (m.jurisdiction and m.ids and g.kind[m.ids[0]] == ADMIN1)
    # "Metro Nashville police": a big city whose own police the text names (`police_cities`)
    # is no name merely in part, whatever word opens the force's name
    partial = partial and not (m.jurisdiction and i in ev.police_cities)
    weak_form = partial or m.in_org or not primary
    attested = primary and (
        spacy_place or m.prep in _AT_PREPS or bool(m.kind_word) or m.qual_of is not None
    )
    # The text is about another country: a small place here needs to be well attested.
    foreign = cc_w < 0.5 and (top_w >= 2.0 or (top_w >= 1.0 and not attested))
    if (
        kind == CITY
        and m.dateline
        and ev.outlet is not None
        and ev.outlet[0] == cc
        and ev.outlet[1] != g.admin1[i]
        and not in_admin1
    ):
        return False  # "AUSTIN —" in a Chicago paper: its Austin neighbourhood, not Texas
    # A local outlet's area crosses state lines (Evansville and Henderson, Kentucky; Kansas
    # City, Missouri and Olathe, Kansas): a town near its city needs no state of its own named.
    # (and a town in the metro area of the city the story is filed from: "WASHINGTON - ...
    # shot in Alexandria" is Virginia's, across the line from the dateline)
    home = _near_outlet(g, i, ev) or (
        cc == "US" and any(g.cc[f] == cc and g.km(i, f) <= 80.0 and f != i for f in ev.filed_at)
    )
    # (and a town across a state line from a town the text names: "John Doe, 24, of Gary,
    # Ind., was shot in Calumet City" is Illinois's, `_across_the_line_from_named`)
    home = home or (kind == CITY and cc == "US" and bool(_across_the_line_from_named(g, i, ev)))
    bare = kind == CITY and not in_admin1 and not m.dateline and not home
    if bare and _outlet_state_elsewhere(g, i, ev):
        return False  # "a shooting in Austin" in a Chicago paper: its Austin neighbourhood
    if (
        bare
        and (m.site_named or m.in_building)
        and not m.policed  # "Alpine High School" where "the Alpine Police" investigate
        and ev.outlet is not None
        and ev.outlet[0] == cc
        and ev.outlet[1] != g.admin1[i]
    ):
        # "near Fountain Park" in a St. Louis station's story, "Southside High School" in an
        # Asheville one: a local park or school named after a town, not a far town of another
        # state that nothing in the text names
        return False
    # the text names the town's own county ("Henderson police ... a Henderson County school"):
    # the town's state is named, in the county's name, however the other state's towns vote
    county_named = (
        kind == CITY
        and cc == "US"
        and bool(g.admin1[i] and g.admin2[i])
        and any(
            key != m.key and (cc, g.admin1[i] or "", g.admin2[i] or "") in units
            for key, units in ev.counties.items()
        )
    )
    host = ev.host_row
    if (
        bare
        and not county_named
        and not m.policed  # "the Alpine Police Department": a town with its police
        and m.prep in _AT_PREPS  # where it happened, not "Brockton men charged"
        and pop < 100_000
        and host >= 0
        # a big city's outlet (a host read from an address's folder, "/south-shore/", may be a
        # neighbourhood of another state)
        and g.population[host] >= 100_000
        and g.cc[host] == cc
        and g.admin1[host] != g.admin1[i]
        and g.km(i, host) > 250.0
    ):
        # "1 killed at University City apartment shooting" in the Charlotte paper: a local
        # paper names far towns of other states with their state or a dateline; a small one
        # named bare is a namesake at home (a neighbourhood the gazetteer lacks)
        return False
    if (
        bare
        and not county_named
        and not m.policed
        and m.prep in _AT_PREPS
        and ev.filed_home
        and g.cc[host] == cc
        and g.admin1[host] != g.admin1[i]
        and g.km(i, host) > 250.0
        and name_key(g.name[i]) not in _STAND_ALONE
    ):
        # "CHICAGO - Four people were wounded at a party in Austin": a story filed from the
        # local outlet's own city names a far city of another state with its state, unless
        # the city is one that news style names alone; a bare one is a part of the
        # outlet's city (Chicago's Austin), however big the namesake
        return False
    if g.postal(i) and not (
        in_admin1
        or county_named
        or m.dateline
        or home
        or (attested and len(set(m.ids)) == 1 and top_w < 0.5)
    ):
        # a USPS town GeoNames lacks: only with support (its state or county named, a
        # dateline, the outlet's area), or as the only place of the name in a text that
        # points to no other country ("a shooting in Pelzer")
        return False
    if (
        kind == CITY
        and not in_admin1
        and not m.dateline
        and pop < 300_000
        and not home
        and not county_named
    ):
        # another state of the same country is named, this one is not: "Jackson" with
        # "Butts County" (Georgia) is not Jackson, Mississippi
        a1 = g.admin1[i]
        # (not a town the country has only one of, placed by a kind of unit: "HARARE - ... in
        # Mazowe district" is Mashonaland Central's Mazowe)
        alone = cc != "US" and attested and m.kind_word in _ADMIN2_WORDS
        alone = alone and sum(g.cc[c] == cc for c in m.ids[:25]) == 1
        # (not a state named only as a home's or a destination's, `resolve._aside_states`)
        named_elsewhere = (
            w for (c, a), w in ev.admin1.items() if c == cc and a != a1 and (c, a) not in ev.aside
        )
        if max(named_elsewhere, default=0.0) >= 1.0 and not alone:
            return False
    if _upper_lower_cut(g, m) and not in_admin1:
        return False
    if m.title:  # a headline's "Pasadena", "Atlanta": no parse, but a prominent place
        if kind == CITY and pop < 100_000 and cc_w < 0.5 and top_w >= 0.5:
            return False  # "Whitehaven High junior dies" over a story of Memphis police
        if not primary:
            return in_admin1
        # "... in Haw River", "Alturas shooting victims identified"
        big_enough = pop >= (1_000 if m.prep in _AT_PREPS or m.kind_word else 10_000)
        return not foreign and (kind != CITY or big_enough or in_country)
    if kind == COUNTRY:
        return not (weak_form and foreign)
    if kind == ADMIN1:
        if weak_form and not spacy_place:
            return in_country and not foreign
        return not foreign or bool(m.kind_word) or spacy_place
    if (
        (m.kind_word in _ADMIN1_WORDS or m.kind_word in _ADMIN2_WORDS)
        and cc_w < 0.5
        and any(w >= 1.0 and c != cc for (c, _a), w in ev.admin1.items())
    ):
        # "Ahmadabad district ... Paktia": a district of that name in another country than the
        # province the text names is not it; a local district of the province
        return False
    if foreign and (pop < 1_000_000 or weak_form):
        return False
    if weak_form and not in_admin1:
        if (
            not primary
            and pop < 100_000
            and not (
                # "near Svitlodarsk" (GeoNames: Svetlodarsk) in an OSCE report on Ukraine: a
                # transliteration, placed by the preposition, in the country the text is about;
                # or one the model takes for a place, the text pointing nowhere else ("in Ar
                # Rutba": GeoNames' Ar Rutbah)
                (in_country or (spacy_place and skeleton(m.key) == skeleton(_key_of(g.name[i]))))
                and top_w < 0.5
                and not (m.partial or m.in_org)
                and m.label not in ("PERSON", "ORG", "NORP")
                and (m.prep in _AT_PREPS or m.kind_word in _UNIT_WORDS)
                and not any(g.kind[c] == CITY and _is_primary(g, c, m.key) for c in m.ids[:10])
                # a spelling of the same name, not a nickname ("South Side" for Eltingville),
                # or a former name in a country the text names by its people or forces
                # ("near Kominternove" in an OSCE report)
                and (skeleton(m.key) == skeleton(_key_of(g.name[i])) or cc in ev.demonyms)
            )
        ):
            return False  # a small place's other name ("Stringtown" for Fredericksburg)
        if (partial or m.in_org) and not (
            pop >= 1_000_000 or (in_country and (pop >= 20_000 or m.kind_word))
        ):
            return False
    if attested and top_w < 0.5 and cc_w == 0.0 and len(set(m.ids)) == 1 and not weak_form:
        # "in Makhvilauri, Khelvachauri municipality": the only place of the name anywhere,
        # said to be a place, in a text that points to no country (a spelling match aside;
        # a text naming the country however weakly, "Lagos Island" beside "the Lagos
        # Record", leaves a part of a town to the town)
        return True
    if pop >= 50_000 or in_admin1:
        return True
    if in_country and (
        spacy_place or m.prep in _AT_PREPS or m.kind_word or m.dateline or m.jurisdiction
    ):
        return True
    if spacy_place and pop >= 5_000:
        return True
    if _own_police_town(g, i, m, top_w, weak_form):
        return True
    if (
        m.dateline
        and not weak_form
        and kind == CITY
        and cc == "US"
        and pop >= AMERICAN_FORM_MIN_POP
        and top_w < 0.5
    ):
        # "EAST LANSING (AP) --": a dateline names the town the story is filed from; a local
        # paper or the AP writes a town of its own area without the state
        return True
    # (the model's PRODUCT for an unfamiliar one-word town is a guess, as its PERSON is:
    # "held a protest in Ravar")
    if m.prep in _AT_PREPS and m.label in ("", "GPE", "LOC", "PERSON", "PRODUCT"):
        return top_w < 0.5 or in_country
    # a district named as another place's qualifier, "Morideni (Logobou, Tapoa)", in a text
    # that points to no other country: the qualifier's place says it is an admin unit
    qualifier = m.qual_of is not None and top_w < 0.5
    # and a county its police or sheriff work in ("Brewster County Sheriff Ronny Dodson",
    # where the model read the whole title as the sheriff's name)
    return kind == ADMIN2 and (spacy_place or m.kind_word != "" or qualifier or m.jurisdiction)


# The cities the AP's style names alone in a dateline and in a story (no state after them):
# every other US town a story names outside its own area is written with its state.
_STAND_ALONE = frozenset(
    name_key(n)
    for n in _words(
        "Atlanta|Baltimore|Boston|Chicago|Cincinnati|Cleveland|Dallas|Denver|Detroit|Honolulu|"
        "Houston|Indianapolis|Las Vegas|Los Angeles|Miami|Milwaukee|Minneapolis|New Orleans|"
        "New York|New York City|Oklahoma City|Philadelphia|Phoenix|Pittsburgh|St. Louis|"
        "Salt Lake City|San Antonio|San Diego|San Francisco|Seattle|Washington",
        "|",
    )
)


def _abroad_in_us_city_story(g: Gazetteer, m: _Mention, ev: _Evidence) -> bool:
    """Whether name `m`, all of whose readings lie abroad, is a US city's part of the same
    name: said in a US city's story that points abroad nowhere.

    Reads the mention's readings and form, and the text's evidence before any name is chosen:
    the outlet is a US city's (`host_row`); no weight for another country, no nationality,
    and no reading a world city (`_WORLD_CITY_POP`). "A man was shot in Bordeaux, Metro
    police said" in a Nashville paper is Nashville's Bordeaux, not France's; "Whitehaven" in
    a Memphis station's story is Memphis's, not England's. (A text naming a big city's own
    police, "in Pilsen, Chicago police said", is `component._policed_far_name`'s.) The
    caller makes the name a local one (so the abroad reading casts no vote either). Not a
    dateline ("BORDEAUX, France (AP)" names its country; a wire story's dateline alone may be
    filed from abroad), nor a story the address files under a world desk ("/news/world/":
    `evidence.world_section`), nor a name with a US reading (choosing among US namesakes is
    the score's), nor a town's qualified name.
    """
    if not m.ids or m.dateline or m.fuzzy or m.in_pair():
        return False
    host = ev.host_row
    if host < 0 or g.cc[host] != "US" or ev.world_desk:
        return False
    rows = m.ids[:25]
    if any(
        g.cc[c] == "US" or g.kind[c] != CITY or g.population[c] >= _WORLD_CITY_POP for c in rows
    ):
        return False
    return not (
        any(w > 0 for c, w in ev.cc.items() if c != "US")
        or any(w > 0 for c, w in ev.demonyms.items() if c != "US")
    )


_UPPER_LOWER_PART_POP = 100_000
"""The people a town's biggest reading needs for "Upper X"/"Lower X" to be read as its part."""


def _upper_lower_cut(g: Gazetteer, m: _Mention) -> bool:
    """Whether `m` is the X of a capitalised "Upper X" / "Lower X" the gazetteer lacks whole,
    X not being a big city: a place of its own, whose readings of X are no evidence.

    Reads the mention's flag (`_Mention.upper_lower`) and its readings' populations. In US
    news "Upper Moreland", "Lower Merion", "Lower Paxton" are Pennsylvania townships
    GeoNames' cities500 lacks; read as a part of X they became Moreland, Victoria, or Paxton,
    Massachusetts. Such a reading is kept only in a state the text or the outlet names
    (the caller's check). A big city's part keeps its city ("Lower Manhattan": a town
    reading of `_UPPER_LOWER_PART_POP` or more; a district's people do not count); names the
    gazetteer holds whole ("Upper Darby", "Lower Saxony") are not cut at all.
    """
    return m.upper_lower and not any(
        g.kind[r] == CITY and g.population[r] >= _UPPER_LOWER_PART_POP for r in m.ids[:25]
    )


CALL_SIGN_WEIGHT = 0.6
"""What a station's call sign letter adds to a town on its side of the Mississippi: less than
the population's log between Columbia, South Carolina and Columbia, Missouri and a little
more, never near what a state named in the text adds (3.0)."""


def _own_police_town(g: Gazetteer, i: int, m: _Mention, top_w: float, weak_form: bool) -> bool:
    """Whether US town `i` is credible as the town whose own police the mention names ("A man
    was shot Sunday, Lufkin police said", "the Tupelo Police Department"), though the text
    names no state or country: a police department is named after the town it serves, and a
    US story that names a town's police is a story of that town (`_strength` keeps a small
    town only with its country or a preposition of place otherwise). Not when the text
    points to another country ("Kenyan police"), nor for a name only in part or under
    another name (`weak_form`); a state the text names for another town still wins (the
    caller's check before this one), and where the event happened is `_event_place`'s to
    choose ("Lufkin police arrested a man wanted for a shooting in Nacogdoches")."""
    return (
        m.jurisdiction
        and not weak_form
        and not m.title
        and m.key not in FORCE_KINDS
        and g.kind[i] == CITY
        and g.cc[i] == "US"
        and g.population[i] >= OWN_POLICE_MIN_POP
        and top_w < 0.5
    )


AMERICAN_FORM_WEIGHT = 2.0
"""What a US town of `AMERICAN_FORM_MIN_POP` or more gains when named by an American form
(its own police) in a text that points abroad nowhere: a log of population of
2, so Bangor, Maine (32,000) beats Bangor, Northern Ireland (60,000)."""
AMERICAN_FORM_MIN_POP = 10_000
_WORLD_CITY_POP = 1_000_000


def _american_form_town(g: Gazetteer, i: int, m: _Mention, ev: _Evidence) -> bool:
    """Whether US town `i` is named in an American form that makes it the likelier namesake.

    "the Bangor Police Department", "Bangor police said": a police force named after its
    town is how US news names a town's police (elsewhere a force is national or regional:
    "the Kenya Police", "Thames Valley Police", "police in Kisumu"), so with nothing in the
    text or the outlet pointing abroad (no other country's weight, no nationality) the US
    town of some size beats a bigger namesake abroad. Not when a namesake abroad is a world
    city ("Paris police", "Rome police"), nor for a country's or state's force. (A dateline
    alone is no such form: "HAMILTON (CNN) -" and "OXFORD (AP) -" may be filed from abroad.)
    """
    if not m.jurisdiction or m.title or m.fuzzy or m.partial or m.in_org:
        return False
    if g.kind[i] != CITY or g.cc[i] != "US" or g.population[i] < AMERICAN_FORM_MIN_POP:
        return False
    if not _is_primary(g, i, m.key):
        return False
    if any(w >= 0.5 for c, w in ev.cc.items() if c != "US") or any(
        w > 0 for c, w in ev.demonyms.items() if c != "US"
    ):
        return False
    return not any(g.cc[c] != "US" and g.population[c] >= _WORLD_CITY_POP for c in m.ids[:25])


OWN_CITY_WEIGHT = 1.5
"""What the local outlet's own city gains when the text names it bare."""


def _outlet_city_said_bare(i: int, m: _Mention, ev: _Evidence, quals: list[int]) -> bool:
    """Whether row `i` is the local outlet's own city and the mention names it with no
    qualifier: "An Overland Park man was shot in Kansas City, Kansas City police said" in
    the Kansas City (Missouri) paper is its own city, not the twin across the state line that
    the resident's suburb (in Kansas) would vote for. A metro's outlets name their own city
    bare and its twin by its state ("Kansas City, Kan."; a qualifier then decides)."""
    return i == ev.host_row and not quals and not m.quals


MARKET_TOWN_KM = 60.0
"""A town this near a local outlet's city is in the outlet's market (its metro area and next
counties), whichever side of a state line it lies on (as `component.MARKET_COUNTY_KM`)."""


def _across_the_line_in_market(g: Gazetteer, i: int, ev: _Evidence) -> bool:
    """Whether US town `i` lies within `MARKET_TOWN_KM` of the local outlet's city but in
    another state: Leawood, Kansas, on a Kansas City (Missouri) station, Covington, Kentucky,
    on a Cincinnati one, Alton, Illinois, on a St. Louis one.

    A metro's outlets cover both sides of the line and name the towns across it as bare as
    their own, and a story filed from the outlet's city ("CINCINNATI (WLWT) -") names its
    state only as the newsroom's; the outlet's state then favours a small namesake far away
    in that state (Leawood, Missouri, a village 250 km south; Covington, Ohio) or a third
    state's. A market town across the line is weighed as if it lay in the outlet's state
    too (`_candidate_score` gives it the larger of its own state's weight and that state's).
    Not the outlet's city's own twin across the line (Bristol, Tennessee, for a Bristol,
    Virginia, paper; Kansas City, Kansas, for the Missouri one's): the outlet names its
    own city bare, and the twin by its state.
    """
    host = ev.host_row
    if host < 0 or g.cc[host] != "US" or g.admin1[i] == g.admin1[host]:
        return False
    if g.name[i] == g.name[host]:
        return False
    return g.km(i, host) <= MARKET_TOWN_KM


CROSS_LINE_KM = 40.0
"""How near a town of another state the text names a US town lies to be its metro neighbour
across the line (Calumet City and Gary, Southaven and Memphis, Council Bluffs and Omaha)."""


def _across_the_line_from_named(g: Gazetteer, i: int, ev: _Evidence) -> frozenset[str]:
    """The states of the towns of other states, named in the text with a full vote, that lie
    within `CROSS_LINE_KM` of US town `i` (empty when none).

    Reads the towns the text's other names were chosen as (`ev.towns_at`, set by
    `_with_votes`). A metro area crosses state lines, and its news names the towns on both
    sides in one story: "Jane Doe, 24, of Gary, Ind., was shot in Calumet City", "shot in
    Southaven and taken to a hospital in Memphis, Tenn.". The state written for the home town
    or the hospital's is then no sign that the bare town is a namesake in that state (a
    Jeffersonville, Kentucky, 100 km from Louisville) nor that the text is about another
    state than the bare town's (`_strength` drops a small town of a state the text does not
    name when it names another): the town next to the named one is as near it as the
    named state's own towns. Not a town named like the named one (Texarkana, Arkansas, and
    Texarkana, Texas; Bristol, Virginia, and Bristol, Tennessee): twin towns are told apart
    by their own state (`resolve._repeated_qualified`), not by standing beside each other.
    """
    # Kept on the evidence by row: `_candidate_score` asks it of every candidate town of every
    # mention, in each pass of `resolve._resolve`, and the mentions of one name share one
    # evidence (`_with_votes`, made once per name and pass) and candidates, so most questions
    # are repeats; the answer reads the row and `ev.towns_at` only (a new `towns_at` starts
    # afresh)
    memo = ev.across_line
    if memo is None or memo[0] is not ev.towns_at:
        memo = ev.across_line = (ev.towns_at, {})
    states = memo[1].get(i)
    if states is None:
        a1 = g.admin1[i]
        states = memo[1][i] = frozenset(
            g.admin1[r] or ""
            for r, w in ev.towns_at
            if w >= 0.5
            and r != i
            and g.cc[r] == "US"
            and g.admin1[r]
            and g.admin1[r] != a1
            and g.km(i, r) <= CROSS_LINE_KM
            and name_key(g.name[r]) != name_key(g.name[i])
        )
    return states


def _policed_by_city(g: Gazetteer, i: int, ev: _Evidence) -> bool:
    """Whether US town `i` lies within 30 km of a big city of its state whose own police the
    text names ("in Roxbury, Boston police said"): a city's police work their city, so a
    part or a neighbour of it beats a bigger namesake far away (Roxbury, Wisconsin). The city
    itself gains nothing it lacks: its own row is as near."""
    return any(
        c != i and g.admin1[c] == g.admin1[i] and g.km(c, i) <= 30.0 for c in ev.police_cities
    )


def _call_sign_side_fits(g: Gazetteer, i: int, m: _Mention, ev: _Evidence) -> bool:
    """Whether US town `i` lies on the side of the Mississippi that the outlet's call sign
    letter points to (W east, K west), the outlet not being a known one (whose home city says
    more) and the mention having namesakes in another state (the letter chooses among them,
    not between a town and anything else)."""
    if not ev.call_side or ev.host_row >= 0 or ev.outlet is not None:
        return False
    a1 = g.admin1[i] or ""
    if state_side(a1) != ev.call_side:
        return False
    return any(
        g.cc[c] == "US" and g.kind[c] == CITY and (g.admin1[c] or "") != a1 for c in m.ids[:10]
    )


def _near_outlet(g: Gazetteer, i: int, ev: _Evidence, km: float = 80.0) -> bool:
    """Whether row `i` lies within `km` of the local outlet's home city (a metro area)."""
    host = ev.host_row
    if host < 0 or g.cc[host] != g.cc[i]:
        return False
    return g.km(i, host) <= km


def _outlet_state_elsewhere(g: Gazetteer, i: int, ev: _Evidence) -> bool:
    """Whether a local US outlet's story points firmly to its own state, not to row `i`'s.

    A local paper or station names the towns of its own area without their state; a big city
    of another state it names so is more likely a namesake at home (Chicago's Austin, Humboldt
    Park) than the city itself, when the text (its dateline, police, counties) agrees with the
    outlet's state and nothing in it names the other state (the caller checks that).
    """
    if ev.outlet is None or ev.outlet[0] != g.cc[i] or ev.outlet[1] == g.admin1[i]:
        return False
    return ev.admin1.get(ev.outlet, 0.0) >= 2.0
