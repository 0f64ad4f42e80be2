"""Where, the evidence: the countries and US states the text and the outlet point to.

`_Evidence` holds their weights; the outlet's domain, call sign, known home city or host name
("dallasnews"), and demonyms and single-country actors ("Venezuelan", "Houthi") add to them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress, pairwise
from urllib.parse import parse_qs, urlsplit

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    admin_variants,
    cached_table,
    name_key,
    skeleton,
)
from newsfold.analyse.outlets import call_sign_side, outlet_city, outlet_statewide
from newsfold.analyse.us_places import zip_state
from newsfold.analyse.where.datelines import _datelines
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _Scanner
from newsfold.analyse.where.vocabulary import (
    _ADMIN1_WORDS,
    _ADMIN2_WORDS,
    _words,
    fused_article_rest,
)
from newsfold.ingest.metadata import slug_words


@dataclass(slots=True)
class _Evidence:
    """Weights of countries and admin1 units in the text (and the outlet)."""

    cc: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    demonyms: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    title_keys: frozenset[str] = frozenset()
    host_row: int = -1  # a US city the outlet's host names ("dallasnews"): the local paper's
    outlet: tuple[str, str] | None = None  # the US state the outlet's address or name is in
    # "east" or "west" of the Mississippi for a host that is a call sign the outlet table
    # lacks ("wqzx": east, W); weak evidence between namesakes (`outlets.call_sign_side`)
    call_side: str = ""
    # (country, admin1, admin2) of every candidate of each name the text gives as a county
    # ("Washington County"), and of each town's candidates, by the name's key
    counties: dict[str, frozenset[tuple[str, str, str]]] = field(default_factory=dict)
    towns: dict[str, frozenset[tuple[str, str, str]]] = field(default_factory=dict)
    # the countries of provinces named in a spelling GeoNames lacks (`_spelled_unit_evidence`)
    units: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    # the story is filed from the local outlet's own city ("CHICAGO -" in a Chicago paper)
    filed_home: bool = False
    # the US cities the story's datelines resolved to (set before the credibility check)
    filed_at: tuple[int, ...] = ()
    # the big US cities whose own police the text names ("Boston police said": `city_parts`)
    police_cities: tuple[int, ...] = ()
    # those of them named by their force's initials ("LAPD": `city_parts._police_by_initials`)
    police_initials: frozenset[int] = frozenset()
    # the US towns the text's other names were chosen as, with their votes' weights (set by
    # `candidates._with_votes`): a namesake near them is the story's (`_near_named_town`)
    towns_at: tuple[tuple[int, float], ...] = ()
    # `candidates._across_the_line_from_named`'s answers by row, and the `towns_at` they were
    # read from (the resolution asks it of the same rows again and again: see there)
    across_line: tuple[tuple[tuple[int, float], ...], dict[int, frozenset[str]]] | None = field(
        default=None, compare=False, repr=False
    )
    # the address files the story under a world or national desk (`world_section`)
    world_desk: bool = False
    # the states the text names only as homes and destinations ("of Beaumont, Texas", "taken
    # to a hospital in Memphis, Tenn."), set for `candidates._strength` (`resolve._aside_states`)
    aside: frozenset[tuple[str, str]] = frozenset()


def _outlet_evidence(g: Gazetteer, url: str | None, ev: _Evidence) -> None:
    """The outlet's country (its ccTLD) and, for a US host naming a city or state, its state."""
    if not url:
        return
    if "web.archive.org/" in url:
        inner = re.search(r"/(https?://.+)$", url)
        if inner:
            url = inner.group(1)
    url = _redirect_target(url)
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return
    labels = host.split(".")
    if len(labels) < 2:
        return
    if ".".join(labels[-2:]) in _SOCIAL:
        # a post on a social site: its account may be a city's police ("@DenverPolice")
        handle = [*urlsplit(url).path.split("/"), "", ""][1]
        glued = handle.lower().replace("_", "").replace(".", "")
        force = _FORCE_HANDLE.match(glued)
        if force is not None and _home_town(g, force.group(1), ev):
            return
        # a known outlet's own account ("twitter.com/wsbtv/status/..."): the outlet's post
        if len(glued) > 3 and _known_outlet(g, glued, ev, "com"):
            return
    tld = "." + labels[-1]
    if _locality_domain(g, labels, ev):
        return
    cc = g.tlds.get(tld)
    if cc and tld not in (".tv", ".co", ".me", ".io", ".fm", ".ly", ".am", ".ws", ".cc", ".to"):
        ev.cc[cc] += 1.0
    # "bbc.co.uk", "abc.net.au": the name before a second-level domain (not "www.ajc.com")
    second = len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2
    main = labels[-3] if second else labels[-2]
    if tld == ".tv" and _known_outlet(g, main, ev, "tv"):
        return  # a station on .tv ("cbs19.tv"): only a known outlet, the rest is no US sign
    if tld in (".com", ".org", ".net", ".us"):
        label, main = main, main.replace("-", "")
        if _CALL_SIGN.match(main):
            ev.cc["US"] += 0.5  # K... and W... broadcasters are American: "koat", "wsbtv"
            ev.call_side = call_sign_side(main)
        # "pittsburgh.cbslocal.com", "dnainfo.com/chicago/2015...": the edition's city, named
        # whole as a subdomain or a folder of the address (not the story's slug); a town's
        # edition of a regional outlet ("theadvocate.com/new_orleans/") is more precise than
        # the outlet's home city, and a smaller town names one too
        # ("northwestgeorgianews.com/rome/"), unless the folder is a newspaper's section
        # named like a town ("/enterprise/", "/mission/")
        # A folder counts only as a town of the outlet's own state when the outlet is known
        # (a Boston station's "/south-shore/" section is no Chicago neighbourhood), and never
        # as another city's neighbourhood otherwise: an edition is a town, not a city's part.
        path = urlsplit(url).path.split("/")[1:-1]
        home = _outlet_row(g, label, tld[1:])
        state = (g.admin1[home] or "") if home >= 0 else ""
        keys = [name_key(p.replace("-", " ").replace("_", " ")) for p in path[:5]]
        if _state_town_path(g, keys, ev):
            return
        if home >= 0 and outlet_statewide(label, tld[1:]):
            # a statewide outlet's edition named after its town ("natick.wickedlocal.com")
            for part in labels[:-2]:
                if _state_town(g, name_key(part), state, ev):
                    return
        # the folder after "local" too: "/story/news/local/<town>/2016/..." (the papers of
        # one chain file their towns' stories there)
        scan = keys[:4] if keys[2:3] == ["local"] else keys[:3]
        for n, key in enumerate(scan):
            if n and scan[n - 1] == "local" and _state_town(g, key, state, ev):
                return  # a known outlet's town page: a town of its state, even a small one
            known = len(key) > 3 and key in g.index and key not in _SECTION_TOWNS
            if known and key in _DESK_STATES and not _outlet_of(g, key, state):
                continue  # "/washington/": a politics desk, not the state
            if known and _us_place(g, key, ev, 20_000, state=state, parts=False):
                return
        if _known_outlet(g, label, ev, tld[1:]):
            return
        if len(main) > 4 and main in g.index and _us_place(g, main, ev, 20_000):
            # "salina.com": a host named wholly after a town is that town's paper, even a
            # town too small to be trusted as a part of a longer host name
            return
        before = ev.host_row, dict(ev.admin1)
        _host_places(g, main, ev)
        if (ev.host_row, ev.admin1) != before:
            return
        if _masthead_town(g, main, ev):
            return
        # an edition's subdomain, its city's name glued as hosts write it
        # ("losangeles.cbslocal.com", "sanfrancisco.cbslocal.com"): spaced back like a host
        for part in labels[:-2]:
            for key in _spaced(name_key(part))[:14]:
                town = len(key) > 3 and key in g.index and key not in _SECTION_TOWNS
                if town and _us_place(g, key, ev):
                    return


def _locality_domain(g: Gazetteer, labels: list[str], ev: _Evidence) -> bool:
    """A host under a US state's own domain ("co.marion.or.us", "ci.salem.or.us",
    "www.state.tx.us": the ".us" locality names of RFC 1480, a state's two-letter code before
    ".us") as the outlet's state; whether found.

    Reads the host's labels. A county's jail roster, a city's police notices or a state
    agency's release is about that state's places: "Marion County" on Oregon's county site is
    Oregon's, not Indiana's bigger one. Only two-letter postal codes, never the
    abbreviations ("ore", "ill") that are no such domain.
    """
    code = labels[-2] if len(labels) >= 3 and labels[-1] == "us" else ""
    row = g.us_abbrev.get(code) if len(code) == 2 else None
    if row is None:
        return False
    _us_outlet_home(g, row, ev, town=False)
    return True


# A section of a US outlet's site for stories from elsewhere: "/news/world/",
# "/nation-world/", "/international/", wire copy under "/ap/"
_WORLD_SECTIONS = frozenset(
    [
        "world",
        "international",
        "nation-world",
        "national-world",
        "world-news",
        "world-nation",
        "nation-and-world",
        "news-world",
        "wire",
        "wires",
        "ap",
    ]
)


def world_section(url: str | None) -> bool:
    """Whether the article's address files it under a world, national or wire desk.

    Reads the address's folder names. A local paper runs wire stories from abroad under such
    a section ("/news/world/2024/05/05/..."), whose towns are the world's, not namesakes of the
    paper's own neighbourhoods (`candidates._abroad_in_us_city_story`).
    """
    if not url:
        return False
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return any(part in _WORLD_SECTIONS for part in path.split("/")[:-1])


def _redirect_target(url: str) -> str:
    """The page a search engine's redirect leads to ("google.com/url?...&url=http%3A%2F%2F
    homicides.suntimes.com%2F..."): its outlet is the page's, not the search engine's; any
    other address as it is."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    labels = (parts.hostname or "").split(".")
    if parts.path != "/url" or "google" not in labels[-3:]:
        return url
    query = parse_qs(parts.query)
    for name in ("url", "q"):
        target = query.get(name, [""])[0]
        if target.startswith(("http://", "https://")):
            return target
    return url


def _state_row(g: Gazetteer, key: str) -> int:
    """The gazetteer row of the US state named `key` ("illinois", "new jersey"), or -1."""
    for i in g.lookup_key(key):
        if g.cc[i] == "US" and g.kind[i] == ADMIN1:
            return i
    return -1


def _state_town(g: Gazetteer, key: str, state: str, ev: _Evidence) -> bool:
    """Evidence for the town `key` of US state `state` (admin1 code) when the state has one of
    STATE_TOWN_LEAST people or more; whether found. The state is given (an address's folder
    before the town, a statewide outlet's), so namesakes elsewhere do not matter."""
    if len(key) < 4 or not state:
        return False
    rows = [
        i
        for i in g.lookup_key(key)
        if g.cc[i] == "US"
        and g.kind[i] == CITY
        and g.admin1[i] == state
        and g.population[i] >= STATE_TOWN_LEAST
    ]
    if not rows:
        return False
    _us_outlet_home(g, max(rows, key=lambda r: g.population[r]), ev)
    return True


STATE_TOWN_LEAST = 1_000
"""People a town needs to be read from an address after its state's folder: a town's page of
a site that files its towns by state ("patch.com/illinois/evanston/") may be a small one."""


def _state_town_path(g: Gazetteer, keys: list[str], ev: _Evidence) -> bool:
    """ "/illinois/evanston/", "/news/local/ohio/dayton/": a folder naming a US state, then one
    naming a town of that state, is that town (a dateline's evidence), and so is a folder of a
    town and its state ("/houston-texas/"); whether found."""
    for a, b in pairwise(keys):
        row = _state_row(g, a) if len(a) > 3 else -1
        if row >= 0 and _state_town(g, b, g.admin1[row] or "", ev):
            return True
    # one folder, the town then its state: "/houston-texas/", "/dayton-oh/"
    for key in keys[:4]:
        words = key.split()
        for n in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:n]), " ".join(words[n:])
            row = g.us_abbrev.get(tail, -1) if len(tail) == 2 else _state_row(g, tail)
            if row >= 0 and _state_town(g, head, g.admin1[row] or "", ev):
                return True
    return False


# A state whose name is also a desk of national news: "/washington/" in an address is the
# capital's politics (a national outlet's section), so it counts only for an outlet of that
# state (or before a town of the state, `_state_town_path`).
_DESK_STATES = _words("washington")


def _outlet_of(g: Gazetteer, key: str, state: str) -> bool:
    """Whether `state` (the outlet's admin1 code, "" if unknown) is the US state named `key`."""
    row = _state_row(g, key)
    return bool(state) and row >= 0 and g.admin1[row] == state


# Newspaper sections that US towns of 20,000 or more are also named (not an edition's town),
# and a site's version for phones ("onlineathens.com/mobile/2016-02-08/...", "mobile.x.com"):
# no Mobile, Alabama edition.
_SECTION_TOWNS = _words("enterprise mission independence opportunity commerce liberty mobile")


@lru_cache(maxsize=512)
def _outlet_row(g: Gazetteer, label: str, domain: str) -> int:
    """The gazetteer row of the home city of the known outlet at `label`.`domain` (-1 if
    none)."""
    entry = outlet_city(label, domain)
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


def _known_outlet(g: Gazetteer, label: str, ev: _Evidence, domain: str) -> bool:
    """Evidence for a known outlet's home state and city ("wsbtv": Atlanta); whether found."""
    row = _outlet_row(g, label, domain)
    if row < 0:
        return False
    # a statewide outlet ("al.com", "mlive") tells its state, not a town near its newsroom
    _us_outlet_home(g, row, ev, town=not outlet_statewide(label, domain))
    return True


_CALL_SIGN = re.compile(r"^[kw][a-z]{2,3}(?:tv|am|fm|news|\d+|)(?:\d+|news|tv)?$")

# A US broadcaster's call sign credited in brackets after a dateline's place: "NORTH
# FAIRMOUNT (WKRC) -", "DAYTON (WHIO-TV) --" (K or W and two or three letters, the band
# after a hyphen)
_CREDIT = re.compile(r"\s*\(([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\)")


def _credit_evidence(g: Gazetteer, text: str, ev: _Evidence) -> bool:
    """The market of a known station credited in the dateline ("HAMILTON (WKRC) -": a
    Cincinnati station's story, Hamilton, Ohio, not Ontario's), for a page whose address
    names no outlet: the credit says who reported the story, as a station's own address
    would. Whether found."""
    for _, end in _datelines(text):
        credit = _CREDIT.match(text, end)
        if credit is not None and _known_outlet(g, credit.group(1).lower(), ev, "com"):
            return True
    return False


# "Copyright 2016 KWES. All rights reserved.", "© 2017 WVUE": the closing line of a local
# station's page, crediting the station whose story it is
_COPYRIGHT = re.compile(
    r"(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s+)?([KW][A-Z]{2,3})\b"
)
COPYRIGHT_MARKET_KM = 80.0
"""How far apart a credited station's city and the site's own lie to be two markets."""


def _copyright_evidence(g: Gazetteer, text: str, ev: _Evidence) -> _Evidence:
    """The evidence of the station a page's copyright line credits, in place of the site's
    own (`ev`), when that station is a known one of another market; else `ev`.

    Reads the text's last copyright line ("Copyright 2016 KWES. All rights reserved."). A
    group's stations run each other's stories on their own sites under the sister's credit:
    a Midland station's story of a school shooting in Alpine (Texas) on the Shreveport
    station's site is no Louisiana story, and a New Orleans station's on it no Shreveport one.
    The site's own brand credited by its call sign ("cbs46.com" under "Copyright WGCL") is
    the same market and changes nothing.
    """
    credits = _COPYRIGHT.findall(text)
    if not credits:
        return ev
    credited = _Evidence()
    if not _known_outlet(g, credits[-1].lower(), credited, "com") or credited.host_row < 0:
        return ev
    host = ev.host_row
    if host >= 0 and g.km(host, credited.host_row) <= COPYRIGHT_MARKET_KM:
        return ev
    return credited


def _host_places(g: Gazetteer, label: str, ev: _Evidence) -> None:
    """ "dallasnews", "kansascity", "texastribune": a US city or state in the host name."""
    keys = []
    label = label[:20]
    tail = _masthead_tail(label)
    for size in range(min(len(label), 16), 4, -1):  # longest first; "kansas city" has a space
        for s in range(0, min(len(label) - size + 1, tail)):
            keys.extend(_spaced(label[s : s + size]))
    if _glued_state(g, label, ev):
        return
    for key in keys:
        if key in g.index and _us_place(g, key, ev):
            return


# Words that close a newspaper's name after its town ("Lufkin Daily News", "Tupelo Daily
# Journal", "Paducah Sun"): a host made of a town and these names the town's paper.
_MASTHEAD_WORDS = (
    "daily",
    "news",
    "times",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "post",
    "record",
    "courier",
    "register",
    "sun",
    "press",
    "chronicle",
    "examiner",
    "observer",
    "leader",
    "dispatch",
    "democrat",
    "republican",
    "reporter",
    "review",
    "standard",
    "telegraph",
    "telegram",
    "sentinel",
    "bee",
    "globe",
    "advocate",
    "argus",
    "bulletin",
    "mercury",
    "messenger",
    "citizen",
    "eagle",
    "ledger",
    "item",
    "enterprise",
    "independent",
    "now",
    "today",
    "online",
)
_MASTHEAD = re.compile(r"^(?:the)?([a-z]{4,}?)((?:" + "|".join(_MASTHEAD_WORDS) + r"){1,3})$")
MASTHEAD_LEAST = 10_000
"""People a town needs for a host "<town><newspaper words>" to name it: a town's paper is
named after a town of some size, and a smaller name is too often a piece of another word."""
MASTHEAD_NAMESAKE = 5_000
"""A town of this size of the same name in another state leaves the masthead's state open:
"Portsmouth Daily Times" is Portsmouth, Ohio's paper, not the far bigger Portsmouth, Virginia's
(only the text can tell)."""


def _masthead_tail(label: str) -> int:
    """Where a host's closing newspaper words begin ("bastropenterprise": 7, at "enterprise"),
    or the host's length when it does not end in them.

    Reads the host alone (`_MASTHEAD`). The words after a town's name name its paper, not a
    place: "enterprise" read as a city put a Bastrop paper's story at Enterprise, Nevada. A
    city whose own name ends in such a word ("newportnews") begins before them and is kept.
    """
    m = _MASTHEAD.match(label)
    return m.start(2) if m is not None else len(label)


def _masthead_town(g: Gazetteer, label: str, ev: _Evidence) -> bool:
    """ "lufkindailynews", "thepaducahsun": a US town of MASTHEAD_LEAST people or more, then only
    newspaper words, is the outlet's home town; whether found. `_host_places` takes only big
    cities (100,000) from inside a host, where any piece may be a town's name; here the host is
    wholly a masthead, so a smaller town is safe. The town must be the one US town of the name
    (`MASTHEAD_NAMESAKE`): the biggest namesake is no sign of which one a small paper serves."""
    m = _MASTHEAD.match(label)
    return m is not None and _home_town(g, m.group(1), ev)


_SOCIAL = frozenset(["twitter.com", "x.com", "facebook.com", "instagram.com"])
"""Social sites whose address names the account after the host: "twitter.com/<handle>/...".
A city police's account (`_FORCE_HANDLE`) gives its town, and a known outlet's account
("twitter.com/wsbtv", a station posting its own story) the outlet's home as its site would."""
_FORCE_HANDLE = re.compile(r"^([a-z]{4,}?)(?:police|pd|sheriff)(?:dept|department|news|hq|pio)?$")
"""A police account's handle: its town's name glued to the force's word ("denverpolice",
"tulsapd", "boisepolicedept"); the town then counts as the outlet's (`_home_town`)."""


def _home_town(g: Gazetteer, glued: str, ev: _Evidence) -> bool:
    """The US town a host name or an account's handle spells (`glued`, its spaces left out) as
    the outlet's home town, by `_masthead_town`'s tests; whether found."""
    return _named_home_town(g, _spaced(glued), ev)


def _named_home_town(g: Gazetteer, keys: list[str], ev: _Evidence, own: bool = False) -> bool:
    """The first of `keys` naming a US town of MASTHEAD_LEAST people or more is the outlet's
    home town, unless a namesake of MASTHEAD_NAMESAKE people in another state rivals it (then
    none is); whether found. `own`: only towns of that name today, not by an old or other
    name (a site's name in a title, "Youngstown News", as `headlines` reads it)."""
    for key in keys:
        towns = [
            i
            for i in g.lookup_key(key)
            if g.cc[i] == "US" and g.kind[i] == CITY and (not own or name_key(g.name[i]) == key)
        ]
        if not towns:
            continue
        town = max(towns, key=lambda i: g.population[i])
        if g.population[town] < MASTHEAD_LEAST:
            continue
        if any(
            g.admin1[i] != g.admin1[town] and g.population[i] >= MASTHEAD_NAMESAKE for i in towns
        ):
            return False
        _us_outlet_home(g, town, ev)
        return True
    return False


def _spaced(glued: str) -> list[str]:
    """A piece of a host name as it is, then with one space put back inside it ("kansascity":
    ..., "kansas city", ...; never fewer than three letters on either side)."""
    return [glued, *(glued[:k] + " " + glued[k:] for k in range(3, len(glued) - 2))]


def _us_outlet_home(g: Gazetteer, row: int, ev: _Evidence, town: bool = True) -> None:
    """Evidence that the outlet is at home in US place `row`'s state (and in the town itself
    unless `town` is false: a state)."""
    ev.cc["US"] += 0.5
    ev.admin1[("US", g.admin1[row] or "")] += 0.75
    ev.outlet = ("US", g.admin1[row] or "")
    if town:
        ev.host_row = row


def _glued_state(g: Gazetteer, label: str, ev: _Evidence) -> bool:
    """ "miamiok": a town's name with its state's postal code glued on (Miami, Oklahoma, not
    Miami, Florida); evidence for the town of that state, when it has one of 5,000 people or
    more. Whether found.

    Only the code ending the host name counts ("dallasnews" ends in no state).
    """
    code, head = label[-2:], label[:-2]
    state = g.us_abbrev.get(code) if len(label) > 6 and code.isalpha() else None
    if state is None:
        return False
    for size in range(min(len(head), 16), 3, -1):  # the longest town name ending the head
        for key in _spaced(head[len(head) - size :]):
            rows = [
                i
                for i in g.lookup_key(key)
                if g.cc[i] == "US"
                and g.kind[i] == CITY
                and g.admin1[i] == g.admin1[state]
                and g.population[i] >= 5_000
            ]
            if rows:
                _us_outlet_home(g, max(rows, key=lambda r: g.population[r]), ev)
                return True
    return False


def _us_place(
    g: Gazetteer,
    key: str,
    ev: _Evidence,
    least: int = 100_000,
    state: str = "",
    parts: bool = True,
) -> bool:
    """Evidence for the US state or big US city named `key` (the outlet's); whether found.

    A name two big US cities bear about equally ("pasadenastarnews": Pasadena, Texas and
    Pasadena, California; Glendale, Springfield) does not tell the outlet's state: not found,
    so the rest of the address ("northwestgeorgianews.com/rome/") or the story's own towns
    and states decide. With `state`, only a place of that state counts; without `parts`, a
    big city's neighbourhood (a row with a parent city) is none."""
    if _close_namesakes(g, key, least):
        return False
    for i in g.lookup_key(key):
        if g.cc[i] != "US" or not g.admin1[i]:
            continue
        if state and g.admin1[i] != state:
            continue
        if not parts and g.kind[i] == CITY and g.parent[i] >= 0 and g.admin1[i] != state:
            continue
        if g.kind[i] == ADMIN1 or (g.kind[i] == CITY and g.population[i] >= least):
            _us_outlet_home(g, i, ev, town=g.kind[i] == CITY)
            return True
    return False


def _close_namesakes(g: Gazetteer, key: str, least: int) -> bool:
    """Whether the two biggest US cities named `key` (of `least` people or more, in two
    states) are within a third of each other's size, and no state bears the name."""
    if _state_row(g, key) >= 0:
        return False
    rows = g.lookup_key(key)
    sizes: dict[str, int] = {}
    for i in rows:
        if g.cc[i] == "US" and g.kind[i] == CITY and g.population[i] >= least:
            state = g.admin1[i] or ""
            sizes[state] = max(sizes.get(state, 0), g.population[i])
    top = sorted(sizes.values(), reverse=True)
    return len(top) >= 2 and top[1] * 4 >= top[0] * 3


def _title_keys(mentions: list[_Mention]) -> frozenset[str]:
    return frozenset(m.key for m in mentions if m.title and not m.residence)


# Armed forces, groups and missions that act in one country only: evidence for it, like a
# demonym ("the OSCE SMM observed explosions near Lozove": Lozove in Ukraine). General
# knowledge of the conflicts; groups active across borders (Boko Haram, IS, PKK) are left out.
_ACTOR_COUNTRY = {
    "OSCE SMM": "UA",
    "Donbass People's Militia": "UA",
    "Houthi": "YE",
    "Houthis": "YE",
    "Saudi-led coalition": "YE",  # the coalition's war is in Yemen
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
    # More forces, factions, parliaments and local units of one country only (general
    # knowledge, not read from any data set): a human coder places a note by them when its
    # village is unknown. Names used by more than one country ("National Guard", "LGA",
    # "Maoists", "PTI": also an Indian news agency) are left out.
    "Peshmerga": "IQ",
    "Popular Mobilization": "IQ",
    "Tribal Mobilization": "IQ",
    "Kataib Hezbollah": "IQ",
    "Saraya al-Salam": "IQ",
    "YPG": "SY",
    "Tahrir al-Sham": "SY",
    "White Helmets": "SY",
    "Ansar Allah": "YE",
    "Southern Transitional Council": "YE",
    "Security Belt": "YE",
    "AQAP": "YE",
    "Haftar": "LY",
    "Ambazonia": "CM",
    "Ambazonian": "CM",
    "Mai-Mai": "CD",
    "Mai Mai": "CD",
    "Raia Mutomboki": "CD",
    "Nyatura": "CD",
    "FDLR": "CD",
    "MINUSCA": "CF",
    "anti-Balaka": "CF",
    "Anti-Balaka": "CF",
    "MINUSMA": "ML",
    "FAMa": "ML",
    "Dan Na Ambassagou": "ML",
    "Katiba Macina": "ML",
    "Koglweogo": "BF",
    "Ansaroul Islam": "BF",
    "TPLF": "ET",
    "ENDF": "ET",
    "Oromo Liberation Army": "ET",
    "Qeerroo": "ET",
    "woreda": "ET",
    "Woreda": "ET",
    "kebele": "ET",
    "Kebele": "ET",
    "Janjaweed": "SD",
    "White Army": "SS",
    "Lok Sabha": "IN",
    "Rajya Sabha": "IN",
    "Naxal": "IN",
    "Naxals": "IN",
    "Naxalite": "IN",
    "Naxalites": "IN",
    "ITBP": "IN",
    "Assam Rifles": "IN",
    "gram panchayat": "IN",
    "Gram Panchayat": "IN",
    "Tehreek-e-Taliban": "PK",
    "TTP": "PK",
    "Frontier Corps": "PK",
    "PML-N": "PK",
    "Awami League": "BD",
    "Rapid Action Battalion": "BD",
    "Chhatra League": "BD",
    "Jubo League": "BD",
    "Chhatra Dal": "BD",
    "Jubo Dal": "BD",
    "upazila": "BD",
    "Upazila": "BD",
    "Union Parishad": "BD",
    "Rural Municipality": "NP",
    "Nepali Congress": "NP",
    "New People's Army": "PH",
    "Abu Sayyaf": "PH",
    "BIFF": "PH",
    "Knesset": "IL",
    "Verkhovna Rada": "UA",
    "Rosgvardia": "RU",
    "State Duma": "RU",
    "Bundestag": "DE",
    "Sejm": "PL",
    "ESMAD": "CO",
    "Clan del Golfo": "CO",
    "FANB": "VE",
    "SEBIN": "VE",
    "Chavista": "VE",
    "Chavistas": "VE",
    "Rondas Campesinas": "PE",
    "Shining Path": "PE",
    "CJNG": "MX",
    "Sinaloa Cartel": "MX",
    "Sandinista": "NI",
    "Sandinistas": "NI",
    "FSLN": "NI",
    "ZANU-PF": "ZW",
    "FRELIMO": "MZ",
    "Frelimo": "MZ",
    "RENAMO": "MZ",
    "Renamo": "MZ",
    "Amal Movement": "LB",
    "Future Movement": "LB",
    "Free Patriotic Movement": "LB",
    "Gilets Jaunes": "FR",
    "gilets jaunes": "FR",
}
_ACTORS = re.compile(r"\b(" + "|".join(re.escape(a) for a in _ACTOR_COUNTRY) + r")\b")


# "the 100 block of East Main Street": US police and papers give an address by its block (a
# form the rest of the world's press does not use), so the text is about a US place.
_US_BLOCK = re.compile(r"\b\d{1,5}(?:-| )?block of\b", re.IGNORECASE)


def _address_evidence(g: Gazetteer, sc: _Scanner, ev: _Evidence) -> None:
    """An address given by its block ("the 1200 block of") as evidence for the US, and a
    telephone number's area code as evidence for its state (`_phone_evidence`).

    Without it a US town named like a bigger foreign place ("in Ontario, Ontario police
    said", with the shooting "in the 400 block of West Maple Court")
    goes abroad when the outlet is not known.
    """
    if _US_BLOCK.search(sc.text) or _us_wording(sc.text):
        ev.cc["US"] += 1.0
    _phone_evidence(g, sc.text, ev)
    _zip_evidence(g, sc.text, ev)
    _agency_evidence(sc.text, ev)
    _parish_office_evidence(sc.text, ev)


# Wordings of US news that the rest of the world's English press does not use of its own
# places: a county sheriff's deputies or office, an Interstate or a U.S. route by its number,
# state troopers, a district attorney's office (Canada's and Britain's prosecutors are the
# Crown's; a "sheriff" of Scotland or South Africa is a court officer, with no deputies)
_US_WORDING = re.compile(
    r"\b(?:sheriff'?s'? (?:deputies|deputy|office|department)"
    r"|interstate \d{1,3}\b|\bI-\d{1,3}\b|U\.S\. (?:route|highway) \d{1,3}\b"
    r"|state troopers?\b|district attorney'?s office)",
    re.IGNORECASE,
)


def _us_wording(text: str) -> bool:
    """Whether the text uses a wording only US news uses of its own places (`_US_WORDING`).

    Reads the text. "Rapides Parish sheriff's deputies said a man was shot in Alexandria", "a
    shooting off Interstate 395 in Alexandria": a story of a US town named like a world city,
    which the bigger namesake's population would otherwise win when the outlet is not known.
    """
    return _US_WORDING.search(text) is not None


# "Lebanon, PA 17042", "Lisbon, Ohio 44432": a US postal address, a state's USPS code or name
# and a ZIP code
_ZIP = re.compile(r"\b([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),? (\d{5})(?:-\d{4})?\b")
ZIP_STATE_WEIGHT = 1.0
"""Admin1 evidence a state gets from a ZIP code written after it: a state named once."""


def _zip_evidence(g: Gazetteer, text: str, ev: _Evidence) -> None:
    """The state of each "<State> <ZIP code>" the text writes, as evidence for the US and it.

    Reads the text's postal addresses ("a house on Main Street in Lebanon, PA 17042"): the
    state's two-letter code or name before a five-digit ZIP code that the USPS list puts in
    that state (`us_places.zip_state`), so a year or a count after a word is no address.
    """
    for m in _ZIP.finditer(text):
        said = g.us_abbrev.get(name_key(m.group(1)))
        if said is None:
            said = g.admin1_rows.get(("US", m.group(1)))
        code = zip_state(m.group(2)) if said is not None else None
        if said is None or code is None or g.us_abbrev.get(name_key(code)) != said:
            continue
        ev.cc["US"] += ZIP_STATE_WEIGHT
        ev.admin1[("US", g.admin1[said] or "")] += ZIP_STATE_WEIGHT


# A state's own police, highway patrol or bureau of investigation by its initials, the way its
# local news writes them with no state named ("The TBI is investigating", "SLED agents";
# "Ohio BCI" names its state anyway), and the few full names that name no state (or a state
# named like a country: "the Georgia Bureau of Investigation"). Only initials that name
# nothing else in the world's English press: not "CHP" (a Turkish party), "PSP" (Portugal's
# police), "CBI" (India's bureau), "MSP", "ISP", "VSP", "DPS", "BCI" (several states' forces
# share them); "SBI" is State Bank of India's too, so not before a bank's words.
_STATE_AGENCIES = {
    "TBI": "Tennessee",
    "THP": "Tennessee",
    "GBI": "Georgia",
    "SLED": "South Carolina",
    "SCHP": "South Carolina",
    "KBI": "Kansas",
    "OSBI": "Oklahoma",
    "FDLE": "Florida",
    "FHP": "Florida",
    "MBI": "Mississippi",
    "SBI": "North Carolina",
    "NCSBI": "North Carolina",
    "NCSHP": "North Carolina",
    "BCA": "Minnesota",
    "NYSP": "New York",
    "NJSP": "New Jersey",
    "OSHP": "Ohio",
    "MSHP": "Missouri",
    "KSP": "Kentucky",
    "ALEA": "Alabama",
    # names with no state in them, or a state named like a country
    "State Law Enforcement Division": "South Carolina",
    "Bureau of Criminal Apprehension": "Minnesota",
    "Georgia Bureau of Investigation": "Georgia",
    "Georgia State Patrol": "Georgia",
}
_AGENCY = re.compile(
    r"\b(" + "|".join(_STATE_AGENCIES) + r")\b(?! (?:[Bb]ank|[Bb]ranch|ATM|[Cc]ard|[Ll]ife))"
)
AGENCY_STATE_WEIGHT = 1.0
"""Admin1 evidence a state gets from its own agency's initials: a state named once."""


def _agency_evidence(text: str, ev: _Evidence) -> None:
    """The state of each state agency the text names by its initials (`_STATE_AGENCIES`), as
    evidence for the US and that state.

    Reads the text. "A man was shot by a Jackson police officer ... The TBI is investigating":
    Tennessee's Jackson, not Mississippi's bigger one; "SLED has been asked to review" a
    shooting "in Florence" is South Carolina's Florence, not Italy's. Each state counts once,
    however often its agencies are named.
    """
    for state in {_STATE_AGENCIES[m.group(1)] for m in _AGENCY.finditer(text)}:
        ev.cc["US"] += AGENCY_STATE_WEIGHT
        ev.admin1[("US", state)] += AGENCY_STATE_WEIGHT


# "the parish sheriff", "parish deputies", "the parish coroner's office": Louisiana's county
# offices by the word its counties are called (a church's parish has a priest, not a sheriff)
_PARISH_OFFICE = re.compile(
    r"\bparish(?:'s)? (?:sheriff|deputies|deputy|coroner|jail|district attorney|president)",
    re.IGNORECASE,
)


def _parish_office_evidence(text: str, ev: _Evidence) -> None:
    """A parish's sheriff, deputies, coroner, jail, district attorney or president, as
    evidence for Louisiana (a state named once).

    Reads the text. Louisiana alone calls its counties parishes, and its local news names
    their offices by the bare word: "shot in Franklin ... the parish sheriff said" is
    Louisiana's Franklin, not Tennessee's bigger one. England's, Ireland's and Jamaica's
    parishes have no sheriff or deputies.
    """
    if _PARISH_OFFICE.search(text):
        ev.cc["US"] += AGENCY_STATE_WEIGHT
        ev.admin1[("US", "Louisiana")] += AGENCY_STATE_WEIGHT


# A story's address names its town first ("/humboldt-man-shot-saturday/", "/clinton-
# shooting-leaves-one-hurt/") or after "in"/"near" ("/man-shot-in-humboldt/"): a town is
# followed by one of these words when it opens the slug
_SLUG_AFTER_TOWN = _words(
    "man woman men women teen teens boy girl child couple police officer officers deputies "
    "deputy sheriff shooting shootings shot homicide murder stabbing standoff resident "
    "residents student mother father"
)


def slug_town(g: Gazetteer, url: str | None, host: int) -> int:
    """The town a local outlet's story address names, when it lies near the outlet's city;
    -1 if none.

    Reads the address's slug (`ingest.metadata.slug_words`, as grouping reads it, of two
    words or more) and the outlet's city row `host`: one to three words that open the slug
    before a news word (`_SLUG_AFTER_TOWN`), or follow "in" or "near", naming a US town
    within `SLUG_TOWN_KM` of the outlet's city.
    A station's story whose text names no place ("A man was shot Saturday night, police
    said") is of the town its address names ("/humboldt-man-shot/"), not of the station's
    own city, which the text's silence would otherwise give.
    """
    if not url or host < 0 or g.cc[host] != "US":
        return -1
    words = slug_words(url, least=2)
    starts = [0] + [k + 1 for k, w in enumerate(words) if w in ("in", "near")]
    for k in starts:
        for n in (3, 2, 1):
            after = words[k + n] if k + n < len(words) else ""
            if k + n > len(words) or (k == 0 and after not in _SLUG_AFTER_TOWN):
                continue
            key = name_key(" ".join(words[k : k + n]))
            for i in g.lookup_key(key):
                if (
                    g.kind[i] == CITY
                    and g.cc[i] == "US"
                    and g.population[i] >= 500
                    and g.km(i, host) <= SLUG_TOWN_KM
                ):
                    return i
    return -1


SLUG_TOWN_KM = 120.0
"""How near the outlet's city a town its story's address names lies to be read as the
story's town (a station's market)."""


# "(706) 225-4293", "706-225-4293", "706.225.4293", "1-706-225-4293": a North American
# number; not inside a longer run of digits
_PHONE = re.compile(r"(?<![\d-])(?:1[ .-])?\(?([2-9]\d\d)\)?[ .-]?[2-9]\d\d[ .-]\d{4}(?![\d-])")
PHONE_STATE_WEIGHT = 1.0
"""Admin1 evidence one state gets from the area codes of the text's telephone numbers: as
much as a state named once in the text."""
AREA_CODE_LEAST = 40
AREA_CODE_SHARE = 0.75
"""An area code names a state when it serves at least `AREA_CODE_LEAST` ZIP codes and at
least this share of them lie in one state (ZIP codes near a border list the neighbouring
state's codes too: 706, north Georgia's, also serves a few in Alabama)."""


def _phone_evidence(g: Gazetteer, text: str, ev: _Evidence) -> None:
    """The state of each telephone number's area code, as evidence for that state.

    A US story asks readers to call the police, a sheriff's office or Crime Stoppers with
    tips ("Tips can be phoned in to detectives at (706) 555-0142"): the local
    number of the event's own area. With the state's name taken out of a story, it still
    tells "Columbus police" (Georgia: 706) from Ohio's. Toll-free numbers (800, 888...) and
    other countries' codes serve no ZIP code and say nothing; each state counts once, however
    many of its numbers the text gives, and the country not at all beyond a vote for the US
    (a US number is a US number).
    """
    states = {
        state
        for code in _PHONE.findall(text)
        if (state := _area_code_states(g).get(code)) is not None
    }
    for state in states:
        ev.cc["US"] += 0.5
        ev.admin1[("US", state)] += PHONE_STATE_WEIGHT


@lru_cache(maxsize=2)
def _area_code_states(g: Gazetteer) -> dict[str, str]:
    """Each area code that names one state (`AREA_CODE_SHARE`), with the gazetteer's admin1
    of that state, from the USPS list of ZIP codes (`zipcodes`, a declared dependency: each
    ZIP code lists the area codes serving it)."""
    out: dict[str, str] = {}
    for code, by_state in cached_table("area-codes", _area_code_counts).items():
        total = sum(by_state.values())
        state, n = max(by_state.items(), key=lambda kv: (kv[1], kv[0]))
        row = g.us_abbrev.get(name_key(state))
        if total >= AREA_CODE_LEAST and n >= AREA_CODE_SHARE * total and row is not None:
            out[code] = g.admin1[row] or ""
    return {c: s for c, s in out.items() if s}


def _area_code_counts() -> dict[str, dict[str, int]]:
    """How many ZIP codes of each state each area code serves, from the USPS list (military
    codes left out): `_area_code_states`' table, built once per analyser
    (`gazetteer.cached_table`)."""
    try:
        import zipcodes  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for z in zipcodes.list_all():
        if z.get("zip_code_type") == "MILITARY" or not z.get("state"):
            continue
        for code in z.get("area_codes") or ():
            counts[code][z["state"]] += 1
    return {code: dict(by_state) for code, by_state in counts.items()}


# "Saudi-led", "Iranian-backed": a country that leads or arms a force says where the force
# comes from, not where it fights (the Saudi-led coalition's strikes are in Yemen).
_SPONSOR_WORDS = _words("led backed supported funded sponsored armed trained allied")

# A group that acts in one country only says more of where the event was than a nationality:
# armies and air forces act abroad ("Saudi aircraft" over a Yemeni island, "Israeli forces" in
# the West Bank), a country's own factions at home ("pro-Hadi forces", "the STC").
_ACTOR_WEIGHT = 1.5


def _demonym_at(g: Gazetteer, tok: list[str], k: int) -> str:
    """The country of a demonym at token `k` ("" if none, or if it is not evidence here).

    Not the first word of the country's own name ("Saudi Arabia": the name is a place, which
    votes itself), nor a sponsor ("Saudi-led"); "South Sudanese" is South Sudan's.
    """
    t = tok[k]
    if len(t) <= 3 or not t[0].isupper():
        return ""
    # name_key, not lower(): the table's keys are folded ("Burkinabè" is "burkinabe").
    cc = g.demonyms.get(name_key(t))
    if not cc:
        return ""
    if k > 0 and tok[k - 1][:1].isupper():
        two = g.demonyms.get(name_key(f"{tok[k - 1]} {t}"))
        if two:
            return two
    if k + 1 < len(tok):
        nxt = tok[k + 1]
        if nxt[:1].isupper() and any(
            g.kind[i] == COUNTRY for i in g.lookup_key(name_key(f"{t} {nxt}"))
        ):
            return ""
        if nxt in ("-", "‑") and k + 2 < len(tok) and tok[k + 2].lower() in _SPONSOR_WORDS:
            return ""
    return cc


# An armed force's words: "Israeli forces", "Turkish army", "Saudi aircraft".
_FORCE_WORDS = _words(
    "forces force troops army military soldiers soldier aircraft aircrafts jets drones drone "
    "warplanes airstrikes navy artillery"
)

# People who are abroad by what they are called: "Malian refugees" in Burkina Faso,
# "Venezuelan migrants" in Colombia, a protest at "the Turkish embassy".
_ABROAD_WORDS = _words(
    "refugees refugee migrants migrant asylum-seekers nationals expatriates expats tourists "
    "embassy consulate ambassador diplomats"
)

# A nationality before a force word weighs this much of one before people ("Palestinian
# youths", "Syrian civilians"): a country's army acts abroad (Israeli forces in the West Bank,
# Turkish troops in Syria, Saudi aircraft over Yemen), its people are mostly at home; before a
# word for people abroad, less still.
_FORCE_SHARE = 0.5
_ABROAD_SHARE = 0.25


# International missions and their peacekeepers: their staff serve abroad by definition
# ("German FRONTEX guards" at the Greek border, "Ghanaian UNIFIL peacekeepers" in Lebanon,
# "Chadian peacekeepers" in Mali), so the nationality before them is no evidence of the scene.
_MISSION_WORDS = _words(
    "frontex unifil minusma minusca monusco monuc kfor eufor eulex amisom atmis unmiss unamid "
    "undof unficyp untso unmik unmil unoci minustah minurso unisfa isaf eutm eucap eunavfor "
    "ecomig ecomog amis peacekeepers peacekeeper peacekeeping"
)
# An alliance's or the UN's name between the nationality and a force word makes it a mission's
# contingent too: "Turkish NATO troops", "Nepalese UN troops", "Nigerian ECOWAS soldiers".
_ALLIANCE_WORDS = _words("un u.n. nato eu au ecowas sadc")


def _mission_after(tok: list[str], k: int) -> bool:
    """Whether the demonym at token `k` is that of an international mission's staff."""
    nxt = tok[k + 1].lower() if k + 1 < len(tok) else ""
    if nxt in _MISSION_WORDS:
        return True
    after = tok[k + 2].lower() if k + 2 < len(tok) else ""
    return nxt in _ALLIANCE_WORDS and (after in _FORCE_WORDS or after in _MISSION_WORDS)


def _demonym_evidence(g: Gazetteer, sc: _Scanner, ev: _Evidence) -> None:
    """Demonyms ("Venezuelan") and single-country actors ("Houthi") as country evidence; a
    nationality's force, and its people abroad, weigh less than its people (`_FORCE_SHARE`),
    and an international mission's staff not at all (`_MISSION_WORDS`)."""
    # the capitalised tokens only (`_Scanner.caps`, a superset of those whose first letter
    # is a capital), then `_demonym_at`'s own first test before the call (a demonym is a
    # capitalised word of four letters or more; most tokens are not)
    for k in compress(range(sc.n), sc.caps):
        t = sc.tok[k]
        if len(t) <= 3 or not t[0].isupper():
            continue
        cc = _demonym_at(g, sc.tok, k)
        if cc and not _mission_after(sc.tok, k):
            nxt = sc.tok[k + 1].lower() if k + 1 < len(sc.tok) else ""
            if nxt == "asylum" and k + 2 < len(sc.tok):
                nxt = "asylum-seekers"  # "Afghan asylum seekers"
            share = (
                _FORCE_SHARE
                if nxt in _FORCE_WORDS
                else _ABROAD_SHARE
                if nxt in _ABROAD_WORDS
                else 1.0
            )
            ev.cc[cc] += 0.5  # any nationality makes its country's small places credible
            ev.demonyms[cc] += share
    for hit in set(_ACTORS.findall(sc.text)):
        cc = _ACTOR_COUNTRY[hit]
        ev.cc[cc] += 0.5
        ev.demonyms[cc] += _ACTOR_WEIGHT


# A town this big bearing a name as written makes a unit abroad spelled alike no reading of
# it (`_spelled_unit_evidence`); a hamlet's namesake does not.
_NAMED_TOWN_LEAST = 5_000


def _spelled_unit_evidence(
    g: Gazetteer, text: str, mentions: list[_Mention], ev: _Evidence
) -> None:
    """A province or district spelled otherwise than GeoNames, in one country only, as evidence.

    "Bulo Xaawo (Lower Shabelle)", "Albu Dawud (Sala al-Din)", "a village in Wassit
    governorate": coders and reporters transliterate provinces their own way, and the name is
    then found only by its consonant skeleton (`scan`, which `_strength` trusts only when the
    rest of the text points to the unit's country), or not at all when a piece of it is a
    town ("Sala" of "Sala al-Din"). A name in a unit's place (a qualifier, in brackets or
    after a comma, or a name said with "province", "governorate"...) that no unit bears
    exactly, but whose close spellings among the world's provinces and districts all lie in
    one country, points to that country as surely as the exact name would: it counts like a
    resolved qualifier, and `units` keeps the country for `_country_from_names`. A close
    spelling is one three quarters alike letter for letter (more for a skeleton of two
    consonants: "El Bouni" is not Bolivia's "El Beni"), or one of a long skeleton (four
    consonants or more) half alike where no reading is more alike. A person's or an
    organisation's name in a qualifier's place ("..., Zappala said") is none. Readings in two
    countries ("Banadir": Somalia's Banaadir, and a district of India alike) leave it to the
    text.

    The text's words for its places are heard first: what it calls a province ("the state of
    Punjab", `_unit_kind_evidence`), and the countries it names only as where people abroad
    came from, which are then named as actors are (`_origins`).
    """
    _unit_kind_evidence(g, mentions, ev)
    _origins(g, text, mentions)
    names = {
        m.text
        for m in mentions
        if not m.title and _unit_place(m, text) and m.label not in ("PERSON", "ORG", "NORP")
    }
    for group in _BRACKETS.findall(text):
        names.update(part.strip() for part in group.split(","))
    names.update(_UNIT_NAMED.findall(text))
    for name in names:
        key = name_key(name)
        words = key.split()
        if words and words[-1] in _ADMIN1_WORDS | _ADMIN2_WORDS:
            key = " ".join(words[:-1])  # "Wassit governorate", "(Omoro district)"
        newer = _NEWER_PROVINCES.get(key)
        if newer is not None:
            cc, old = newer
            ev.cc[cc] += 0.5
            ev.units[cc] += 1.5
            if old:
                ev.admin1[(cc, old)] += 0.5
            continue
        if len(key) < 4 or any(
            g.kind[i] in (ADMIN1, ADMIN2, COUNTRY) or name_key(g.name[i]) == key
            for i in g.lookup_key(key)
        ):
            # too short to spell otherwise, or a place's own name as written ("Athens"; but
            # "Parwan" is only another name of a town, Jabal os Saraj, in Parvan province)
            continue
        # not US states and counties: English names, not transliterated ("Tensaw" is an
        # Alabama hamlet, not Louisiana's Tensas Parish)
        units = [
            i
            for i in _skeleton_readings(g, key)
            if g.kind[i] in (ADMIN1, ADMIN2) and g.cc[i] != "US"
        ]
        least = 0.75 if len(skeleton(key)) >= 3 else 0.85  # "Wassit": Wasit, not "Western"
        alike = [i for i in units if _alike(key, g.name[i]) >= least]
        if not alike and len(skeleton(key)) >= 4:
            # still half alike: "Quissanga" (q/k swapped) has Kasungu's skeleton, and is none
            alike = [i for i in units if _alike(key, g.name[i]) >= 0.5]
        if not alike:
            alike = _word_of_province(g, key)
        if not alike or len({g.cc[i] for i in alike}) != 1:
            other = g.other_units.get(key, ())
            if len(other) == 1:
                # a province or district GeoNames lacks, as ISO 3166-2 or the list of
                # current states names it ("(Omoro district)", "in Menaka region"), in one
                # country only: the country, as a qualifier's vote
                ev.cc[other[0]] += 0.5
                ev.units[other[0]] += 1.5
            continue
        i = alike[0]
        towns = {g.cc[t] for t in g.lookup_key(key) if g.population[t] >= _NAMED_TOWN_LEAST}
        if towns and g.cc[i] not in towns:
            # the name is a town's as written (another name of it: "Mullaitivu" for GeoNames'
            # Mullaittivu, Sri Lanka), and districts are named after their towns: "Mullaitivu
            # district" is that town's district, not a unit abroad that merely sounds alike
            # (Solomon Islands' Malaita)
            continue
        ev.cc[g.cc[i]] += 0.5
        ev.units[g.cc[i]] += 1.5  # a qualifier's vote in `_country_from_names`
        if g.admin1[i]:
            ev.admin1[(g.cc[i], g.admin1[i] or "")] += 0.5


# "migrants (mostly from Afghanistan)", "refugees rescued from the war in Libya": a word
# (people abroad, `_origins` checks), "from" within three words of it, then at most four
# lower-case words before the name
_FROM_BEFORE = re.compile(r"\b[a-z-]+\W+(?:[a-z]+\W+){0,2}from(?:\s+[a-z]+){0,4}\s*$")


def _origins(g: Gazetteer, text: str, mentions: list[_Mention]) -> None:
    """A country the text names only as where people abroad came from ("a protest in
    Kilkis against 280 migrants (mostly from Afghanistan)", "refugees rescued from the war in
    Libya"), while it sets the event in a town or village, is named as an actor is: no scene
    of the event (`_Mention.actor`).

    Refugees and migrants come from a country; the town the text sets the event in is the
    scene. When the gazetteer lacks or doubts that town, the country would otherwise be the
    only place left and become the event's. Only people abroad or sent back (`_ABROAD_WORDS`,
    `_RETURNING_WORDS`: forces that "withdrew from Syria" are none, and Syria stays), only a
    country every mention of which is such an origin (one also said "in X" stays), and only
    when a town or a village is said with "in", "at" or "near" (the scene the text gives).
    """
    if not any(
        m.prep in ("in", "at", "near") and not m.title and (m.local or m.fuzzy or _town_only(g, m))
        for m in mentions
    ):
        return
    countries = [m for m in mentions if m.ids and not m.title and g.kind[m.ids[0]] == COUNTRY]
    said: dict[str, bool] = {}
    for m in countries:
        cc = g.cc[m.ids[0]]
        hit = _FROM_BEFORE.search(text, max(m.start - 80, 0), m.start) if m.start > 0 else None
        origin = hit is not None and any(
            w in _ABROAD_WORDS | _RETURNING_WORDS for w in hit.group(0).split()
        )
        said[cc] = said.get(cc, True) and origin
    for m in countries:
        if said[g.cc[m.ids[0]]]:
            m.actor = True


# People who came back or were sent back from a country, like `_ABROAD_WORDS`' people abroad
_RETURNING_WORDS = _words("returnees returnee deportees deportee evacuees")


def _town_only(g: Gazetteer, m: _Mention) -> bool:
    """Whether a mention has readings, all of them towns (no province, no country)."""
    return bool(m.ids) and all(g.kind[i] == CITY for i in m.ids[:10])


# The words for a province that tell countries apart (`_unit_kind_evidence`): "district",
# "city", "territory" or "area" name units of too many kinds of every country
_TELLING_UNIT_KINDS = _words("state province governorate department region prefecture county")


def _unit_kind_evidence(g: Gazetteer, mentions: list[_Mention], ev: _Evidence) -> None:
    """A province's name that provinces of two countries bear, told apart by what the text
    calls it: "the state of Punjab" is India's (its provinces are states), "Punjab province"
    Pakistan's; "Bolivar state" Venezuela's, not Colombia's department.

    A reader knows what each country calls its provinces (`Gazetteer.unit_kinds`, from
    `countrystatecity`). When the text says a name with such a word (`_TELLING_UNIT_KINDS`)
    and exactly one of the countries whose provinces bear the name calls its provinces so,
    that country and its province get a qualifier's evidence (half a point each). Nothing for
    a word every reading's country uses, or none does, nor for a name inside a person's or an
    organisation's name ("the Punjab State AIDS Control Society").
    """
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        word = m.kind_word.lower()
        if word not in _TELLING_UNIT_KINDS or (m.key, word) in seen:
            continue
        if m.title or m.in_person or m.in_org or m.fuzzy:
            continue
        rows = [i for i in m.ids[:20] if g.kind[i] == ADMIN1]
        if len({g.cc[i] for i in rows}) < 2:
            continue
        seen.add((m.key, word))
        fits = [i for i in rows if word in g.unit_kinds.get(g.cc[i], ())]
        if len({g.cc[i] for i in fits}) != 1:
            continue
        i = fits[0]
        ev.cc[g.cc[i]] += 0.5
        if g.admin1[i]:
            ev.admin1[(g.cc[i], g.admin1[i] or "")] += 0.5


# Provinces newer than the gazetteer's list of a country's provinces (GeoNames' admin1 codes
# still follow the old map), with the old province each was carved from: the DRC's 26
# provinces of 2015 (its data has the 11 before), Mali's regions of 2016, Nouakchott's three
# wilayas of 2014, Burundi's provinces since 1998 (its data lacks them: the country only).
# General knowledge of the countries' maps, not read from any data set: a note placing a
# village "(Moba, Tanganyika)" or "in Ituri province" names the country as surely as an old
# province would, and the old province's towns ("Djugu, Ituri") stay credible. Only in a
# unit's place (`_spelled_unit_evidence`): "Lake Tanganyika" is no province.
_NEWER_PROVINCES: dict[str, tuple[str, str]] = {
    name_key(name): (cc, old)
    for cc, old, names in (
        ("CD", "Eastern Province", "Bas-Uele, Haut-Uele, Ituri, Tshopo"),
        ("CD", "Katanga", "Haut-Katanga, Haut-Lomami, Lualaba, Tanganyika"),
        ("CD", "Bandundu", "Kwango, Kwilu, Mai-Ndombe"),
        ("CD", "Kasai-Occidental", "Kasai-Central"),
        ("CD", "Kasai-Oriental", "Lomami, Sankuru"),
        ("CD", "Equateur", "Mongala, Nord-Ubangi, Sud-Ubangi, Tshuapa"),
        ("CD", "Bas-Congo", "Kongo-Central, Kongo Central"),
        ("ML", "Gao", "Menaka"),
        ("ML", "Tombouctou", "Taoudenit, Taoudeni"),
        ("MR", "Nouakchott", "Nouakchott-Nord, Nouakchott-Ouest, Nouakchott-Sud"),
        ("BI", "", "Bujumbura Rural, Rumonge, Mwaro, Muramvya, Karuzi, Karusi"),
    )
    for name in names.split(", ")
}

# "(Sakania, Haut-Katanga)": ACLED's qualifiers, district and province; "Wassit governorate"
_BRACKETS = re.compile(r"\(([A-Z][^()]{2,80})\)")
_UNIT_NAMED = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ -](?:al|el|ad|as|ar|an|[A-Z][\w'’-]+)){0,3})"
    r" (?:[Gg]overnorate|[Pp]rovince|[Rr]egion|[Dd]istrict)\b"
)


def _word_of_province(g: Gazetteer, key: str) -> list[int]:
    """The provinces one of whose words is spelled like a one-word name ("Metropolitana":
    Chile's "Santiago Metropolitan"; "Vojvodina": "Autonomna Pokrajina Vojvodina"), nine
    tenths alike letter for letter; none for a short or a many-word name."""
    if " " in key or len(key) < 6:
        return []
    return [
        i
        for word, i in _province_words(g).get(key[:3], ())
        if g.cc[i] != "US" and SequenceMatcher(None, key, word).ratio() >= 0.9
    ]


@lru_cache(maxsize=2)
def _province_words(g: Gazetteer) -> dict[str, list[tuple[str, int]]]:
    """Every word of six letters or more of each province's name, by its first three."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for cc, a1 in g.admin1_rows:
        i = g.admin1_rows[(cc, a1)]
        for word in set(name_key(g.name[i]).split()):
            if len(word) >= 6:
                out[word[:3]].append((word, i))
    return out


def _unit_place(m: _Mention, text: str) -> bool:
    """Whether a mention stands where a province or district is named: a qualifier ("Ghorband
    district, Parwan", "(Djugu, Ituri)"), or a name said with a unit word; not a name after
    any comma ("the investigation goes on, Zappala said")."""
    if m.qual_of is not None or m.kind_word in _ADMIN1_WORDS | _ADMIN2_WORDS:
        return True
    end = max(m.start, 0)
    return m.prep in (",", "(") and bool(_QUALIFIED_BEFORE.search(text, max(end - 40, 0), end))


# What stands before a qualifier's comma: a name or a kind of place ("Ghorband district, ")
_QUALIFIED_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]*|\b(?:district|province|governorate|region|county|municipality|"
    r"village|town|city|area|state|department|division))\s*[,(]\s*$"
)


def _skeleton_readings(g: Gazetteer, key: str) -> list[int]:
    """The places spelled like `key` by consonant skeleton, also without an article written
    into the name ("Aljfara": "Al Jifarah"), and with the letters transliterations swap
    ("Parwan"/"Parvan", "Thi-Qar"/"Dhi Qar", "Qunduz"/"Kunduz")."""
    keys = {key}
    rest = fused_article_rest(key)
    if rest is not None:
        keys.add(rest)
    for a, b in _SWAPS:
        keys |= {k.replace(a, b) for k in keys if a in k}
    out: list[int] = []
    for k in sorted(keys):
        out.extend(i for i in g.lookup_skeleton(k) if i not in out)
    return out


_SWAPS = (("w", "v"), ("v", "w"), ("th", "dh"), ("dh", "th"), ("q", "k"), ("k", "q"))


def _alike(key: str, name: str) -> float:
    """How alike a name's key is to an admin unit's name, letter for letter (0 to 1), the
    Arabic article aside ("Aljfara", "Al Jifarah")."""
    bare = fused_article_rest(key) or key
    return max(
        SequenceMatcher(None, k, v).ratio() for k in {key, bare} for v in admin_variants(name)
    )
