"""Where, the component: `annotate`, which runs the steps in order on one article."""

from __future__ import annotations

from newsfold.analyse.context import Context
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    get_gazetteer,
    name_key,
)
from newsfold.analyse.where.candidates import (
    _fits,
    _local_word_town,
    _named_units,
    _plausible,
)
from newsfold.analyse.where.city_parts import (
    _borough_of_whole_city,
    _home_police_far_part,
    _police_by_initials,
    _police_cities,
    _policed_far_part,
    _unlisted_part_of_host,
    _us_big_cities,
    _us_neighbourhood,
)
from newsfold.analyse.where.countries import (
    _country_against_actors,
    _country_from_names,
    _east_jerusalem,
    _spelling_evidence,
)
from newsfold.analyse.where.event_place import (
    _bracket_alias,
    _comma_town,
    _event_place,
    _local_site,
    _site_named_town,
    _site_namesake,
    _town_near,
    _township,
    _unplaced_name,
)
from newsfold.analyse.where.evidence import (
    _address_evidence,
    _copyright_evidence,
    _credit_evidence,
    _demonym_evidence,
    _Evidence,
    _outlet_evidence,
    _spelled_unit_evidence,
    _title_keys,
    slug_town,
    world_section,
)
from newsfold.analyse.where.headlines import (
    _body_not_story,
    _site_name_evidence,
    _title_mentions,
)
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.resolve import _resolve
from newsfold.analyse.where.scan import _scan
from newsfold.analyse.where.scanner import _Scanner
from newsfold.analyse.where.townships import _township_over_town, _with_townships
from newsfold.analyse.where.write import _country_evidence, _write


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


def _bare_counties(g: Gazetteer, mentions: list[_Mention], ev: _Evidence) -> None:
    """A local US outlet names its area's counties bare: "Bartow teenager found dead" in an
    Atlanta paper is Bartow County, Georgia, not the small Bartow of Florida.

    When the outlet's state has a county (or parish) of the name, and no candidate of the name
    lies in that state, the county becomes a candidate (first); the candidates' scores then
    weigh it with the outlet's evidence. Not for a big city elsewhere ("a shooting in Houston"
    in a Georgia paper is Houston, Texas, whatever Georgia's Houston County).
    """
    if ev.outlet is None:
        return
    cc, a1 = ev.outlet
    for m in mentions:
        if not m.ids or m.kind_word not in ("", "(people)"):  # "a Bartow teenager": bare
            continue
        if m.in_pair():
            continue
        cands = m.ids[:25]
        if any(g.cc[i] == cc and g.admin1[i] == a1 for i in cands):
            continue
        if any(g.population[i] >= 100_000 or g.kind[i] != CITY for i in cands):
            continue
        counties = [
            r
            for unit in ("county", "parish")
            for r in g.lookup_key(f"{m.key} {unit}")
            if g.kind[r] == ADMIN2 and g.cc[r] == cc and g.admin1[r] == a1
        ]
        if counties:
            m.ids = (counties[0], *m.ids)


MARKET_COUNTY_KM = 60.0
"""A county this near a local outlet's city is in the outlet's market (a TV market's core: the
metro area and its next counties), whichever side of a state line it lies on."""
FAR_COUNTY_KM = 100.0
"""A county farther than this from the outlet's city is outside its market's core."""


def _market_counties(g: Gazetteer, mentions: list[_Mention], ev: _Evidence) -> None:
    """A local outlet's market crosses state lines (Louisville and southern Indiana, Cincinnati
    and northern Kentucky, Kansas City on both sides), and its stories name the counties across
    the line as bare as its own: "the Floyd County sheriff" in a Louisville station's story is
    Floyd County, Indiana, across the river, not Floyd County, Kentucky, 250 km away, which
    the outlet's state would otherwise choose.

    For a mention with no qualifier whose candidates include a US county within
    `MARKET_COUNTY_KM` of the outlet's city in another state, the namesake counties of the
    outlet's own state farther than `FAR_COUNTY_KM` are dropped. Not when the text names the
    outlet's state and not the near county's (it may mean the far one): the text's states
    decide then, as everywhere. The far namesakes of other states are dropped too, unless the
    text names a state and not the near county's, or another of its names may be a place in a
    far namesake and in no near one (`_placed_in_far_county`): then the text's evidence
    decides, and, lacking any, the biggest namesake. So too for the far namesakes of the
    outlet's own state: "the White County sheriff" and "Brookston police" on an Evansville
    station are White County, Indiana, the county Brookston lies in, not Illinois's White
    County across the river (a station covers its whole state's news, not its market's alone).
    """
    host = ev.host_row
    if host < 0 or ev.outlet is None or g.cc[host] != "US":
        return
    home = ev.outlet[1]
    named = {
        g.admin1[m.ids[0]]
        for m in mentions
        if m.ids and g.kind[m.ids[0]] == ADMIN1 and g.cc[m.ids[0]] == "US"
    }
    for m in mentions:
        if not m.ids or m.in_pair():
            continue
        counties = [i for i in m.ids[:25] if g.kind[i] == ADMIN2 and g.cc[i] == "US"]
        near = {
            g.admin1[i]
            for i in counties
            if g.admin1[i] != home and g.km(i, host) <= MARKET_COUNTY_KM
        }
        if not near or (home in named and not near & named):
            continue
        placed_far = _placed_in_far_county(g, m, mentions, counties, host)
        far = {
            i
            for i in counties
            if g.admin1[i] == home and g.km(i, host) > FAR_COUNTY_KM and not placed_far
        }
        if (not named or near & named) and not placed_far:
            # the far namesakes of third states go too: "Montgomery County police" on a
            # Washington station is Maryland's, next door, not Pennsylvania's, which its
            # size alone would choose (the outlet's own "state" has no county of the name)
            far |= {
                i for i in counties if g.admin1[i] not in near and g.km(i, host) > FAR_COUNTY_KM
            }
        if far:
            m.ids = tuple(i for i in m.ids if i not in far)


def _placed_in_far_county(
    g: Gazetteer, m: _Mention, mentions: list[_Mention], counties: list[int], host: int
) -> bool:
    """Whether another name of the text may be a place in one of the county's namesakes
    beyond the outlet's market, and in none of those within it: "Clark County police" and
    "in Las Vegas" on a Louisville station are Nevada's, not Indiana's Clark County across
    the river ("the Las Vegas Strip" alone is a local name the gazetteer lacks: not seen)."""
    near, far = set(), set()
    for i in counties:
        unit, km = (g.cc[i], g.admin1[i], g.admin2[i]), g.km(i, host)
        if km > FAR_COUNTY_KM:
            far.add(unit)
        elif km <= MARKET_COUNTY_KM:
            near.add(unit)
    placed = {
        (g.cc[i], g.admin1[i], g.admin2[i])
        for o in mentions
        if o is not m and o.key != m.key
        for i in o.ids[:25]
        if g.kind[i] not in (ADMIN1, ADMIN2) and g.admin2[i]
    }
    return bool(placed & far) and not placed & near


def _home_across_the_line(g: Gazetteer, best: int, best_ms: list[_Mention], host: int) -> bool:
    """Whether the event's town is only someone's home ("John Doe, 31, of Kansas City, Kan.")
    and the namesake, across a state line, of the local outlet's own city (a Kansas City,
    Missouri station's story): the home says where the person lives, the outlet's story is of
    its own city, which a twin city's station calls by the shared name.

    Only when every mention of the town is a residence: a scene the text sets in the
    namesake ("shot in Kansas City, Kan.") stands."""
    return (
        best >= 0
        and host >= 0
        and best != host
        and bool(best_ms)
        and all(m.residence for m in best_ms)
        and g.kind[best] == CITY
        and g.kind[host] == CITY
        and g.cc[best] == g.cc[host]
        and g.admin1[best] != g.admin1[host]
        and name_key(g.name[best]) == name_key(g.name[host])
    )


ACROSS_THE_LINE_KM = 150.0
"""How near a big city a town of another state or country may lie and still be a town its
police name as itself (Toronto is under 100 km from Buffalo; Tijuana, Windsor, Camden nearer)."""


def _policed_far_name(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention], base: _Evidence
) -> int:
    """The big US city whose own police work the event, when the event's town is a namesake
    in another country or state the text gives no other reason for, or -1.

    "A man was shot in Pilsen on Sunday, Chicago police said": a city's police work their own
    city, so a name they place an event at is a part of it; when the gazetteer has no row of
    the name near the city (`candidates._policed_by_city` favours one it has), the namesake it
    chose far away (Pilsen, Czechia; Watts, Oklahoma) is wrong, and the event is the city's,
    the name an unknown part of it (as US police, GVA and ACLED's US coding write it). Not
    when the text names the far place's country or state, by name, qualifier or demonym
    ("Austin, Texas", "a man from Dublin, Ireland"), the far place is a big US city itself
    ("a shooting in Houston"), another of its names lies there, the
    outlet is of its region, the name is the story's dateline (where it is filed), or the town
    lies within reach of the city across a line (`ACROSS_THE_LINE_KM`).
    """
    if best < 0 or g.kind[best] != CITY or not base.police_cities:
        return -1
    if best in _us_big_cities(g):
        # a big US city named bare is itself, whoever's police speak: "Chicago police arrested
        # a man wanted for a shooting in Houston" (a neighbourhood named like one, Chicago's
        # Austin, must be called a neighbourhood: "the Austin neighborhood")
        return -1
    cc, a1 = g.cc[best], g.admin1[best]
    # the city its name was read as ("Aurora police" with Naperville is Illinois's Aurora, not
    # the bigger one in Colorado)
    read = {o.best for o in mentions if o.jurisdiction} | base.police_initials
    # a town across a line from the city (Gary and Chicago, Camden and Philadelphia, Tijuana
    # and San Diego) is itself: police work with their neighbours across it
    cities = [
        c
        for c in base.police_cities
        if c in read and (cc != "US" or g.admin1[c] != a1) and g.km(c, best) > ACROSS_THE_LINE_KM
    ]
    if not cities or len(cities) != len(read & set(base.police_cities)):
        return -1  # the police of a city of the town's own state ("Dallas police", Paris)
    named = [m for m in best_ms if not m.title]
    if not named or any(m.in_pair() or m.dateline or m.kind_word for m in best_ms):
        return -1
    if base.cc.get(cc, 0.0) > 0 and cc != "US":
        return -1
    if cc == "US" and base.admin1.get((cc, a1 or ""), 0.0) > 0:
        return -1
    keys = {m.key for m in best_ms}
    for o in mentions:
        if o.key in keys or o.best < 0 or o.best in base.police_cities:
            continue
        if g.cc[o.best] == cc and (cc != "US" or g.admin1[o.best] == a1):
            return -1  # "in Pilsen ... Czech police": another name of the far place's land
    host = base.host_row
    if base.outlet is not None and base.outlet[0] == cc and (cc != "US" or base.outlet[1] == a1):
        return -1
    if host >= 0 and g.cc[host] == cc and (cc != "US" or g.admin1[host] == a1):
        return -1
    return max(cities, key=lambda c: g.population[c])


def _without_linked(mentions: list[_Mention], linked: list[_Mention]) -> list[_Mention]:
    """The mentions less those on other stories' lines (`Context.in_other_story`).

    Those lines ("More from the Ledger: Riverton man hurt in crash") name the places of the
    outlet's other stories: never the event's, but the outlet's region, which the names of
    the story itself ("MARION - ... on Mount Vernon Avenue") may need to tell one namesake
    from another. So they take part in the resolution and are set aside only after it.
    """
    if not linked:
        return mentions
    gone = set(linked)
    kept = [m for m in mentions if m not in gone]
    _forget_qualifiers_outside(kept)
    return kept


def _forget_qualifiers_outside(mentions: list[_Mention]) -> None:
    """Each mention forgets the qualifiers and the qualified name that are not among
    `mentions` (set aside as implausible or as another story's)."""
    kept = set(mentions)
    for m in mentions:
        m.quals = [q for q in m.quals if q in kept]
        if m.qual_of is not None and m.qual_of not in kept:
            m.qual_of = None


def annotate(ctx: Context) -> None:
    """Find, resolve and rank the article's places; set the event's place fields."""
    g = get_gazetteer()
    sc = _Scanner(g, ctx.doc, ctx.article.text)
    base = _Evidence()
    _outlet_evidence(g, ctx.article.url, base)
    base = _copyright_evidence(g, ctx.article.text, base)
    base.world_desk = world_section(ctx.article.url)
    if base.host_row < 0 and not _credit_evidence(g, ctx.article.text, base):
        _site_name_evidence(g, ctx.article.title, base)
    scanned = _scan(sc)
    mentions = [
        m for m in scanned if _plausible(g, m, sc) or _local_word_town(g, m, sc, base.host_row)
    ]
    # "in Lower Merion ... Montgomery County": a township the gazetteer's towns lack, from the
    # USPS list, where the text names its county or state
    mentions = _with_townships(g, sc, scanned, mentions, base)
    # the lines that are other stories' links or headlines ("Related Coverage Columbia man
    # shot ...", a video playlist's titles): their places are those stories'
    # (they still take part in the resolution: `_without_linked`)
    linked = [m for m in mentions if ctx.in_other_story(m.start)]
    _forget_qualifiers_outside(mentions)
    away = set(linked)
    keys = {m.key for m in mentions if m not in away}
    title_ms = [
        m for m in _title_mentions(g, ctx.article.title) if not m.scene_word or m.key in keys
    ]
    home_cc = base.outlet[0] if base.outlet is not None else None
    if _body_not_story(g, ctx.article.title, ctx.article.text, title_ms, home_cc):
        # the text is not the headline's story (a sign-in wall, a playlist, the site's other
        # stories): its places are the outlet's or those stories', the headline's the event's
        mentions = []
    mentions.extend(title_ms)
    host = base.host_row
    # (a US city's outlet: the dateline's readings hold its city)
    base.filed_home = (
        host >= 0
        and g.cc[host] == "US"
        and g.population[host] >= 100_000
        and any(m.dateline and host in m.ids for m in mentions)
    )
    _demonym_evidence(g, sc, base)
    _address_evidence(g, sc, base)
    _spelled_unit_evidence(g, ctx.article.text, mentions, base)
    _spelling_evidence(g, mentions, base)
    base.title_keys = _title_keys(mentions)
    _bare_counties(g, mentions, base)
    _market_counties(g, mentions, base)
    base.counties, base.towns = _named_units(g, mentions)
    base.police_cities = _police_cities(g, mentions, ctx.article.text)
    base.police_initials = _police_by_initials(g, ctx.article.text)
    for m in mentions:
        for q in m.qual_rows:
            base.cc[g.cc[q]] += 0.5
            qa1 = g.admin1[q]
            if qa1:
                base.admin1[(g.cc[q], qa1)] += 0.5
    policed = {m.key for m in mentions if m.jurisdiction}
    for m in mentions:
        m.policed = m.key in policed  # "the Alpine Police Department" names the town's police
    ev = _resolve(g, mentions, base)
    if _free_orphan_qualifiers(mentions):
        ev = _resolve(g, mentions, base)
    mentions = _without_linked(mentions, linked)
    best, best_ms = _event_place(g, ctx, sc, mentions, ev)
    best, best_ms = _country_against_actors(g, best, best_ms, base)
    over = _township_over_town(g, best, best_ms, mentions)
    if over is not None:  # "just outside Reading, in Muhlenberg Township": the township
        best, best_ms = over.best, [over]
    borough = _borough_of_whole_city(g, best, mentions)
    if borough is not None:  # "New York City police said ... shot in Queens": Queens
        best, best_ms = borough
    if _site_named_town(g, best, best_ms, base.host_row):
        # "near Kingsessing Park" in a West Philadelphia site's story: the outlet's city
        best, best_ms = base.host_row, []
    if _home_across_the_line(g, best, best_ms, base.host_row):
        best, best_ms = base.host_row, []
    local = _local_site(
        g, mentions, best, best_ms, ctx.article.text, ctx.notes.get("background_markers")
    )
    if local is not None and _comma_town(g, best, local, ctx.article.text):
        local = None  # "in Caracoli, Malambo, Atlantico department": the town
    if local is None:
        township = _township(g, best, mentions)
        if township is not None:  # "in Deerfield Township" of a county's story
            township.best, township.local, local = -1, True, township
    near = _town_near(g, best, local, mentions, best_ms, ctx.article.text) if local else None
    if near is not None:  # "Arzoo village close to Ghazni city": the town
        local = near if near.local else None
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
    if best >= 0 and g.kind[best] in (ADMIN1, COUNTRY) and local is None:
        # "protesters gathered at the X triangle in Bekaa": the junction's village, within
        # the province (the only finer place the sentence gives)
        local = _site_namesake([m for m in mentions if any(m.sent == b.sent for b in best_ms)])
    city = _policed_far_name(g, best, best_ms, mentions, base) if local is None else -1
    if city < 0 and local is None:
        # "in Dutchtown, St. Louis police said": a hamlet of the name 170 km off is no scene
        police = tuple(set(base.police_cities) | base.police_initials)
        city = _policed_far_part(g, best, best_ms, police, ctx.article.text, host)
        if city < 0:  # "in Buckhead, police said" on an Atlanta station: the city's own
            city = _home_police_far_part(g, best, best_ms, police, ctx.article.text, host)
    if city >= 0:
        # "shot in Pilsen, Chicago police said": an unknown part of Chicago, not Czechia's
        local = next(m for m in best_ms if not m.title)
        for m in best_ms:
            m.best, m.local = -1, not m.title
        best, best_ms = city, []
    alias = _bracket_alias(g, sc, best, best_ms, local)
    if alias is not None:  # "in Salim [Naqil Hajar]": the name the place is known by
        best, best_ms, local = alias
    if best < 0 and local is None and host < 0:
        # "blocked the Naameh highway", "clashed in el Mina": nothing else places the event
        local = _site_namesake(mentions) or _unplaced_name(mentions)
    if best < 0 and local is None and host >= 0 and not base.demonyms:
        # No place named at all in a local paper's story: the town its address names
        # ("/humboldt-man-shot/"), else the paper's city, approximately.
        slug = slug_town(g, ctx.article.url, host)
        best, best_ms = (slug if slug >= 0 else host), []
    elif (
        best < 0
        and local is not None
        and (_us_neighbourhood(g, local, host) or _unlisted_part_of_host(g, local, host))
    ):
        # only a neighbourhood named ("the Russell neighborhood") by a US city's outlet: a
        # part of the outlet's city
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
    best, best_ms = _east_jerusalem(g, best, best_ms, base)
    _write(ctx, g, mentions, best, best_ms, local, _country_evidence(g, ev, base))
    if ctx.event.country is None and host < 0:
        # nothing placed the event: the country its place names can be in, at least
        cc = _country_from_names(g, scanned, base.units, ctx.article.text)
        if cc:
            ctx.event.country, ctx.event.iso3 = g.country_names.get(cc), g.iso3.get(cc)
