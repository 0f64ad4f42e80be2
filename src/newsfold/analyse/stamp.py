"""The publication stamp read on the story's own clock.

A page's `published` is an ISO day ("2021-03-07"), or a moment with its offset
("2021-03-07T03:10:00Z", "2021-03-06T21:10:00-06:00"). A moment is a clock reading somewhere:
a content system's server often writes UTC, and a story a Chicago desk filed at 9:10 p.m. on a
Saturday is stamped 03:10 Z on Sunday. Its "tonight", "today" and "yesterday" are told from
Saturday, the writer's day, so the anchor of `when` is the stamp's day in the story's own zone:

* the zone of the outlet's home market (`outlets.outlet_city`, the city's time zone in the USPS
  ZIP list, else its state's most common one), else of the US state its dateline names
  ("TULSA, Okla. -", "DAVENPORT, Iowa -", after a caption, with a date);
* outside the US, the one zone of the country the dateline names ("LAGOS, Nigeria -") or the
  outlet's country-code domain ("mb.com.ph": Manila's), for a country of a single zone (tzdata's
  zone.tab);
* with none of these, the stamp's own offset: a non-zero offset is the writer's clock already,
  and a UTC stamp of an unknown outlet stays a UTC day (a story from anywhere: no zone is
  guessed);
* a clock time with no offset ("2016-06-06T00:40:00") is the page's own local clock;
* a bare day is the day it says, with no clock time.

`local_stamp` also gives the local clock time, when it is known to be local (a known zone, or
a non-zero offset): a story stamped in the small hours was most likely written the evening
before (`when` reads its "tonight" so).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsfold.analyse.gazetteer import US_STATE_ABBREVIATIONS, cached_table
from newsfold.analyse.outlets import outlet_city
from newsfold.analyse.where.datelines import dateline_region
from newsfold.ingest.metadata import source_from_url

# "2021-03-07T03:10:00Z", "2021-03-06 21:10:00-06:00", "2021-03-07T03:10:00.000+0000"
_MOMENT = re.compile(
    r"^\s*(\d{4}-\d\d-\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?\s*$", re.I
)


def stamp_moment(value: str | None) -> dt.datetime | None:
    """The moment of an ISO stamp with a clock time: aware with its offset ("Z" or +hh:mm),
    naive without one; None for a bare day or anything else."""
    if not value:
        return None
    m = _MOMENT.match(value)
    if m is None:
        return None
    day, hour, minute, second, zone = m.groups()
    try:
        moment = dt.datetime.fromisoformat(f"{day}T{hour}:{minute}:{second or '00'}")
    except ValueError:
        return None
    if zone is None:
        return moment
    if zone.upper() == "Z":
        return moment.replace(tzinfo=dt.UTC)
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.replace(tzinfo=dt.timezone(offset if zone[0] == "+" else -offset))


def local_stamp(published: str | None, url: str | None, text: str) -> dt.datetime | None:
    """The stamp's moment on the story's own clock (a naive local date and time), or None
    when it has no clock time or when its local clock cannot be known (a UTC stamp of an
    outlet of no known zone, with no US dateline)."""
    moment = stamp_moment(published)
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment  # a clock time with no offset: the page's own, local clock
    zone = outlet_zone(url) or dateline_zone(text) or domain_zone(url)
    if zone is not None:
        return moment.astimezone(zone).replace(tzinfo=None)
    if moment.utcoffset() == dt.timedelta(0):
        return None
    return moment.replace(tzinfo=None)


def outlet_zone(url: str | None) -> ZoneInfo | None:
    """The time zone of a known US outlet's home market ("chicagotribune.com": Chicago's),
    from its host; None for an outlet the table lacks."""
    labels = (source_from_url(url) or "").split(".")
    if len(labels) < 2:
        return None
    city = outlet_city(labels[-2], labels[-1])
    if city is None:
        return None
    town, _, state = city.rpartition(", ")
    return city_zone(town, state)


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the US state a dateline names ("TULSA, Okla. -": Oklahoma's), by
    its AP abbreviation or its name, or of the country it names when that country has one
    zone ("LAGOS, Nigeria -": `country_zone`); None when there is none.

    The dateline is the one the places read (`where.datelines.dateline_region`): at the start
    of the text or of one of its first paragraphs (after a photo caption), with a date, a
    colon or a dash glued to the story's first word."""
    region = dateline_region(text)
    if not region:
        return None
    state = _state_codes().get(region.lower())
    return city_zone("", state) if state else country_zone(_country_code(region))


def _country_code(name: str) -> str:
    """The ISO code of a country a dateline names ("Nigeria": "NG"), or ""."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return ""


# country-code domains sold as generic names ("bit.ly", "news.tv", "example.co"): no country
_VANITY_DOMAINS = frozenset(
    {"co", "tv", "io", "me", "ly", "fm", "ai", "am", "to", "cc", "ws", "nu", "gg", "la", "so"}
    | {"sh", "ac", "im", "vc", "gl"}
)


def domain_zone(url: str | None) -> ZoneInfo | None:
    """The zone of the country an outlet's country-code domain names ("mb.com.ph": the
    Philippines', "guardian.ng": Nigeria's), when the country has a single zone; None for a
    generic or US domain, a domain sold as a generic name, or a country of several zones."""
    labels = (source_from_url(url) or "").split(".")
    tld = labels[-1].lower() if len(labels) >= 2 else ""
    if len(tld) != 2 or tld == "us" or tld in _VANITY_DOMAINS:
        return None
    return country_zone("GB" if tld == "uk" else tld.upper())


def country_zone(code: str) -> ZoneInfo | None:
    """The time zone of a country that has one (tzdata's zone.tab: "PH" Asia/Manila), else
    None (the US, Mexico, Brazil and others of several zones)."""
    return _zone(_country_zones().get(code))


@lru_cache(maxsize=1)
def _country_zones() -> dict[str, str]:
    """Country code -> its zone, for the countries of a single zone in tzdata's zone.tab."""
    from importlib.resources import files

    zones: dict[str, list[str]] = defaultdict(list)
    try:
        table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        return {}
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            zones[fields[0]].append(fields[2])
    return {code: names[0] for code, names in zones.items() if len(names) == 1}


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    """US states' AP abbreviations and names, lower-cased -> postal code ("okla.": "OK")."""
    import pycountry

    codes = {name.lower(): code for code, names in US_STATE_ABBREVIATIONS.items() for name in names}
    for sub in pycountry.subdivisions.get(country_code="US") or []:
        codes.setdefault(sub.name.lower(), sub.code.split("-")[1])
    return codes


def city_zone(town: str, state: str) -> ZoneInfo | None:
    """The time zone of a US town (the USPS ZIP list's zone of its ZIP codes), else the most
    common zone of its state's ZIP codes; None for a state the list lacks."""
    cities, states = _zones()
    return _zone(cities.get((town.lower(), state)) or states.get(state))


def _zone(name: str | None) -> ZoneInfo | None:
    """The zone of a tzdata name ("America/Chicago"), or None for no name."""
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # pragma: no cover - tzdata is installed
        return None


@lru_cache(maxsize=1)
def _zones() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(town, state) -> zone and state -> its most common zone, from the USPS ZIP list
    (built once per analyser: `gazetteer.cached_table`)."""
    return cached_table("zones", _build_zones)


def _build_zones() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - a declared dependency
        return {}, {}
    by_city: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_state: dict[str, Counter[str]] = defaultdict(Counter)
    for z in zipcodes.list_all():
        zone, state = z.get("timezone"), z.get("state")
        if not zone or not state:
            continue
        by_city[(str(z.get("city", "")).lower(), state)][zone] += 1
        by_state[state][zone] += 1
    return (
        {key: c.most_common(1)[0][0] for key, c in by_city.items()},
        {key: c.most_common(1)[0][0] for key, c in by_state.items()},
    )
