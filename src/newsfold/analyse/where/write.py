"""Where, the event's fields: country, admin units, location, coordinates and ACLED's geo precision.

A country alone is placed at its capital (`_at_capital`); a part of a town is written through
`city_parts`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from newsfold.analyse.actors import group_countries
from newsfold.analyse.context import Context, PlaceMention
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    greek_unit_variants,
    name_key,
)
from newsfold.analyse.us_seats import SEATS
from newsfold.analyse.where.candidates import _city_county_form, _is_primary, _short_form
from newsfold.analyse.where.capitals import capital
from newsfold.analyse.where.city_parts import (
    _city_district,
    _in_nyc,
    _named_part_of_city,
    _nameless_with_area,
    _nyc_borough,
    _town_quarter,
    _us_city_around,
    _us_town,
    _whole_nyc,
    _written_town,
)
from newsfold.analyse.where.countries import (
    _country_by_spelling_or_units,
    _county_abroad,
    _held_positions_country,
    _places_namesake,
    _route_namesake,
    _scene_over_origin,
    _scene_town_country,
)
from newsfold.analyse.where.evidence import _ACTOR_COUNTRY, _ACTORS, _FORCE_WORDS, _Evidence
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.vocabulary import _COMPASS_WORDS, _COUNTY_WORDS
from newsfold.records import Event


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


_WORD = re.compile(r"[^\W\d_][\w'’]*")
# A force's words, and a people's who live abroad by what they are called: "Israeli settlers"
# live in the occupied West Bank, not in Israel.
_ABROAD_FORCE_WORDS = _FORCE_WORDS | {"settlers"}


def _force_nationality(g: Gazetteer, text: str, cc: str) -> bool:
    """Whether the text names country `cc` only as a nationality of an armed force.

    "Turkish forces shelled X in al-Hasakeh", "Russian and Turkish troops patrolled jointly",
    "Russian military police patrolled ...": armies, air forces and their patrols act abroad,
    so the nationality says whose force it was, not where it struck; the note's own names,
    their spelling and its unit words ("governorate", "raion") say more of the scene. A
    nationality of anything else ("Turkish police", "the Sudanese government forces",
    "Lebanese protesters", "the Nigerian ministry") is the country's own, at home, and so is
    a single-country actor ("Houthi"): then it is not a force's nationality alone.
    """
    if any(_ACTOR_COUNTRY.get(hit) == cc for hit in _ACTORS.findall(text)):
        return False
    words = [w.group() for w in _WORD.finditer(text)]
    seen = False
    for k, w in enumerate(words):
        if len(w) <= 3 or not w[:1].isupper() or g.demonyms.get(name_key(w)) != cc:
            continue
        seen = True
        j = k + 1
        # "Turkish and Russian forces": the force word after the pair is both nationalities'
        while j + 1 < len(words) and words[j] == "and" and g.demonyms.get(name_key(words[j + 1])):
            j += 2
        # a force's own name between: "Israeli Air Force", "Turkish Armed Forces", "French
        # Operation Barkhane forces" (up to three capitalised words, then the force word)
        last = min(j + 3, len(words) - 1)
        while j < last and words[j][:1].isupper() and words[j].lower() not in _ABROAD_FORCE_WORDS:
            j += 1
        if j >= len(words) or words[j].lower() not in _ABROAD_FORCE_WORDS:
            return False
    return seen


def _group_country(countries: list[str]) -> str:
    """The country most of the named single-country groups act in, the first named of a tie
    ("" if none)."""
    if not countries:
        return ""
    return max(countries, key=lambda cc: (countries.count(cc), -countries.index(cc)))


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
        if g.km(i, best) <= 20.0:
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


def _names_own_state(g: Gazetteer, best: int, text: str) -> bool:
    """Whether a US city's other name is its own state-level unit's: "District of Columbia" is
    GeoNames' other name for Washington, and the district's too. The report names the city
    by its district; US records write the city ("Washington"), as for any other town."""
    if g.cc[best] != "US":
        return False
    return any(
        g.kind[r] == ADMIN1 and g.cc[r] == "US" and g.admin1[r] == g.admin1[best]
        for r in g.lookup(text)[:5]
    )


def _with_own_state(g: Gazetteer, best: int, key: str) -> bool:
    """Whether a town was found under an alternate name that is its own name and its state's
    ("San Antonio, Texas": GeoNames lists the pair among the city's other names, so the
    scanner reads it as one name). The report names the town by its own name, and the state
    is no part of it: the location is the town's name, as for "San Antonio" alone."""
    own = name_key(g.name[best])
    if not key.startswith(own + " "):
        return False
    rest = key[len(own) :].strip()
    return any(
        g.kind[r] == ADMIN1 and g.cc[r] == g.cc[best] and g.admin1[r] == g.admin1[best]
        for r in g.lookup_key(rest)[:5]
    )


@lru_cache(maxsize=1)
def _us_county_towns(g: Gazetteer) -> dict[tuple[str, str], list[int]]:
    """The US towns of each county, by (state, county), biggest first."""
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(len(g.name)):
        a1, a2 = g.admin1[i], g.admin2[i]
        if g.kind[i] == CITY and g.cc[i] == "US" and a1 and a2:
            out[(a1, a2)].append(i)
    for rows in out.values():
        rows.sort(key=lambda r: -g.population[r])
    return dict(out)


@lru_cache(maxsize=1)
def _known_seats() -> dict[tuple[str, str], str]:
    """`us_seats.SEATS` by (state, county key without its `_COUNTY_WORDS`): the seat's key."""
    return {
        (state, name_key(county)): name_key(seat)
        for state, seats in SEATS.items()
        for county, seat in seats.items()
    }


def _known_seat(g: Gazetteer, county: int) -> int:
    """The row of a US county's seat when `us_seats` knows it and the gazetteer has a town of
    its name in the county (the biggest such), or in its state within 40 km of the county's
    gazetteer seat (GeoNames may file a town on the county line under its neighbour); -1
    otherwise."""
    a1, a2 = g.admin1[county] or "", g.admin2[county] or ""
    words = name_key(a2).split()
    if words and words[-1] in _COUNTY_WORDS:
        words = words[:-1]
    seat_key = _known_seats().get((a1, " ".join(words)))
    if not seat_key:
        return -1
    towns = [
        t
        for t in _us_county_towns(g).get((a1, a2), [])
        if name_key(g.name[t]) == seat_key and not g.postal(t)
    ]
    if towns:
        return towns[0]
    near = [
        t
        for t in g.lookup_key(seat_key)
        if g.kind[t] == CITY
        and g.cc[t] == "US"
        and g.admin1[t] == a1
        and name_key(g.name[t]) == seat_key
        and g.seat[county] >= 0
        and g.km(t, g.seat[county]) <= 40.0
    ]
    return max(near, key=lambda t: g.population[t]) if near else -1


@lru_cache(maxsize=1)
def _seats_filed_elsewhere(g: Gazetteer) -> dict[int, str]:
    """The US county seats the gazetteer files under a neighbouring county, with the county
    they seat: {town row: county name}.

    Reads `us_seats` through `_known_seat` for every US county. GeoNames gives a town the
    county of its nearest listed row, and a city on a river that is its county's line gets
    the county across the river (Baton Rouge, seat of East Baton Rouge Parish, filed under
    West Baton Rouge); a seat lies in the county it seats. A Virginia independent city
    ("City of Fairfax", seat of Fairfax County but no part of it) is its own county and
    keeps it.
    """
    out: dict[int, str] = {}
    for county in range(len(g.name)):
        if g.kind[county] != ADMIN2 or g.cc[county] != "US" or not g.admin2[county]:
            continue
        town = _known_seat(g, county)
        filed = g.admin2[town] if town >= 0 else None
        if town < 0 or filed == g.admin2[county] or (filed or "").startswith("City of"):
            continue
        out[town] = g.admin2[county] or ""
    return out


def town_county(g: Gazetteer, town: int) -> str | None:
    """A US town's county: its gazetteer county, or the county it is the seat of where
    the gazetteer files the seat under a neighbour (`_seats_filed_elsewhere`)."""
    return _seats_filed_elsewhere(g).get(town) or g.admin2[town]


SEAT_OVER_CITY = 2
"""How many times its seat's people a county's biggest town may have and the seat still stand
for the county's events: a suburb that outgrew its courthouse town (Mooresville beside
Statesville) is the county's edge, a city that dwarfs it (Lakeland beside Bartow, Kansas City
beside Independence) is where most of the county's events happen."""


def _county_town(g: Gazetteer, county: int) -> int:
    """The town a US county's event is written at when no town is named: its seat, as
    `us_seats` knows it for a county of about 100,000 people or more, unless the county's
    biggest town is a city `SEAT_OVER_CITY` times the seat's size or more; else the
    gazetteer's choice (`_gazetteer_county_town`).

    A story that names only the county is mostly a sheriff's story of its countryside, which
    addresses, and readers, file under the seat the county was drawn around; but where one
    city holds most of the county's people, the county's events are mostly the city's."""
    town = _gazetteer_county_town(g, county)
    known = _known_seat(g, county)
    if known >= 0 and g.population[town] < SEAT_OVER_CITY * g.population[known]:
        return known
    return town


def _gazetteer_county_town(g: Gazetteer, county: int) -> int:
    """The gazetteer's seat of a US county (the town named like it, or its biggest), with two
    corrections where the biggest place misleads.

    A suburb named after the city it surrounds ("East Pensacola Heights", a little bigger
    than Pensacola) stands for nothing the reader would file the county's events under: the
    city its name contains is, when that city is of a like size (a third of it or more).
    And a county named after its city with a compass word ("East Baton Rouge Parish")
    has that city, when a town of the name lies within 40 km of the seat and is bigger (a
    city on the county line may be filed under the neighbouring county: the seat would be a
    suburb, "Central").
    """
    seat = g.seat[county]
    a1, a2 = g.admin1[county], g.admin2[county]
    towns = _us_county_towns(g).get((a1 or "", a2 or ""), [])
    seat_key = name_key(g.name[seat])
    # (not a merged town named after both: "Helena-West Helena" is no suburb of West Helena)
    for t in towns if "-" not in g.name[seat] else ():
        key = name_key(g.name[t])
        if (
            t != seat
            and g.population[t] * 3 >= g.population[seat]
            and len(key) >= 4
            and f" {key} " in f" {seat_key} "
            and key != seat_key
        ):
            return t
    words = name_key(g.name[county]).split()
    if len(words) >= 3 and words[0] in _COMPASS_WORDS:
        inner = " ".join(words[1:-1])
        for t in g.lookup_key(inner):
            if (
                g.kind[t] == CITY
                and g.cc[t] == "US"
                and g.admin1[t] == a1
                and name_key(g.name[t]) == inner
                and g.population[t] > g.population[seat]
                and g.km(t, seat) <= 40.0
            ):
                return t
    return seat


def _as_written(name: str) -> str:
    """A name the gazetteer lacks as a location: in title case when the text has it in
    capitals (a dateline's "RED CLOVER", a headline's), as written otherwise ("McKinley Park").
    """
    return name.title() if name.isupper() and len(name) > 1 else name


def _government_town(g: Gazetteer, i: int) -> str:
    """The town's own name when GeoNames names a US town row by its consolidated city-county
    government ("Lexington-Fayette": Lexington, in Fayette County), or "".

    Reads the row's name and county. GeoNames keeps "Lexington-Fayette" beside "Lexington"
    as a town of its own; police, reports and GVA name the city "Lexington", and a name
    found under the government's name is written as the town's (`_city_county_form`).
    """
    head, _, tail = g.name[i].partition("-")
    if not tail or g.cc[i] != "US":
        return ""
    return head if _city_county_form(g, i, name_key(g.name[i]), town=head) else ""


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
    # "Saint James Parish" with nothing American about it: Jamaica's (`_county_abroad`)
    best = _county_abroad(g, best, best_ms, mentions, ctx.article.url)
    scene, scene_ms = _scene_over_origin(g, best, best_ms, mentions)
    if scene != best:  # "goods from Turkey ... a protest in X": the town, not the origin
        best, best_ms = scene, scene_ms
        local = None if local in scene_ms else local
    town = _places_namesake(g, best, best_ms, mentions, ctx.article.text)
    if town != best:  # "in X area west of Y in Hama countryside": Syria's X, not Iraq's
        for m in best_ms:
            m.best = town
        best = town
    if local is None:
        # a small town abroad where the note's roads and fronts name another country ("the
        # Baalbek-Homs highway shut at el Ain"): that country's namesake, or an unknown
        # town in that country (`_route_namesake`)
        town, route_cc = _route_namesake(g, best, best_ms, mentions, ctx.article.text)
        if route_cc and town != best:
            named = [m for m in best_ms if not m.title]
            for m in named:
                m.best = town
                m.local = town < 0
            if town < 0:
                best, best_ms, local, country = -1, [], named[0], route_cc
            else:
                best = town
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
        # single-country groups the place readers do not weigh (`actors.GROUP_COUNTRIES`):
        # a country when nothing else gave one, and more than a foreign force's nationality
        groups = group_countries(ctx.article.text)
        if country and country not in groups and _force_nationality(g, ctx.article.text, country):
            # a foreign force's nationality is weaker evidence of the scene than the note's
            # names, their spelling and its unit words (`_force_nationality`); it decides
            # only when these give no country ("Turkish forces shelled the village")
            country = (
                _country_by_spelling_or_units(g, mentions, ctx.article.text)
                or _scene_town_country(g, local)
                or _group_country(groups)
                or country
            )
        elif not country:
            country = _group_country(groups)
        if country:  # "Nigerian troops killed ...", "near Vodyane" (OSCE SMM): the country
            event.country = g.country_names.get(country)
            event.iso3 = g.iso3.get(country)
        if local is None:
            if country:
                _at_capital(g, event, country)
            return
        event.location = _as_written(local.text)
        ctx.add_claim("location", local.text, (local.start, local.end), unresolved=True)
        return
    if g.kind[best] == COUNTRY:
        # a country alone, the first of two named as actors: the country whose forces hold
        # the positions fired at, where the note places the event (`_held_positions_country`)
        held = _held_positions_country(g, ctx.article.text)
        if held and held != g.cc[best] and held in g.countries:
            best, best_ms = g.countries[held], []
    p = g.place(best)
    kind = p["feature"]
    event.country, event.iso3 = p["country"], p["iso3"]
    claims_ms = [m for m in best_ms if not m.title][:5]
    common = {"geonameid": p["geonameid"], "feature": kind}
    common.update(country=p["country"], iso3=p["iso3"])
    if kind == COUNTRY:
        if local is not None:
            event.location = _as_written(local.text)
            ctx.add_claim(
                "location", local.text, (local.start, local.end), unresolved=True, **common
            )
        for m in claims_ms:
            ctx.add_claim("location", p["name"], (m.start, m.end), **common)
        if local is None:
            _at_capital(g, event, g.cc[best])
        return
    precision = _precision(g, best, best_ms)
    if kind == CITY:
        p["admin2"] = town_county(g, best)
    event.admin1, event.admin2 = p["admin1"], p["admin2"]
    event.latitude, event.longitude = p["latitude"], p["longitude"]
    event.location = g.name[g.seat[best]] if kind == ADMIN1 and g.seat[best] >= 0 else p["name"]
    if kind == CITY:
        # "Lexington-Fayette": the town, as its police and records name it
        event.location = _government_town(g, best) or event.location
    cap = capital(g, best) if kind == ADMIN1 else -1
    if cap >= 0 and g.seat[best] not in g.lookup_key(name_key(g.name[best])):
        # a US state or Canadian province alone ("in B.C.", "across N.C."): written at its
        # capital, as ACLED codes a province-level event, not at its biggest city (`capitals`);
        # not where the state's name is also its big city's ("NEW YORK (Reuters) -": the
        # dateline may mean the city, as it does the state)
        event.location = g.name[cap]
        event.latitude, event.longitude = g.lat[cap], g.lon[cap]
    if kind == ADMIN2 and g.cc[best] == "US" and g.seat[best] >= 0:
        # Only a US county named ("deputies were called to a home in Barrow County"): as for a
        # province, the location is the county's seat (`us_seats` where it knows it, else
        # its town named like it, or its biggest: Orleans Parish's New Orleans, Barrow County's
        # Winder), where US records place a county's incident when they name no other town;
        # precision 3, and `admin2` keeps the county. Elsewhere a district keeps its own
        # name (ACLED writes the district).
        event.location = g.name[_county_town(g, best)]
        precision = 3
    named = [m for m in claims_ms if not m.fuzzy]
    if kind == ADMIN2 and named and named[0].key in greek_unit_variants(g.name[best]):
        # a Greek prefecture GeoNames names in the genitive ("Nomos Evrou"): the nominative
        # the report writes ("Evros"), as reports and records name it
        event.location = named[0].text
    if (
        kind == CITY
        and named
        and not any(
            _is_primary(g, best, m.key)
            or _short_form(m.key, g.name[best])
            or _city_county_form(g, best, m.key)
            for m in named
        )
        and not _names_own_state(g, best, named[0].text)
        and not _with_own_state(g, best, named[0].key)
    ):
        # found under another name ("Kiev", "Fort Hood", "Gurgaon"): the name the report uses,
        # unless it names the town by its own name too ("according to Google ... in Topeka":
        # a word GeoNames lists as another name of the town is no name the report gives it)
        text = _as_written(named[0].text)
        if " de " in named[0].key and " de " not in f" {name_key(text)} ":
            # found with its "de" left out ("San Francisco Campeche", `_Scanner.matches`):
            # the name as its people write it, "San Francisco de Campeche"
            head, last = text.rsplit(" ", 1)
            text = f"{head} de {last}"
        event.location = text
    common.update(admin1=p["admin1"], admin2=p["admin2"])
    common.update(latitude=p["latitude"], longitude=p["longitude"])
    town = _us_town(g, best, local, best_ms, ctx.article.text)
    if town < 0 and local is not None and _town_quarter(g, best, local, best_ms):
        town = best
    if town < 0 and local is None:
        town = _us_city_around(g, best, best_ms, mentions, ctx.doc)
    if town < 0 and local is None and kind in (CITY, ADMIN2):
        # "in Paltan locality of Dhaka city", "in Cuauhtemoc, Ciudad de Mexico": a big city's part
        for m in named:
            part = _named_part_of_city(g, best, m, ctx.article.text)
            if part:
                event.location = part
                break
    if kind == CITY and _whole_nyc(g, town) and (_in_nyc(g, best) or _nyc_borough(g, best) >= 0):
        # a place of the five boroughs the text puts in the whole city ("on Staten Island,
        # New York City police said", `_us_city_around`): its borough, or itself a borough
        town = _nyc_borough(g, best)
    if kind == CITY and (town >= 0 or local is None):
        # a town or part of New York City: its borough is the town (see `_nyc_borough`)
        borough = _nyc_borough(g, town if town >= 0 else best)
        town = borough if borough >= 0 else town
    within: dict[str, Any] = {}
    if town >= 0:
        # a part of a US town: the town is the location (see `_us_town`)
        within = {"within": _written_town(g, town)}
        if town != best:
            event.location = _written_town(g, town)
            if g.admin1[town] == g.admin1[best]:
                # the written town's county, not its part's: Germantown is Philadelphia's
                # though GeoNames puts the neighbourhood in Montgomery County
                event.admin2 = town_county(g, town) or event.admin2
        precision = 2
    for m in claims_ms:
        ctx.add_claim(
            "location", p["name"], (m.start, m.end), precision=precision, **within, **common
        )
    if local is not None:
        district, city = _city_district(g, local, best, ctx.article.text)
        if town < 0:
            event.location = _as_written(
                district or _nameless_with_area(local, ctx.article.text) or local.text
            )
        # a site in a province alone: only the province is known; in a town (the District's
        # Washington too, `_us_town`): a part of the town
        precision = 3 if kind == ADMIN1 and town < 0 else 2
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
