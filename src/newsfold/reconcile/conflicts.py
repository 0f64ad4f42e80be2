"""Fields on which the reports differ, with who says what and whether the values can all be true.

Compatibility: counts are compatible when their intervals meet ("a dozen" and "more than 10");
date ranges when they overlap; places when they lie in the same country and province (a site
and the city around it); event types only when equal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsfold.reconcile.consensus import parse_day
from newsfold.reconcile.readings import Interval, Report, all_compatible, interval
from newsfold.records import Conflict

NUMERIC_FIELDS = ("fatalities", "injuries")


def _group(
    reports: list[Report], key: Callable[[Report], Any], show: Callable[[Report], dict[str, Any]]
) -> list[dict[str, Any]]:
    values: dict[Any, dict[str, Any]] = {}
    for report in reports:
        k = key(report)
        if k is None:
            continue
        entry = values.setdefault(k, {**show(report), "sources": [], "article_ids": []})
        if report.source not in entry["sources"]:
            entry["sources"].append(report.source)
        entry["article_ids"].append(report.id)
    return list(values.values())


def _stating(report: Report, field: str, reading: Interval, limit: int = 3) -> list[str]:
    """The spans behind a report's count: first those that state the count itself ("four
    people were injured" for 4), then the mentions it was added up from, largest first."""
    claims = [c for c in report.analysis.event.claims if c.field == field]

    def rank(pair: tuple[int, Any]) -> tuple[bool, float, int]:
        n, claim = pair
        value = claim.value if isinstance(claim.value, int | float) else -1
        return (value != reading.value, -value, n)

    ordered = sorted(enumerate(claims), key=rank)
    return list(dict.fromkeys(c.text for _, c in ordered))[:limit]


def numeric_conflict(reports: list[Report], field: str) -> Conflict | None:
    def reading(r: Report) -> Interval | None:
        ev = r.analysis.event
        return interval(
            getattr(ev, field), getattr(ev, f"{field}_low"), getattr(ev, f"{field}_high")
        )

    def key(r: Report) -> tuple[int, int, int | None] | None:
        iv = reading(r)
        return (iv.value, iv.low, iv.high) if iv else None

    def show(r: Report) -> dict[str, Any]:
        iv = reading(r)
        assert iv is not None
        return {"value": iv.value, "low": iv.low, "high": iv.high, "text": _stating(r, field, iv)}

    values = _group(reports, key, show)
    if len(values) < 2:
        return None
    intervals = [Interval(v["value"], v["low"], v["high"]) for v in values]
    return Conflict(field=field, compatible=all_compatible(intervals), values=values)


def date_conflict(reports: list[Report]) -> Conflict | None:
    def key(r: Report) -> tuple[str, str] | None:
        ev = r.analysis.event
        start = ev.date_start or ev.event_date
        end = ev.date_end or ev.event_date
        return (start, end) if start and end else None

    def show(r: Report) -> dict[str, Any]:
        ev = r.analysis.event
        return {
            "value": ev.event_date,
            "low": ev.date_start or ev.event_date,
            "high": ev.date_end or ev.event_date,
        }

    values = _group(reports, key, show)
    if len(values) < 2:
        return None
    starts = [parse_day(v["low"]) for v in values]
    ends = [parse_day(v["high"]) for v in values]
    compatible = (
        all(s is not None for s in starts)
        and all(e is not None for e in ends)
        and (max(s for s in starts if s) <= min(e for e in ends if e))
    )
    return Conflict(field="event_date", compatible=bool(compatible), values=values)


def place_conflict(reports: list[Report]) -> Conflict | None:
    def key(r: Report) -> tuple[str, str | None, str | None] | None:
        ev = r.analysis.event
        return (ev.country, ev.admin1, ev.location) if ev.country else None

    def show(r: Report) -> dict[str, Any]:
        ev = r.analysis.event
        label = ", ".join(x for x in (ev.location, ev.admin1, ev.country) if x)
        return {
            "value": label,
            "low": None,
            "high": None,
            "country": ev.country,
            "admin1": ev.admin1,
            "location": ev.location,
        }

    values = _group(reports, key, show)
    if len(values) < 2:
        return None
    countries = {v["country"] for v in values}
    admin1s = {v["admin1"] for v in values if v["admin1"]}
    compatible = len(countries) == 1 and len(admin1s) <= 1
    return Conflict(field="location", compatible=compatible, values=values)


def type_conflict(reports: list[Report]) -> Conflict | None:
    def key(r: Report) -> tuple[str, str | None] | None:
        ev = r.analysis.event
        return (ev.event_type, ev.sub_event_type) if ev.event_type else None

    def show(r: Report) -> dict[str, Any]:
        ev = r.analysis.event
        return {
            "value": ev.event_type,
            "sub_event_type": ev.sub_event_type,
            "low": None,
            "high": None,
        }

    values = _group(reports, key, show)
    if len(values) < 2:
        return None
    return Conflict(
        field="event_type",
        compatible=len({v["value"] for v in values}) == 1,
        values=values,
    )


def find_conflicts(reports: list[Report]) -> list[Conflict]:
    found = [numeric_conflict(reports, f) for f in NUMERIC_FIELDS]
    found += [date_conflict(reports), place_conflict(reports), type_conflict(reports)]
    return [c for c in found if c is not None]
