"""Event fields other than tolls, from all reports, by documented rules.

- Dates: the range is the span the reports' ranges cover between them (an event reported on its
  first day and again on its third has grown, not conflicted); the best day is the `event_date`
  most independent origins give (ties: the earliest); time precision is the finest precision
  among the reports that give the best day.
- Place: the most precise place the reports support: a named site within a city beats the city,
  a city beats its province, a province the country; among equally precise places, the one most
  independent origins give (ties: the earliest report). Reports placing the event in different
  countries or provinces are a conflict.
- Type and actors: the value most independent origins give; ties go to the earliest report.

"Independent origins" are the groups of `dependence`: a copy and its original count once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from newsfold.reconcile.readings import Report

PLACE_FIELDS = (
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def vote(reports: list[Report], get: Callable[[Report], Any]) -> Any:
    """The value most independent origins give; ties go to the earliest report's value."""
    origins: dict[Any, set[int]] = {}
    first_seen: dict[Any, int] = {}
    for i, report in enumerate(reports):
        value = get(report)
        if value is None or value == "":
            continue
        key = _hashable(value)
        origins.setdefault(key, set()).add(report.origin)
        first_seen.setdefault(key, i)
    if not origins:
        return None
    best = max(origins, key=lambda k: (len(origins[k]), -first_seen[k]))
    for report in reports:
        value = get(report)
        if value is not None and _hashable(value) == best:
            return value
    return None


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def dates(reports: list[Report]) -> dict[str, Any]:
    starts = [
        s for r in reports if (s := r.analysis.event.date_start or r.analysis.event.event_date)
    ]
    ends = [e for r in reports if (e := r.analysis.event.date_end or r.analysis.event.event_date)]
    best = vote(reports, lambda r: r.analysis.event.event_date)
    precision = None
    if best is not None:
        precisions = [
            r.analysis.event.time_precision
            for r in reports
            if r.analysis.event.event_date == best and r.analysis.event.time_precision
        ]
        precision = min(precisions) if precisions else None
    return {
        "event_date": best,
        "date_start": min(starts) if starts else best,
        "date_end": max(ends) if ends else best,
        "time_precision": precision,
    }


def specificity(event: Any) -> int:
    """How precise a report's place is: 4 a named site within a city, 3 a city or town,
    2 a district/county, 1 a province, 0 only a country, -1 nothing."""
    if not event.country:
        return -1
    if not event.location:
        return 0
    precision = event.geo_precision or 1
    if precision == 3:
        return 1
    names = {n for n in (event.admin1, event.admin2, event.country) if n}
    if event.location in names:
        return 2 if event.location == event.admin2 else 1
    return 4 if precision == 2 else 3


def place(reports: list[Report]) -> dict[str, Any]:
    located = [r for r in reports if r.analysis.event.country]
    if not located:
        return dict.fromkeys(PLACE_FIELDS)
    country = vote(located, lambda r: r.analysis.event.country)
    same_country = [r for r in located if r.analysis.event.country == country]
    top = max(specificity(r.analysis.event) for r in same_country)
    candidates = [r for r in same_country if specificity(r.analysis.event) == top]
    chosen_key = vote(candidates, lambda r: (r.analysis.event.location, r.analysis.event.admin1))
    for report in candidates:
        ev = report.analysis.event
        if (ev.location, ev.admin1) == chosen_key:
            return {f: getattr(ev, f) for f in PLACE_FIELDS}
    ev = candidates[0].analysis.event
    return {f: getattr(ev, f) for f in PLACE_FIELDS}


def event_type(reports: list[Report]) -> dict[str, Any]:
    pair = vote(
        reports,
        lambda r: (
            (r.analysis.event.event_type, r.analysis.event.sub_event_type)
            if r.analysis.event.event_type
            else None
        ),
    )
    if pair is None:
        return {"event_type": None, "sub_event_type": None}
    return {"event_type": pair[0], "sub_event_type": pair[1]}


def actors(reports: list[Report]) -> dict[str, Any]:
    def field_of(name: str) -> Callable[[Report], Any]:
        return lambda r: getattr(r.analysis.event, name)

    return {f: vote(reports, field_of(f)) for f in ACTOR_FIELDS}


def parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def earliest_first(reports: list[Report]) -> list[Report]:
    return sorted(
        reports, key=lambda r: (r.published or dt.date.max, r.article.published or "", r.id)
    )


def values_by_origin(reports: list[Report], get: Callable[[Report], Any]) -> Counter[Any]:
    counter: Counter[Any] = Counter()
    seen: set[tuple[Any, int]] = set()
    for r in reports:
        v = get(r)
        if v is None:
            continue
        key = (_hashable(v), r.origin)
        if key not in seen:
            seen.add(key)
            counter[_hashable(v)] += 1
    return counter
