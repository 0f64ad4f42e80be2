"""Where, the country: what the text's people and forces say when its places say little.

A human coder reads the country of an event from more than its place names: the forces and
factions that act in it ("pro-Hadi forces", "the Houthis") and the peoples named (`evidence`
gathers both). These functions weigh that evidence against a place the steps chose only
weakly.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from newsfold.analyse.actors import group_countries
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    TRANSLIT_ARTICLES,
    Gazetteer,
    admin_variants,
    arabic_iyah_variants,
    name_key,
    translit_key,
)
from newsfold.analyse.where.evidence import (
    _ACTOR_WEIGHT,
    _Evidence,
    _outlet_evidence,
    _unit_place,
)
from newsfold.analyse.where.local_names import _JUNCTION_WORDS
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.vocabulary import (
    _AT_PREPS,
    _COUNTY_WORDS,
    _PLACE_LABELS,
    _ROUTE_WORDS,
    is_common,
)


def _country_against_actors(
    g: Gazetteer, best: int, best_ms: list[_Mention], base: _Evidence
) -> tuple[int, list[_Mention]]:
    """Drop an event place that is only a country named after the lede, when the text's
    actors and peoples point clearly to another country.

    "Coalition jets struck X area near the Yemeni-Saudi frontier ... fighting between
    pro-Houthi and anti-Houthi units ... some 15 km inside Saudi Arabia": the lede's place is a
    village the gazetteer lacks; "Saudi Arabia", named in a later aside, is not where the
    strikes fell. The text's own evidence (Yemeni, Houthi, the Saudi-led coalition) then gives
    the country (`write._country_evidence`). A country named in the lede ("clashes in Mali
    between Malian troops and ...") stays, and so does one the evidence does not clearly
    contradict.
    """
    if best >= 0 and g.kind[best] == CITY and best_ms:
        town = _actors_namesake(g, best, best_ms, base)
        if town != best:
            for m in best_ms:
                m.best = town
        return town, best_ms
    if best < 0 or g.kind[best] != COUNTRY or not best_ms:
        return best, best_ms
    if any(m.sent == 0 or m.title for m in best_ms):
        return best, best_ms
    weights = base.demonyms
    if not weights:
        return best, best_ms
    top = max(weights, key=lambda c: weights[c])
    own = weights.get(g.cc[best], 0.0)
    if top == g.cc[best] or weights[top] < 2.0 or weights[top] < 2.0 * own:
        return best, best_ms
    return -1, []


# A town of this many people keeps its reading against the text's actors: "Houthi missiles
# fired at Riyadh" strike the Saudi capital, whatever village of Yemen bears the name.
_ACTORS_NAMESAKE_MOST = 100_000


def _actors_namesake(g: Gazetteer, best: int, best_ms: list[_Mention], base: _Evidence) -> int:
    """The event's town read again in the country the text's actors and peoples point to,
    when the name has a reading there.

    "a QSD fighter was killed in Ash Shajarah city", "an Afghan soldier ... joined the
    Taliban, in Bati district": the gazetteer's first reading of a village's name is often a
    namesake abroad (Jordan's Ash Shajarah, Ethiopia's Bati); the note's single-country
    actors (the SDF, the Taliban) and peoples say which country's village it is, as a human
    reader takes it. Only when the evidence is clear (an actor's weight, twice the chosen
    country's), the name is read as written (not by its spelling), no qualifier ties it to
    its reading ("Bati, Amhara"), and the chosen town is no big city.
    """
    weights = base.demonyms
    if not weights:
        return best
    cc = g.cc[best]
    top = max(weights, key=lambda c: weights[c])
    if top == cc or weights[top] < _ACTOR_WEIGHT or weights[top] < 2.0 * weights.get(cc, 0.0):
        return best
    if g.population[best] >= _ACTORS_NAMESAKE_MOST:
        return best
    if any(m.fuzzy or m.quals or m.qual_rows or not m.ids for m in best_ms):
        return best
    there = [i for i in best_ms[0].ids if g.cc[i] == top and g.kind[i] == CITY]
    return there[0] if there else best


def _scene_over_origin(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention]
) -> tuple[int, list[_Mention]]:
    """The scene's town over a country named only as where people or goods came from.

    "drivers who transport goods from Turkey protested in X", "residents rallied outside a
    hotel in Y against migrants (mostly from Afghanistan)": a country after "from" is an
    origin, not the scene. A town the text sets the event in ("in", "at", "near") that the
    gazetteer knows in one other country only is the place, though the origin's name made a
    small town of another country look unlikely. Returns the place and its mentions.
    """
    if best < 0 or g.kind[best] != COUNTRY or not best_ms:
        return best, best_ms
    if any(m.prep != "from" or m.title for m in best_ms):
        return best, best_ms
    for m in mentions:
        if m.best >= 0 or not m.ids or m.fuzzy or m.title or m.in_org or m.in_person:
            continue
        if m.prep not in _AT_PREPS or len({g.cc[i] for i in m.ids}) != 1:
            continue
        if g.cc[m.ids[0]] == g.cc[best] or g.kind[m.ids[0]] == COUNTRY:
            continue
        m.best, m.local = m.ids[0], False
        return m.ids[0], [m]
    return best, best_ms


def _county_abroad(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], url: str | None
) -> int:
    """A US county's or parish's name that is a province abroad, in a text with nothing else
    American: the province.

    "in a village of Saint James Parish": GeoNames has Louisiana's St. James Parish under the
    whole name, and Jamaica's parish (Barbados' too) only as "Saint James", so the name as
    written finds Louisiana's alone. Jamaica, Barbados, Antigua, Dominica and Grenada call
    their provinces parishes (Liberia, Kenya, Ireland and Norway theirs counties), and a
    Louisiana parish is named in a US story beside the state, its towns or a US outlet. When
    the event's place is a US county or parish named with its kind word, the text names no
    other US place and its outlet is no US one, a province abroad bearing the name without
    the word (the most populous) is the place. Returns the place (`best` when unchanged).
    """
    if best < 0 or g.kind[best] != ADMIN2 or g.cc[best] != "US" or not best_ms:
        return best
    words = [m.key.split() for m in best_ms if not m.title]
    if not words or any(len(w) < 2 or w[-1] not in _COUNTY_WORDS for w in words):
        return best
    if any(m.best >= 0 and g.cc[m.best] == "US" for m in mentions if m not in best_ms):
        return best
    outlet = _Evidence()
    _outlet_evidence(g, url, outlet)
    if outlet.outlet is not None or outlet.host_row >= 0 or outlet.cc.get("US", 0.0) > 0.0:
        return best
    abroad = [
        r for r in g.lookup_key(" ".join(words[0][:-1])) if g.kind[r] == ADMIN1 and g.cc[r] != "US"
    ]
    if not abroad:
        return best
    there = max(abroad, key=lambda r: g.population[r])
    for m in best_ms:
        m.best = there
    return there


def _east_jerusalem(
    g: Gazetteer, best: int, best_ms: list[_Mention], base: _Evidence
) -> tuple[int, list[_Mention]]:
    """Jerusalem where the text's people are Palestinians: East Jerusalem, in Palestine.

    GeoNames places Jerusalem in Israel; ACLED codes an event of Palestinians in the city
    ("Israeli forces detained three Palestinians in a neighbourhood of Jerusalem") to the
    West Bank (Al Quds), and an Israeli one ("students protested in Jerusalem") to Israel.
    When the event's place is Israel's Jerusalem (the city or its district) and Palestinians
    weigh more among the text's peoples than Israelis (Israeli forces weigh half), the place
    is GeoNames' East Jerusalem. Any other city stays in its country whatever its people.
    """
    if best < 0 or g.cc[best] != "IL" or g.kind[best] not in (CITY, ADMIN1):
        return best, best_ms
    if name_key(g.name[best]) != "jerusalem":
        return best, best_ms
    if base.demonyms.get("PS", 0.0) <= base.demonyms.get("IL", 0.0):
        return best, best_ms
    east = [i for i in g.lookup_key("east jerusalem") if g.cc[i] == "PS"]
    return (east[0], best_ms) if east else (best, best_ms)


def _country_from_names(
    g: Gazetteer, mentions: list[_Mention], units: dict[str, float] | None = None, text: str = ""
) -> str:
    """The country most of the text's place names can be in, when nothing else gave one ("").

    "Rioters blocked the Rashayya-Masnaa road", "a sit-in at the Douris roundabout near
    Baalbek": the villages are too small or too doubtful to be the event's place, and no
    country, people or single-country force is named; but every event happened somewhere,
    and a coder reads the country from the names the note gives. Each distinct name shares
    one vote among the countries of its readings (a name one country alone bears gives it the
    whole vote; a bigger reading weighs more, by the log of its population), so a country
    that several names can be in wins. Names found only by their consonant skeleton (unless
    they are another transliteration of one country's towns: `_spelled_town_vote`), a
    country used as an actor ("the US dollar", "the Turkish government"), and streets,
    buildings and organisations ("Byblos Bank") do not vote (an organisation named after a
    place only when nothing else voted: `_org_town_votes`); a province spelled otherwise but
    like one country's only (`units`, see `evidence._spelled_unit_evidence`) gives that
    country a qualifier's whole vote. Only the country: the event's town stays unknown.
    `text` is the article's, to tell a qualifier's comma from any other.
    """
    votes: dict[str, float] = defaultdict(float, units or {})
    seen: set[str] = set()
    unit_countries = _unit_word_countries(text)
    _bracket_other_names(g, text, votes)
    for _, key, cc in _route_countries(g, text):
        # a town a route or a front is named after ("blocked the Jiyeh highway", "on the
        # Homs front"): half a vote for its country (`_ROUTE_SHARE`), though the steps
        # before leave it out as a site's name (`_route_countries`)
        seen.add(key)
        votes[cc] += _ROUTE_SHARE
    for m in mentions:
        if m.key in _ARABIC_ARTICLES:
            # "Al" of "Al Yasbil areas", "Al Watiyah airbase": a name's article, read alone
            # when the rest is unknown; no vote for Norway's Al
            continue
        if (m.local or m.fuzzy) and m.key not in seen and m.kind_word in ("city", "town"):
            # "Nassriya city": a big town spelled otherwise (Nasiriyah), found by neither
            # its name nor its skeleton; only a name the text calls a city or a town
            towns = _big_town_spelled(g, m.key)
            if len({g.cc[i] for i in towns}) == 1:
                seen.add(m.key)
                # half a vote: a spelling four fifths alike is a guess ("Kolofata town" is
                # as alike Kolkata)
                votes[g.cc[towns[0]]] += 0.5
                continue
        if (
            (not m.ids or m.fuzzy or _written_other_town(g, m))
            and m.key not in seen
            and _other_name_vote(g, m, votes)
        ):
            seen.add(m.key)
            continue
        if (
            (not m.ids or m.fuzzy)
            and m.key not in seen
            and _spelled_town_vote(g, m, votes, unit_countries)
        ):
            seen.add(m.key)
            continue
        if not m.ids and m.key not in seen and _numbered_part_vote(g, m, votes):
            seen.add(m.key)
            continue
        if m.ids and m.key not in seen and _site_town_vote(g, m, mentions, votes):
            seen.add(m.key)
            continue
        if not m.ids or m.key in seen or m.title or m.fuzzy or m.actor or m.upper_lower:
            continue
        if m.in_org and not _said_in_org(m):
            continue
        if m.street or m.site or m.in_building or m.in_person or m.site_named:
            continue
        qualifier = _unit_place(m, text)
        if (
            is_common(m.key)
            and m.label not in _PLACE_LABELS
            and not (m.kind_word or qualifier or m.prep in _PLACE_PREPS)
        ):
            # an English word neither said nor tagged as a place ("On" after "Movement of
            # forces:"): no vote (a Belgian village of the name is nothing to it)
            continue
        seen.add(m.key)
        # a piece of a longer name the gazetteer lacks ("Gard" of "Darraz Gard village") is
        # a weak reading; a name in a qualifier's place ("..., Parwan", "(Ituri)") is the
        # province the coder names to place the village (not a name after any comma: "(as
        # reported), Taliban fighters ...")
        weight = 0.5 if m.partial else 1.5 if qualifier else 1.0
        # In a qualifier's place a name is the province or district the coder names to place
        # the village ("(As Sawdiyah, Al Bayda)": Yemen's governorate, not Libya's bigger
        # town): its units' readings outweigh its towns'.
        is_unit = any(g.kind[i] in (ADMIN1, ADMIN2, COUNTRY) for i in m.ids[:10])
        # A place that bears the name as its own outweighs one known by it only as another
        # name (an old, foreign or misspelt one): "Moria" is a Greek village, and only an
        # alternate name of Jerusalem; and a name no town bears as its own ("Taliban": an
        # alternate name of a Turkish hamlet) is a weak vote, unless it names a province (in
        # another language: "Extreme-Nord", Cameroon's Far North)
        own = [i for i in m.ids[:10] if _own_name(g, i, m.key)]
        if not own and not is_unit:
            weight *= 0.5
        share: dict[str, float] = {}
        for i in m.ids[:10]:
            w = 8.0 if g.kind[i] == COUNTRY else math.log10(g.population[i] + 10.0)
            if qualifier and is_unit and g.kind[i] == CITY:
                w *= _OTHER_NAME_SHARE
            if own and i not in own:
                w *= _OTHER_NAME_SHARE
            share[g.cc[i]] = max(share.get(g.cc[i], 0.0), w)
        total = sum(share.values())
        for cc, w in share.items():
            votes[cc] += weight * w / total
    if not votes:
        _org_town_votes(g, mentions, text, votes)
    if not votes:
        by_units = _country_from_unit_words(g, mentions, text)
        if by_units is not None:
            return by_units
        return _unread_other_town(g, text) or _country_from_spelling(g, mentions)
    return max(votes, key=lambda c: votes[c])


# a qualifier's brackets: one to three names, comma-separated ("(Mfoundi, Centre)")
_BRACKET_NAMES = re.compile(
    r"\(((?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}){0,2})\)"
)


def _bracket_other_names(g: Gazetteer, text: str, votes: dict[str, float]) -> None:
    """A qualifier's vote for the country of a name in its brackets that GeoNames lacks but
    another list knows in one country only ("in X city (Mfoundi, Centre)").

    A province's name that several countries give (Centre, Central, Ouest, La Union)
    splits its vote among them, and the biggest namesake wins by a hair; a reader takes the
    country from the qualifier's other name instead: Mfoundi, a department of Cameroon that
    GeoNames lacks but another list knows (`Gazetteer.other_towns`, one country's alone, not
    an English word: `_one_other_town`), or one country's district (`Gazetteer.other_units`:
    "(Mifi, Ouest)"). The language model often reads no name there, so the brackets are read
    as written; a qualifier's weight (1.5), as a one-country name's."""
    for hit in _BRACKET_NAMES.finditer(text):
        for part in hit.group(1).split(", "):
            key = name_key(part)
            if len(key) < 4 or g.lookup_key(key):
                continue
            cc = _one_other_town(g, key) or _one_other_unit(g, key)
            if cc:
                votes[cc] += 1.5


# the prepositions that set a name in an organisation's entity as the scene ("X in Y")
_SCENE_PREPS = frozenset(("in", "at", "near"))


def _said_in_org(m: _Mention) -> bool:
    """Whether a name the language model read inside an organisation's entity is said as the
    scene all the same: after "in", "at" or "near" ("shelled Kafr Tolan in Idleb", read as
    one organisation), not a building's or a site's name. An unfamiliar village's name before
    it can make the model stretch an organisation over both; no organisation's name sets a
    place so, and one that does ("the Ministry of Health in Gaza") is in that place's country
    all the same. Only for the last resort's vote (`_country_from_names`)."""
    return m.label == "ORG" and not m.in_building and m.prep in _SCENE_PREPS


# a name said as a place: "in", "at", "near", "from" and up to three capitalised words, each
# perhaps after an Arabic article (`TRANSLIT_ARTICLES`: "in Zouk Mosbeh", "near Deir el Ahmar"),
# but not one that is also an English word: "in Tyre at Qasmiyeh" is two places, not one name
_SAID_ARTICLE = "|".join(sorted(TRANSLIT_ARTICLES - {"an", "as", "at"}, key=lambda w: (-len(w), w)))
_SAID_PLACE = re.compile(
    rf"\b(?:in|at|near|from|outside)\s+((?:(?:{_SAID_ARTICLE})[\s-])?"
    rf"[A-Z][\w'’]+(?:[\s-](?:(?:{_SAID_ARTICLE})[\s-])?[A-Z][\w'’]+){{0,2}})"
)


def _unread_other_town(g: Gazetteer, text: str) -> str:
    """The country of a town another list knows (`Gazetteer.other_towns`) that the text names
    as a place though the language model read no name there ("clashed with soldiers on the
    highway in Zouk Mosbeh": no entity), when nothing else gave a country; one country's
    town alone, not an English word. The longest name first ("Zouk Mosbeh", then "Zouk")."""
    for hit in _SAID_PLACE.finditer(text):
        words = name_key(hit.group(1)).split()
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            cc = _one_other_town(g, key) if len(key) >= 4 else ""
            if cc:
                return cc
    return ""


# Words for local administrative units that only a few countries use, by the countries that
# use them (general knowledge of the countries' administrative vocabularies, not read from
# any data set). Words many countries use ("district", "province", "county", "commune") say
# nothing, nor do ones the actor table already holds ("woreda", "upazila", "Barangay"), nor
# ones that are also places' names (Mongolia's "soum" is Burkina Faso's province Soum) or
# English words ("rayon", a cloth; "Regency", of hotels). On dev, each of the 35 notes naming
# one of these words is in one of its countries.
_UNIT_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(ccs.split())
    for words, ccs in (
        ("oblast oblasts", "UA RU BY KZ KG BG"),
        ("raion raions", "UA RU BY MD AZ"),
        ("hromada hromadas", "UA"),
        ("okrug", "RU"),
        ("governorate governorates muhafazah", "EG IQ SY YE JO LB PS TN KW BH OM"),
        ("nahiya nahiyah", "IQ SY"),
        ("LGA LGAs", "NG"),
        ("tehsil tehsils", "IN PK"),
        ("taluk taluka mandal", "IN"),
        ("wilaya wilayah daira", "DZ"),
        ("moughataa", "MR"),
        ("cercle", "ML"),
        ("amphoe tambon", "TH"),
        ("kecamatan kabupaten", "ID"),
        ("voivodeship", "PL"),
        ("sub-county subcounty", "UG KE"),
        ("chiefdom chiefdoms", "SL"),
    )
    for word in words.split()
}
# a capitalised word just before: the unit's own name ("Kurfi LGA")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_UNIT_WORD = re.compile(r"\b(" + "|".join(map(re.escape, _UNIT_WORDS)) + r")\b", re.IGNORECASE)


def _country_from_unit_words(g: Gazetteer, mentions: list[_Mention], text: str) -> str | None:
    """The country of a note that names its village's units only by words that a few
    countries use, when no name placed it (None when it uses no such word, "" when the
    word's countries stay apart: then no country outside them either).

    "Shelling hit Zelenyi Hai in Pokrovsk raion", "a clash in Dabaat nahiya", "in Gidan Kaura,
    Bakori LGA": the village and its unit are unknown, but a reader knows which countries
    call their units so (`_UNIT_WORDS`). A word one country alone uses names it; words of a
    few countries leave them to the spelling of the note's unknown names (as among an
    ambiguous qualifier's countries, at `_QUALIFIER_SPELLING_MARGIN`). Only the last resort:
    any place, people or name vote outweighs it, as the word may describe somewhere else.
    """
    among = _unit_word_countries(text)
    if among is None:
        return None
    if len(among) == 1:
        return next(iter(among))
    keys = [m.key for m in mentions if _unknown_local(m, skeleton=True)]
    keys = list(dict.fromkeys(keys))
    if not keys:
        return ""
    return _spelling_leader(g, keys, among=set(among), margin=_QUALIFIER_SPELLING_MARGIN)


def _unit_word_countries(text: str) -> frozenset[str] | None:
    """The countries that use all the text's words for local units (`_UNIT_WORDS`; those of
    the narrowest word when none uses all), None when the text uses none."""
    found: list[frozenset[str]] = []
    for hit in _UNIT_WORD.finditer(text):
        word = hit.group(1)
        ccs = _UNIT_WORDS.get(word) or _UNIT_WORDS.get(word.lower())
        if not ccs or (word.isupper() and word not in _UNIT_WORDS):
            continue  # "lga" is no word of Nigeria's, nor "OBLAST" in a shouted headline
        start = hit.start()
        if not word.islower() and not _NAME_BEFORE.search(text, max(0, start - 40), start):
            # written as a name ("LGA", "Raion") only as a unit's name's last word ("Kurfi
            # LGA", "Bakhmut Raion"), not "flights at LGA"
            continue
        found.append(ccs)
    if not found:
        return None
    return frozenset.intersection(*found) or min(found, key=len)


def _other_name_vote(g: Gazetteer, m: _Mention, votes: dict[str, float]) -> bool:
    """A vote for the countries of a name GeoNames lacks but another list knows ("clashes in
    Hidaybu", "a sit-in in Nefza"): a town of `countrystatecity` or a province or district
    of ISO 3166-2 (`Gazetteer.other_towns`, `other_units`), said as a place (a kind word, or
    "in", "near" ... before it), shares one vote among the countries that bear the name, as
    a one-country name of the gazetteer would. Whether it voted."""
    if m.in_person or m.in_org or m.title or m.site or m.street or m.in_building:
        return False
    written = _written_other_town(g, m)
    if not (m.kind_word or m.prep in _PLACE_PREPS) or (is_common(m.key) and not written):
        return False
    ccs = written or g.other_units.get(m.key) or g.other_towns.get(m.key)
    if not ccs:
        return False
    for cc in ccs:
        votes[cc] += 1.0 / len(ccs)
    return True


def _written_other_town(g: Gazetteer, m: _Mention) -> tuple[str, ...]:
    """The countries of the town another list knows by a name the text writes with an Arabic
    article (`TRANSLIT_ARTICLES`), found with the article or without it.

    "in el Mina": Lebanon's El Mina, which GeoNames lacks, though the mention was read
    without its article as "Mina" (Mexico's or the Philippines' village); the article is part
    of the town's name, and the readings without it are other towns. "in ech Choueifat": the
    list writes the town without its (French-spelt) article. A name the index knows is no
    other list's town (`Gazetteer.other_towns`), so the name without its article finds one
    only where GeoNames has no place of the name."""
    words = name_key(m.text).split()
    if len(words) < 2 or words[0] not in TRANSLIT_ARTICLES:
        return ()
    return g.other_towns.get(" ".join(words), ()) or g.other_towns.get(" ".join(words[1:]), ())


def _spelled_town_vote(
    g: Gazetteer, m: _Mention, votes: dict[str, float], among: frozenset[str] | None = None
) -> bool:
    """A vote for the country of the towns a name the gazetteer lacks (or finds only by its
    consonant skeleton) is another transliteration of ("their base in Shadadah": Syria's Ash
    Shaddadah; "in Hasakeh": Al Hasakah), said as a place (a kind word, or "in", "near" ...
    before it). Whether it voted.

    GeoNames spells a village one way, a report another: the article dropped or assimilated,
    a doubled letter single, French "ch"/"ou" for "sh"/"u", "-eh" for "-ah" (`translit_key`,
    its vowels kept). Towns of any size count, as most such villages have no population in
    GeoNames (and so no skeleton: `Gazetteer.skeletons` holds towns of 5,000 or more), but
    only when all the towns so spelled lie in one country, the key has five letters or more,
    and, when the text writes the Arabic article, the town's name has one too (a name read
    without its article is another: "al Asadiyah" is no Iranian "Asadiyeh", "al-Dabaat" no
    Ethiopian "Dabat"), and in a country that uses the text's words for local units, if it
    has some (`among`: "Dabaat area of X nahiya" is in Iraq or Syria, whatever Ethiopia's
    Dabat). On dev the gold locations the index lacks find one country's town by this key 5
    times (distinct names), right 5 times; the whole vote, as a one-country name's.
    """
    if m.in_person or m.in_org or m.title or m.site or m.street or m.in_building:
        return False
    if not (m.kind_word or m.prep in _PLACE_PREPS) or is_common(m.key):
        return False
    key = translit_key(m.key)
    if len(key.replace(" ", "")) < 5:
        return False
    words = m.key.split()
    with_article = len(words) > 1 and words[0] in TRANSLIT_ARTICLES
    rows = [
        i
        for i in _translit_towns(g).get(key, ())
        if not with_article or name_key(g.name[i]).split()[0] in TRANSLIT_ARTICLES
    ]
    ccs = {g.cc[i] for i in rows}
    if len(ccs) != 1 or (among is not None and not ccs <= among):
        return False
    votes[ccs.pop()] += 1.0
    return True


@lru_cache(maxsize=2)
def _translit_towns(g: Gazetteer) -> dict[str, list[int]]:
    """GeoNames' towns (not the USPS list) by the `translit_key` of their own names: built on
    first use, about a second."""
    out: dict[str, list[int]] = defaultdict(list)
    for i in range(g.postal_start):
        if g.kind[i] == CITY:
            out[translit_key(name_key(g.name[i]))].append(i)
    return out


# "Zolote-4", "Shakhta 9": a numbered part of a settlement (a mine's, a district's, a
# quarter's) bears its town's name and a number
_NUMBERED_PART = re.compile(r"^(.*[a-z]) (?:no )?\d{1,3}$")


def _numbered_part_vote(g: Gazetteer, m: _Mention, votes: dict[str, float]) -> bool:
    """A vote for the countries of the town whose numbered part the text names, said as a
    place ("shots near Zolote-4"). Whether it voted.

    Mining towns and new districts number their parts (Zolote-4, a mine's settlement by
    Zolote); the gazetteer lacks the part but knows the town, and the part lies in the
    town's country. Half a vote (the number may name something else: "Route 9" is no place
    but is a street; streets and sites are left out), shared among the town's countries as a
    name's vote is; only a town's own name, not an alternate one, and no common word
    ("Highway 1", "Camp 2").
    """
    if m.in_person or m.in_org or m.title or m.site or m.street or m.in_building:
        return False
    if not (m.kind_word or m.prep in _PLACE_PREPS):
        return False
    hit = _NUMBERED_PART.match(m.key)
    if hit is None or is_common(hit.group(1)):
        return False
    base = hit.group(1)
    rows = [i for i in g.lookup_key(base)[:10] if g.kind[i] == CITY and _own_name(g, i, base)]
    ccs = {g.cc[i] for i in rows}
    if not ccs:
        return False
    for cc in ccs:
        votes[cc] += 0.5 / len(ccs)
    return True


# A name that is also an English word (spaCy's vocabulary holds many big towns' names:
# "Donetsk") opens a site's name as its town only when that town has this many people
_SITE_TOWN_LEAST = 100_000


def _site_town_vote(
    g: Gazetteer, m: _Mention, mentions: list[_Mention], votes: dict[str, float]
) -> bool:
    """Half a vote for the country of a town whose name opens a site's name ("near Donetsk
    Filtration Station", "at the Kandahar airport"). Whether it voted.

    A station, a mine or an airport named after a town is mostly in or by that town, so in
    the last-resort vote (nothing else placed the event) its name says the country; the
    steps before leave it out, as a building's part is no event place. Only a town's own
    name opening a site the text says as a place (its kind word: "station", "airport"), and
    only where one country's town or province of the name is ten times the people of any
    other's (Ukraine's Donetsk, not Russia's small namesake); and a name that is also an
    English word only for a big town (`_SITE_TOWN_LEAST`: no "Central Station").
    """
    if not (m.in_building or m.in_org) or m.in_person or m.title or m.street:
        return False
    if not any(s.site and s.kind_word and s.start == m.start and s.end > m.end for s in mentions):
        return False
    top = _dominant_country(g, m)
    if not top:
        return False
    votes[top] += 0.5
    return True


def _org_town_votes(
    g: Gazetteer, mentions: list[_Mention], text: str, votes: dict[str, float]
) -> None:
    """Votes for the countries of places whose name opens an organisation's name ("workers of
    Yazd Tile Company staged a sit-in at Deh-e Nowabad"), when no other name voted.

    A company, a bank or a union named after a province or a town is mostly at home there
    (the Yazd tile company, in Iran's Yazd province), so when the event's village is
    unknown and no other name can be placed, the organisation's place says the country
    better than nothing does. Only the last resort's last resort: any other vote outweighs
    it, as organisations also act abroad. The same tests as a site's town
    (`_site_town_vote`): a place's own name whose country's town or province of the name has
    ten times the people of any namesake's, and a name that is also an English word only for
    a big town ("Central Bank", "Police Station" name no town); the organisation's name must
    go on after it ("Yazd Tile", not "the Yazd office").
    """
    seen: set[str] = set()
    for m in mentions:
        if not m.in_org or m.in_person or m.title or m.street or m.key in seen or m.start < 0:
            continue
        if not _ORG_GOES_ON.match(text, m.end):
            continue
        seen.add(m.key)
        top = _dominant_country(g, m)
        if top:
            votes[top] += 0.5


# An organisation's name going on after a place's name: "Yazd Tile Company"
_ORG_GOES_ON = re.compile(r"[ -][A-Z]")


def _dominant_country(g: Gazetteer, m: _Mention) -> str:
    """The country whose town or province bearing the mention's name as its own has ten times
    the people of any other country's ("" if none does, or if the name is also an English
    word and that place has fewer than `_SITE_TOWN_LEAST` people)."""
    return _dominant_country_of(g, m.ids, m.key)


def _dominant_country_of(g: Gazetteer, ids: tuple[int, ...], key: str) -> str:
    """`_dominant_country` of a name's key and its gazetteer readings."""
    biggest: dict[str, int] = {}
    for i in ids[:10]:
        if g.kind[i] in (CITY, ADMIN1) and _own_name(g, i, key):
            biggest[g.cc[i]] = max(biggest.get(g.cc[i], 0), g.population[i])
    if not biggest:
        return ""
    top = max(biggest, key=lambda c: biggest[c])
    if any(10 * n > biggest[top] for c, n in biggest.items() if c != top):
        return ""  # towns of the name in two countries, neither ten times the other
    if is_common(key) and biggest[top] < _SITE_TOWN_LEAST:
        return ""  # an English word's small namesake ("Central Station")
    return top


def _country_from_spelling(g: Gazetteer, mentions: list[_Mention]) -> str:
    """The country whose place names the text's unknown names are spelled like, when the
    spelling leaves no doubt ("" otherwise).

    "Shelling near Oleksandropillia", "a clash in San Juan de los Cerritos": a village the
    gazetteer lacks still says its country by its letters, as a reader tells a Ukrainian name
    from a Mexican one. A model of letter groups (four letters, the word's ends included) of
    each country's place names in the gazetteer scores the names the text says as places (a
    kind word, or "in", "near", "at" ... before them); the best country counts only when it
    leads the next by `_SPELLING_MARGIN` (some 20-fold): neighbours that write alike
    ("Novovyboeve": Ukraine or Russia) give none. On GeoNames towns left out of the model, a
    lead of 10 names the town's country 96% of the time, one of 5 to 10 three times in four,
    one of 3 to 5 three times in five (2 to 3: two in five); a wrong one is mostly a
    neighbour that writes alike. This is the last resort: nothing else in the text placed
    the event, every event is somewhere, and no country at all is never right, so a guess
    right more often than not is worth giving.
    """
    keys = _unknown_place_keys(mentions)
    if not keys:
        return ""
    return _spelling_leader(g, keys)


# A foreign force's nationality yields to the spelling of two of the note's unknown names or
# more, at the last resort's lead (`_SPELLING_MARGIN`), not to one: armies fight at home as well
# ("Afghan forces repulsed an attack in X", "Iraqi forces pursued IS in X"), one name's lead of
# 3 to 5 is right only three times in five, and neighbours write alike (a Donbas village spelled
# the Russian way). Measured on the dev notes with their places taken out of the gazetteer:
# with one name enough, 675 -> 678 right but 602 -> 600 with the actor table emptied (home
# armies); with two, 675 -> 679 and 602 -> 606.
_FORCE_SPELLING_MARGIN = 3.0
_FORCE_SPELLING_NAMES = 2


def _country_by_spelling_or_units(g: Gazetteer, mentions: list[_Mention], text: str) -> str:
    """The country of a note whose places are unknown, from its words for local units
    ("Pokrovsk raion") or its names' spelling ("" if neither says): what outweighs a foreign
    force's nationality (`write._force_nationality`). The names' namesakes abroad do not:
    on the dev notes with their places taken out, they overturned home armies ("Egyptian
    military forces ... west of Rafah": Gaza's Rafah) as often as foreign ones."""
    by_units = _country_from_unit_words(g, mentions, text)
    if by_units is not None:
        return by_units
    keys = _unknown_place_keys(mentions)
    if len(keys) < _FORCE_SPELLING_NAMES:
        return ""
    return _spelling_leader(g, keys, margin=_FORCE_SPELLING_MARGIN)


def _scene_town_country(g: Gazetteer, local: _Mention | None) -> str:
    """The country of the event's own village when only places of one country bear its name
    exactly ("" otherwise): what outweighs a foreign force's nationality (`write._force_
    nationality`) when the note's unit words and spelling say nothing.

    "Israeli troops raided the village of Khirbet Umm Saleh": the village is too small to be trusted
    as the scene against the note's other evidence, but the force's nationality says only
    whose force it was, and a name that only one country's places bear, said as the scene,
    says where. Not a name found by its consonant skeleton, a piece of a longer name ("Gard"
    of "Darraz Gard village"), a person's or an organisation's name, a short name (four
    letters or fewer: "Mal" is a Belgian village and a Mauritanian town), nor a name places in
    two countries bear ("west of Rafah": Egypt's and Gaza's).
    """
    if local is not None and not local.ids:
        # "Zap (Amadiya)": a village the gazetteer lacks, qualified by the town or district it
        # lies in, lies in that place's country
        for q in local.quals:
            cc = _scene_town_country(g, q) if q.ids else ""
            if cc:
                return cc
        return ""
    if local is None or len(local.key.replace(" ", "")) < 5:
        return ""
    if local.fuzzy or local.partial or local.in_person or local.in_org or local.title:
        return ""
    rows = [i for i in local.ids[:10] if g.kind[i] != COUNTRY and _own_name(g, i, local.key)]
    if not rows or len(rows) < len(local.ids[:10]):
        return ""
    ccs = {g.cc[i] for i in rows}
    return next(iter(ccs)) if len(ccs) == 1 else ""


# "on the positions of the military forces of Azerbaijan located at X", "positions of the
# armed forces of Armenia assumed to be located near X": the positions held by one country's
# forces, where they are
_HELD_POSITIONS = re.compile(
    r"\b(?i:positions?\s+of\s+(?:the\s+)?(?:(?:military|armed|security|government)\s+)?"
    r"forces\s+of)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+\([^)]*\))?,?\s+(?i:(?:(?:assumed|believed|reported|said)\s+to\s+be\s+)?"
    r"(?:located|stationed|deployed|based)\s+(?:at|in|near|around))\b"
)


def _held_positions_country(g: Gazetteer, text: str) -> str:
    """The country whose forces' positions the text places ("" if none, or two): "military
    forces of Armenia fired on the positions of the military forces of Azerbaijan located at
    X" happened at X, on Azerbaijan's side of the line, though the sentence names Armenia
    first. A force holds its positions on its own side: a coder places such a note in the
    country of the positions' force, not of the one that fired (`write._write`, when nothing
    finer than a country places the note)."""
    found: set[str] = set()
    for hit in _HELD_POSITIONS.finditer(text):
        rows = [i for i in g.lookup_key(name_key(hit.group(1))) if g.kind[i] == COUNTRY]
        if rows:
            found.add(g.cc[rows[0]])
    return next(iter(found)) if len(found) == 1 else ""


def _unknown_place_keys(mentions: list[_Mention]) -> list[str]:
    """The keys, in text order and once each, of the names the text says as places (a kind
    word, or "in", "near", "at" ... before them) that the gazetteer lacks: the names whose
    spelling `_spelling_leader` reads. A name found only by its consonant skeleton
    ("Vodyane": Adana, Aden, Vidin) is as unknown as one found by nothing."""
    keys: list[str] = []
    for m in mentions:
        if not _unknown_local(m, skeleton=True):
            continue
        if (m.kind_word or m.prep in _PLACE_PREPS) and (m.key not in keys):
            keys.append(m.key)
    return keys


def _unknown_local(m: _Mention, skeleton: bool = False) -> bool:
    """A local name the gazetteer lacks, not part of a person's, an organisation's or a
    site's name, nor the headline's: what the spelling model may place. With `skeleton`, a
    name the gazetteer knows only by its consonant skeleton counts as lacking."""
    lacking = not m.ids or (skeleton and m.fuzzy)
    local = m.local or (skeleton and m.fuzzy)
    return lacking and local and not (m.in_person or m.in_org or m.title or m.site)


def _spelling_leader(
    g: Gazetteer, keys: list[str], among: set[str] | None = None, margin: float = 0.0
) -> str:
    """The country (of `among`, else of all) whose place names the name keys are spelled
    like, when it leads the next by `margin` (`_SPELLING_MARGIN` unless given; "" otherwise)."""
    margin = margin or _SPELLING_MARGIN
    counts, totals, size = _spelling_model(g)
    if among is None:
        scores = dict.fromkeys(totals, 0.0)
    else:
        scores = dict.fromkeys((cc for cc in among if cc in totals), 0.0)
    for key in keys:
        for gram in _grams(key):
            seen = counts.get(gram, {})
            for cc in scores:
                scores[cc] += math.log((seen.get(cc, 0) + 0.1) / (totals[cc] + 0.1 * size))
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)
    if len(ranked) < 2 or scores[ranked[0]] - scores[ranked[1]] < margin:
        return ""
    return ranked[0]


def _spelling_evidence(g: Gazetteer, mentions: list[_Mention], ev: _Evidence) -> None:
    """The country of an ambiguous qualifier, read from the spelling of the name it places.

    "in Teotepeque (La Libertad)": La Libertad is a region of Peru and a department of El
    Salvador, and the village is in neither's towns; but its letters are Salvadoran, not
    Peruvian, as a reader tells. For a name the gazetteer lacks (or knows only by its
    consonant skeleton: "Kettou" is no Kyoto) whose qualifier names provinces
    of two countries or more, the letter-group model of `_country_from_spelling`
    scores only those countries; one that leads the next by `_QUALIFIER_SPELLING_MARGIN` gets the
    evidence a resolved qualifier gives (half a point, and its unit of that name half a
    point), so the qualifier resolves there. Nothing when the spelling does not tell them
    apart ("Saadnayel (Bekaa)": one country already) or the name is no place's.
    """
    for m in mentions:
        if not _unknown_local(m, skeleton=True):
            continue
        if any(q.key in m.key for q in m.quals):
            continue  # "Athens-Central Athens": a part of the qualifier's town, no village
        # the provinces the qualifier may be, whole names found by name (Guatemala's
        # municipality of La Libertad is no rival of the two regions; "Sinai" of "North
        # Sinai" names towns only)
        rows = [
            i
            for q in m.quals
            if not (q.fuzzy or q.partial)
            for i in q.ids[:10]
            if g.kind[i] == ADMIN1
        ]
        ccs = {g.cc[i] for i in rows}
        if len(ccs) < 2:
            continue
        cc = _spelling_leader(g, [m.key], among=ccs, margin=_QUALIFIER_SPELLING_MARGIN)
        if not cc:
            continue
        ev.cc[cc] += 0.5
        for i in rows:
            if g.cc[i] == cc and g.admin1[i]:
                ev.admin1[(cc, g.admin1[i] or "")] += 0.5
                break


# The words before a name that say it is a place: "in", "near", "at" ..., "from", "to"
_PLACE_PREPS = _AT_PREPS | {"of", "from", "to", "(", ","}

# The lead (natural log) a country's spelling needs over the next one's, among all countries
# (`_country_from_spelling`: the last resort, when nothing else placed the event)
_SPELLING_MARGIN = 3.0
# ... and among the few countries whose provinces bear an ambiguous qualifier's name (two to
# ten). Measured on GeoNames itself (4,000 towns of such provinces left out of the model, each
# scored among the countries of its province's name), against the biggest province of the
# name, which wins without it: a lead of 10 or more picks the town's country 97% of the time
# (the biggest province: 77%), 5 to 10 82% (67%), 3 to 5 72% (59%), 2 to 3 59% (56%), below
# 2 no better than the biggest province.
_QUALIFIER_SPELLING_MARGIN = 3.0


def _grams(key: str) -> list[str]:
    """A name key's groups of four letters, its ends marked (" kyi", "kyiv", "yiv ")."""
    text = f" {key} "
    return [text[k : k + 4] for k in range(len(text) - 3)]


@lru_cache(maxsize=2)
def _spelling_model(
    g: Gazetteer,
) -> tuple[dict[str, dict[str, int]], dict[str, int], int]:
    """Counts of each letter group in each country's place names (GeoNames' own names of
    towns and units, not the USPS list), each country's total (countries with 100 groups or
    more), and the number of distinct groups. Built on first use: a second or two."""
    counts: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = defaultdict(int)
    for i in range(g.postal_start):
        if g.kind[i] == COUNTRY:
            continue
        cc = g.cc[i]
        for gram in _grams(name_key(g.name[i])):
            seen = counts.setdefault(gram, {})
            seen[cc] = seen.get(cc, 0) + 1
            totals[cc] += 1
    kept = {cc: n for cc, n in totals.items() if n >= 100}
    return counts, kept, len(counts)


def _big_town_spelled(g: Gazetteer, key: str) -> list[int]:
    """Towns of 100,000 people or more whose one-word name is four fifths alike a one-word
    name of five letters or more, letter for letter, its Arabic article aside ("Nassriya":
    Nasiriyah)."""
    words = _article_aside(key)
    if len(words) != 1 or len(words[0]) < 5:
        return []
    word = words[0]
    return [
        i
        for other, i in _big_town_words(g).get(word[:2], ())
        if SequenceMatcher(None, word, other).ratio() >= 0.8
    ]


@lru_cache(maxsize=2)
def _big_town_words(g: Gazetteer) -> dict[str, list[tuple[str, int]]]:
    """The one-word names of towns of 100,000 or more (their article aside), by their first
    two letters."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i in range(len(g)):
        if g.kind[i] != CITY or g.population[i] < 100_000:
            continue
        words = _article_aside(name_key(g.name[i]))
        if len(words) == 1 and len(words[0]) >= 5:
            out[words[0][:2]].append((words[0], i))
    return out


_ARABIC_ARTICLES = frozenset(("al", "el", "an", "ar", "as", "ash", "ad", "at", "az"))


def _article_aside(key: str) -> list[str]:
    """A name key's words, a two-word name's Arabic article aside ("an nasiriyah": one word),
    so the text's spelling and the gazetteer's compare alike."""
    words = key.split()
    if len(words) == 2 and words[0] in _ARABIC_ARTICLES:
        return words[1:]
    return words


# How much a reading known only by an alternate name weighs beside one bearing the name as its
# own in the last-resort vote, and a town beside a unit in a qualifier's place
_OTHER_NAME_SHARE = 0.25
# A town a route or a junction is named after, against a name said as a place: half a vote
# (`_country_from_names`). A road joins towns across borders and a junction may bear a word
# ("the Sa'a roundabout", the clock's), while "in el Mina" names the scene itself.
_ROUTE_SHARE = 0.5


def _own_name(g: Gazetteer, i: int, key: str) -> bool:
    """Whether place `i` bears `key` as its own name (its Arabic article aside, a unit's kind
    word aside: "Herat" of "Velayat-e Herat"), not only as an alternate name. A country's
    common English names ("Britain", "Ivory Coast") are its own."""
    if g.kind[i] == COUNTRY:
        return True
    if g.kind[i] in (ADMIN1, ADMIN2):
        return key in admin_variants(g.name[i])
    own = name_key(g.name[i])
    # "Amadiya" is Al Amadiyah's own name: its final h only transliterates the Arabic ending
    # (`gazetteer.arabic_iyah_variants`)
    words = _article_aside(key)
    return any(words == _article_aside(k) for k in (own, *arabic_iyah_variants(own)))


# A route's or a front's name: "the Baalbek-Homs road", "the Kabul - Kandahar highway", "on
# the Homs front", "the Marib-Al Jawf road", "the Yabseh crossing", "the Zahle roundabout":
# capitalised names joined by hyphens, dashes or slashes, then the route's word (a road's
# junction too, named after the town a road leads to; not a square or a bridge, mostly named
# after people and events: "Martyrs square")
_ROUTE_WORD = (
    r"\s+(?:"
    + "|".join(
        sorted(
            _ROUTE_WORDS  # road highway route motorway expressway freeway corridor axis
            | {"front", "frontline", "front line", "crossing", "border crossing"}
            | (_JUNCTION_WORDS - {"crossroads"})  # roundabout intersection junction triangle
        )
    )
    + r")s?\b"
)
_ROUTE_NAME = re.compile(
    r"\b[A-Z][\w'’]*(?:(?:\s?[-–/]\s?|[ -])(?:al|el|[A-Z][\w'’]*))*(?=" + _ROUTE_WORD + ")"
)
_ROUTE_AFTER = re.compile(
    r"(?:\s?[-–/]\s?[A-Z][\w'’]*(?:[ -](?:al|el|[A-Z][\w'’]*))*)*" + _ROUTE_WORD
)


def _route_countries(g: Gazetteer, text: str) -> list[tuple[int, str, str]]:
    """The countries of the towns the text's routes and fronts are named after, with where
    each name stands and its key, once per distinct name ("the Baalbek-Homs road": Lebanon's
    Baalbek, Syria's Homs).

    A road, a highway, a crossing or a front bears the names of the towns it joins or faces,
    and these lie in the country of the scene or across its border: evidence of the country,
    never the scene itself. Each piece of the route's name between hyphens, dashes and slashes
    (or two pieces together: "Umm al-Karami") is looked up; only a name's own readings count,
    where one country's town or province of the name has ten times the people of any other's
    (`_dominant_country`: Syria's Homs, not Libya's Al Khums, which bears it only as another
    name), or, for a name the index lacks, one country's towns alone bear it in another list
    (`_one_other_town`). A sentence's opening "The" is no part of the name.
    """
    out: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for hit in _ROUTE_NAME.finditer(text):
        pieces = [
            (hit.start() + p.start(), p.group().strip())
            for p in re.finditer(r"[^-–/]+", hit.group())
        ]
        k = 0
        while k < len(pieces):
            found = ""
            for width in (2, 1):
                if k + width > len(pieces):
                    continue
                name = "-".join(p for _, p in pieces[k : k + width])
                name = re.sub(r"^(?:The|On|In|At)\s+", "", name)
                key = name_key(name)
                if key and key not in seen and (g.lookup_key(key) or _one_other_town(g, key)):
                    found = key
                    break
            if not found:
                k += 1
                continue
            seen.add(found)
            ids = g.lookup_key(found)
            top = _dominant_country_of(g, ids, found) if ids else _one_other_town(g, found)
            if top:
                out.append((pieces[k][0], found, top))
            k += width
    return out


def _one_country(names: dict[str, tuple[str, ...]], key: str) -> str:
    """The one country another list gives the name `key` (not an English word), else ""."""
    ccs = names.get(key, ())
    return ccs[0] if len(ccs) == 1 and not is_common(key) else ""


def _one_other_town(g: Gazetteer, key: str) -> str:
    """The country of a town GeoNames lacks that one country's towns alone bear in another
    list (`Gazetteer.other_towns`: "the Saadnayel highway", Lebanon's), else ""."""
    return _one_country(g.other_towns, key)


def _one_other_unit(g: Gazetteer, key: str) -> str:
    """The country of a province or district GeoNames lacks that one country alone bears in
    another list (`Gazetteer.other_units`: Cameroon's "Mifi"), not an English word, else ""."""
    return _one_country(g.other_units, key)


def _in_route(m: _Mention, text: str) -> bool:
    """Whether the mention is a name inside a route's or a front's name (`_ROUTE_AFTER`)."""
    return m.start >= 0 and _ROUTE_AFTER.match(text, m.end) is not None


def _town_reading_in(g: Gazetteer, m: _Mention, cc: str) -> int:
    """The first of the mention's leading gazetteer readings (ten) that is a town of country
    `cc`, or -1: the namesake a reader takes in that country."""
    for i in m.ids[:10]:
        if g.cc[i] == cc and g.kind[i] == CITY:
            return i
    return -1


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _demonym_said(g: Gazetteer, text: str, cc: str) -> bool:
    """Whether a capitalised word of the text is a demonym of country `cc` ("Tunisian
    farmers"): a note that names its town's people keeps the town's country."""
    return any(g.demonyms.get(name_key(w)) == cc for w in _CAPITALISED.findall(text))


def _route_namesake(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], text: str
) -> tuple[int, str]:
    """The event's town read again against the towns its routes and fronts are named after:
    (the town, or -1 for an unknown one; the country then, or "").

    "Protesters shut the Baalbek-Homs highway at el Ain with burning tyres": the gazetteer has no
    Lebanese El Ain, and chose Tunisia's, which nothing else in the note points to, while the
    road names Lebanon's Baalbek and Syria's Homs. A town in none of its routes' countries,
    named bare (no qualifier of its own) and small (under `_SITE_TOWN_LEAST` people), with no
    other name, demonym or country of the text in its country, is a namesake abroad: its
    namesake in the routes' leading country is the town, and without one the town is unknown
    and that country is the event's. It leaves alone a town in one of its road's countries
    (a road named after a town across the border: "the Homs-Baalbek road near Qusayr"), a
    note that names its town's country ("Tunisian farmers ..."), and a big town.
    """
    unchanged = (best, "")
    if best < 0 or g.kind[best] != CITY or g.population[best] >= _SITE_TOWN_LEAST:
        return unchanged
    named = [m for m in best_ms if not m.title]
    if not named or any(m.quals or m.qual_rows or _in_route(m, text) for m in named):
        return unchanged
    found = _route_countries(g, text)
    routes: dict[str, float] = defaultdict(float)
    for _, _, c in found:
        routes[c] += 1.0
    cc = g.cc[best]
    if not routes or cc in routes:
        return unchanged
    if any(m.best >= 0 and m not in best_ms and g.cc[m.best] == cc for m in mentions):
        return unchanged
    if _demonym_said(g, text, cc):
        return unchanged
    top = max(routes, key=lambda c: routes[c])
    if sum(1 for c in routes if routes[c] == routes[top]) > 1:
        # a road across a border ("the Baalbek-Homs road"): its first town is the nearer end
        # as the note's writer names it
        top = min(found)[2]
    return _town_reading_in(g, named[0], top), top


def _places_namesake(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], text: str
) -> int:
    """The event's town read again in the one country every other place of the text is in.

    "A mine exploded in X area west of Y in Hama countryside": the gazetteer's first reading
    of X is a bigger namesake across the border (Iraq's), while each other place the note
    names (Hama, Y) is Syrian; the places of one short report lie in one country, and a
    reader takes the village for the namesake there. Only a small town (under
    `_SITE_TOWN_LEAST` people) named bare (no qualifier, read by its name, not by its
    spelling), in a text that names no other place, demonym or country of its reading's
    country, and only when the name has a town's reading in the other places' country;
    homes, origins and countries named as actors are not the note's places. A note naming
    no other place has its single-country groups (`actors.GROUP_COUNTRIES`) instead, when
    they all act in one country.
    Returns the town (`best` when unchanged).
    """
    if best < 0 or g.kind[best] != CITY or g.population[best] >= _SITE_TOWN_LEAST:
        return best
    named = [m for m in best_ms if not m.title]
    if not named or any(m.quals or m.qual_rows or m.fuzzy or not m.ids for m in named):
        return best
    keys = {m.key for m in named}
    others = {
        g.cc[m.best]
        for m in mentions
        if m.best >= 0
        and m not in best_ms
        and m.key not in keys
        and not m.title
        # someone's home or origin is no scene ("a refugee from Hama was killed in X")
        and not (m.residence or m.actor or m.prep == "from")
    }
    cc = g.cc[best]
    if not others:
        # no other place: the single-country groups the note names, when they agree ("HDP
        # supporters rallied in X": Turkey's X, not a namesake village across a border)
        others = set(group_countries(text))
    if len(others) != 1 or cc in others:
        return best
    if _demonym_said(g, text, cc):
        return best
    there = others.pop()
    town = _town_reading_in(g, named[0], there)
    return town if town >= 0 else best
