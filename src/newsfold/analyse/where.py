"""Where: place names resolved with the gazetteer, and the place where the event happened.

Reads the article's spaCy Doc (one parse, shared), its title and URL, and what earlier
components found (casualty claims from `counts`). Writes `ctx.places` (every place mention,
resolved or not, with its role), `location` claims for the event's place, and the event's
`country`, `iso3`, `admin1`, `admin2`, `location`, `latitude`, `longitude`, `geo_precision`.

The steps, each a function below:

1. **Mentions** (`_scan`). Runs of capitalised tokens (joined by "de", "al", "of", hyphens...)
   are matched against the gazetteer, longest first. A run the gazetteer lacks becomes a
   *local* mention when its context says it is a place: a kind of place after it ("the Cota
   905 neighbourhood", "Kyar Nyo Kan village", "Cerro Tablón, a hillside district"), an admin
   qualifier ("Takalout (Kidal)", "Gakara village, Kolofata (Mayo-Sava)"), or "in"/"near"
   before it, or a province after it ("shelled Kafr Nabl in Idleb", `_in_unit`).
   Each mention notes its context: the preposition before it, a qualifier after it
   ("Rocky Mount, N.C.", "Nihm (Sanaa)", "Bule (Djugu, Ituri)"), a kind word ("Farah
   province", "Taizz city"), whether it is the dateline ("LONDON (Reuters) -"), someone's home
   ("John Doe, 23, of Dayton", "a man from Ohio"), the jurisdiction of a police or sheriff's
   office ("Chicago Police Department": a place), part of another organisation's or a
   building's name ("Chicago Tribune", "Santa Rita Jail": weak), a street's name ("West
   Manchester Avenue": not a place) or a country used as an actor ("the US government",
   "Zambia's army"). A name the gazetteer spells otherwise ("Idleb", "Mirpurkhas") is found by
   its consonant skeleton, and then needs the rest of the text to agree. The headline is
   scanned too, without a parse.
2. **Is it a place?** (`_plausible`). A name that is also an English word ("Mobile", "Reading",
   "Police", "Bath", "Of", "West") or part of a person's name is not a place unless the context
   says so: spaCy calls it a place, a qualifier or kind word goes with it, or it is a city of a
   million.
3. **Which place?** (`_resolve`). Each candidate scores by population, by whether the text's
   other evidence shares its country and admin1 (country and state names, demonyms such as
   "Venezuelan", armed groups and missions active in one country only ("Houthi", "OSCE SMM"),
   US state abbreviations, the outlet's country-code domain, a US broadcaster's call sign
   ("wsbtv"), a known US outlet's home city ("ajc": Atlanta), a town's edition folder in the
   address ("theadvocate.com/new_orleans/"), a US city or state in its host name
   ("dallasnews") or in the site's name after the headline ("WTVM.com-Columbus, GA"))
   and by the mention's own qualifiers; a town within 250 km of a local outlet's city beats a
   bigger namesake far away, and one within 80 km needs no state of its own named (a metro
   area crosses state lines). Passes repeat with every other
   name's choice as evidence (one vote per distinct name), so "Portland" follows "Maine" and
   "Georgia" follows "Atlanta". A choice is then kept only when credible (`_strength`): a small
   place in a country the rest of the text does not mention, or found only through an alternate
   name or inside an organisation's name, or a small town of a state when the text names
   another state ("Jackson" with "Butts County, Georgia"), is dropped. A name whose qualifier
   no candidate fits ("Ahmadabad district, Paktia") is a local name within the qualifier; a
   "neighborhood" the gazetteer places in another state ("the Lawndale neighborhood" of a
   Chicago story) is a local name too.
4. **The event's place** (`_event_place`). Mentions score for being in the lede and the
   headline, after "in"/"at"/"near", in a sentence with a casualty claim or an event verb,
   often, and specific (city over province over country); they lose for being a home town,
   part of an organisation's name, an actor ("Turkish government"), or a dateline that
   disagrees with the story's country (a local dateline, "HOUSTON (AP) -", counts for a lot);
   a bare name the text also uses as a street's ("the Lamar corridor" after "Lamar Avenue") or
   as a person's surname ("Hale" after "Marcus Hale") is that street or person. A wire
   dateline, and a town the scene is only measured from ("40 km north of Harare"), give way
   when the event sentences name another place in the same country ("KANO - ... in Nigeria's
   Zamfara state"). A headline name followed by a street or building word ("Odunlami Street",
   "Pine Hollow Apartments"), a ship's name ("MV Amani Kivu") and a small foreign town inside
   a hospital's name are no towns.
   Provinces and countries support the places inside them; the best city wins, a county or
   province only when no town in it is named, a country only when nothing finer is there.
   Bigger towns named around the event's town ("Coney Island ... Brooklyn") share its role. A
   place found under another of its names is written as the report writes it ("Fort Hood",
   not GeoNames' newer "Fort Cavazos"), unless it is only the short form of an official name
   ("Acapulco" of "Acapulco de Juárez", `_short_form`). A local paper's story naming no place
   at all gets the paper's city (from its host name) with precision 2.
5. **A local site** the gazetteer lacks, in the event's context ("Cota 905", "Mitiga Airport
   (Tripoli)", "Cerro Tablón") keeps its name as `location` and takes the coordinates of the
   resolved place it lies in, geo precision 2 (3 when only the province resolved). Streets and
   buildings ("the Bridlewood Drive home") are recorded as `site` mentions but do not replace
   the town: ACLED's locations are populated places and their parts, not addresses. A quarter
   the text itself places in a town it names as a town ("the Kerji area of Farah city",
   `_part_of`), or one the sentence names after setting the event in a town with its province
   ("In Tijuana, Baja California, ... in Colonia Alamar"), gives the town instead.
6. **US towns** (`_us_town`, `_us_city_around`). In the US a neighbourhood (a GeoNames row
   with a parent city: "Brighton Park", Coney Island; or one the text calls a neighborhood, or
   whose big city's police work the case) or a named part the gazetteer lacks ("the Potomac
   Gardens complex" in Washington) is written as its town, with precision 2 and a location
   claim for the part `within` the town: US police and the records built on them place an
   incident in its city. Street names after "the 1200 block of" and a city's sides ("the
   West Side") are never towns elsewhere; a big city of another state named bare in a local
   outlet's story ("a shooting in Austin" in a Chicago paper) is a namesake at home.

Geo precision is ACLED's: 1 the place itself, 2 near it or part of it ("near Vodyane", "in
rural Ras al Ain", a neighbourhood), 3 only the province (`location` is then the province's
seat, as ACLED codes it). A country alone (or only a demonym: "Nigerian troops") gives
`country`/`iso3` and, as ACLED codes national events, its capital with precision 3
(`_at_capital`). No place at all leaves every field null.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LEMMA, LENGTH, POS, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc

from newsfold.analyse.context import Context, PlaceMention
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    get_gazetteer,
    name_key,
    skeleton,
)
from newsfold.analyse.outlets import OUTLET_CITY
from newsfold.records import Event


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _acronym(token: str) -> bool:
    """An acronym: "PMF", "LoC", "DoD" (two capitals or more in a short word)."""
    return len(token) <= 6 and sum(c.isupper() for c in token) >= 2


# --------------------------------------------------------------------------- vocabulary

# Lower-case words allowed inside a place name ("Rio de Janeiro", "Ras al Ain", "Isle of Man",
# Russian "imeni", named after: "Shakhta imeni Gagarina").
_CONNECT = _words(
    "de del della dei di da do dos das du des la las los le les el al ad ar as ash at az an en "
    "ez es ed ul um of and upon on sur y bin ibn im am der den van von e i au aux imeni"
)
_ARTICLE_START = _words("al el ad ar as ash at az an ed es ez ech")
_ARTICLE_APART = _ARTICLE_START - _words("an as at")  # "an Ohio town" is English

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
    "suburb suburbs slum slums camp sector zone colony estate compound locality airport base "
    "outskirts countryside frontline front valley hills hill mountain mountains forest "
    "checkpoint crossing port island islands"
)
_STREET_WORDS = _words(
    "street st road rd avenue ave drive dr boulevard blvd lane ln way court ct place pl "
    "highway hwy expressway freeway parkway pkwy pike terrace trail circle square plaza alley "
    "bridge interstate route"
)
_BUILDING_WORDS = _words(
    "park hospital school mosque church office university prison station stadium mall market "
    "home house apartment apartments complex bar club restaurant store hotel building tower "
    "centre center campus cemetery jail motel gas academy college library grocery shop "
    "courthouse hall palace dam terminal depot warehouse factory garage arena theater theatre "
    "cinema casino pub tavern lounge nightclub cafe diner pizzeria donuts doughnuts salon "
    "pharmacy bank gym temple synagogue chapel clinic headquarters"
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
_NEAR_OF = _words(
    "outskirts vicinity area countryside north south east west northeast northwest southeast "
    "southwest suburbs suburb border edge environs"
)
_DISTANCE = _words("km kilometres kilometers miles mi")
# "north of Harare", "90 km northeast of Harare": a bearing from a landmark, not the scene
_BEARINGS = _words("north south east west northeast northwest southeast southwest")
# "John Doe, 23, of Dayton", "a native of", "a man from Ohio": someone's home, not the scene.
_HOME_OF = _words("native natives formerly hometown")
_HOME_FROM = _words("man woman boy girl teen teenager men women originally moved hails family")
_HOME_IN = _words("born raised")
_PEOPLE = _words(
    "man woman men women boy girl teen teenager toddler couple family resident residents "
    "mother father student students"
)
_JURISDICTION = _words(
    "police sheriff sheriff's sheriffs fire department dept pd coroner coroner's examiner "
    "examiner's prosecutor prosecutor's deputies attorney's metropolitan metro "
    "governor governorship"  # "the Van Governor's Office", "Beyoglu Governorship": the province
)
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
_PART_WORDS = _words(
    "central northern southern eastern western northeastern northwestern southeastern "
    "southwestern downtown north south east west northeast northwest southeast southwest "
    "greater upper lower uptown midtown"
)
_EVENT_LEMMAS = _words(
    "kill shoot attack clash protest demonstrate march rally explode bomb strike raid fire "
    "ambush arrest abduct kidnap loot burn stab die wound injure erupt storm occur happen "
    "fight shell detonate hit gun murder slay riot seize capture target assault beat torch "
    "destroy battle engage open"
)
_ACTOR_HEADS = _words(
    "government forces force army military troops soldiers police authorities officials "
    "ministry embassy regime navy coalition president administration militia militias "
    "intelligence security diplomats consulate"
)
_CASUALTY_FIELDS = ("fatalities", "injuries", "arrested", "kidnapped", "displaced")
_AGENCIES = _words(
    "ap afp reuters upi efe ians pti ani xinhua anadolu cnn bbc dpa ansa tass apa kyodo bernama"
)
_MONTHS_DAYS = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)
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


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True, eq=False)
class _Mention:
    """One place-name occurrence, with its context and (after `_resolve`) its place."""

    start_tok: int
    end_tok: int
    start: int  # character offsets in the text (-1 for the headline)
    end: int
    text: str
    key: str
    ids: tuple[int, ...]  # gazetteer candidates, best first; () for a local name
    sent: int
    label: str = ""  # spaCy entity label over the span, if any
    ent_whole: bool = False  # the span is a whole spaCy entity
    partial: bool = False  # only part of a longer capitalised run
    prep: str = ""  # the word just before ("in", "near", "from"), "the" skipped
    near: bool = False  # "near X", "rural X", "X area": ACLED precision 2
    bearing: bool = False  # "north of X", "40 km from X": a landmark the scene is measured from
    residence: bool = False  # someone's home ("of Dayton", "a man from Ohio")
    actor: bool = False  # a country as an actor: "the US government", "Turkish forces"
    in_org: bool = False  # inside an organisation's name
    in_person: bool = False  # inside a longer person's name
    jurisdiction: bool = False  # "Chicago Police", "Harris County Sheriff's Office"
    in_building: bool = False  # part of a building's name: "Santa Rita Jail"
    fuzzy: bool = False  # found by consonant skeleton, not by name
    dest: bool = False  # where someone was taken: "flown to Pemba"
    street: bool = False  # an address's street: "the 100 block of North Mayfield"
    site_named: bool = False  # a site named after it: "the Saray square" (weak evidence)
    ev_sent: bool = False  # in a sentence that reports the event (see `_event_sentences`)
    listed: bool = False  # after "and" in a list of places: "between Mueda and Ntchinga"
    dateline: bool = False
    title: bool = False  # found in the headline (no span in the text)
    kind_word: str = ""  # "province", "city", "district", "neighbourhood"...
    quals: list[_Mention] = field(default_factory=list)  # mentions qualifying this one
    qual_rows: list[int] = field(default_factory=list)  # fixed qualifiers ("N.C." -> NC)
    qual_of: _Mention | None = None  # the mention this one qualifies
    dropped_by: _Mention | None = None  # the name whose trusted reading dropped this qualifier
    local: bool = False  # a named place the gazetteer lacks
    in_unit: bool = False  # a province follows it: "Kafr Nabl in Idleb" (see `_in_unit`)
    part_of: _Mention | None = None  # "X area of Y city": the town it is said to be part of
    weak_local: bool = False  # ... known only from "in"/"near" before it
    site: bool = False  # a street or building
    best: int = -1
    event: float = 0.0

    def qualifier_rows(self) -> list[int]:
        rows = list(self.qual_rows)
        for q in self.quals:
            if q.best >= 0 or not q.fuzzy:  # a spelling match vouches for nothing unresolved
                rows.extend([q.best] if q.best >= 0 else q.ids[:10])
        return rows


_DATELINE = re.compile(
    r"\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\- ]{1,40}?)(\s*,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ ]{1,30}?)?"
    # "TEGUCIGALPA, May 17 (Meridian Wire) -", "MOMBASA, Kenya, June 21 -", "KYIV, Sept. 4, 2023 -"
    r"(?:\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*,\s*\d{4})?|\s*,\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)?"
    r"\s*(?:\([\w.,&/ ]{1,30}\))?\s*(?:--|—|–|-|:)\s",
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Datelines at the start of the text or of one of its first paragraphs.

    Crawled pages often open with a photo caption or a menu before "CINCINNATI (WCPO) --".
    """
    out = []
    start = 0
    for _ in range(6):
        end = _dateline_end(text[start : start + 200])
        if end:
            out.append((start, start + end))
            break
        nxt = text.find("\n", start, start + 600)
        if nxt < 0:
            break
        start = nxt + 1
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
    return out


def _dateline_end(text: str) -> int:
    """End offset of a dateline's place ("HOUSTON (AP) -", "ROCKY MOUNT, N.C. —"), or 0."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    letters = [c for c in m.group(1) if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.7 * len(letters):
        return 0  # datelines shout the place name
    return m.end(2) if m.group(2) else m.end(1)  # the place, not the date or "(Reuters)"


class _Scanner:
    """One Doc's tokens as plain lists (fast to read), and the place-name mentions in it.

    Reading spaCy `Token` objects one by one costs more than everything else here, so the
    token attributes come out of the Doc in one `to_array` call.
    """

    def __init__(self, g: Gazetteer, doc: Doc, text: str | None = None) -> None:
        self.g = g
        self.doc = doc
        arr = doc.to_array([IDX, LENGTH, SPACY, SENT_START, POS, ENT_IOB, ENT_TYPE])
        self.n = n = len(doc)
        # `doc.text` joins every token anew: take the article's text, which the Doc was made of.
        if text is None or (n and int(arr[-1, 0] + arr[-1, 1]) > len(text)):
            text = doc.text
        self.text = text
        if n:
            idx, length, space, sent, pos, iob, etype = arr.T.tolist()
        else:
            idx = length = space = sent = pos = iob = etype = []
        self.idx: list[int] = idx
        self.end: list[int] = [a + b for a, b in zip(idx, length, strict=True)]
        self.tok: list[str] = [text[a:b] for a, b in zip(idx, self.end, strict=True)]
        self.space: list[int] = space
        self.sent_start: list[bool] = [s == 1 for s in sent]
        self.pos: list[int] = pos
        self.iob: list[int] = iob
        self.etype: list[int] = etype
        self.sent_starts: list[int] = [k for k, s in enumerate(self.sent_start) if s] or [0]
        self._labels: dict[int, str] = {}
        self._surnames: set[str] | None = None

    def surnames(self) -> set[str]:
        """Last words of people's names ("Harrow" of "Milo Anson Harrow")."""
        if self._surnames is None:
            self._surnames = set()
            k = 0
            while k < self.n:
                if self.iob[k] == 3 and self.label(k) == "PERSON":
                    a, b = self.ent_bounds(k)
                    if b - a > 1:
                        self._surnames.add(self.low(b - 1))
                    k = b
                else:
                    k += 1
        return self._surnames

    def low(self, k: int) -> str:
        return self.tok[k].lower()

    def is_cap(self, k: int) -> bool:
        t = self.tok[k]
        return t[0].isupper() or (t[0] in "'’" and len(t) > 1 and t[1].isupper())

    def is_word(self, k: int) -> bool:
        return self.tok[k][0].isalnum()

    def label(self, k: int) -> str:
        """spaCy's entity label of token `k` ("" outside entities)."""
        if self.iob[k] not in (1, 3):
            return ""
        h = self.etype[k]
        name = self._labels.get(h)
        if name is None:
            name = self.doc.vocab.strings[h]
            name = self._labels[h] = "" if name in _NOISE_LABELS else name
        return name

    def ent_bounds(self, k: int) -> tuple[int, int]:
        a = k
        while self.iob[a] == 1 and a > 0:
            a -= 1
        b = k + 1
        while b < self.n and self.iob[b] == 1:
            b += 1
        return a, b

    def line_start(self, k: int) -> bool:
        """Whether token `k` opens a sentence or a line (its capital says nothing)."""
        if k == 0 or self.sent_start[k]:
            return True
        prev = self.tok[k - 1]
        return "\n" in prev or (prev in "\"“‘'(" and (k == 1 or self.sent_start[k - 1]))

    def sent_of(self, k: int) -> int:
        return bisect_right(self.sent_starts, k) - 1

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.idx[i] : self.end[j - 1]]

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (connectors, hyphens and a number inside)."""
        n, tok, low = self.n, self.tok, self.low
        out: list[tuple[int, int]] = []
        i = 0
        while i < n:
            t0 = tok[i]
            cap = self.is_cap(i) and t0[0].isalpha() and t0.lower() not in _MONTHS_DAYS
            if (
                cap
                and self.pos[i] != PROPN
                and not (t0.isupper() and len(t0) > 1)  # "ANCHORAGE –": a dateline shouts
                and self.line_start(i)
                and is_common(t0.lower())
            ):
                cap = False  # "Residents of Mucojo", "Police in Mombasa": capitalised as first
            if (
                cap
                and t0 in ("A", "An")
                and i + 1 < n
                and name_key(t0 + " " + tok[i + 1]) not in self.g.index  # "A Coruña"
            ):
                cap = False  # "LEBANON – A Boone County man": the article opens no name
            if (
                not cap
                and not (
                    t0 in _ARTICLE_START
                    and i + 2 < n
                    and tok[i + 1] == "-"
                    and not self.space[i]
                    and self.is_cap(i + 2)
                )
                and not (
                    # "in el Mina", "at ech Choueifat": the article written apart, lower case
                    t0 in _ARTICLE_APART
                    and i + 1 < n
                    and self.is_cap(i + 1)
                    and i > 0
                    and low(i - 1) in _AT_PREPS
                )
            ):
                i += 1
                continue
            j = i + 1
            last = i + 1 if cap else i
            while j < n and j - i < 8:
                t = tok[j]
                if t.isspace() or "\n" in t or self.sent_start[j]:
                    break
                if self.is_cap(j) and t[0].isalnum():
                    if low(j) in _MONTHS_DAYS:
                        break  # "Compton on Friday", "Pasadena Saturday"
                    last = j + 1
                elif (
                    (t in ("-", "'", "’") and not self.space[j - 1])
                    or (t in ("'s", "’s") and j + 1 < n and low(j + 1) in _UNIT_WORDS)
                    or (t == "." and not self.space[j - 1] and low(j - 1) in ("st", "ft", "mt"))
                ) or (
                    low(j) in _CONNECT
                    and j + 1 < n
                    and (self.is_cap(j + 1) or tok[j + 1] == "-" or self.connects_two(j))
                    # "Bat Galim Square of Haifa", "the PD12 of Kandahar": a street, square or
                    # numbered district of a town, two names
                    and not (
                        low(j) == "of"
                        and (low(j - 1) in _STREET_WORDS or any(c.isdigit() for c in tok[j - 1]))
                    )
                    # "the PMF at Mukeshefah", "the LoC at Shahpur": an acronym is no part of
                    # a place's name
                    and not (low(j) in ("at", "an", "as") and _acronym(tok[j - 1]))
                ):
                    pass
                elif (
                    t.isdigit()
                    and len(t) <= 4
                    and self.is_cap(j - 1)
                    and low(j - 1) not in STOP_WORDS
                    and low(j - 1) not in _MONTHS_DAYS
                ):
                    last = j + 1  # "Cota 905", "Route 66"
                    break
                else:
                    break
                j += 1
            nxt = last
            if (
                last - i > 2
                and low(i) in _UNIT_WORDS
                and low(i + 1) == "of"
                and name_key(self.span_text(i, last)) not in self.g.index
            ):
                i += 2  # "the Municipality of Sain Alto": the kind of place, then the name
            # "Paletwa Town", "Owerri LGA", "Chin State": the name, then what kind of place
            while last - i > 1 and low(last - 1) in _UNIT_WORDS:
                if name_key(self.span_text(i, last)) in self.g.index:
                    break  # "Marion County", "Kansas City": the whole is a name
                last -= 1
            if last > i:
                out.append((i, last))
                i = nxt
            else:
                i += 1
        return out

    def connects_two(self, k: int) -> bool:
        """Whether connector `k` opens a pair of them before a capital ("Leon de los Aldama",
        "Santa Cruz de la Sierra"), which a run may span like a single "de"."""
        return (
            k + 2 < self.n
            and self.low(k) in _CONNECT
            and self.low(k + 1) in _ARTICLE_START | _words("la las los le les del")
            and self.is_cap(k + 2)
        )

    def matches(self, run: tuple[int, int]) -> list[tuple[int, int, str, tuple[int, ...]]]:
        """Gazetteer matches inside a run, longest first, left to right."""
        i, end = run
        out = []
        while i < end:
            if not (self.is_cap(i) or self.tok[i] in _ARTICLE_START):
                i += 1
                continue
            found = None
            for j in range(min(end, i + 7), i, -1):
                if not self.is_cap(j - 1):
                    continue
                key = name_key(self.span_text(i, j))
                if key.endswith(" co") and j - i > 1:
                    key = key[:-3] + " county"  # "Tift Co."
                ids = self.g.lookup_key(key)
                if not ids and j - i == 1 and self.state_abbrev(i):
                    ids = (self.g.us_abbrev[key],)
                if not ids and self.tok[i].lower() in _ARTICLE_START and j - i > 1:
                    # "Ar-Raqqa", "al-Hasakeh": the Arabic article written or not
                    key = key.split(" ", 1)[-1]
                    ids = self.g.lookup_key(key)
                if ids:
                    found = (i, j, key, ids)
                    break
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    def state_abbrev(self, k: int) -> bool:
        """ "in Southeast D.C.", "D.C. police", "across N.C.": a state by its abbreviation."""
        t = self.tok[k]
        if name_key(t) not in self.g.us_abbrev or not ("." in t or t == "DC"):
            return False
        before = self.low(k - 1) if k else ""
        after = self.low(k + 1) if k + 1 < self.n else ""
        return before in _AT_PREPS or before in _PART_WORDS or after in ("police", "officials")

    def mention(self, i: int, j: int, key: str, ids: tuple[int, ...]) -> _Mention:
        start, end = self.idx[i], self.end[j - 1]
        m = _Mention(i, j, start, end, self.text[start:end], key, ids, self.sent_of(i))
        _context(self, m)
        return m


def _split_lists(sc: _Scanner, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Macomia and Mucojo": two names, unless one name spans the "and" ("Trinidad and Tobago")."""
    out = []
    for i, j in runs:
        cuts = [k for k in range(i + 1, j - 1) if sc.low(k) in ("and", "or")]
        if cuts and (
            (j < sc.n and sc.low(j).rstrip("s") in _STREET_WORDS)
            or any(sc.low(k - 1) in _STREET_WORDS for k in cuts)
        ):
            cuts = []  # "Independence and Wabash avenues", "Yosemite Avenue and Cleveland"
        if cuts:
            spans = [(a, b) for a, b, _, _ in sc.matches((i, j))]
            cuts = [k for k in cuts if not any(a < k < b for a, b in spans)]
        start = i
        for k in cuts:
            out.append((start, k))
            start = k + 1
        out.append((start, j))
    return out


def _joined_places(sc: _Scanner, i: int, j: int, pieces: list[_Mention]) -> bool:
    """ "Abeokuta-Ayetoro", "Turmero-Maracay": hyphen-joined names, one of them a known place.

    Such a run names a road or route between towns, not a place of its own; the towns stay.
    """
    hyphens = [k for k in range(i + 1, j - 1) if sc.tok[k] in ("-", "–")]
    if not hyphens:
        return False
    after = {sc.low(k) for k in range(j, min(sc.n, j + 8)) if sc.tok[k] != ")"}
    before = {sc.low(k) for k in range(max(0, i - 2), i)}
    if not (after | before) & _ROUTE_WORDS:
        return False  # "Orta-Karvend", "Pul-e Charkhi": one place's name
    bounds = [i, *hyphens, j]
    parts = [(bounds[n] + (n > 0), bounds[n + 1]) for n in range(len(bounds) - 1)]
    whole = {(m.start_tok, m.end_tok) for m in pieces if m.ids}
    return any(p in whole for p in parts)


def _scan(sc: _Scanner) -> list[_Mention]:
    """Every place-name mention in the text: gazetteer matches, then local names."""
    at: dict[int, _Mention] = {}  # gazetteer mentions by first token
    unknown: list[tuple[int, int]] = []
    for run in _split_lists(sc, sc.runs()):
        found = sc.matches(run)
        size = run[1] - run[0]
        covered = 0
        for i, j, key, ids in found:
            m = sc.mention(i, j, key, ids)
            m.partial = (j - i) < size
            covered += j - i
            at[i] = m
        if covered < size or len(found) > 1:
            unknown.append(run)  # not one known name: "Cota 905", "Cerro Tablón district"

    def pieces_in(i: int, j: int) -> list[_Mention]:
        return [at[k] for k in range(i, j) if k in at]

    # A name the gazetteer spells otherwise ("Idleb", "Banadir", "Mirpurkhas"): a fallback
    # by consonant skeleton, trusted only where the context agrees (see `_strength`).
    for i, j in unknown:
        if j - i <= 4 and not pieces_in(i, j):
            text = sc.span_text(i, j)
            label = sc.label(i)
            # "Shahrak district, Ghor", "Qaniyah (Mahliyah, Marib)": a qualifier's place,
            # whatever label the model gives it
            qual_pos = (
                i >= 2
                and sc.tok[i - 1] in (",", "(")
                and (sc.low(i - 2) in _KIND_WORDS or sc.is_cap(i - 2))
            )
            if (
                len(text) >= 4
                and (
                    label not in ("PERSON", "ORG", "NORP", "DATE") or (qual_pos and label != "DATE")
                )
                and name_key(text) not in sc.g.us_abbrev  # "Tenn.", "Ariz."
                and not (j - i == 1 and is_common(sc.low(i)))  # "Ninth Ward"
                and not (j - i == 1 and _verb_form(sc, i))  # "2 Killed in Southeast DC"
            ):
                ids = sc.g.lookup_skeleton(name_key(text))
                fused = name_key(text)
                if not ids and fused[:2] in ("al", "el") and len(fused) > 5 and " " not in fused:
                    # "Aljfara": the article written into the name ("Al Jifarah")
                    ids = sc.g.lookup_skeleton(fused[2:])
                if len(text) < 5 or len(skeleton(name_key(text))) < 3:
                    ids = tuple(i for i in ids if sc.g.kind[i] == ADMIN1)  # "Ghor": a province
                if ids:
                    m = sc.mention(i, j, name_key(text), ids)
                    m.fuzzy = True
                    at[i] = m
    for i, m in list(at.items()):
        if m.fuzzy:
            # a spelling match the text does not bear out may still be a village (`_locative`)
            m.in_unit = _in_unit(sc, at, i, m.end_tok, m.prep)
    starts = dict(at)
    locals_: list[_Mention] = []
    missed: list[tuple[int, int]] = []
    for i, j in unknown:
        pieces = pieces_in(i, j)
        if any(m.fuzzy for m in pieces):
            continue
        k = i
        while k < j - 1 and sc.low(k) in _PART_WORDS:
            k += 1
        named = [m for m in pieces if m.start_tok >= k]
        if k > i and len(named) == 1 and named[0].start_tok == k and named[0].end_tok == j:
            # "Downtown Memphis", "Southwest Philadelphia", "Central Beirut": a part of it
            for m in pieces:
                if m is not named[0]:
                    del at[m.start_tok]
            named[0].partial = False
            named[0].kind_word = named[0].kind_word or "(part)"
            continue
        if _joined_places(sc, i, j, pieces):
            continue  # "the Abeokuta-Ayetoro road", "the Sidon-Beirut highway": two towns
        local = _maybe_local(sc, starts, i, j)
        if local is None:
            missed.append((i, j))
            continue
        pieces = pieces_in(i, local.end_tok)
        if local.site and pieces:
            if local.kind_word in _STREET_WORDS:  # "West Manchester Avenue": a street's name
                for m in pieces:
                    del at[m.start_tok]
            else:  # "Santa Rita Jail", "Rosemont High School": named after a place, maybe
                for m in pieces:
                    m.in_org = m.in_building = True
        if local.local and pieces:
            if local.weak_local and (len(pieces) > 1 or pieces[0].end_tok - i == j - i):
                continue  # "in Kansas City Missouri": known names, nothing more
            head = pieces[0]
            if (
                (
                    local.kind_word == sc.low(local.end_tok - 1)
                    # "Mogadishu-Hodan district": ACLED's "City-District", a part of the city
                    or (head.end_tok < j and sc.tok[head.end_tok] in ("-", "–"))
                )
                and head.start_tok == i
                and _admin_like(sc.g, head)
            ):
                # "Donetsk Airport": the town it is named after is where it lies
                _qualify(local, head)
                pieces = pieces[1:]
            # "Cota" of "Cota 905", "Cerro" of "Cerro Tablón": pieces of a local name
            for m in pieces:
                del at[m.start_tok]
        locals_.append(local)
    # "... into the Colonia Loma Tizón district ... Similar clashes in Colonia Loma Tizón": a
    # local name, once its kind is said, is that place wherever it recurs.
    kinds = {m.key: m.kind_word for m in locals_ if m.local and m.kind_word in _KIND_WORDS}
    for i, j in missed:
        kind = kinds.get(name_key(sc.span_text(i, j)))
        if kind and not any(m.fuzzy for m in pieces_in(i, j)):
            for m in pieces_in(i, j):
                del at[m.start_tok]
            start, end = sc.idx[i], sc.end[j - 1]
            again = _Mention(i, j, start, end, sc.text[start:end], "", (), sc.sent_of(i))
            again.key, again.local, again.kind_word = name_key(again.text), True, kind
            _context(sc, again)
            locals_.append(again)
    mentions = list(at.values()) + locals_
    # spaCy's own locations that no run produced (lower-case or odd tokens).
    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.start_tok, m.end_tok))
    k = 0
    while k < sc.n:
        if sc.iob[k] == 3 and sc.label(k) in ("LOC", "FAC") and k not in taken:
            a, b = sc.ent_bounds(k)
            if not any(x in taken for x in range(a, b)):
                local = _maybe_local(sc, starts, a, b, spacy_place=True)
                if local is not None:
                    mentions.append(local)
            k = b
        else:
            k += 1
    mentions.sort(key=lambda m: m.start)
    datelines = _datelines(sc.text)
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b in datelines):
            m.dateline = True
        elif m.text.isupper() and len(m.text) > 4:
            m.partial = True  # captions and shouted headlines: no parse to trust
    _link_qualifiers(sc, mentions)
    return mentions


def _admin_like(g: Gazetteer, m: _Mention | None) -> bool:
    """Whether a mention can qualify another: an admin unit, a country or a big city."""
    if m is None or not m.ids:
        return False
    return any(g.kind[i] in (ADMIN1, ADMIN2, COUNTRY) for i in m.ids[:10]) or any(
        g.kind[i] == CITY and g.population[i] >= 100_000 for i in m.ids[:3]
    )


_VERB_TAGS = frozenset(("VBD", "VBN"))


def _verb_form(sc: _Scanner, k: int) -> bool:
    """Whether token `k` is an English verb's past form ("Killed", "Wounded" in a headline's
    capitals), never a place's name however the gazetteer spells one. Past forms only: a
    place can look like "-ing" ("Reading")."""
    token = sc.doc[k]
    return token.tag_ in _VERB_TAGS and token.lemma_.lower() in common_words()


def _maybe_local(
    sc: _Scanner, starts: dict[int, _Mention], i: int, j: int, spacy_place: bool = False
) -> _Mention | None:
    """A named place the gazetteer lacks: kept when its context says it is a place."""
    n, g = sc.n, sc.g
    if j - i > 6:
        return None
    prefixed = i > 0 and sc.low(i - 1) in _VILLAGE_PREFIXES  # "tambon Tha Phon"
    if j - i > 1 and sc.low(i) in _VILLAGE_PREFIXES:
        i, prefixed = i + 1, True  # "Barangay San Roque": the village is "San Roque"
    label = sc.label(i)
    if label in _NON_PLACE_LABELS and not spacy_place:
        return None
    first = sc.low(i)
    if j - i == 1 and (first in common_words() or first in _MONTHS_DAYS):
        return None
    if j - i == 1 and _verb_form(sc, i):
        return None  # "2 Killed in Southeast DC": a verb in a headline's capitals
    if j - i == 1 and sc.tok[i].isupper() and len(sc.tok[i]) <= 5:
        return None  # an acronym
    if _not_a_local_name(sc, i, j):
        return None
    nxt = sc.low(j) if j < n else ""
    if nxt == "-" and j + 1 < n:
        nxt = sc.low(j + 1)  # "Cota 905-controlled areas"
        if nxt == "controlled" and j + 2 < n:
            nxt = sc.low(j + 2)
    k = i - 1
    if k >= 0 and sc.low(k) == "the":
        k -= 1
    prev = sc.low(k) if k >= 0 else ""
    if prev in ("and", "or") and _list_prep(sc, k) >= 0:
        prev = sc.low(_list_prep(sc, k))
    elif prev == "of" and k >= 1 and sc.low(k - 1) in _NEAR_OF:
        prev = "near"  # "in the area of X", "the outskirts of X"
    elif prev == "to" and k >= 1 and sc.low(k - 1) == "close":
        prev = "near"  # "close to X"
    kind = ""
    site = False
    weak = False
    last = sc.low(j - 1)
    after = starts.get(j + 1)
    corner = [sc.low(k) for k in range(i, j - 1) if sc.low(k + 1) in ("and", "&")]
    corner = [w for w in corner if w in _STREET_WORDS]  # "Yosemite Avenue and Cleveland"
    if nxt in _SITE_WORDS or last in _SITE_WORDS or (j - i > 1 and first in _STREET_WORDS):
        site = True  # "Quillan Avenue", "Santa Rita Jail", "Highway 86", "Interstate 24"
        kind = nxt if nxt in _SITE_WORDS else (last if last in _SITE_WORDS else first)
    elif corner:
        site, kind = True, corner[0]
    elif nxt in _LOCAL_WORDS or nxt in _CITY_WORDS or nxt in _ADMIN2_WORDS:
        kind = nxt
    elif j - i > 1 and last in _LOCAL_WORDS and _admin_like(g, starts.get(i)):
        kind = last  # "Donetsk Airport", "Kandahar Airfield": a site named after its town
    elif prefixed:
        kind = "village"
    elif (j - i > 1 and first in _QUARTER_PREFIXES) or sc.low(i - 1) in _QUARTER_PREFIXES:
        kind = "neighbourhood"  # "Colonia Alamar", "fraccionamiento Las Flores"
    elif (
        i >= 2
        and sc.low(i - 1) == "of"
        and sc.low(i - 2) in _UNIT_WORDS
        and sc.tok[i - 2][0].isupper()
    ):
        kind = sc.low(i - 2)  # "the Municipality of Sain Alto" (a title: not "the village of")
    elif nxt == "(" and after is not None and after.ids:
        kind = "(qualified)"  # "Takalout (Kidal)"
    elif nxt == "(" and any(
        sc.low(t) in _ADMIN1_WORDS or sc.low(t) in _ADMIN2_WORDS or bool(starts.get(t))
        for t in range(j + 1, min(n, j + 10))
        if ")" not in sc.tok[j + 1 : t + 1]
    ):
        kind = "(qualified)"  # "Ihie (Ohaji/Egbema LGA, Imo)": its district and province
    elif (
        nxt == "," and after is not None and _admin_like(g, after) and g.kind[after.ids[0]] != CITY
    ):
        kind = "(qualified)"  # "Shakhta imeni Gagarina, Donetsk"
    elif _in_unit(sc, starts, i, j, prev):
        kind = "(qualified)"  # "shelled Kafr Nabl in Idleb", "in Albu Kamal in Deir-ez-Zor"
    elif j + 3 < n and nxt == "," and sc.low(j + 1) in ("a", "an", "the"):
        # "in Cerro Tablón, a hillside district"
        for t in range(j + 2, min(n, j + 6)):
            w = sc.low(t)
            if w in _LOCAL_WORDS or w in _CITY_WORDS or w in _ADMIN2_WORDS:
                kind = w
                break
    a, b = sc.ent_bounds(i)
    # the entity is exactly the name, "the" or the kind word included ("the X district")
    exact = (b == j or (b == j + 1 and nxt == kind)) and (
        a == i or (a == i - 1 and sc.low(a) == "the")
    )
    if (
        label in _NOT_LOCAL_LABELS
        and not spacy_place
        and (kind == "" or not exact)
        and not _near_village(sc, i, j, prev, label)
    ):
        return None  # an organisation's name, unless it is exactly a name with a kind of place
    if not kind:
        if prev not in _AT_PREPS or nxt in ("'s", "’s"):
            return None
        if label == "PERSON" and prev != "near":
            return None  # "in Darnell Quist's..." ; "near Bule" is a village spaCy took for a name
        weak = not spacy_place and label not in _PLACE_LABELS
    start, end = sc.idx[i], sc.end[j - 1]
    m = _Mention(i, j, start, end, sc.text[start:end], "", (), sc.sent_of(i))
    m.key = name_key(m.text)
    if _is_region(g, m.key):
        return None
    if not site:
        words = [sc.tok[k] for k in range(i, j) if sc.is_word(k) and sc.low(k) not in _CONNECT]
        acronym = any(w.isupper() and len(w) > 1 for w in words)
        if (m.text.isupper() and len(words) > 2) or (
            (len(words) > 2 or acronym)
            and any(is_common(w.lower()) for w in words)
            and all(is_common(w.lower()) or w.isupper() for w in words)
        ):
            # "Spring Lawn Dance Hall Party", "CBS Television Stations", "REPORTING LIVE
            # FROM ...": words, not a place's name
            return None
    m.local = not site
    m.weak_local = weak
    m.site = site
    m.kind_word = kind
    _context(sc, m)
    return m


def _unit_after(sc: _Scanner, starts: dict[int, _Mention], j: int) -> _Mention | None:
    """The province or district a name is placed in by the words after it, or None.

    "X in Idleb", "X in the southern countryside of Idleb", "X of Balkh province": a unit
    the gazetteer knows (an admin unit, or a name that is one too), not a town.
    """
    n = sc.n
    if j >= n or sc.low(j) not in ("in", "of"):
        return None
    k = j + 1
    while k < n and (
        sc.low(k) in _PART_WORDS
        or sc.low(k) == "the"
        or (sc.low(k) in _NEAR_OF and k + 1 < n and sc.low(k + 1) == "of")
        or (sc.low(k) == "of" and sc.low(k - 1) in _NEAR_OF)
    ):
        k += 1
    q = starts.get(k)
    if q is None or not q.ids:
        return None
    g = sc.g
    if any(g.kind[r] in (ADMIN1, ADMIN2) or _names_province(g, r) for r in q.ids[:10]):
        return q
    return None


def _names_province(g: Gazetteer, r: int) -> bool:
    """A province's capital of the same name ("Idleb", "Raqqa"): the name may mean either."""
    province = g.admin1[r]
    if g.kind[r] != CITY or g.population[r] < 100_000 or not province:
        return False
    return skeleton(name_key(province)) == skeleton(name_key(g.name[r]))


# Verbs whose object is a place: "shelled X", "stormed X" ("arrested X" takes a person).
_PLACE_OBJECT_LEMMAS = _words(
    "shell bombard bomb airstrike target raid storm capture recapture seize besiege overrun "
    "loot torch"
)


def _in_unit(sc: _Scanner, starts: dict[int, _Mention], i: int, j: int, prev: str) -> bool:
    """Whether a name the gazetteer lacks is a place because a province follows it.

    News on rural conflict names villages no gazetteer lists by their province alone
    ("shelled Kafr Nabl in Idleb"); a village "in the countryside of" a town is left to the
    town (ACLED codes it there). The small model guesses ORG, PERSON or NORP for most unknown
    names, so a label is no evidence after a verb whose object is a place ("shelled", "stormed"),
    unless the name is someone's surname in the text. Otherwise only "in" or "near" before it
    makes it a place ("a bomb in Albu Badran in Deir-ez-Zor", even if the model says ORG: one
    is at a shop, not in it), and never a PERSON ("arrested Quintavious in Cook County").
    """
    label = sc.label(i)
    attacked = (
        i > 0
        and sc.pos[i - 1] == VERB
        and sc.doc[i - 1].lemma_ in _PLACE_OBJECT_LEMMAS
        and sc.low(i) not in sc.surnames()
    )
    if not attacked and (label in ("PERSON", "NORP") or prev not in ("in", "near")):
        return False
    if j - i == 1 and is_common(sc.low(i)):
        return False
    return _unit_after(sc, starts, j) is not None


def _near_village(sc: _Scanner, i: int, j: int, prev: str, label: str) -> bool:
    """ "near Bohuslavske": a name after "near" that the model calls an organisation.

    The small model guesses ORG for many unfamiliar village names; one is near a place, and
    seldom near an organisation, so after "near" a name of one word (or two joined by a
    hyphen, "Kalynove-Borshchuvate") that ends the clause is a place's.
    """
    if label != "ORG" or prev != "near" or sc.tok[i].isupper():
        return False
    words = [k for k in range(i, j) if sc.tok[k] not in ("-", "–")]
    if len(words) > 2 or (len(words) == 2 and j - i != 3):
        return False
    return j >= sc.n or not sc.tok[j][0].isalnum()


def _not_a_local_name(sc: _Scanner, i: int, j: int) -> bool:
    """Runs that are never a place the gazetteer lacks, whatever their context.

    A state's abbreviation ("Nashville, Tenn."), a police force ("outside Cleveland Police
    headquarters") or a run opened by an article ("A Boone County man": the county is the
    name, found on its own) would otherwise stand in for the town as a local name.
    """
    if name_key(sc.span_text(i, j)) in sc.g.us_abbrev:
        return True
    return sc.low(j - 1) in _JURISDICTION or sc.tok[i] in ("A", "An", "The")


def _list_prep(sc: _Scanner, k: int) -> int:
    """The preposition before a list of names that token `k` ("and", "or") continues, or -1.

    "between Macomia and Mucojo", "in Ananum, Zambana and Kwossa": the list's preposition.
    """
    t = k - 1
    while (
        t >= 0 and k - t < 16 and (sc.is_cap(t) or sc.tok[t] in (",", "-") or sc.low(t) in _CONNECT)
    ):
        t -= 1
    return t if 0 <= t < k - 1 and sc.low(t) in _AT_PREPS else -1


def _context(sc: _Scanner, m: _Mention) -> None:
    """A mention's context: entity label, preposition, kind word, home, actor, near."""
    n = sc.n
    i, j = m.start_tok, m.end_tok
    for k in range(i, j):
        label = sc.label(k)
        if label:
            m.label = label
            a, b = sc.ent_bounds(k)
            m.ent_whole = a >= i - 1 and b <= j + 1 and (b - a) <= (j - i) + 1
            if label == "ORG":
                extra = [sc.low(t) for t in (*range(a, i), *range(j, b))]
                # "the Ayamelum LGA", "the X district": a place with its kind, not an org
                m.in_org = any(w != "the" and w not in _KIND_WORDS for w in extra)
                if m.in_org and any(sc.low(t) in _JURISDICTION for t in range(j, b)):
                    m.in_org = False  # "Chicago Police Department": where the police work
                    m.jurisdiction = True
            elif label == "PERSON":
                m.in_person = b - a > j - i
                if m.in_person and any(sc.low(t) in _JURISDICTION for t in range(j, b)):
                    m.in_person = False  # "Bertie County Sheriff John Holley"
                    m.jurisdiction = True
                    m.label = ""
            break
    if m.label in ("ORG", "NORP") and m.ent_whole and not m.in_org:
        m.label = ""  # spaCy's guess for an unfamiliar name: no evidence either way
    k = i - 1
    if k >= 0 and sc.low(k) == "the":
        k -= 1
    if k >= 0 and sc.low(k) in _PART_WORDS:
        m.kind_word = m.kind_word or "(part)"  # "in central Van", "northern Syria"
        k -= 1
    if k >= 0:
        m.prep = sc.low(k)
        if m.prep in ("and", "or"):
            t = _list_prep(sc, k)
            if t >= 0:
                m.prep, k, m.listed = sc.low(t), t, True
    if (
        m.prep == "of"
        and k >= 2
        and sc.low(k - 1) in _UNIT_WORDS
        and sc.low(k - 2) in ("the", "a", "an")
    ):
        # "the town of Kafr Qaddum" (not "La Loma Verde district of Quito")
        m.kind_word = m.kind_word or sc.low(k - 1)
        if k >= 3 and sc.low(k - 3) in _AT_PREPS:
            m.prep = sc.low(k - 3)  # "in the town of Elmo"
    if k >= 0:
        p1 = m.prep
        p2 = sc.low(k - 1) if k >= 1 else ""
        if (
            p1 in _NEAR_WORDS
            or (p1 == "of" and p2 in _NEAR_OF)
            or (p1 == "from" and p2 in _DISTANCE)
        ):
            m.near = True
        if (p1 == "of" and p2 in _BEARINGS and (k < 2 or sc.low(k - 2) != "the")) or (
            p1 == "from" and p2 in _DISTANCE
        ):
            m.bearing = True  # not "in the north of X": a part of X
        if p1 == "of" and p2 in _NEAR_OF:
            m.prep = "near"  # "in the area of X", "the outskirts of X"
        if p1 == "to" and p2 == "close":
            m.near, m.prep = True, "near"  # "close to X" is "near X"
        if p1 == "in" and _taken_to_building(sc, k):
            m.dest = True  # "taken to Mount Sinai Hospital in Oak Park": the hospital's town
        if p1 == "of" and p2 in ("block", "blocks"):
            # US police give an address as "the 1200 block of (North) Pulaski": a street,
            # whatever town elsewhere bears its name
            m.street = True
        if p1 == "to":
            # "flown to Pemba", "taken by helicopter to ...": a few words back, same clause
            for t in range(k - 1, max(-1, k - 5), -1):
                w = sc.low(t)
                if w in _MOVE_WORDS:
                    m.dest = True
                    break
                if not sc.is_word(t):
                    break
        if (
            (p1 in ("of", "from") and p2 == "," and k >= 3 and sc.tok[k - 2].isdigit())
            or (p1 == "of" and p2 in _HOME_OF)
            or (p1 == "from" and p2 in _HOME_FROM)
            or (p1 == "in" and (p2 in _HOME_IN or (p2 == "up" and sc.low(k - 2) == "grew")))
        ):
            m.residence = True
    if j < n:
        nxt = sc.low(j)
        if nxt in ("police", "sheriff", "sheriff's", "firefighters") and sc.pos[j - 1] == PROPN:
            m.jurisdiction = True  # "Memphis police arrested ...": where the police work
        elif nxt in ("governor", "governorship") and sc.is_cap(j):
            m.jurisdiction = True  # "the Van Governor's Office": the province it governs
        if nxt in _SITE_WORDS and not m.kind_word:
            m.site_named = True
        if nxt in _KIND_WORDS and not m.kind_word:
            m.kind_word = nxt
            if nxt in _LOCAL_WORDS:
                m.near = True
        elif nxt in _PEOPLE and m.prep in ("a", "an", "the") and not m.kind_word:
            m.kind_word = "(people)"  # "a Uniontown man", "the Kokhanok family": a town's
        country = bool(m.ids) and sc.g.kind[m.ids[0]] == COUNTRY
        if country or nxt in _ACTOR_HEADS or (j + 1 < n and sc.low(j + 1) in _ACTOR_HEADS):
            tok = sc.doc[j - 1]  # a parse look-up only where it can matter
            if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i >= j:
                # "the US government", "Zambia's army", "the US dollar": not where it happened
                m.actor = country or tok.head.lower_ in _ACTOR_HEADS


def _taken_to_building(sc: _Scanner, k: int) -> bool:
    """Whether "in" at token `k` ends "taken [in good condition] to X Hospital in ...".

    Where the wounded were taken is the hospital's town, not the scene: the town after a
    named building that someone was moved to is a destination like "flown to Pemba".
    """
    t = k - 1
    if t < 0 or sc.low(t) not in _BUILDING_WORDS:
        return False
    while t >= 0 and k - t <= 8 and (sc.is_cap(t) or sc.tok[t] in ("-", "'s", "’s")):
        t -= 1
    if t < 0 or sc.low(t) == "the":
        t -= 1
    if t < 0 or sc.low(t) != "to":
        return False
    return any(sc.low(u) in _MOVE_WORDS for u in range(max(0, t - 5), t))


def _link_qualifiers(sc: _Scanner, mentions: list[_Mention]) -> None:
    """ "X, N.C." / "X, Donetsk" / "X (Djugu, Ituri)": the qualifier narrows X's candidates."""
    g, n = sc.g, sc.n
    by_start = {m.start_tok: m for m in mentions}
    for m in mentions:
        j = m.end_tok
        if m.kind_word and j < n and sc.low(j) == m.kind_word:
            j += 1
            if j + 1 < n and sc.low(j) in _KIND_WORDS and sc.tok[j + 1] == "(":
                j += 1  # "Shahpur sector area (Poonch district, J&K)"
        if j < n and sc.tok[j] == "(":
            # "Partizan hill (Kurdish name) in Haftanin region": an aside naming no place
            close = next((t for t in range(j + 1, min(n, j + 6)) if sc.tok[t] == ")"), -1)
            if (
                close > 0
                and close + 1 < n
                and sc.low(close + 1) in ("of", "in")
                and not any(t in by_start for t in range(j + 1, close))
            ):
                j = close + 1
        if j >= n:
            continue
        if sc.low(j) in ("of", "in") and (m.local or (m.ids and g.kind[m.ids[0]] != COUNTRY)):
            # "Desnianskyi district of Kyiv", "Debsi Afnan in Ar-Raqqa"
            k = j + 1
            while k < n and (
                sc.low(k) in _PART_WORDS
                or sc.low(k) in ("the", "rural")
                or (sc.low(k) in _NEAR_OF and k + 1 < n and sc.low(k + 1) == "of")
                or (sc.low(k) == "of" and sc.low(k - 1) in _NEAR_OF)
            ):
                k += 1  # "Dardara in the countryside of Ras Al Ain"
            q = by_start.get(k)
            _part_of(sc, m, q)
            if q is not None and q.qual_of is None and _admin_like(g, q):
                _qualify(m, q)
            elif q is not None and q.local and m.kind_word in _CITY_WORDS:
                q.qual_of = m  # "the village of Dardara in the countryside of Ras Al Ain"
            continue
        if sc.tok[j] == ",":
            q = by_start.get(j + 1)
            if q is not None and q.qual_of is None and _state_by_abbreviation(sc, m, q):
                continue
            if q is not None and q.qual_of is None and _admin_like(g, q):
                _qualify(m, q)
                if not m.partial:
                    # "in La Libertad, Arequipa, nurses ...": the model may read the pair as one
                    # organisation's name, as it does "Accra (Accra, Greater Accra)" below
                    m.in_org = m.in_org and m.in_building
                    q.in_org = q.in_org and q.in_building
                # "Gary, Lake County, Ind." / "Vitoria, Espirito Santo, Brazil"
                j2 = q.end_tok
                if j2 < n and sc.low(j2) in _KIND_WORDS:
                    j2 += 1
                if j2 + 1 < n and sc.tok[j2] == ",":
                    q2 = by_start.get(j2 + 1)
                    if q2 is not None and _admin_like(g, q2):
                        _qualify(m, q2)
                    else:
                        row = _us_abbrev(sc, j2 + 1, m)
                        if row is not None:
                            m.qual_rows.append(row)
                continue
            if j + 1 < n:
                row = _us_abbrev(sc, j + 1, m)
                if row is not None:
                    m.qual_rows.append(row)
        elif sc.tok[j] == "(":
            k = j + 1
            while k < n and sc.tok[k] != ")" and k - j < 14:
                q = by_start.get(k)
                if q is not None and q.ids and sc.low(k) not in _AGENCIES:
                    _qualify(m, q)
                    if not m.partial:
                        # "Accra (Accra, Greater Accra)": the model reads the chain as one
                        # organisation's name; a name qualified by admin names is a place
                        # (not so "the Abeokuta-Ayetoro (...) road": part of a longer name)
                        m.in_org = m.in_org and m.in_building
                        q.in_org = q.in_org and q.in_building
                    k = q.end_tok
                    continue
                if q is not None and q.local and not m.local:
                    q.qual_of = m  # "Onitsha (Onitsha North LGA, Anambra)": a container
                    k = q.end_tok
                    continue
                if q is None and sc.tok[k].isupper() and sc.tok[k - 1] in (",", "("):
                    # "(Poonch district, J&K)", "(Islamabad, FCT)": a province abbreviated
                    m.qual_rows.extend(g.abbreviated_admin1(sc.tok[k]))
                k += 1


_FEATURE_WORDS = _words("hill hills mountain mountains")
_REGION_OF = _words("region area")


def _part_of(sc: _Scanner, m: _Mention, q: _Mention | None) -> None:
    """ "the Kerji area of Farah city": a quarter the text itself places in a town it names as
    a town.

    ACLED codes such an event at the town (its gazetteer's populated place), not at the
    quarter: the quarter is a detail of it. Said without the town's kind ("the Lawndale
    neighborhood of Chicago"), or with no town ("the Cota 905 neighbourhood"), the quarter
    stays the place (`_local_site`); so does a village of a district ("X village of Y
    district"): a populated place of its own, which ACLED codes when its gazetteer has it.
    """
    if q is not None and m.kind_word in _FEATURE_WORDS and q.local and q.kind_word in _REGION_OF:
        # "Berxwedan hill in Haftanin region": a hill the gazetteers lack, in a named region
        # (ACLED's place) is a detail of the region
        m.part_of = q
        return
    if q is None or m.kind_word not in _QUARTER_WORDS or q.kind_word not in _CITY_WORDS:
        return
    if q.start_tok - m.end_tok <= 4:  # "X area of [the] Y city", not "in the east of Y city"
        m.part_of = q


def _state_by_abbreviation(sc: _Scanner, m: _Mention, q: _Mention) -> bool:
    """ "Kansas City, Kan.", "Lewis, Ky.": after a US town's name and a comma, an abbreviated
    state ("Kan." with its point) is the state, though the gazetteer also knows the letters
    as a town's name elsewhere ("Kan": Caen, Cannes). The state qualifies the town and the
    mention is the state's. Whether it was read so."""
    if q.end_tok - q.start_tok != 1 or not any(sc.g.cc[i] == "US" for i in m.ids[:25]):
        return False
    if "." not in sc.tok[q.start_tok]:
        return False
    row = _us_abbrev(sc, q.start_tok, m)
    if row is None:
        return False
    q.ids = (row,)
    q.qual_of = m
    m.qual_rows.append(row)
    return True


def _us_abbrev(sc: _Scanner, k: int, m: _Mention) -> int | None:
    """A US state after "Town, ": "N.C.", "Calif.", "Texas", or a postal code ("TX").

    A postal code counts only after a name the gazetteer knows in the US ("Tenkasi, TN" is
    in Tamil Nadu).
    """
    t = sc.tok[k]
    if k + 1 < sc.n and sc.tok[k + 1] == "." and not sc.space[k]:
        t = t + "."  # "W.Va" "."
    g = sc.g
    row = g.us_abbrev.get(name_key(t))
    if row is None:
        return None
    if t.isupper() and len(t) == 2 and t.isalpha():
        return row if any(g.cc[i] == "US" for i in m.ids[:25]) else None
    if "." in t or len(t) > 3:
        return row
    return None


def _qualify(m: _Mention, q: _Mention) -> None:
    q.qual_of = m
    m.quals.append(q)


_TITLE_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d+")


_TITLE_PARTS = re.compile(r"\s+[-|–—]\s+")
_SITE_NAME = re.compile(
    r"\.(?:com|net|org|tv)\b|\b(?:News|Weather|Sports|TV|Radio|Online|Channel|Homepage)\b|"
    r"^[KW][A-Z]{2,3}(?:-?TV|\d+)?\b",
)


_SITE_TOWN = re.compile(r"^[A-Z][\w .'-]{1,30}, [A-Z]{2}$")


def _headline(title: str) -> tuple[str, list[str]]:
    """The headline, and the site's name a page title may end with: "Man arrested - WALB.com,
    South Georgia News, Weather, Sports" is about a shooting, not about South Georgia (the
    outlet's region, which `_site_name_evidence` reads like a host name)."""
    parts = _TITLE_PARTS.split(title)
    tails = []
    while len(parts) > 1 and (
        _SITE_NAME.search(parts[-1])
        # "... - Live5News.com | Charleston, SC | News, Weather": the site's town between
        or (len(parts) > 2 and _SITE_TOWN.match(parts[-1]) and _SITE_NAME.search(parts[-2]))
    ):
        tails.append(parts.pop())
    return " - ".join(parts), tails


_SITE_STATE = re.compile(r",\s*([A-Z][A-Za-z]?[a-z]{0,3}\.?)(?=[\s|,]|$)")


def _site_name_evidence(g: Gazetteer, title: str | None, ev: _Evidence) -> None:
    """A US state or big city in the site's name after the headline ("Toledo News Now")."""
    if not title:
        return
    for tail in _headline(title)[1]:
        words = [w for w in re.findall(r"[A-Z][a-z]+", tail) if w not in ("News", "Weather")]
        keys = [name_key(" ".join(words[k : k + n])) for n in (2, 1) for k in range(len(words))]
        rows = [i for k in keys for i in g.lookup_key(k) if g.cc[i] == "US" and g.admin1[i]]
        # the state first ("for Youngstown-Warren Ohio": Ohio, not Warren, Michigan), also as
        # a postal code or abbreviation after a comma ("WTVM.com-Columbus, GA News": Georgia's
        # Columbus, not Ohio's)
        codes = [g.us_abbrev.get(name_key(c)) for c in _SITE_STATE.findall(tail)]
        rows += [r for r in codes if r is not None]
        states = {g.admin1[i] for i in rows if g.kind[i] == ADMIN1}
        for i in rows:
            big = g.kind[i] == CITY and g.population[i] >= 100_000
            if (g.kind[i] == ADMIN1 or big) and (not states or g.admin1[i] in states):
                ev.cc["US"] += 0.5
                ev.admin1[("US", g.admin1[i] or "")] += 0.75
                ev.outlet = ("US", g.admin1[i] or "")
                if g.kind[i] == CITY:
                    ev.host_row = i
                return


def _title_mentions(g: Gazetteer, title: str | None) -> list[_Mention]:
    """Place names in the headline (no spaCy parse: a light scan of capitalised words).

    Headlines are often in Title Case, so a word that is also an English word counts only
    when it names a country or a city of a million.
    """
    if not title:
        return []
    title = _headline(title)[0]
    toks = [(t.group(0).rstrip(".,:;"), t.start()) for t in _TITLE_TOKEN.finditer(title)]
    toks = [(w[:-2] if w.endswith(("'s", "’s")) else w, at) for w, at in toks]
    out: list[_Mention] = []
    # In Title Case every word is capitalised, so a capital says nothing: words that are also
    # English words need to be big places. In sentence case a capital marks a name.
    long_words = [w for w, _ in toks if len(w) > 3]
    title_case = sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    words = common_words() if title_case else _STOPLIKE
    i = 0
    while i < len(toks):
        w = toks[i][0]
        if not w or not w[0].isupper():
            i += 1
            continue
        found = None
        for j in range(min(len(toks), i + 5), i, -1):
            last = toks[j - 1][0]
            if not last or not last[0].isupper():
                continue
            if any(not (t[0][:1].isupper() or t[0] in _CONNECT) for t in toks[i:j]):
                continue
            key = name_key(" ".join(t[0] for t in toks[i:j]))
            ids = g.lookup_key(key)
            if ids:
                found = (j, key, ids)
                break
        if not found:
            i += 1
            continue
        j, key, ids = found
        big = any(g.kind[r] == COUNTRY or g.population[r] >= 100_000 for r in ids[:5])
        single = j - i == 1
        wordlike = key in words or key in _MONTHS_DAYS or key in _AGENCIES
        if single and wordlike and (not big or i == 0 or key in _STOPLIKE):
            i = j  # "Man arrested...", "Police: ..."
            continue
        if single and key in _PART_WORDS:
            i = j  # "Downtown Austin shooting", "Southwest Fresno": a part of the next name
            continue
        if single and w.isupper() and len(w) <= 4 and not any(g.kind[r] == COUNTRY for r in ids):
            i = j
            continue
        if _title_site(title, toks, i, j):
            i = j
            continue
        if not title_case and j < len(toks) and _title_run_goes_on(title, toks, j):
            i = j  # "... as Batang Lasi river bursts": the start of a longer name
            continue
        m = _Mention(i, j, -1, -1, " ".join(t[0] for t in toks[i:j]), key, ids, 0)
        m.title = True
        m.partial = True  # no parse to vouch for it: weak unless the text agrees
        if i > 0:
            m.prep = toks[i - 1][0].lower()
            m.near = m.prep in _NEAR_WORDS
        if j < len(toks) and toks[j][0].lower() in _KIND_WORDS:
            m.kind_word = toks[j][0].lower()
        elif not title_case and j < len(toks) and toks[j][0] in _TITLE_NOUNS:
            m.kind_word = "(people)"  # "Alturas shooting victims identified", "Apison toddler"
        out.append(m)
        i = j
    return out


def _title_site(title: str, toks: list[tuple[str, int]], i: int, j: int) -> bool:
    """Whether the headline's name at `i`..`j` is part of a site's or a ward's name.

    "... in Humboldt Park shooting", "Lower 9th Ward shooting", "Oak Street": a park, street or
    building named after a place (the headline has no parse to tell), or a numbered ward or
    district of a city ("9th Ward"), not the town of that name.
    """
    if j - i == 1 and toks[i][0].lower() in _SITE_WORDS | _KIND_WORDS:
        return True  # "Odunlami Street collapse": the street's word, not Street, Somerset
    # "Pine Hollow Apartments": a building's name goes on (in sentence case: in Title Case
    # "Columbus Shooting Near School" would read as one name; and not past an office,
    # "Jackson County Sheriff's Office", nor a high school, which is named after its town:
    # "Alpine High School")
    long_words = [w for w, _ in toks if len(w) > 3]
    title_case = sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    for k in range(j, min(len(toks), j + (1 if title_case else 3))):
        after = toks[k][0]
        if not after[:1].isupper() or after.lower() in _JURISDICTION or after == "High":
            break
        if after.lower() in _SITE_WORDS:
            return True
    return bool(re.search(r"\d(?:st|nd|rd|th)\s+$", title[: toks[i][1]], re.IGNORECASE))


def _title_run_goes_on(title: str, toks: list[tuple[str, int]], j: int) -> bool:
    """Whether a sentence-case headline's name runs on into another capitalised word that
    is not a kind of place or an office ("Batang Lasi river", not "Kano State", "Memphis
    Police"): a longer name the gazetteer lacks, of which the town's is only the start."""
    word, at = toks[j - 1]
    nxt = toks[j][0]
    if title[at + len(word) : toks[j][1]] != " " or not nxt[:1].isupper():
        return False
    low = nxt.lower()
    if low in _KIND_WORDS or low in _JURISDICTION or low in _STOPLIKE or nxt.isupper():
        return False
    return nxt != "High"  # "Alpine High School": a high school is named after its town


# Lower-case nouns a local headline puts after its town's name ("Alturas shooting ...").
_TITLE_NOUNS = _PEOPLE | _words(
    "shooting shootings shootout standoff homicide murder police deputies officer officers "
    "toddler child children teen teens boy girl"
)


# --------------------------------------------------------------------------- evidence


@dataclass(slots=True)
class _Evidence:
    """Weights of countries and admin1 units in the text (and the outlet)."""

    cc: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    demonyms: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    title_keys: frozenset[str] = frozenset()
    host_row: int = -1  # a US city the outlet's host names ("dallasnews"): the local paper's
    outlet: tuple[str, str] | None = None  # the US state the outlet's address or name is in
    # (country, admin1, admin2) of every candidate of each name the text gives as a county
    # ("Washington County"), and of each town's candidates, by the name's key
    counties: dict[str, frozenset[tuple[str, str, str]]] = field(default_factory=dict)
    towns: dict[str, frozenset[tuple[str, str, str]]] = field(default_factory=dict)


def _outlet_evidence(g: Gazetteer, url: str | None, ev: _Evidence) -> None:
    """The outlet's country (its ccTLD) and, for a US host naming a city or state, its state."""
    if not url:
        return
    if "web.archive.org/" in url:
        inner = re.search(r"/(https?://.+)$", url)
        if inner:
            url = inner.group(1)
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return
    labels = host.split(".")
    if len(labels) < 2:
        return
    tld = "." + labels[-1]
    cc = g.tlds.get(tld)
    if cc and tld not in (".tv", ".co", ".me", ".io", ".fm", ".ly", ".am", ".ws", ".cc", ".to"):
        ev.cc[cc] += 1.0
    # "bbc.co.uk", "abc.net.au": the name before a second-level domain (not "www.ajc.com")
    second = len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2
    main = labels[-3] if second else labels[-2]
    if tld in (".com", ".org", ".net", ".us"):
        main = main.replace("-", "")
        if _CALL_SIGN.match(main):
            ev.cc["US"] += 0.5  # K... and W... broadcasters are American: "koat", "wsbtv"
        # "pittsburgh.cbslocal.com", "dnainfo.com/chicago/2015...": the edition's city, named
        # whole as a subdomain or a folder of the address (not the story's slug); a town's
        # edition of a regional outlet ("theadvocate.com/new_orleans/") is more precise than
        # the outlet's home city, and a smaller town names one too
        # ("northwestgeorgianews.com/rome/"), unless the folder is a newspaper's section
        # named like a town ("/enterprise/", "/mission/")
        path = urlsplit(url).path.split("/")[1:-1]
        for part in path[:3]:
            key = name_key(part.replace("-", " ").replace("_", " "))
            known = len(key) > 3 and key in g.index and key not in _SECTION_TOWNS
            if known and _us_place(g, key, ev, 20_000):
                return
        if _known_outlet(g, main, ev):
            return
        before = ev.host_row, dict(ev.admin1)
        _host_places(g, main, ev)
        if (ev.host_row, ev.admin1) != before:
            return
        for part in labels[:-2]:
            key = name_key(part)
            if len(key) > 3 and key in g.index and _us_place(g, key, ev):
                return


# Newspaper sections that US towns of 20,000 or more are also named (not an edition's town).
_SECTION_TOWNS = _words("enterprise mission independence opportunity commerce liberty")


@lru_cache(maxsize=512)
def _outlet_row(g: Gazetteer, main: str) -> int:
    """The gazetteer row of a known outlet's home city (-1 if none)."""
    entry = OUTLET_CITY.get(main)
    if entry is None:
        return -1
    city, code = entry.rsplit(", ", 1)
    state = g.us_abbrev.get(name_key(code))
    if state is None:
        return -1
    rows = [
        i
        for i in g.lookup_key(name_key(city))
        if g.cc[i] == "US" and g.kind[i] == CITY and g.admin1[i] == g.admin1[state]
    ]
    return max(rows, key=lambda i: g.population[i]) if rows else -1


def _known_outlet(g: Gazetteer, main: str, ev: _Evidence) -> bool:
    """Evidence for a known outlet's home state and city ("wsbtv": Atlanta); whether found."""
    row = _outlet_row(g, main)
    if row < 0:
        return False
    ev.cc["US"] += 0.5
    ev.admin1[("US", g.admin1[row] or "")] += 0.75
    ev.outlet = ("US", g.admin1[row] or "")
    ev.host_row = row
    return True


_CALL_SIGN = re.compile(r"^[kw][a-z]{2,3}(?:tv|am|fm|news|\d+|)(?:\d+|news|tv)?$")


def _host_places(g: Gazetteer, label: str, ev: _Evidence) -> None:
    """ "dallasnews", "kansascity", "texastribune": a US city or state in the host name."""
    keys = []
    label = label[:20]
    for size in range(min(len(label), 16), 4, -1):  # longest first; "kansas city" has a space
        for s in range(0, len(label) - size + 1):
            sub = label[s : s + size]
            keys.append(sub)
            keys.extend(sub[:k] + " " + sub[k:] for k in range(3, size - 2))
    for key in keys:
        if key in g.index and _us_place(g, key, ev):
            return


def _us_place(g: Gazetteer, key: str, ev: _Evidence, least: int = 100_000) -> bool:
    """Evidence for the US state or big US city named `key` (the outlet's); whether found."""
    for i in g.lookup_key(key):
        if g.cc[i] != "US" or not g.admin1[i]:
            continue
        if g.kind[i] == ADMIN1 or (g.kind[i] == CITY and g.population[i] >= least):
            ev.cc["US"] += 0.5
            ev.admin1[("US", g.admin1[i] or "")] += 0.75
            ev.outlet = ("US", g.admin1[i] or "")
            if g.kind[i] == CITY:
                ev.host_row = i
            return True
    return False


def _title_keys(mentions: list[_Mention]) -> frozenset[str]:
    return frozenset(m.key for m in mentions if m.title)


# Armed forces, groups and missions that act in one country only: evidence for it, like a
# demonym ("the OSCE SMM observed explosions near Lozove": Lozove in Ukraine). General
# knowledge of the conflicts; groups active across borders (Boko Haram, IS, PKK) are left out.
_ACTOR_COUNTRY = {
    "OSCE SMM": "UA",
    "Donbass People's Militia": "UA",
    "Houthi": "YE",
    "Houthis": "YE",
    "Taliban": "AF",
    "ANDSF": "AF",
    "Hezbollah": "LB",
    "FARDC": "CD",
    "MONUSCO": "CD",
    "AMISOM": "SO",
    "Tatmadaw": "MM",
    "Arakan Army": "MM",
    "Imbonerakure": "BI",
    "QSD": "SY",
    "SDF": "SY",
    "HTS": "SY",
    "Hamas": "PS",
    "ELN": "CO",
    "FARC": "CO",
    "Amhara Fano": "ET",
    # Forces, parties and terms of one country only (the country of the notes that name them)
    "GNA": "LY",
    "LNA": "LY",
    "STC": "YE",
    "pro-Hadi": "YE",
    "PMF": "IQ",
    "Hashd al-Shaabi": "IQ",
    "SSPDF": "SS",
    "SPLA-IO": "SS",
    "Al Shabaab": "SO",
    "Al shabaab": "SO",
    "al-Shabaab": "SO",
    "al Shabaab": "SO",
    "BJP": "IN",
    "CRPF": "IN",
    "MILF": "PH",
    "Barangay": "PH",
    "Barangays": "PH",
    "CODECO": "CD",
    "DGCIM": "VE",
    "Carabineros": "CL",
    "Artsakh": "AZ",
}
_ACTORS = re.compile(r"\b(" + "|".join(re.escape(a) for a in _ACTOR_COUNTRY) + r")\b")


def _demonym_evidence(g: Gazetteer, sc: _Scanner, ev: _Evidence) -> None:
    """Demonyms ("Venezuelan") and single-country actors ("Houthi") as country evidence."""
    demonyms = g.demonyms
    for t in sc.tok:
        if len(t) > 3 and t[0].isupper():
            cc = demonyms.get(t.lower())
            if cc:
                ev.cc[cc] += 0.5
                ev.demonyms[cc] += 1.0
    for hit in set(_ACTORS.findall(sc.text)):
        cc = _ACTOR_COUNTRY[hit]
        ev.cc[cc] += 0.5
        ev.demonyms[cc] += 1.0


# --------------------------------------------------------------------------- resolution


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


def _plausible(g: Gazetteer, m: _Mention, sc: _Scanner) -> bool:
    """Whether a gazetteer match is a place here at all (before choosing which place)."""
    if m.local or m.site or m.title:
        return True
    if m.label in _NON_PLACE_LABELS and (
        m.qual_of is None or any(c.isdigit() for c in m.text) or m.key in _MONTHS_DAYS
    ):
        return False  # "Haftanin region of Dahuk": the model's DATE, but a qualifier's place
    words = m.key.split()
    single = len(words) == 1
    if single and (
        words[0] in _MONTHS_DAYS
        or words[0] in _AGENCIES
        or words[0] in _JURISDICTION  # "Chicago Police": Police, Poland is not meant
        or words[0] in _ACTOR_HEADS
        or words[0] in _SITE_WORDS
        or words[0] in _KIND_WORDS
        or (words[0] in _PART_WORDS and not m.kind_word)
    ):
        return False
    if _is_region(g, m.key, m.ids):
        return False  # "Asia" is also a town in the Philippines
    if m.prep in _VESSEL_PREFIXES and sc.tok[m.start_tok - 1].isupper():
        return False  # "the MV Amani Kivu": a boat's name, not Amani (or Amman)
    if m.street or _is_side(m.key):
        return False
    if m.prep == "," and ("." in m.text or m.text.isupper()) and m.key in g.us_abbrev:
        return False  # "Fla." of "Belle Glade, Fla.": the town's qualifier, not a place
    if (
        m.text.isupper()
        and len(m.text) <= 4
        and not m.dateline
        and not any(g.kind[i] == COUNTRY for i in m.ids)
        and not (m.key in g.us_abbrev and sc.state_abbrev(m.start_tok))
    ):
        return False  # "AP", "UN", "ISIS": acronyms, unless a country's ("US", "UK", "DRC")
    top_pop = max(g.population[i] for i in m.ids[:20])
    country = any(g.kind[i] == COUNTRY for i in m.ids)
    supported = (
        bool(m.quals or m.qual_rows or m.qual_of)
        or m.kind_word != ""
        or m.dateline
        or m.jurisdiction
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
        and m.label not in ("PERSON", "ORG", "NORP")
        and (m.end_tok >= sc.n or sc.pos[m.end_tok] not in (PROPN, NOUN))
    )
    if wordlike and not country and top_pop < 1_000_000:
        if not (spacy_place or supported or proper_at):
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
    elif m.fuzzy or not _is_primary(g, i, m.key):
        s -= 2.0
    w = ev.cc.get(cc, 0.0)
    if w > 0:
        s += 2.5 * min(w, 3.0) ** 0.5
    a1 = g.admin1[i]
    if a1 is not None and kind != COUNTRY:
        wa = ev.admin1.get((cc, a1), 0.0)
        if wa > 0:
            s += 3.0 * min(wa, 3.0) ** 0.5
    host = ev.host_row
    if host >= 0 and kind == CITY and cc == g.cc[host] and i != host:
        # A local outlet reports its region's news: a town near the outlet's city beats a
        # bigger namesake far away ("Alturas" in a Klamath Falls paper is California's, not
        # Florida's; "Newark" in a New York station's story is New Jersey's).
        dy = (g.lat[i] - g.lat[host]) * 111.2
        dx = (g.lon[i] - g.lon[host]) * 111.2 * math.cos(math.radians(g.lat[host]))
        if math.hypot(dx, dy) <= 250.0:
            s += 2.0
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
    elif kw in _ADMIN2_WORDS:
        s += 4.0 if kind == ADMIN2 else (2.0 if kind == ADMIN1 else -1.0)
    elif kw in _CITY_WORDS:
        s += 2.0 if kind == CITY else -2.0
    elif kind in (ADMIN1, ADMIN2) and any(
        g.kind[c] == CITY
        and g.cc[c] == cc
        and (g.admin1[c] == a1 or g.population[c] >= 100_000)
        and (_is_primary(g, c, m.key) or g.population[c] >= 1_000_000)
        for c in m.ids[:10]
    ):
        # "Idlib", "Kandahar", "Washington": the city unless "province" says otherwise; so
        # too a city of a million under another name ("Kiev": Kyiv, not its oblast)
        s -= 1.5
    return s


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
        if (
            m.actor
            or m.in_org
            or m.fuzzy
            or (m.partial and not m.title)
            or m.site_named  # "the Saray square": a square named after a town, not the town
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
        if not m.ids or m.title or m.in_org:
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
        counties=base.counties,
        towns=base.towns,
    )
    for key, (i, w) in votes.items():
        if key == skip:
            continue
        ev.cc[g.cc[i]] += w
        if g.kind[i] != COUNTRY and g.admin1[i]:
            ev.admin1[(g.cc[i], g.admin1[i] or "")] += w
    return ev


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
    pop = g.population[i]
    if m.site_named and kind == CITY and pop < 100_000 and cc_w < 0.5 and top_w > 0.0:
        return False  # "taken to Medina hospital" in a Somali story: the hospital's name
    if m.fuzzy:  # a spelling match only: the rest of the text must point there
        if kind == ADMIN1:
            return ev.cc.get(cc, 0.0) >= 0.5
        return ev.admin1.get((cc, g.admin1[i] or ""), 0.0) >= 0.5
    primary = kind != CITY or _is_primary(g, i, m.key)
    spacy_place = m.label in _PLACE_LABELS and m.ent_whole and not m.partial
    in_country = cc_w >= 0.5
    in_admin1 = ev.admin1.get((cc, g.admin1[i] or ""), 0.0) >= 0.5
    # "the Van Governor's Office": part of an office's name, but the office names its province
    partial = m.partial and not (m.jurisdiction and m.ids and g.kind[m.ids[0]] == ADMIN1)
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
    home = _near_outlet(g, i, ev)
    bare = kind == CITY and not in_admin1 and not m.dateline and not home
    if bare and _outlet_state_elsewhere(g, i, ev):
        return False  # "a shooting in Austin" in a Chicago paper: its Austin neighbourhood
    if kind == CITY and not in_admin1 and not m.dateline and pop < 300_000 and not home:
        # another state of the same country is named, this one is not: "Jackson" with
        # "Butts County" (Georgia) is not Jackson, Mississippi
        a1 = g.admin1[i]
        # (not a town the country has only one of, placed by a kind of unit: "HARARE - ... in
        # Mazowe district" is Mashonaland Central's Mazowe)
        alone = cc != "US" and attested and m.kind_word in _ADMIN2_WORDS
        alone = alone and sum(g.cc[c] == cc for c in m.ids[:25]) == 1
        if (
            max((w for (c, a), w in ev.admin1.items() if c == cc and a != a1), default=0.0) >= 1.0
            and not alone
        ):
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
    if pop >= 50_000 or in_admin1:
        return True
    if in_country and (
        spacy_place or m.prep in _AT_PREPS or m.kind_word or m.dateline or m.jurisdiction
    ):
        return True
    if spacy_place and pop >= 5_000:
        return True
    if m.prep in _AT_PREPS and m.label in ("", "GPE", "LOC", "PERSON"):
        return top_w < 0.5 or in_country
    return kind == ADMIN2 and (spacy_place or m.kind_word != "")


def _near_outlet(g: Gazetteer, i: int, ev: _Evidence, km: float = 80.0) -> bool:
    """Whether row `i` lies within `km` of the local outlet's home city (a metro area)."""
    host = ev.host_row
    if host < 0 or g.cc[host] != g.cc[i]:
        return False
    dy = (g.lat[i] - g.lat[host]) * 111.2
    dx = (g.lon[i] - g.lon[host]) * 111.2 * math.cos(math.radians(g.lat[host]))
    return math.hypot(dx, dy) <= km


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


def _resolve(g: Gazetteer, mentions: list[_Mention], base: _Evidence) -> _Evidence:
    """Choose each mention's place, in passes that see the other names' choices.

    Returns the evidence with every name's final vote (what the event scoring reads).
    """
    named = [m for m in mentions if m.ids]
    for m in named:
        m.best = max(m.ids[:25], key=lambda i: _candidate_score(g, i, m, base, []))
    for _ in range(2):
        votes = _votes(g, mentions)
        cache: dict[str, _Evidence] = {}
        # Qualifiers first: "Donetsk" in "Shakhta, Donetsk" settles before "Shakhta" does.
        for m in sorted(named, key=lambda m: m.qual_of is None):
            ev = cache.get(m.key)
            if ev is None:
                ev = cache[m.key] = _with_votes(g, base, votes, skip=m.key)
            quals = m.qualifier_rows()
            m.best = max(m.ids[:25], key=lambda i: _candidate_score(g, i, m, ev, quals))
    # Names whose qualifier no candidate fits: a local name within it, or a bad qualifier.
    for m in named:
        quals = m.qualifier_rows()
        if m.best < 0 or not quals or _fits(g, m.best, quals):
            continue
        if m.quals and not m.qual_rows and all(q.fuzzy for q in m.quals):
            # "Lensk district of Yakutia": a spelling match ("Yakutia" for Kyoto?) is no
            # reason to doubt a name the gazetteer knows; the qualifier goes
            for q in m.quals:
                q.qual_of, q.best = None, -1
            m.quals = []
            continue
        if _unit_fallback(g, m, base):
            continue
        if _trust_head(g, m, base):
            # "Bafoussam town (Mifi, Ouest)": a big town, and a qualifier GeoNames names
            # otherwise (it writes "West"): the qualifier goes.
            for q in m.quals:
                q.qual_of, q.best, q.dropped_by = None, -1, m
            m.quals, m.qual_rows = [], []
        else:
            # "Ahmadabad district, Paktia": no Ahmadabad in Paktia; a local name in it.
            m.best, m.ids, m.local = -1, (), True
    votes = _votes(g, mentions)
    for m in sorted(named, key=lambda m: m.qual_of is None):
        if m.best < 0:
            continue
        quals = m.qualifier_rows()
        if not _strength(g, m.best, m, _with_votes(g, base, votes, skip=m.key), quals):
            m.best = -1
            if _locative(m):
                m.local, m.weak_local = True, not m.kind_word  # "near Vodyane"
    final = _with_votes(g, base, _votes(g, mentions))
    _neighbourhoods(g, mentions, final)
    return _with_votes(g, base, _votes(g, mentions))


def _neighbourhoods(g: Gazetteer, mentions: list[_Mention], ev: _Evidence) -> None:
    """ "the Lawndale neighborhood": a town of that name elsewhere is not it: a local name."""
    keys = set()
    for m in mentions:
        if m.best < 0 or m.kind_word not in _NEIGHBOURHOOD_WORDS or g.kind[m.best] != CITY:
            continue
        if m.kind_word == "district" and g.cc[m.best] != "US":
            continue  # "in Mazowe district" (Zimbabwe): a unit named after its town
        own = (g.cc[m.best], g.admin1[m.best] or "")
        if ev.admin1.get(own, 0.0) - 0.5 < 0.5 and any(
            w >= 0.5 for a, w in ev.admin1.items() if a != own
        ):
            # (a text naming no other place at all has no other town for it to be part of:
            # "the Lensk district of Yakutia" is Lensk)
            m.best, m.ids, m.local = -1, (), True
            keys.add(m.key)
    for m in mentions:
        if m.title and m.key in keys:
            m.best = -1


def _unit_fallback(g: Gazetteer, m: _Mention, base: _Evidence) -> bool:
    """A qualifier named with its kind of unit may be another country's unit without it.

    "Montego Bay, Saint James Parish": GeoNames has a "St. James Parish" (Louisiana) under the
    whole name, and Jamaica's parish only as "Saint James". When no candidate of the head fits
    the qualifier as found, its admin units named without the kind word are tried; a fit
    settles both names.
    """
    best: tuple[float, int, int, _Mention] | None = None
    for q in m.quals:
        words = q.key.split()
        if len(words) < 2 or words[-1] not in _UNIT_WORDS:
            continue
        extra = [
            r
            for r in g.lookup_key(" ".join(words[:-1]))[:25]
            if g.kind[r] in (ADMIN1, ADMIN2) and r not in q.ids
        ]
        for r in extra:
            for c in m.ids[:25]:
                if _fits(g, c, [r]):
                    s = _candidate_score(g, c, m, base, [r])
                    if best is None or s > best[0]:
                        best = (s, c, r, q)
    if best is None:
        return False
    _, c, r, q = best
    m.best, q.best, q.ids = c, r, (r, *q.ids)
    return True


def _trust_head(g: Gazetteer, m: _Mention, base: _Evidence) -> bool:
    """Whether a name whose qualifier does not fit is still the gazetteer's place."""
    i = max(m.ids[:25], key=lambda i: _candidate_score(g, i, m, base, []))
    if m.kind_word in _ADMIN1_WORDS or m.kind_word in _ADMIN2_WORDS:
        return False
    return g.kind[i] == CITY and g.population[i] >= 100_000 and _is_primary(g, i, m.key)


def _locative(m: _Mention) -> bool:
    """Whether the context alone says a name is a place ("in X", "near X", "X village")."""
    if m.title or m.in_org or m.in_person or m.label in ("ORG", "NORP", "PERSON"):
        return False
    if (m.kind_word and m.kind_word != "(part)") or m.in_unit:
        return True
    return m.prep in _AT_PREPS and len(m.key) > 3 and m.key not in common_words()


# --------------------------------------------------------------------------- the event place


@lru_cache(maxsize=1)
def _event_lemma_hashes() -> frozenset[int]:
    from spacy.strings import StringStore

    strings = StringStore()
    return frozenset(strings.add(w) for w in _EVENT_LEMMAS)


def _event_sentences(ctx: Context, sc: _Scanner) -> set[int]:
    """Sentences with a casualty claim (from `counts`) or an event verb."""
    out: set[int] = set()
    starts_char = [sc.idx[k] for k in sc.sent_starts] if sc.n else [0]
    for f in _CASUALTY_FIELDS:
        for c in ctx.claims_for(f):
            out.add(bisect_right(starts_char, c.start) - 1)
    if sc.n:
        limit = sc.sent_starts[12] if len(sc.sent_starts) > 12 else sc.n
        arr = ctx.doc.to_array([POS, LEMMA])[:limit]
        hashes = _event_lemma_hashes()
        for k in (arr[:, 0] == VERB).nonzero()[0].tolist():
            if int(arr[k, 1]) in hashes:
                out.add(sc.sent_of(k))
    return out


def _event_score(g: Gazetteer, m: _Mention, ev_sents: set[int], ev: _Evidence) -> float:
    """How likely a mention names the place of the event."""
    e = 0.0
    if m.title:
        e += 2.5
    else:
        e += (3.0, 2.0, 1.2, 0.8, 0.5)[m.sent] if m.sent < 5 else 0.2
        if m.key in ev.title_keys:
            e += 2.0
        if m.sent in ev_sents:
            e += 1.5
    if m.prep in _AT_PREPS:
        e += 1.5
    if m.residence or m.dest:
        e -= 3.0
    elif m.prep == "from":
        e -= 1.0
    if m.in_org:
        e -= 4.0 if m.in_building else 2.0
    if m.jurisdiction:
        e += 0.5
    if m.dateline:
        e += 3.0
    if m.qual_of is not None:
        e -= 1.0
    if m.best >= 0:
        kind = g.kind[m.best]
        e += {CITY: 1.0, ADMIN2: 0.5, ADMIN1: 0.0, COUNTRY: -1.5}[kind]
        if m.actor and kind == COUNTRY:
            e -= 4.0
        if m.quals or m.qual_rows:
            e += 0.5
    return e


_STREET_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|"
    r"Blvd\.?|Drive|Lane|Parkway|Pike|Highway|Corridor)\b"
)


def _streets_and_surnames(ctx: Context) -> tuple[set[str], set[str]]:
    """Names the text uses for streets ("Lamar Avenue") and the surnames of the people it
    names ("Marcus Hale"): met again alone, they are the street and the person."""
    streets = {m.group(1) for m in _STREET_NAME.finditer(ctx.article.text)}
    surnames = {
        e[-1].text for e in ctx.doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title
    }
    return streets, surnames


def _event_place(
    g: Gazetteer, ctx: Context, sc: _Scanner, mentions: list[_Mention], ev: _Evidence
) -> tuple[int, list[_Mention]]:
    """The row where the event happened (or -1), and the mentions that name it."""
    ev_sents = _event_sentences(ctx, sc)
    streets, surnames = _streets_and_surnames(ctx)
    named = streets | surnames
    regions = {
        (g.cc[m.best], g.admin1[m.best])
        for m in mentions
        if m.best >= 0 and sc.text[m.start : m.end] not in named and not m.dateline
    }
    by_row: dict[int, list[_Mention]] = defaultdict(list)
    for m in mentions:
        m.event = _event_score(g, m, ev_sents, ev)
        if (
            m.best >= 0
            and not (m.quals or m.qual_rows)
            and sc.text[m.start : m.end] in named
            and regions
            and (g.cc[m.best], g.admin1[m.best]) not in regions
        ):
            # "the Lamar corridor" after "a Lamar Avenue gas station" is the street, and
            # "believe Hale was the target" after "Marcus Hale" the man, not Lamar, Colorado
            # or Hale, England, in a Memphis story (a town of that name is qualified, "Lamar,
            # Colo.", or lies where the story's other places are: "Perris Boulevard")
            m.event -= 6.0
        if m.best >= 0 and not m.dest and not (m.actor and g.kind[m.best] == COUNTRY):
            # not "the US dollar", "Zambia's army", "were taken to Damascus"
            by_row[m.best].append(m)
    if not by_row:
        return -1, []
    # A dateline in another country than the story's is where the reporter was.
    weights: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.best >= 0 and not m.dateline:
            weights[g.cc[m.best]] += 1.0
    for cc, w in ev.demonyms.items():
        weights[cc] += 0.5 * w
    if weights:
        top = max(weights, key=lambda c: weights[c])
        for m in mentions:
            if (
                m.dateline
                and m.best >= 0
                and g.cc[m.best] != top
                and weights[top] >= 1.0
                and weights.get(g.cc[m.best], 0.0) < weights[top] / 2
            ):
                m.event -= 6.0
    # "MAPUTO - ... a mine on a road in the northern province of Cabo Delgado": a dateline
    # outside the province the story's event sentences name is the bureau, not the scene.
    provinces = {
        (g.cc[m.best], g.admin1[m.best])
        for m in mentions
        if m.best >= 0
        and g.kind[m.best] == ADMIN1
        and not m.title
        and m.sent in ev_sents
        and (m.prep in _AT_PREPS | {"of", "'s", "’s"} or m.kind_word in _ADMIN1_WORDS)
    }
    for m in mentions:
        if (
            m.dateline
            and m.best >= 0
            and g.kind[m.best] == CITY
            and provinces
            and (g.cc[m.best], g.admin1[m.best]) not in provinces
        ):
            m.event -= 6.0
    # "HARARE (Global Wire) - ... a mine north of Harare ... in Mazowe district": a wire
    # dateline is where the reporter filed from, and a town the scene is measured from is a
    # landmark; both give way when the event sentences set the event in another place.
    scene = [
        o
        for o in mentions
        if not (o.dateline or o.title or o.bearing or o.residence or o.dest or o.in_org)
        and not o.actor
        and o.sent in ev_sents
        and o.best >= 0
        and g.kind[o.best] != COUNTRY
        and (o.prep in _AT_PREPS | {"'s", "’s"} or o.kind_word in _UNIT_WORDS)
    ]
    for m in mentions:
        if m.best < 0 or g.kind[m.best] != CITY or not (m.dateline or m.bearing):
            continue
        area = (g.cc[m.best], g.admin1[m.best])
        if any(
            g.cc[o.best] == area[0]
            and (g.admin1[o.best] != area[1] or not m.dateline)
            and o.best != m.best
            and o.key != m.key  # "BUENOS AIRES - ... in Buenos Aires": the same name
            for o in scene
        ):
            m.event -= 6.0 if m.dateline else 4.0
    for m in mentions:
        m.ev_sent = m.sent in ev_sents and not m.title
    totals: dict[int, float] = {}
    for row, ms in by_row.items():
        scores = sorted((m.event for m in ms), reverse=True)
        totals[row] = scores[0] + 0.5 * sum(min(s, 3.0) for s in scores[1:4] if s > 0)
    # A country or province mentioned supports the places within it.
    support = dict(totals)
    for row in totals:
        if g.kind[row] not in (CITY, ADMIN2):
            continue
        for other, t in support.items():
            if t <= 0 or other == row:
                continue
            ok = g.kind[other]
            if g.cc[other] == g.cc[row] and (
                ok == COUNTRY or (ok == ADMIN1 and g.admin1[other] == g.admin1[row])
            ):
                totals[row] += 0.25 * t
    best = max(totals, key=lambda r: totals[r])
    if g.kind[best] == ADMIN2:
        # "Marion County deputies ... in Belleview": the town in the county
        inner = [
            r
            for r in totals
            if g.kind[r] == CITY
            and g.cc[r] == g.cc[best]
            and g.admin1[r] == g.admin1[best]
            and g.admin2[r] == g.admin2[best]
            and totals[r] > 0
        ]
        if inner:
            best = max(inner, key=lambda r: totals[r])
    if g.kind[best] in (COUNTRY, ADMIN1):
        inner = [
            r
            for r in totals
            if g.kind[r] in (CITY, ADMIN2)
            and g.cc[r] == g.cc[best]
            and (g.kind[best] == COUNTRY or g.admin1[r] == g.admin1[best])
            and totals[r] > 0
        ]
        if inner:
            best = max(inner, key=lambda r: totals[r])
    if totals[best] <= -2.0:
        return -1, []
    return best, by_row[best]


def _local_site(
    g: Gazetteer, mentions: list[_Mention], best: int, best_ms: list[_Mention]
) -> _Mention | None:
    """A neighbourhood, village or camp the gazetteer lacks, inside the event's place."""
    fine = best >= 0 and g.kind[best] in (CITY, ADMIN2)
    cands = [
        m
        for m in mentions
        if m.local
        and (m.qual_of is None or m.qual_of.site)  # not the container of another place
        and not m.residence
        and not m.dest
        and not m.in_org
        and not (m.weak_local and fine)  # "in X" alone does not replace a resolved town
        and not (m.listed and fine)  # "between Mueda and Ntchinga": a peer of the town
    ]
    if not cands:
        return None
    body = [b for b in best_ms if not b.title]
    top = max((b.event for b in body), default=0.0)
    anchors = [b for b in body if b.event >= top - 2.5]  # where the text names the event's place

    def beside(m: _Mention) -> bool:
        return any(abs(m.sent - b.sent) <= 1 for b in anchors)

    if fine:
        # A name with no kind of place ("in Latin America") far from where the text puts the
        # event is another place the story mentions, not a part of the event's town.
        # Nor is a village the event sentences do not place it in ("residents of X, a village
        # 30 km away, said they heard the blast").
        cands = [
            m
            for m in cands
            if (m.ev_sent or m.sent == 0 or (m.sent == 1 and m.kind_word not in _CITY_WORDS))
            and (
                m.sent <= 1
                or beside(m)
                or ((m.kind_word or m.quals or m.label in _PLACE_LABELS) and m.event >= 2.5)
            )
        ]
        if not cands:
            return None

    def score(m: _Mention) -> float:
        s = m.event
        if beside(m):
            s += 1.0
        if m.kind_word:
            s += 1.0
        if best >= 0 and m.quals and not _fits(g, best, m.qualifier_rows()):
            s -= 3.0  # qualified by another place than the event's
        return s

    cand = max(cands, key=score)
    if score(cand) < 1.5:
        return None
    if fine and g.kind[best] == CITY and g.population[best] >= 1_000_000:
        # "a village in Mogadishu-Karan district": the big city's district, named as ACLED
        # names it ("City-District"), is the place of what lies in it
        city = _key_of(g.name[best]) + " "
        for m in cands:
            if m is not cand and m.sent == cand.sent and m.key.startswith(city):
                return m
    if cand.part_of is not None:
        # "the Kerji area of Farah city": the town is the place; a town the gazetteer lacks
        # ("Blamadougdje neighbourhood of Kolofata town") is the local name instead
        return cand.part_of if cand.part_of.local else None
    if (
        fine
        and g.kind[best] == CITY
        and cand.kind_word in _QUARTER_WORDS
        and any(b.sent == cand.sent and b.start < cand.start and b.quals for b in body)
    ):
        # "In Sinop, Mato Grosso, a man was shot in the Vila Mariana neighborhood": the sentence
        # sets the event in the town (named with its province); the quarter is a detail of it.
        # (Named on its own, "Residents of the X neighbourhood said ...", it is the place.)
        return None
    if best >= 0 and not fine and cand.weak_local and cand.sent > 1:
        return None
    return cand


# --------------------------------------------------------------------------- the component


def _free_orphan_qualifiers(mentions: list[_Mention]) -> bool:
    """Give back the qualifiers dropped for a name that then resolved to nothing.

    "shelled Sfuhen in Jabal al-Zawiya in Idleb": "al-Zawiya" is first trusted as a big town
    (Zawiya, in Libya) and its qualifier "Idleb" dropped as a misreading (`_trust_head`); then
    the town fails on the evidence and goes too. "Idleb" still says where the event was: it is
    resolved again on its own. Returns whether any was given back.
    """
    freed = False
    for m in mentions:
        if m.dropped_by is not None and m.dropped_by.best < 0 and m.ids:
            m.dropped_by = None
            freed = True
    return freed


def annotate(ctx: Context) -> None:
    """Find, resolve and rank the article's places; set the event's place fields."""
    g = get_gazetteer()
    sc = _Scanner(g, ctx.doc, ctx.article.text)
    mentions = [m for m in _scan(sc) if _plausible(g, m, sc)]
    kept = set(mentions)
    for m in mentions:
        m.quals = [q for q in m.quals if q in kept]
        if m.qual_of is not None and m.qual_of not in kept:
            m.qual_of = None
    mentions.extend(_title_mentions(g, ctx.article.title))
    base = _Evidence()
    _outlet_evidence(g, ctx.article.url, base)
    if base.host_row < 0:
        _site_name_evidence(g, ctx.article.title, base)
    _demonym_evidence(g, sc, base)
    base.title_keys = _title_keys(mentions)
    base.counties, base.towns = _named_units(g, mentions)
    for m in mentions:
        for q in m.qual_rows:
            base.cc[g.cc[q]] += 0.5
            qa1 = g.admin1[q]
            if qa1:
                base.admin1[(g.cc[q], qa1)] += 0.5
    ev = _resolve(g, mentions, base)
    if _free_orphan_qualifiers(mentions):
        ev = _resolve(g, mentions, base)
    best, best_ms = _event_place(g, ctx, sc, mentions, ev)
    local = _local_site(g, mentions, best, best_ms)
    if best >= 0 and local is not None and local.quals:
        # The site's own qualifier is the better container: "Takalout (Kidal)".
        inner = [q.best for q in local.quals if q.best >= 0]
        if inner and not any(_fits(g, best, [q]) for q in inner):
            best, best_ms = inner[0], [q for q in local.quals if q.best == inner[0]]
    if best < 0 and local is not None and local.quals:
        inner = [q.best for q in local.quals if q.best >= 0]
        if inner:
            best = inner[0]
            best_ms = [q for q in local.quals if q.best == best]
    if (
        (best < 0 or g.kind[best] == COUNTRY)
        and local is not None
        and len({g.cc[r] for r in local.qual_rows}) == 1
    ):
        # "Damaracherla village (Nalgoda, TS)": only the abbreviated province is known (and it
        # is the site's own: "fire across the LoC at X sector (Haveli district, AJK)" is in
        # Pakistan, whichever country the sentence names first)
        best, best_ms = local.qual_rows[0], []
    host = base.host_row
    if best < 0 and local is None and host >= 0 and not base.demonyms:
        # No place named at all in a local paper's story: the paper's city, approximately.
        best, best_ms = host, []
    elif (
        best >= 0
        and (local is None or _us_neighbourhood(g, local, host))
        and host >= 0
        and g.kind[best] == ADMIN2
        and (g.cc[host], g.admin1[host], g.admin2[host])
        == (g.cc[best], g.admin1[best], g.admin2[best])
    ):
        # "a Lucas County grand jury" in the Toledo paper: the paper's city in that county
        # (and the city a neighbourhood of that county lies in: "the Park Manor neighborhood"
        # with "Cook County" in the Chicago paper)
        best, best_ms = host, []
    elif (
        best >= 0
        and local is None
        and host >= 0
        and g.kind[best] in (ADMIN1, COUNTRY)
        and all(m.sent >= 2 and not m.title for m in best_ms)
    ):
        # a local paper's story that names only a state, and only further down ("his record in
        # Texas"): the paper's city, approximately
        best, best_ms = host, []
    _write(ctx, g, mentions, best, best_ms, local, _country_evidence(g, ev, base))


def _country_evidence(g: Gazetteer, ev: _Evidence, base: _Evidence) -> str:
    """The country the text points to when no place in it resolves (or ""): its demonyms and
    single-country actors ("Venezuelan troops", "the OSCE SMM"), else a clear lead among the
    countries its resolved names and outlet point to."""
    if base.demonyms:
        return max(base.demonyms, key=lambda c: base.demonyms[c])
    weights = sorted(ev.cc.items(), key=lambda kv: -kv[1])
    if (
        weights
        and weights[0][1] >= 1.0
        and (len(weights) == 1 or weights[1][1] * 2 <= weights[0][1])
    ):
        return weights[0][0]
    return ""


def _containers(g: Gazetteer, mentions: list[_Mention], best: int) -> set[int]:
    """Bigger towns named in the text that the event's place lies in or beside.

    "Coney Island ... Brooklyn": the event is in both; they take the role "event" too.
    """
    if best < 0 or g.kind[best] != CITY:
        return set()
    out = set()
    for m in mentions:
        i = m.best
        if i < 0 or i == best or g.kind[i] != CITY or g.cc[i] != g.cc[best]:
            continue
        if g.admin1[i] != g.admin1[best] or g.population[i] < 3 * g.population[best]:
            continue
        dy = (g.lat[i] - g.lat[best]) * 111.2
        dx = (g.lon[i] - g.lon[best]) * 111.2 * math.cos(math.radians(g.lat[best]))
        if math.hypot(dx, dy) <= 20.0:
            out.add(i)
    return out


def _precision(g: Gazetteer, row: int, ms: list[_Mention]) -> int:
    kind = g.kind[row]
    if kind == ADMIN1:
        return 3
    if kind == ADMIN2:
        return 2
    body = [m for m in ms if not m.title] or ms
    if not body:
        return 2  # known only from the outlet: somewhere in its city
    return 2 if body[0].near else 1


def _at_capital(g: Gazetteer, event: Event, cc: str) -> None:
    """A country alone: the event placed at its capital, geo precision 3.

    "The Turkish government extended the curfew", "lawmakers in Iraq approved ...": a national
    event, or one the report places no finer than the country. ACLED codes both at the
    capital with precision 3 (only the larger region is known); so do we, so that the event
    has coordinates and an admin1 like any other, marked as approximate.
    """
    row = g.countries.get(cc)
    seat = g.seat[row] if row is not None else -1
    if seat < 0:
        return
    p = g.place(seat)
    event.location = p["name"]
    event.admin1, event.admin2 = p["admin1"], p["admin2"]
    event.latitude, event.longitude = p["latitude"], p["longitude"]
    event.geo_precision = 3


def _write(
    ctx: Context,
    g: Gazetteer,
    mentions: list[_Mention],
    best: int,
    best_ms: list[_Mention],
    local: _Mention | None,
    country: str,
) -> None:
    event = ctx.event
    around = _containers(g, mentions, best)
    for m in mentions:
        if m.title or (m.best < 0 and not (m.local or m.site)):
            continue
        place = g.place(m.best) if m.best >= 0 else None
        if m is local or (m.best >= 0 and (m.best == best or m.best in around)):
            role = "event"
        elif m.dateline:
            role = "dateline"
        elif m.residence:
            role = "residence"
        elif m.qual_of is not None:
            role = "qualifier"
        elif m.site:
            role = "site"
        else:
            role = "mention"
        attrs: dict[str, Any] = {}
        if m.kind_word:
            attrs["kind"] = m.kind_word
        if place is None:
            attrs["unresolved"] = True
        elif role == "event":
            place["role"] = "event"
        ctx.places.append(PlaceMention(m.text, m.start, m.end, place, role, attrs))
    parent = g.parent[best] if best >= 0 and g.kind[best] == CITY else -1
    named = [m for m in best_ms if not m.title]
    if parent >= 0 and parent not in around and named:
        # "Brighton Park" is a part of Chicago: the city takes the role too, named or not
        place = g.place(parent)
        place["role"] = "event"
        attrs = {"contains": g.name[best]}
        ctx.places.append(
            PlaceMention(g.name[parent], named[0].start, named[0].end, place, "event", attrs)
        )

    if best < 0:
        if country:  # "Nigerian troops killed ...", "near Vodyane" (OSCE SMM): the country
            event.country = g.country_names.get(country)
            event.iso3 = g.iso3.get(country)
        if local is None:
            if country:
                _at_capital(g, event, country)
            return
        event.location = local.text
        ctx.add_claim("location", local.text, (local.start, local.end), unresolved=True)
        return
    p = g.place(best)
    kind = p["feature"]
    event.country, event.iso3 = p["country"], p["iso3"]
    claims_ms = [m for m in best_ms if not m.title][:5]
    common = {"geonameid": p["geonameid"], "feature": kind}
    common.update(country=p["country"], iso3=p["iso3"])
    if kind == COUNTRY:
        if local is not None:
            event.location = local.text
            ctx.add_claim(
                "location", local.text, (local.start, local.end), unresolved=True, **common
            )
        for m in claims_ms:
            ctx.add_claim("location", p["name"], (m.start, m.end), **common)
        if local is None:
            _at_capital(g, event, g.cc[best])
        return
    precision = _precision(g, best, best_ms)
    event.admin1, event.admin2 = p["admin1"], p["admin2"]
    event.latitude, event.longitude = p["latitude"], p["longitude"]
    event.location = g.name[g.seat[best]] if kind == ADMIN1 and g.seat[best] >= 0 else p["name"]
    named = [m for m in claims_ms if not m.fuzzy]
    if (
        kind == CITY
        and named
        and not _is_primary(g, best, named[0].key)
        and not _short_form(named[0].key, g.name[best])
    ):
        # found under another name ("Kiev", "Fort Hood", "Gurgaon"): the name the report uses
        text = named[0].text
        event.location = text.title() if text.isupper() else text
    common.update(admin1=p["admin1"], admin2=p["admin2"])
    common.update(latitude=p["latitude"], longitude=p["longitude"])
    town = _us_town(g, best, local, best_ms, ctx.article.text)
    if town < 0 and local is not None and _town_quarter(g, best, local, best_ms):
        town = best
    if town < 0 and local is None:
        town = _us_city_around(g, best, best_ms, mentions, ctx.article.text)
    within: dict[str, Any] = {}
    if town >= 0:
        # a part of a US town: the town is the location (see `_us_town`)
        within = {"within": g.name[town]}
        if town != best:
            event.location = g.name[town]
        precision = 2
    for m in claims_ms:
        ctx.add_claim(
            "location", p["name"], (m.start, m.end), precision=precision, **within, **common
        )
    if local is not None:
        district, city = _city_district(g, local, best, ctx.article.text)
        if town < 0:
            event.location = district or local.text
        precision = 3 if kind == ADMIN1 else 2
        if town < 0 and city >= 0:
            # a district of a big city: placed at the city, a part of it
            c = g.place(city)
            event.admin1, event.admin2 = c["admin1"], c["admin2"]
            event.latitude, event.longitude = c["latitude"], c["longitude"]
            precision = 2
        ctx.add_claim(
            "location",
            local.text,
            (local.start, local.end),
            precision=precision,
            unresolved=True,
            within=p["name"],
            **common,
        )
    event.geo_precision = precision


_CITY_PARTS = _words("zone district sector borough")
_PART_OF_CITY = re.compile(r"\s+(zone|district|sector|borough)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?")


def _city_district(g: Gazetteer, local: _Mention, best: int, text: str) -> tuple[str, int]:
    """ACLED's "City-District" name for a district of a big city the gazetteer lacks, and the
    city's row (or "", -1).

    ACLED divides big cities into their districts and names each "City-District" ("Kyiv-
    Desnianskyi", "Rio de Janeiro-Central Zone"). A report that says so in as many words,
    "the Desnianskyi district of Kyiv", "in the Central Zone of Rio de Janeiro", gives both
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


_CITY_POLICE = re.compile(r"(?:'s|’s)?\s+(?:police|pd\b|metropolitan police)", re.IGNORECASE)


def _us_city_around(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], text: str
) -> int:
    """The big US city a neighbourhood the text calls so lies in, past `parent`'s reach, or -1.

    `gazetteer._parents` keeps to a city's core, so that separate suburbs (Cicero, Oak Park)
    stay towns; distance cannot tell "the South Shore neighborhood" (Chicago, 12 km out) from
    Oak Park (as far). The text can: it calls the place a neighbourhood, or the big city's own
    police work the case ("Chicago police said"), or the story is filed from that city
    ("CHICAGO -") and the place is within 15 km of it. Then the place is a part of the
    nearest such big city of its state within 30 km, ten times its size.
    """
    if best < 0 or g.cc[best] != "US" or g.kind[best] != CITY or g.parent[best] >= 0:
        return -1
    called = any(m.kind_word in _NEIGHBOURHOOD_WORDS for m in best_ms)
    # the city's own police ("Chicago police"), not a county sheriff named after its seat
    # ("the Los Angeles Sheriff's Department" works Compton too)
    police = {
        m.best
        for m in mentions
        if m.jurisdiction and m.best >= 0 and _CITY_POLICE.match(text, m.end)
    }
    # a dateline names where the story was filed: a part of that city only close to its core
    filed = {m.best for m in mentions if m.dateline and m.best >= 0}
    out, out_km = -1, 30.0
    for c in _us_big_cities(g):
        if g.admin1[c] != g.admin1[best] or g.population[c] < 10 * g.population[best]:
            continue
        dy = (g.lat[c] - g.lat[best]) * 111.2
        dx = (g.lon[c] - g.lon[best]) * 111.2 * math.cos(math.radians(g.lat[best]))
        km = math.hypot(dx, dy)
        if (called or c in police or (c in filed and km <= 15.0)) and km < out_km:
            out, out_km = c, km
    return out


@lru_cache(maxsize=1)
def _us_big_cities(g: Gazetteer) -> tuple[int, ...]:
    """US cities of 200,000 or more (the cities `gazetteer._parents` gives parts to)."""
    return tuple(
        i
        for i in range(len(g))
        if g.kind[i] == CITY and g.cc[i] == "US" and g.population[i] >= 200_000
    )


_IN_TOWN = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|of)\s+(?:the\s+)?")


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
    if best < 0 or g.cc[best] != "US" or g.kind[best] != CITY:
        return -1
    if local is not None:
        # a neighbourhood or subdivision, a place said to be in the town, or an unnamed kind
        # of place in a big city (a housing complex, a club); not a village, base or hamlet
        # the gazetteer lacks beside a small town ("near Ochopee", "at Fort Riley"): a place
        # of its own, and GVA's city too
        part = local.kind_word in _NEIGHBOURHOOD_WORDS or local.kind_word == "subdivision"
        big = not local.kind_word and not local.near and g.population[best] >= 100_000
        inside = any(q.best == best for q in local.quals) or any(
            _IN_TOWN.fullmatch(text[local.end : m.start]) for m in best_ms if m.start > local.end
        )  # "Club 21 in Belle Glade"
        return best if part or big or inside else -1
    return g.parent[best]
