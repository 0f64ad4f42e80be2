"""Where, local names: runs the gazetteer lacks that the context says are places.

A kind of place after the name ("Kyar Nyo Kan village"), a province after it ("Kafr Nabl in
Idleb", `_in_unit`), "near" before it; and the runs that never are a local place, whatever
their context (`_not_a_local_name`).
"""

from __future__ import annotations

import re

from spacy.symbols import ADP, VERB

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    name_key,
    skeleton,
)
from newsfold.analyse.lexicon import PERSON_TITLES
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _context, _list_prep, _Scanner
from newsfold.analyse.where.vocabulary import (
    _ADMIN1_WORDS,
    _ADMIN2_WORDS,
    _AT_PREPS,
    _CITY_WORDS,
    _CONNECT,
    _JURISDICTION,
    _LOCAL_WORDS,
    _MONTHS_DAYS,
    _NEAR_OF,
    _NON_PLACE_LABELS,
    _NOT_LOCAL_LABELS,
    _PART_WORDS,
    _PLACE_LABELS,
    _QUARTER_PREFIXES,
    _SITE_WORDS,
    _STREET_WORDS,
    _UNIT_WORDS,
    _VILLAGE_PREFIXES,
    _is_region,
    _words,
    common_words,
    is_common,
)

# Road junctions, which take the name of the village at them: "the Khaldeh triangle", "the
# Douris roundabout", "the Rahbe intersection" (see `event_place._site_namesake`).
_JUNCTION_WORDS = _words("roundabout triangle intersection junction crossroads")


# Arabic (and Hebrew, Kurdish) words that open a place's name, never a person's: a spring, a
# hill, a village, a monastery, a mountain, a valley, a well, a headland, a ruin, a house, a
# fort ("Ein Issa", "Tall Sakhr", "Kafr Nabl", "Deir Hafer", "Jabal Akhdar", "Wadi Khalid",
# "Bir Ahmed", "Khirbet Ghazaleh"). The small model takes most such names for people's.
_TOPONYM_HEADS = _words(
    "ain ein ayn tall tell tal kafr kfar deir dayr jabal jebel jabel wadi bir khirbet khirbat "
    "beit bayt qasr marj nahr hisn"
)


# Land features whose name ends in the feature's word, a place whatever the model's label
# ("Al Ghab Plain", "Jordan Valley", "Sinjar Mountains", "Alagarno Forest").
_NATURAL_FEATURES = _words("plain plains valley mountains hills forest desert oasis")


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
    toponym = j - i > 1 and sc.low(i) in _TOPONYM_HEADS
    if toponym and label in ("PERSON", "ORG", "NORP"):
        label = ""  # "Ein Issa", "Tall Sakhr", "Kafr Nabl": a place's name, whatever the guess
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
    while k > 0 and sc.tok[k].islower() and (sc.low(k) in _PART_WORDS or sc.low(k) == "rural"):
        k -= 1  # "in rural Ein Issa", "in northern Kafr Zita": the preposition before
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
    elif nxt in _JUNCTION_WORDS and j - i <= 4:
        site, kind = True, nxt  # "the Khaldeh triangle", "the Rahbe intersection"
    elif nxt in _LOCAL_WORDS or nxt in _CITY_WORDS or nxt in _ADMIN2_WORDS:
        kind = nxt
    elif j - i > 1 and last in _LOCAL_WORDS and _admin_like(g, starts.get(i)):
        kind = last  # "Donetsk Airport", "Kandahar Airfield": a site named after its town
    elif j - i > 1 and last in _NATURAL_FEATURES and sc.tok[j - 1][:1].isupper():
        kind = last  # "Al Ghab Plain", "Sinjar Mountains": a land feature's own name
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
    elif (
        i >= 3
        and sc.low(i - 1) == "of"
        and sc.low(i - 2) in _CITY_WORDS
        and sc.low(i - 3) in ("the", "a")
    ):
        kind = sc.low(i - 2)  # "in the town of Bar Elias", "shelled the village of Sfuhen"
    elif nxt == "(" and _credit_in_bracket(sc, j):
        return None  # "Jo Ray (Pike County Sheriff's Office)": a photo's caption, a person
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
            if sc.pos[t] == ADP or sc.tok[t] in _CLAUSE_ENDS:
                break  # "Dan Roper, a spokesman for the city": the kind word is not its head
            if w in _LOCAL_WORDS or w in _CITY_WORDS or w in _ADMIN2_WORDS:
                kind = w
                break
    if not site and _AGE_BEFORE.search(sc.text, max(0, sc.idx[i] - 20), sc.idx[i]):
        return None  # "the death of 17-year-old Quanice": a person's name after an age
    # "named the boy as Jo Ray of Riverton, Wyo.": a person and his home, kept whole (its
    # town is his home, not the scene) and never the event's place
    home = label == "PERSON" and not toponym and "of" in (sc.low(k) for k in range(i + 2, j - 1))
    if not site and _person_after(sc, j):
        return None  # "Seve Ray, 23,", "Dan Roper, the county's spokesman": a person's name
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
        weak = not spacy_place and label not in _PLACE_LABELS and not toponym
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
    m.residence = m.residence or home
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
    if _force_unit(sc, i, j):
        return True
    return sc.low(j - 1) in _JURISDICTION or sc.tok[i] in ("A", "An", "The")


# a force's unit named by a letter or a number: "Troop A", "Post 7", "Company B", "Zone 3"
_UNIT_HEADS = frozenset(("troop", "post", "company", "platoon", "squad", "zone", "district"))


def _force_unit(sc: _Scanner, i: int, j: int) -> bool:
    """Whether a run is a police or military unit's name, a head word and a letter or a
    number: "Troop A state police out of Batavia", "KSP Post 7", "Zone 3 officers".

    Reads the run's two tokens. A state police troop or post is named so in rural reports
    and, unknown to the gazetteer, would stand in for the town as a local site.
    """
    return j - i == 2 and _force_unit_name(sc.span_text(i, j))


def _force_unit_name(text: str) -> bool:
    """Whether a name is a unit's head word and a letter or a number ("Troop A", "Post 7":
    `_force_unit`)."""
    words = text.split()
    if len(words) != 2 or words[0].lower() not in _UNIT_HEADS:
        return False
    tail = words[1]
    return (len(tail) == 1 and tail.isupper()) or tail.isdigit()


# the marks that end an apposition ("X, a hillside district, ..."; a hyphen does not)
_CLAUSE_ENDS = frozenset((",", ".", ";", ":", "(", ")", "--", "—", "–"))

# an age as an adjective right before a name: "17-year-old Jo", "a 6-year-old named Kai"
_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]years?[- ]old,?\s+$")


# Jobs a person's name is put beside: "Dan Roper, a county spokesman", "Ann Lee, Pike County
# District Attorney". Singular only ("deputies said" is no apposition). Less the words mostly
# read in a sense that is no job (adjectives, "justice"), which end a place's clause as well
# ("in Oak Hollow, seeking justice for ..."), and the abbreviations written before a name
# ("In Pine Ridge, Dr. Lee said"), not after it.
_ROLE_WORDS = PERSON_TITLES - _words(
    "justice general major private vice dr prof rev gov sen rep col gen cpl supt da"
)


def _person_after(sc: _Scanner, j: int) -> bool:
    """Whether the words after a name say it is a person's: an age in commas ("Seve Ray, 23,")
    or a job in apposition that ends at punctuation or a preposition ("Dan Roper, Pike County
    sheriff's spokesman."; "according to Dan Roper, a spokesman for the city"). A job followed
    by a verb is a clause's subject, not an apposition: "in Oak Hollow, a deputy said"."""
    n = sc.n
    if j + 1 >= n or sc.tok[j] != ",":
        return False
    if sc.tok[j + 1].isdigit() and len(sc.tok[j + 1]) <= 3:
        return j + 2 >= n or sc.tok[j + 2] in (",", ".", ";", ")")
    for t in range(j + 1, min(n, j + 8)):
        if sc.tok[t] in _CLAUSE_ENDS or sc.pos[t] == ADP:
            return t > j + 1 and sc.low(t - 1) in _ROLE_WORDS
    return j + 8 >= n and sc.low(n - 1) in _ROLE_WORDS


# words of a photo's credit or a booking photo's source in brackets after a name: "Jo Ray
# (Pike County Sheriff's Office / Courtesy photo)", "(Pike County Jail)"
_CREDIT_WORDS = _JURISDICTION | _words("photo photos courtesy jail mugshot booking office")


def _credit_in_bracket(sc: _Scanner, j: int) -> bool:
    """Whether the bracket opening at token `j` credits a photo (a police force, a jail, "photo"):
    the name before it is the pictured person's, not a place its bracket qualifies."""
    for t in range(j + 1, min(sc.n, j + 12)):
        if sc.tok[t] == ")":
            return False
        if sc.low(t) in _CREDIT_WORDS:
            return True
    return False
