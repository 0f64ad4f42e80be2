"""Where, the resolution: each mention's place chosen in passes that see the other choices (step 3).

Also a "neighborhood" the gazetteer places elsewhere, and a qualifier no candidate fits, turned
into local names.
"""

from __future__ import annotations

import math
from collections import defaultdict

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
)
from newsfold.analyse.where.candidates import (
    _abroad_in_us_city_story,
    _candidate_score,
    _fits,
    _is_primary,
    _strength,
    _votes,
    _with_votes,
)
from newsfold.analyse.where.evidence import _Evidence
from newsfold.analyse.where.local_names import _force_unit_name
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.qualifiers import CITY_PART_WORDS, part_of_town
from newsfold.analyse.where.vocabulary import (
    _ADMIN1_WORDS,
    _ADMIN2_WORDS,
    _AT_PREPS,
    _NEIGHBOURHOOD_WORDS,
    _UNIT_WORDS,
    common_words,
)

# the closing quote of a nickname inside a person's name: 'Luis "Chuy" Salazar'
_CLOSING_QUOTES = frozenset(('"', "\u201d", "'", "\u2019"))


def _resolve(g: Gazetteer, mentions: list[_Mention], base: _Evidence) -> _Evidence:
    """Choose each mention's place, in passes that see the other names' choices.

    Returns the evidence with every name's final vote (what the event scoring reads).
    """
    for m in mentions:
        if _abroad_in_us_city_story(g, m, base):
            m.ids, m.local = (), _locative(m)  # "in Bordeaux, Metro police said": a local name
        elif len(m.ids) > READINGS:
            m.ids = _with_named_county_namesakes(g, m, base)
    named = [m for m in mentions if m.ids]
    margin: dict[int, float] = {}  # by id(mention): how decisive its own evidence is
    for m in named:
        m.best, margin[id(m)] = _first_choice(g, m, base)
    initial = {id(m): m.best for m in named}
    after_first: dict[int, int] = {}
    for p in range(2):
        if p == 1:
            after_first = {id(m): m.best for m in named}
            if after_first == initial:
                # the first pass kept every choice (each name is chosen once per pass, so
                # none changed on the way): the second would see the same votes and
                # qualifiers, and choose the same again
                break
        votes = _votes(g, mentions)
        cache: dict[str, _Evidence] = {}
        # Qualifiers first: "Donetsk" in "Shakhta, Donetsk" settles before "Shakhta" does.
        for m in sorted(named, key=lambda m: m.qual_of is None):
            part = m.qual_of is not None and part_of_town(g, m.qual_of)
            ev = cache.get(m.key) if not part else None
            if ev is None and part and m.qual_of is not None:
                # "the Brighton section of Boston": the part's namesakes (England's Brighton)
                # say nothing of which town it is a part of; the rest of the text does
                own = {k: v for k, v in votes.items() if k != m.qual_of.key}
                ev = _with_votes(g, base, own, skip=m.key)
            elif ev is None:
                ev = cache[m.key] = _with_votes(g, base, votes, skip=m.key)
            quals = m.qualifier_rows()
            m.best = max(_readings(g, m, quals), key=lambda i: _candidate_score(g, i, m, ev, quals))
    _settle_swings(g, mentions, named, base, margin, initial, after_first)
    _namesakes_together(g, named, base)
    # Names whose qualifier no candidate fits: a local name within it, or a bad qualifier.
    for m in named:
        quals = m.qualifier_rows()
        if m.best < 0 or not quals or (_fits(g, m.best, quals) and not _far_part(g, m)):
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
        if (m.label == "PERSON" and (m.in_person or m.partial)) or (
            m.partial and m.prep in _CLOSING_QUOTES
        ):
            # "Luis Salazar of Denver": a surname inside a person's name (or after a nickname
            # in quotes, whatever the model's label: 'Luis "Chuy" Salazar'), and his home
            # town after "of" (no Salazar lies in Denver); neither a local place in the town
            # nor its qualifier, the town stays his home
            for q in m.quals:
                q.qual_of = None
            m.quals, m.qual_rows = [], []
            m.best, m.ids = -1, ()
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
    _repeated_local(g, named)
    _repeated_far_part(g, named)
    _repeated_qualified(g, named)
    votes = _votes(g, mentions)
    # the big cities the story is filed from (a metro area's core: a small town's dateline
    # may itself be a far namesake, "WARREN TOWNSHIP -" read as New Jersey's)
    filed = tuple(
        m.best
        for m in named
        if m.dateline and m.best >= 0 and g.kind[m.best] == CITY and g.population[m.best] >= 100_000
    )
    aside = _aside_states(g, mentions, base)
    # the evidence without a name's own vote, made once per name (the votes stand still in
    # this loop, and `_strength` only reads it)
    without: dict[str, _Evidence] = {}
    for m in sorted(named, key=lambda m: m.qual_of is None):
        if m.best < 0:
            continue
        quals = m.qualifier_rows()
        others = without.get(m.key)
        if others is None:
            others = without[m.key] = _with_votes(g, base, votes, skip=m.key)
            others.filed_at = filed
            others.aside = aside
        if not _strength(g, m.best, m, others, quals):
            m.best = -1
            if _locative(m) and not _force_unit_name(m.text):
                # (not a force's unit: "Troop A state police")
                m.local, m.weak_local = True, not m.kind_word  # "near Vodyane"
    votes = _votes(g, mentions)
    final = _with_votes(g, base, votes)
    _neighbourhoods(g, mentions, final)
    after = _votes(g, mentions)
    # (made again only when a name became a local one: the same votes in the same order give
    # the same evidence)
    return final if list(after.items()) == list(votes.items()) else _with_votes(g, base, after)


def _aside(m: _Mention) -> bool:
    """Whether mention `m` names a home or a destination (or qualifies one): "of Beaumont,
    Texas", "a Texas man", "taken to a hospital in Memphis, Tenn."."""
    host = m.qual_of if m.qual_of is not None else m
    return host.residence or host.dest or host.hospital or host.kind_word == "(people)"


def _aside_states(
    g: Gazetteer, mentions: list[_Mention], base: _Evidence
) -> frozenset[tuple[str, str]]:
    """The US states the text names only as homes and destinations: every mention chosen in
    the state (or fixing it, "Tenn.") is someone's home, where someone was taken, or their
    qualifier, and nothing else (the outlet, a telephone number, a state's agency) points
    there.

    Reads the mentions' choices and the evidence before the mentions' votes. A story names a
    victim's home town or the hospital across a state line with its state ("John Doe, 30, of
    Beaumont, Texas, was shot in Lake Charles"): the state says where he lives, not that the
    bare scene is a namesake at home the gazetteer lacks (`candidates._strength` drops a small
    town of a state the text does not name when it names another).
    """
    own: dict[tuple[str, str], float] = defaultdict(float, base.admin1)
    for m in mentions:
        for q in m.qual_rows:  # the qualifiers' own share of the evidence (`component`)
            if g.admin1[q]:
                own[(g.cc[q], g.admin1[q] or "")] -= 0.5
    aside: set[tuple[str, str]] = set()
    named: set[tuple[str, str]] = {k for k, w in own.items() if w >= 0.5}
    for m in mentions:
        rows = [m.best] if m.best >= 0 else []
        rows += list(m.qual_rows)
        for r in rows:
            if g.cc[r] != "US" or not g.admin1[r] or g.kind[r] == COUNTRY:
                continue
            (aside if _aside(m) else named).add((g.cc[r], g.admin1[r] or ""))
    return frozenset(aside - named)


READINGS = 25
"""How many of a name's readings (the biggest first) are weighed without a word for the rest."""
COUNTY_NAMESAKES = 3
"""How many readings past `READINGS` a county the text names may bring into them."""


def _with_named_county_namesakes(g: Gazetteer, m: _Mention, base: _Evidence) -> tuple[int, ...]:
    """A name's readings with the small US towns past its first `READINGS` that lie in a
    county the text names moved into them (at most `COUNTY_NAMESAKES`, in place of the last).

    Reads the name's readings and the counties the text's other names may be
    (`base.counties`). "Harris County deputies said a man was killed near Hamilton": 27 US
    towns are called Hamilton, and Georgia's, a town of 1,000 in Harris County, is the 26th
    by size; weighed only among the first 25, the name was left unresolved and the story's
    dateline ("COLUMBUS, Ga.") kept the event. The named county's town is the story's
    (`candidates._candidate_score` weighs a town in a named county up); it must be weighed.
    """
    named = {unit for key, units in base.counties.items() if key != m.key for unit in units}
    if not named:
        return m.ids
    extra = tuple(
        i
        for i in m.ids[READINGS:]
        if g.kind[i] == CITY and g.cc[i] == "US" and (g.cc[i], g.admin1[i], g.admin2[i]) in named
    )[:COUNTY_NAMESAKES]
    if not extra:
        return m.ids
    keep = m.ids[: READINGS - len(extra)]
    return keep + extra + tuple(i for i in m.ids[len(keep) :] if i not in extra)


PART_REACH_KM = 50.0
"""A town's part lies within this of the town's point (as `city_parts._said_in_city` reads a
city's reach): some big cities' parts lie 30 km out (San Pedro, Los Angeles)."""


def _far_part(g: Gazetteer, m: _Mention) -> bool:
    """Whether a town's part ("the Bayview section of San Francisco") was read as a namesake
    far from the town named (a Bayview of another California county): the town's state fits
    (`_fits` reads a town as its province's name), but a part lies in its town, so the name is
    one the gazetteer lacks there."""
    if m.site or g.kind[m.best] != CITY:
        return False
    if not part_of_town(g, m):
        return _far_from_big_town(g, m)
    towns = [q.best for q in m.quals if q.best >= 0 and g.kind[q.best] == CITY]
    return bool(towns) and all(g.km(m.best, t) > PART_REACH_KM for t in towns)


BIG_QUALIFIER_TOWN = 100_000
"""How many people a US town written after another name ("Crown Heights, Brooklyn") has for
that name to be read as a part of it (`_far_from_big_town`)."""


def _far_from_big_town(g: Gazetteer, m: _Mention) -> bool:
    """Whether a US town's name qualified by a big US town ("in Crown Heights, Brooklyn") was
    read as a namesake far from that town (Dutchess County's Crown Heights, 100 km away).

    Reads the name's chosen row and its qualifiers' chosen rows. An American report writes a
    town with its state ("Salem, Oregon"); a name written with a city of 100,000 or more
    instead is a part of that city, a neighbourhood the gazetteer may lack there: a row
    farther than `PART_REACH_KM` from the city is another place of the name.
    """
    if g.cc[m.best] != "US":
        return False
    towns = [
        q.best
        for q in m.quals
        if q.best >= 0
        and g.kind[q.best] == CITY
        and g.cc[q.best] == "US"
        and g.population[q.best] >= BIG_QUALIFIER_TOWN
    ]
    return bool(towns) and all(g.km(m.best, t) > PART_REACH_KM for t in towns)


def _repeated_far_part(g: Gazetteer, named: list[_Mention]) -> None:
    """ "a shooting in the Crown Heights section of Brooklyn", headline "Woman shot in Crown
    Heights": a name the text reads as a part of a town it names, where the gazetteer lacks
    it (`_far_part` made it a local name), is that part wherever the text or headline
    repeats it bare, not the namesake far from that town (Dutchess County's).

    Reads the local names with a town as their qualifier and the bare repetitions' chosen
    rows: a repetition chosen farther than `PART_REACH_KM` from the town becomes a local
    name too.
    """
    placed: dict[str, list[int]] = {}
    for m in named:
        if m.local and m.best < 0 and not m.ids:
            rows = [q.best for q in m.quals if q.best >= 0 and g.kind[q.best] == CITY]
            if rows:
                placed.setdefault(m.key, rows)
    for m in named:
        found = placed.get(m.key)
        if found is None or m.best < 0 or m.quals or m.in_pair() or g.kind[m.best] != CITY:
            continue
        if all(g.km(m.best, t) > PART_REACH_KM for t in found):
            m.best, m.ids, m.local = -1, (), True


def _first_choice(g: Gazetteer, m: _Mention, base: _Evidence) -> tuple[int, float]:
    """A name's place on the text's evidence alone (no other name's choice), and by how much
    it beats the best candidate of another state or country."""
    scored = sorted(
        ((_candidate_score(g, i, m, base, []), i) for i in m.ids[:25]), key=lambda t: -t[0]
    )
    top, best = scored[0]
    area = (g.cc[best], g.admin1[best])
    rival = next((s for s, i in scored[1:] if (g.cc[i], g.admin1[i]) != area), None)
    return best, (top - rival if rival is not None else 10.0)


def _settle_swings(
    g: Gazetteer,
    mentions: list[_Mention],
    named: list[_Mention],
    base: _Evidence,
    margin: dict[int, float],
    initial: dict[int, int],
    after_first: dict[int, int],
) -> None:
    """Names that swing from pass to pass settle one at a time, the most decisive first.

    Each pass chooses every name against the others' choices of the pass before, so two
    names with namesakes in the same two places can follow each other round: "Chelsea" (a
    London district a little bigger than the Massachusetts city) and "Boston" in "a shooting
    in the Boston suburbs ... the Chelsea shooting": Chelsea follows Boston to Massachusetts
    while Boston follows Chelsea to England, and the next pass swaps them back. A name that
    took its first choice back after leaving it swings; the one whose own evidence is most
    decisive (Boston, far bigger than its namesakes) keeps that choice, and the others are
    chosen again one by one, each seeing the choices settled before it.
    """
    swings = [
        m for m in named if m.best == initial[id(m)] and after_first.get(id(m), m.best) != m.best
    ]
    if len(swings) < 2:
        return
    swings.sort(key=lambda m: -margin[id(m)])
    for m in swings[1:]:
        ev = _with_votes(g, base, _votes(g, mentions), skip=m.key)
        quals = m.qualifier_rows()
        m.best = max(m.ids[:25], key=lambda i: _candidate_score(g, i, m, ev, quals))


NAMESAKE_PAIR_KM = 80.0
"""How near each other two US towns of one story lie to be read as that story's pair: a
story's towns may be an hour's drive apart ("a Peoria man ... shot in Bloomington", Illinois's
pair, 55 km apart; 50 km left it to Arizona's Peoria and Minnesota's Bloomington)."""
NAMESAKE_KEEP_KM = 150.0
"""Two towns of one state chosen within this of each other are kept: a story's pair."""
NAMESAKE_PAIR_SLACK = 1.0
"""How much smaller (in log10 of the two towns' populations, summed) a near pair may be than
the far pair chosen before: a factor of ten."""


def _namesakes_together(g: Gazetteer, named: list[_Mention], base: _Evidence) -> None:
    """Two bare US town names of a story that were chosen far apart are read as the pair of
    namesakes that lie near each other in one state, when one exists and is not much smaller.

    Reads the mentions' chosen rows and their other readings, only when neither the text nor
    the outlet names a US state (that evidence decides) and the text is about the US (its
    choices are US towns, or it has US wording). A local story's places lie near each other:
    "shot in Anderson ... drove him to a hospital in Greenville" is South Carolina's pair
    (45 km apart), not Indiana's Anderson beside a village called Greenville 200 km away that
    the votes of the two names chose each other into; "Jackson ... a hospital in Madison" is
    Mississippi's pair, not Wisconsin's.
    """
    if base.host_row >= 0 or any(c == "US" and w > 0 for (c, _), w in base.admin1.items()):
        return
    bare = [
        m
        for m in named
        if m.best >= 0
        and not m.title
        and not m.in_pair()
        and not m.in_org
        and m.kind_word in ("", "(people)")  # "a Peoria man": a bare town, someone's home
        and any(g.kind[i] == CITY and g.cc[i] == "US" for i in m.ids[:25])
    ]
    keys = list(dict.fromkeys(m.key for m in bare))
    countries = {g.cc[m.best] for m in bare}
    # the text is about the US, or one of its two names was chosen in the US
    us = base.cc.get("US", 0.0) > 0 or "US" in countries
    if len(keys) != 2 or not us or all(_us_towns(g, m) < 2 for m in bare):
        return
    first = [m for m in bare if m.key == keys[0]]
    second = [m for m in bare if m.key == keys[1]]
    b1, b2 = first[0].best, second[0].best
    if _near_pair(g, b1, b2):
        return
    # a pair of one state already, near enough for one story: only a bigger pair displaces it
    kept = _near_pair(g, b1, b2, NAMESAKE_KEEP_KM, same_state=True)
    pairs = [
        (_pair_size(g, r1, r2), r1, r2)
        for r1 in first[0].ids[:25]
        for r2 in second[0].ids[:25]
        if g.kind[r1] == CITY and g.cc[r1] == "US" and _near_pair(g, r1, r2)
    ]
    if not pairs:
        return
    size, r1, r2 = max(pairs)
    if size >= _pair_size(g, b1, b2) - (0.0 if kept else NAMESAKE_PAIR_SLACK):
        for m in first:
            m.best = r1
        for m in second:
            m.best = r2


def _near_pair(
    g: Gazetteer, r1: int, r2: int, km: float = NAMESAKE_PAIR_KM, same_state: bool = False
) -> bool:
    """Whether two rows are US towns within `km` of each other (of one state with
    `same_state`; else across a state line too: Columbus, Georgia and Phenix City, Alabama)."""
    return (
        g.kind[r1] == CITY
        and g.kind[r2] == CITY
        and g.cc[r1] == g.cc[r2] == "US"
        and (g.admin1[r1] == g.admin1[r2] or not same_state)
        and g.km(r1, r2) <= km
    )


def _us_towns(g: Gazetteer, m: _Mention) -> int:
    """How many US towns a name may be among its first readings."""
    return sum(g.kind[i] == CITY and g.cc[i] == "US" for i in m.ids[:25])


def _pair_size(g: Gazetteer, r1: int, r2: int) -> float:
    """Two towns' sizes together: the sum of their populations' log10."""
    return math.log10(g.population[r1] + 10.0) + math.log10(g.population[r2] + 10.0)


def _repeated_local(g: Gazetteer, named: list[_Mention]) -> None:
    """ "IRA, Vt. (AP) - ... at a campsite in Ira": a name the text places in a state (or
    province) where the gazetteer lacks it is that local place wherever the text repeats it
    bare, not a namesake elsewhere (Ira, New York).

    Only a bare repetition follows: a repetition with a qualifier of its own that fits its
    choice ("Ira, N.Y." in a story about two towns) keeps it. Only a state's or province's
    qualifier counts: the gazetteer's county of a town is an approximation (the nearest
    county's), so a county that does not fit may still be the town's.
    """
    placed: dict[str, list[int]] = {}
    for m in named:
        if m.local and m.best < 0 and not m.ids:
            rows = [r for r in m.qualifier_rows() if g.kind[r] == ADMIN1]
            if rows:
                placed.setdefault(m.key, rows)
    if not placed:
        return
    for m in named:
        found = placed.get(m.key)
        if found is None or m.best < 0 or m.in_pair():
            continue
        if _fits(g, m.best, found):
            continue
        m.best, m.ids, m.local = -1, (), True


def _repeated_qualified(g: Gazetteer, named: list[_Mention]) -> None:
    """ "5 shot at Millville, NJ home ... Millville police say": a town the text or the
    headline writes once with its state is that town wherever the text repeats its name bare,
    not a namesake that the outlet's state or another state the text names would favour
    (Millville, Pennsylvania, in a Philadelphia station's story).

    Only a town, only when every qualified mention of the name agrees on one town (a story
    about "Ira, N.Y." and "Ira, Vt." settles nothing), and only a state's qualifier (see
    `_repeated_local`); a repetition with a qualifier of its own keeps its choice.
    """
    placed: dict[str, set[int]] = {}
    for m in named:
        if m.best < 0 or g.kind[m.best] != CITY or not (m.quals or m.qual_rows):
            continue
        rows = [r for r in m.qualifier_rows() if g.kind[r] == ADMIN1]
        if rows and _fits(g, m.best, rows):
            placed.setdefault(m.key, set()).add(m.best)
    for m in named:
        found = placed.get(m.key)
        if found is None or len(found) != 1 or m.in_pair():
            continue
        row = next(iter(found))
        if m.best != row and row in m.ids:
            m.best = row


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
            w >= 0.25 for a, w in ev.admin1.items() if a != own
        ):
            # (a text naming no other place at all has no other town for it to be part of:
            # "the Lensk district of Yakutia" is Lensk; a county named only by its sheriff's
            # office, "the Los Angeles County Sheriff's Department", is such a place)
            m.best, m.ids, m.local = -1, (), True
            keys.add(m.key)
        elif _far_from_outlet_city(g, m.best, ev):
            m.best, m.ids, m.local = -1, (), True
            keys.add(m.key)
    for m in mentions:
        if m.title and m.key in keys:
            m.best = -1


def _far_from_outlet_city(g: Gazetteer, row: int, ev: _Evidence) -> bool:
    """Whether a town a US city's outlet calls a neighbourhood lies far from that city.

    A Louisville station's "the Russell neighborhood" is Louisville's, not the small town of
    Russell 200 km away: a city's outlet names its own neighbourhoods, and a town is no
    neighbourhood. Beyond 50 km of the outlet's city of 100,000 or more (its suburbs are
    nearer), the name is a local one.
    """
    host = ev.host_row
    if host < 0 or g.cc[host] != "US" or g.cc[row] != "US" or g.population[host] < 100_000:
        return False
    return g.km(row, host) > 50.0


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


def _readings(g: Gazetteer, m: _Mention, quals: list[int]) -> tuple[int, ...]:
    """A name's readings weighed: its first 25 (the biggest), and any further one its
    qualifier names ("San Francisco, Chuquisaca": Bolivia's hamlet, the 93rd of 102)."""
    head = m.ids[:25]
    if not quals or len(m.ids) <= 25:
        return head
    return head + tuple(i for i in m.ids[25:] if _fits(g, i, quals))


def _trust_head(g: Gazetteer, m: _Mention, base: _Evidence) -> bool:
    """Whether a name whose qualifier does not fit is still the gazetteer's place.

    A big town is, when its qualifier names nothing in a country the name has a town in
    ("Bafoussam town (Mifi, Ouest)": Haiti's Ouest, GeoNames writes Cameroon's "West"), and
    the lists beside GeoNames (`Gazetteer.listed_units`) give the name to a unit of the big
    town's country ("Valdivia (Los Rios)": Ecuador's province in GeoNames, Chile's region since
    2007 in ISO 3166-2). Not when the qualifier is a country ("San Lorenzo (Panama)"): the
    writer says which country's town it is, and a big namesake abroad is not it. Nor when it
    is a province of countries where the name has no town at all and no list gives it to the
    big town's country ("Rio Verde, Lara state", "Tolyatti town (Badin, Sindh)"): the town is
    a village GeoNames lacks there. (A province of a country where the name also has a town,
    "Granada (Cusco)", was measured too: it cost a held-out admin1 note.)
    """
    i = max(m.ids[:25], key=lambda i: _candidate_score(g, i, m, base, []))
    if m.kind_word in _ADMIN1_WORDS or m.kind_word in _ADMIN2_WORDS:
        return False
    if m.kind_word in CITY_PART_WORDS and any(
        g.kind[r] == CITY and g.population[r] >= 100_000 for q in m.quals for r in q.ids[:3]
    ):
        return False  # "the Austin neighborhood of Chicago": a quarter of the city, not Texas's
    towns = {g.cc[r] for r in m.ids if g.kind[r] == CITY}
    for q in m.quals:
        if q.fuzzy or _fits(g, i, list(q.ids[:10])):
            continue  # the qualifier fits the big town after all
        if any(g.kind[r] == COUNTRY for r in q.ids[:10]):
            return False
        provinces = {g.cc[r] for r in q.ids[:10] if g.kind[r] == ADMIN1}
        if provinces and not provinces & towns and g.cc[i] not in g.listed_units.get(q.key, ()):
            return False
    return g.kind[i] == CITY and g.population[i] >= 100_000 and _is_primary(g, i, m.key)


def _locative(m: _Mention) -> bool:
    """Whether the context alone says a name is a place ("in X", "near X", "X village")."""
    if m.title or m.in_org or m.in_person or m.label in ("ORG", "NORP", "PERSON"):
        return False
    if (m.kind_word and m.kind_word != "(part)") or m.in_unit:
        return True
    return m.prep in _AT_PREPS and len(m.key) > 3 and m.key not in common_words()
