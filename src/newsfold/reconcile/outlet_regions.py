"""Each outlet's usual region, learned from the store: where a host's stories take place.

A local outlet reports its region's news: most events a host (a station, a city paper)
reports, among those its texts place in words, lie in one state, and often around one town.
For a report whose text names no place (a login wall, a video page, a tweet, a list of
headlines), analysis falls back on the headline, a hand table of known outlets
(`analyse/outlets.py`) or a stray word of the page; reconciliation can do better with what the
store itself says about the host. Nothing is shipped: the table is learned at run time.

The table (`learn`): for each host, the events it reports whose place its text states (a
location claim or a place in the event's role: `stated` below, the words-part of
`consensus.stated_place`; a place read from the headline alone does not count, which only
lowers support), counted once per event (an event told in five updates is one event), by
state. A host has a region when at least `MIN_EVENTS` such events are placed (for a report
with no place at all, `MIN_EVENTS_NO_PLACE`: `strong_enough`) and at least
`MIN_SHARE` of them in one state (75% keeps the local stations and city papers and leaves
out the regional ones, e.g. a Philadelphia station whose stories split between Pennsylvania
and New Jersey, or a Washington one's between the District, Maryland and Virginia, and the
platforms; on the GVA dev half a replacing threshold of 2, 3 or 4 events changed nothing,
and 4 is the safer). Its town is the town most of those events in that state give, when at least
`MIN_CITY_SHARE` of them (and `MIN_CITY_EVENTS`) do; else the region is the state alone.
One aggregate query over the store (one row per article, grouped in SQL), not pairs of
anything; representative coordinates are those of the smallest article id, so that the
table depends on the store's contents only, not on the order articles arrived in.

When it changes: whenever articles are added (or reanalysed), a host's counts move and its
region may appear, change town or state, or disappear. `pipeline.finish` learns the table
afresh before each reconciliation, so every event reconciled in a run uses the table of the
whole store at that point, and `outdated_events` finds the events reconciled earlier that the
new table would place otherwise (those whose reports all leave their place unstated, and those
already placed at an outlet's region, of the hosts with articles waiting: only their counts can
have moved): `finish` marks them stale and reconciles them again.
So the events of a store do not depend on the order its articles arrived in, run by run, as
far as the SQL test of a stated place goes (an event whose one report names its place in the
headline alone is a candidate each time, reconciled and found unchanged). To redo every event
anyway: `newsfold reanalyse --all` (analysis too), or `benchmarks/reconcile_gva.py
--reconcile`, which marks every event stale. Running the same input again changes nothing: no
article is new, no event is stale, the table is the same.
The table never overrides a state a report's words state; it chooses among namesakes of a
town a report names without its state (see `consensus.place` and `consensus.by_namesake`), so
the events of a host with articles waiting that some report of that host places in another
state are checked again too.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Collection

    from newsfold.store import Store

MIN_EVENTS = 4
"""Placed events a host needs before its region replaces a default place (the outlet's city
from the hand table, or a stray word of the page)."""
MIN_EVENTS_NO_PLACE = 1
"""Placed events a host needs before its region places a report that has no place at all: no
place is never right, so any evidence of the outlet's region is worth more (on the GVA dev
half, a small-town paper's one other story placed its sign-in page; at four, nothing did)."""
MIN_SHARE = 0.75
"""Share of those events that must lie in the region's state."""
MIN_CITY_EVENTS = 3
MIN_CITY_SHARE = 0.6
"""A town is part of the region when this share of the state's events (and this many) give it:
a local station's stories spread over its metro area's suburbs more than over states."""

EVIDENCE = "the outlet's usual region"

PLATFORMS = frozenset(
    [
        "facebook.com",
        "twitter.com",
        "x.com",
        "youtube.com",
        "instagram.com",
        "tiktok.com",
        "reddit.com",
        "t.co",
        "m.facebook.com",
        "mobile.twitter.com",
        "linkedin.com",
        "pinterest.com",
        "tumblr.com",
        "medium.com",
        "wordpress.com",
        "blogspot.com",
        "scribd.com",
        "google.com",
        "news.google.com",
        "news.yahoo.com",
        "yahoo.com",
        "msn.com",
    ]
)
"""Hosts that carry anyone's posts or every outlet's stories, from anywhere: no home region,
however their few placed pages fall (a store's one placed tweet is no outlet's region)."""


@dataclass(frozen=True, slots=True)
class Region:
    """Where one host's placed stories mostly lie."""

    host: str
    country: str
    iso3: str | None
    admin1: str
    events: int  # placed events in admin1
    of: int  # placed events in all
    admin2: str | None = None
    location: str | None = None  # the town, when one dominates
    latitude: float | None = None
    longitude: float | None = None
    # the mean coordinates of the host's placed reports in admin1 (rounded): where in the state
    # its stories lie (a Philadelphia station's Pennsylvania is by the New Jersey line)
    center: tuple[float, float] | None = None

    def strong_enough(self, has_place: bool) -> bool:
        """Whether the region may replace a report's default place (`has_place`), or, with less
        support, give a report with none its place."""
        return self.of >= (MIN_EVENTS if has_place else MIN_EVENTS_NO_PLACE)

    def fields(self) -> dict[str, Any]:
        """The event's place fields this region gives: a weak value, as analysis's default
        place is (geo precision 2 near a town, 3 for a province alone)."""
        return {
            "country": self.country,
            "iso3": self.iso3,
            "admin1": self.admin1,
            "admin2": self.admin2 if self.location else None,
            "location": self.location or self.admin1,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": 2 if self.location else 3,
        }


Regions = dict[str, Region]

# One row per grouped article of a known host: its event, its place and whether its words state
# it. `stated` mirrors `consensus.stated_place` without the headline test (SQL cannot spell a
# name's words out as `_name_key` does): a location claim or a place in the event's role.
_ARTICLES = """
SELECT a.id AS article_id, a.source AS host, s.event_id AS event_id,
       json_extract(n.data, '$.event.country') AS country,
       json_extract(n.data, '$.event.iso3') AS iso3,
       json_extract(n.data, '$.event.admin1') AS admin1,
       json_extract(n.data, '$.event.admin2') AS admin2,
       json_extract(n.data, '$.event.location') AS location,
       json_extract(n.data, '$.event.geo_precision') AS precision,
       json_extract(n.data, '$.event.latitude') AS latitude,
       json_extract(n.data, '$.event.longitude') AS longitude,
       (EXISTS (SELECT 1 FROM json_each(n.data, '$.event.claims') c
                WHERE json_extract(c.value, '$.field') = 'location')
        OR EXISTS (SELECT 1 FROM json_each(n.data, '$.places') p
                   WHERE json_extract(p.value, '$.role') = 'event')) AS stated
FROM articles a
JOIN analyses n ON n.article_id = a.id
JOIN assignments s ON s.article_id = a.id
WHERE a.source IS NOT NULL AND a.source != ''
"""

_STATES = f"""
WITH placed AS (
  SELECT * FROM ({_ARTICLES}) WHERE stated AND admin1 IS NOT NULL AND country IS NOT NULL
)
SELECT host, country, MIN(iso3) AS iso3, admin1, COUNT(DISTINCT event_id) AS events,
       SUM(COUNT(DISTINCT event_id)) OVER (PARTITION BY host) AS total,
       ROUND(AVG(latitude), 2) AS center_lat, ROUND(AVG(longitude), 2) AS center_lon
FROM placed GROUP BY host, country, admin1
"""

# towns: a place at town level (precision 1, not the name of the state or county itself)
_TOWNS = f"""
WITH placed AS (
  SELECT * FROM ({_ARTICLES})
  WHERE stated AND admin1 IS NOT NULL AND location IS NOT NULL AND precision = 1
    AND location NOT IN (admin1, COALESCE(admin2, ''), country)
)
SELECT host, admin1, location, COUNT(DISTINCT event_id) AS events, MIN(article_id) AS first_id
FROM placed GROUP BY host, admin1, location
"""


def _point(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def learn(conn: sqlite3.Connection) -> Regions:
    """The region of every host whose placed events are numerous and concentrated enough."""
    regions: Regions = {}
    for host, country, iso3, admin1, events, total, lat, lon in conn.execute(_STATES):
        if host in PLATFORMS:
            continue
        if total >= min(MIN_EVENTS, MIN_EVENTS_NO_PLACE) and events >= MIN_SHARE * total:
            regions[host] = Region(
                host, country, iso3, admin1, int(events), int(total), center=_point(lat, lon)
            )
    towns: dict[str, list[tuple[int, str, str]]] = {}
    for host, admin1, location, events, first_id in conn.execute(_TOWNS):
        region = regions.get(host)
        if region is not None and admin1 == region.admin1:
            towns.setdefault(host, []).append((-int(events), location, first_id))
    for host, rows in towns.items():
        # the town most events give; ties: the alphabetically first, whatever the order of
        # ingestion
        minus_events, location, first_id = min(rows)
        region = regions[host]
        if -minus_events < max(MIN_CITY_EVENTS, MIN_CITY_SHARE * region.events):
            continue
        admin2, latitude, longitude = conn.execute(
            "SELECT json_extract(data, '$.event.admin2'), json_extract(data, '$.event.latitude'),"
            " json_extract(data, '$.event.longitude') FROM analyses WHERE article_id = ?",
            (first_id,),
        ).fetchone()
        regions[host] = dataclasses.replace(
            region, admin2=admin2, location=location, latitude=latitude, longitude=longitude
        )
    return regions


# events that a change of the table may concern: those whose articles all leave their place
# unstated (by the SQL test) and include a host with a region, and those already placed at an
# outlet's region (`consensus.region_claim`); reconciled events only (stale ones are redone)
_CANDIDATES = f"""
SELECT event_id FROM ({_ARTICLES}) AS per
JOIN events e USING (event_id)
WHERE e.stale = 0
GROUP BY event_id
HAVING MAX(stated) = 0 AND SUM(host IN (SELECT value FROM json_each(?))) > 0
UNION
SELECT event_id FROM events
WHERE stale = 0 AND instr(data, ?) > 0
  AND EXISTS (SELECT 1 FROM json_each(data, '$.claims') c
              WHERE json_extract(c.value, '$.attrs.evidence') = ?
                AND json_extract(c.value, '$.source') IN (SELECT value FROM json_each(?)))
ORDER BY event_id
"""

# the reconciled events a host's region may move to a namesake of their town
# (`consensus.by_namesake`): those with a report of one of the hosts whose words state a place
# in another state than the host's region
_ELSEWHERE = f"""
SELECT DISTINCT per.event_id, per.host, per.admin1 FROM ({_ARTICLES}) AS per
JOIN events e USING (event_id)
WHERE e.stale = 0 AND per.stated AND per.host IN (SELECT value FROM json_each(?))
"""

# the hosts whose counts may have moved since the last reconciliation: those of the articles of
# stale events (new, regrouped or reanalysed articles are what makes an event stale)
_MOVED_HOSTS = """
SELECT DISTINCT a.source FROM events e
JOIN assignments s ON s.event_id = e.event_id
JOIN articles a ON a.id = s.article_id
WHERE e.stale = 1 AND a.source IS NOT NULL AND a.source != ''
"""


def moved_hosts(store: Store) -> set[str]:
    """The hosts of the articles of the events now waiting to be reconciled: the only hosts
    whose region can differ from the one the other events were reconciled with."""
    return {row[0] for row in store.conn.execute(_MOVED_HOSTS)}


def outdated_events(store: Store, regions: Regions, hosts: Collection[str]) -> list[str]:
    """The reconciled events whose record the current table would change: those an earlier
    table placed (or left at a default) when the table has moved since (new articles of their
    hosts). Only the events of `hosts` (`moved_hosts`: those with articles waiting) are
    candidates: another host's region is the one its events were reconciled with, and checking
    every story-less event of the store on every run would cost a reconciliation each. Each
    candidate is reconciled again and compared with its stored record, so an event the change
    does not touch is left alone (running the same input again stays a no-op); the caller
    marks the outdated ones stale."""
    from newsfold.reconcile.event import reconcile  # consensus imports this module

    moved = sorted(set(hosts))
    if not moved:
        return []
    with_region = json.dumps([h for h in moved if h in regions])
    candidates = [
        row[0]
        for row in store.conn.execute(
            _CANDIDATES, (with_region, EVIDENCE, EVIDENCE, json.dumps(moved))
        )
    ]
    elsewhere = [
        event_id
        for event_id, host, admin1 in store.conn.execute(_ELSEWHERE, (with_region,))
        if admin1 != regions[host].admin1
    ]
    outdated = []
    for event_id in sorted(set(candidates) | set(elsewhere)):
        stored = store.event(event_id)
        assignments = store.event_assignments(event_id)
        ids = [a["article_id"] for a in assignments]
        fresh = reconcile(event_id, store.articles(ids), store.analyses(ids), assignments, regions)
        if stored is None or fresh.to_dict() != stored.to_dict():
            outdated.append(event_id)
    return outdated
