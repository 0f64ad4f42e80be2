"""Event fields other than tolls, from all reports, by documented rules.

- Dates: the best day is the one most independent origins support, days put forward by the
  reports at the finest precision any report reaches (a day that only an arrest, a statement
  or a later condition gives counts as a week's; a roundup of several incidents only
  supports the days it names when another report dates the event), each report supporting
  the days its range contains but a day it tells only as a death's, a night's report the
  next day's small hours that another report's clock gives (or "the night of Nov. 4"), a
  death's report the shooting's day up to a week before (ties: a day no correction note
  retracts, the day more reports give as their own, then as their own day of violence,
  then of two neighbouring days the one a report writes as a date rather than a weekday,
  then a day the first week's reports give over one only later follow-ups give, the day
  more reports give as their own or set aside as another story's, the day told most, the
  earliest); the range is the span those reports' ranges
  cover together, grown from the best day by ranges that overlap or adjoin it (an event
  reported on its first day and again on its third has grown, not conflicted; a follow-up
  weeks later does not stretch it); time precision is the finest precision among the
  reports that give the best day.
- Place: only the reports that state a place, when any does (`stated_place`: a place by
  default, the outlet's city for a page with no words about it, gives way); then level by
  level by independent origins: the country, the province (a namesake in another province
  does not outvote the others), then the most precise level the reports reach. A site
  within a town counts as its town (and a known town the event was near, as that town);
  the site is kept only when every origin placing the event in that town names it (the
  reports support it). A report placing the event only in a county supports the towns of
  that county; a tie between towns goes to the town in a county more reports name, then to
  the town more reports name as the scene (not only in a dateline, nor as a home's, a
  hospital's or a jail's town), as a tie between provinces goes to the province of such a
  town; a report whose words never name its own town (only its dateline does) but name one
  other report's town as the scene counts for that town, and one whose town is only its
  dateline's gives no vote beside a report whose words name its town as the scene (a
  dateline is where the story was filed: `dateline_only`). Reports placing the event in
  different countries or provinces are a conflict. When no report states a place, a
  report's default gives way to its outlet's usual region, learned from the store
  (`outlet_regions`, `by_region`): a weak value, marked by a claim whose evidence is "the
  outlet's usual region". A report whose words name a town but not its state takes the
  namesake of that town in the state another report of the event writes, or else in its
  outlet's usual region (`by_namesake`).
- Type and actors: the value most independent origins give; ties go to the earliest report.

"Independent origins" are the groups of `dependence`: a copy and its original count once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from functools import lru_cache
from typing import Any

from newsfold.analyse.counts.roundup import is_roundup
from newsfold.analyse.sentence_start import sentence_end, sentence_start
from newsfold.analyse.where.datelines import _datelines
from newsfold.calendar_words import MONTH_STEM
from newsfold.reconcile.outlet_regions import EVIDENCE, MIN_EVENTS, Region
from newsfold.reconcile.readings import Report
from newsfold.records import ACTOR_FIELDS, Claim

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


def _precision(report: Report) -> int:
    """The report's time precision; a day only an arrest, a statement or a later condition
    gives (analysis's fallback when no words date the event: "investigators tracked down the
    suspect Wednesday") counts as a week's: it is the day of what followed, which a report
    dating the event itself outweighs, as it outweighs a report dated by its publication."""
    precision = report.analysis.event.time_precision or 1
    return 2 if precision == 1 and _aftermath_day(report) else precision


def _aftermath_day(report: Report) -> bool:
    """Whether the report's day is told only by analysis's fallback claims."""
    ev = report.analysis.event
    days = [
        c for c in ev.claims if c.field in ("event_date", "date_start") and c.value == ev.event_date
    ]
    return bool(days) and all(c.attrs.get("fallback") for c in days)


def _span(report: Report) -> tuple[str, str] | None:
    ev = report.analysis.event
    start = ev.date_start or ev.event_date
    end = ev.date_end or ev.event_date
    return (start, end) if start and end else None


FOLLOW_UP_DAYS = 7
"""A report published more than this many days after the event's first report is a follow-up
(an arrest, charges, a plea): in a tie, its day gives way to the first reports' day."""


def best_day(reports: list[Report]) -> str | None:
    """The day most independent origins support. Only the reports at the finest precision any
    report reaches put days forward (a day beats a report dated only to its week, such as one
    with no date of its own, dated by its publication); each report supports every day its
    range contains (a report of the first to the third supports the third that another gives).
    A day a report tells only as a death's is no support from its range (`_death_days`); a
    report of a night supports the next day's small hours when another report's clock puts
    the event there, and a report of a day's early hours the evening before when another
    report's clock puts the event late that evening (`_clock_support`); a report that tells
    only a death supports the day of violence another report gives up to a week before
    (`_death_support`).
    Ties, in order: a day fewer origins retract in a correction note (`_retracted_days`);
    the day more origins give as their own day (not only inside their range:
    a report of a shooting on Friday and a death on Saturday spans both, and its Friday is
    what it dates); the day more origins give as their own day of violence, not only of a
    death; of two neighbouring days, the one a report writes as a date ("on Jan.
    13") over one read from a weekday (`_calendar_days`); a day the first week's reports
    give over one only follow-ups give (published more than `FOLLOW_UP_DAYS` after the
    first report: a story about an arrest or a plea weeks later may date the event by the
    day the suspect was found, or misremember it); the day more origins give as their own
    or set aside as another story's (`_shared_days`: a page telling another shooting beside
    the event's tells the event's day too); the day the reports' date claims give most
    often; the earliest day.
    Two reports that each date one event differently most often differ by what follows the
    violence (a death "on Saturday" after a shooting "on Friday", an arrest, a hearing, a
    later update's weekday), which comes after it and is told less."""
    dated = [r for r in reports if r.analysis.event.event_date]
    if not dated:
        return None
    late = _told_after_first_report(reports)
    dated = [r for r in dated if r.id not in late] or dated
    finest = min(_precision(r) for r in dated)
    listeners = _roundup_listeners(dated, finest)
    finest = min(_precision(r) for r in dated if r.id not in listeners)
    support: dict[str, set[int]] = {}
    own: dict[str, set[int]] = {}  # the origins that give the day as their own event_date
    first_published: dict[str, int] = {}  # the earliest publication (ordinal) giving the day
    for r in dated:
        if _precision(r) == finest and r.id not in listeners:
            day = r.analysis.event.event_date
            assert day is not None
            support.setdefault(day, set()).add(r.origin)
            own.setdefault(day, set()).add(r.origin)
            if r.published is not None:
                ordinal = r.published.toordinal()
                first_published[day] = min(first_published.get(day, ordinal), ordinal)
    for r in dated:
        span = _span(r)
        if span is None or r.id in listeners:
            continue
        deaths = _death_days(r)
        for day, origins in support.items():
            if span[0] <= day <= span[1] and (
                day == r.analysis.event.event_date or day not in deaths
            ):
                origins.add(r.origin)
    for r in dated:
        if r.id in listeners:
            for day in _named_days(r) & support.keys():
                support[day].add(r.origin)
    for day, origins in _clock_support(dated, support).items():
        support[day] |= origins
    # the origins that give the day as their own and tell it as more than a day of death
    harmed = {
        d: {
            r.origin
            for r in dated
            if _precision(r) == finest
            and r.id not in listeners
            and r.analysis.event.event_date == d
            and d not in _death_days(r)
        }
        for d in support
    }
    for day, origins in _death_support(dated, harmed, finest).items():
        support[day] |= origins
    # ties: the day the reports' words give most often (a report that says "Friday night"
    # three times and "pronounced dead Saturday" once), then the earliest day. Reports of one
    # origin count as one: the most times any of them tells the day, not their sum (a
    # station's rewrite of a newspaper's story, crediting it, says "Saturday" twice where the
    # paper told "Friday night" twice and the death on Saturday once: two tellings of a
    # source are not more evidence than the source's own)
    told_by: dict[tuple[int, str], int] = {}
    for r in dated:
        mine = Counter(
            str(c.value)
            for c in r.analysis.event.claims
            if c.field in ("event_date", "date_start") and c.value and _tells_the_day(c)
        )
        for day, n in mine.items():
            key = (r.origin, day)
            told_by[key] = max(told_by.get(key, 0), n)
    told: Counter[str] = Counter()
    for (_, day), n in told_by.items():
        told[day] += n
    calendar = _calendar_days(dated, support)
    retracted = {d: {r.origin for r in reports if d in _retracted_days(r)} for d in support}
    # a day only follow-ups give: those published more than a week after the first report
    first = min(first_published.values(), default=0)
    follow_up = {d: first_published.get(d, first) > first + FOLLOW_UP_DAYS for d in support}
    shared = _shared_days(dated, own, support)
    return max(
        support,
        key=lambda d: (
            len(support[d]),
            -len(retracted[d]),
            len(own[d]),
            len(harmed[d]),
            calendar[d],
            not follow_up[d],
            len(shared[d]),
            told[d],
            -_day(d).toordinal(),
        ),
    )


def _shared_days(
    reports: list[Report], own: Mapping[str, set[int]], support: Mapping[str, set[int]]
) -> dict[str, set[int]]:
    """For each day put forward, the origins that give it as their own day (`own`) or set it
    aside as another period's (analysis's "other_period", `_named_days`). Of two days as
    well supported, the one both reports tell is the story they share: a story of another
    shooting grouped with the event's report ("a father was arraigned Thursday after his son
    shot himself Wednesday night", which also recalls "On Monday, a boy was wounded...")
    tells the event's day beside its own, and its own day is its other story's. Only days
    set aside as other stories count, not a later day a report tells as the event's (a
    charge's "on Thursday" after the shooting's "on Wednesday" is what followed)."""
    shared = {d: set(own.get(d, ())) for d in support}
    for r in reports:
        for day in _days_set_aside(r, _OTHER_PERIOD) & support.keys():
            shared[day].add(r.origin)
    return shared


PUBLICATION_SLACK_DAYS = 1
"""How far a report's day may lie after the first report's publication day and still be the
event's: a day, for a publication day taken in another time zone than the event's."""

AFTERMATH_WITHIN_DAYS = 31
"""How far after the first report's publication a report's day is taken for what followed
(`_told_after_first_report`): within a month. A day months after it is rather a page's
publication stamp gone wrong (an old page's date) or another incident's; the other rules
weigh it."""


def _told_after_first_report(reports: list[Report]) -> set[str]:
    """The ids of the reports whose own day lies more than `PUBLICATION_SLACK_DAYS` after the
    day the event's first report was published: what an event's report tells can only have
    happened by then, so such a day is what followed (a suspect found, a victim sent home, a
    fundraiser started: "Detectives caught up with the man Friday" beside a brief published
    on Monday with no day). Such reports put no day forward, unless more origins give such
    late days than give any other (then the early report is rather another incident's,
    grouped with this one). Only days within `AFTERMATH_WITHIN_DAYS` of the publication."""
    stamps = [r.published for r in reports if r.published is not None]
    if not stamps:
        return set()
    first = min(stamps)
    limit = first + dt.timedelta(days=PUBLICATION_SLACK_DAYS)
    within = first + dt.timedelta(days=AFTERMATH_WITHIN_DAYS)
    late = {
        r.id
        for r in reports
        if (day := r.analysis.event.event_date) is not None and limit < _day(day) <= within
    }
    late_origins = {r.origin for r in reports if r.id in late}
    other_origins = {r.origin for r in reports if r.id not in late}
    if len(late_origins) > len(other_origins):
        return set()
    return late


def _roundup_listeners(reports: list[Report], finest: int) -> set[str]:
    """The ids of the roundups among the dated reports (`is_roundup`: a headline or lead that
    announces several incidents, "Four shot in weekend violence across Dallas") when a report
    that is not a roundup dates the event at the finest precision. A roundup's own day is its
    first incident's, which is often another night's than this event's: it puts no day
    forward then, and supports instead every day put forward that it names (`_named_days`).
    It listens too beside reports only dated to their week when it names their day
    (`_brief_day_named`); alone, or naming no such day, it dates the event as before."""
    roundups = {r.id for r in reports if is_roundup(r.article)}
    if any(_precision(r) == finest for r in reports if r.id not in roundups):
        return roundups
    if roundups and _brief_day_named(reports, roundups):
        return roundups
    return set()


def _brief_day_named(reports: list[Report], roundups: set[str]) -> bool:
    """Whether every roundup names, among its nights, the day of a report that is no roundup
    (when none of those tells a day: a breaking brief with no day, dated by its publication,
    "Police are at the scene of a shooting in Austin"). A brief is put out as the event
    unfolds; the roundup's own day is its first incident's, most often another night's, so
    it listens to the brief's day when it names it ("A man was shot Friday night in
    Englewood. On Saturday evening, a man was shot in Austin" beside a brief of Saturday
    evening)."""
    briefs = {
        day
        for r in reports
        if r.id not in roundups and (day := r.analysis.event.event_date) is not None
    }
    return all(_named_days(r) & briefs for r in reports if r.id in roundups)


_OTHER_PERIOD = "other_period"
"""The role under which analysis keeps a roundup's days of its other incidents."""


def _named_days(report: Report) -> set[str]:
    """The days a report's words name: its date claims, and the days analysis set aside as
    other periods (a roundup's other incidents, "a man was wounded Saturday night on
    Ledbetter Drive" after its lead's "Friday night")."""
    told = {
        str(c.value)[:10]
        for c in report.analysis.event.claims
        if c.field in _DAY_FIELDS and c.value
    }
    return told | _days_set_aside(report, _OTHER_PERIOD)


_DAY_FIELDS = ("event_date", "date_start", "date_end")


def _days_set_aside(report: Report, role: str) -> set[str]:
    """The days of the date claims analysis set aside from a report under `role` (another
    period's, a correction's)."""
    return {
        str(c.value)[:10]
        for c in report.analysis.discarded
        if c.field in _DAY_FIELDS and c.value and c.attrs.get("role") == role
    }


_CORRECTION = "correction"
"""The role under which analysis keeps a day a correction note says was wrong."""


def _retracted_days(report: Report) -> set[str]:
    """The days a report's correction note says were wrong ("An earlier version of this story
    incorrectly said the shooting happened Friday"; "Saturday night, not Friday"), which
    analysis set aside (`when._retracted`). Of days as well supported, one a report retracts
    gives way: another outlet's "Friday" is most often the mistake the first corrected."""
    return _days_set_aside(report, _CORRECTION)


def _death_claim(claim: Claim) -> bool:
    """Whether a date claim tells the day someone died ("A man who was shot Friday night died
    Saturday"): analysis found a verb of dying right before it (`attrs["death"]`,
    `day_clock.mark_words_before`)."""
    return bool(claim.attrs.get("death"))


def _tells_the_day(claim: Claim) -> bool:
    """Whether a date claim tells the event's own day, for the count of tellings that breaks
    ties: not a death's day (`_death_claim`) and not analysis's fallback, the day of what
    followed when no words date the event ("a man was charged Tuesday in the shooting",
    `attrs["fallback"]`). An undated brief dated by its publication and a later story dated
    only by its arrest or its charge are alike a week's precision (`_precision`); the
    arrest's "Tuesday" is no telling of the shooting, which came before it."""
    return not _death_claim(claim) and not claim.attrs.get("fallback")


def _death_days(report: Report) -> set[str]:
    """The days a report tells only as days of death. A report of a shooting on Friday and a
    death on Saturday spans both, but its Saturday is no support for another report's
    Saturday when that too is only a death ("A man died Saturday after a shooting"): the
    shooting of both can be Friday's."""
    told: dict[str, bool] = {}
    for c in report.analysis.event.claims:
        if c.field in ("event_date", "date_start", "date_end") and c.value:
            day = str(c.value)[:10]
            told[day] = told.get(day, True) and _death_claim(c)
    return {day for day, dying in told.items() if dying}


def _death_support(
    reports: list[Report], harmed: Mapping[str, set[int]], finest: int
) -> dict[str, set[int]]:
    """For each day put forward that a report gives as its own day of violence (`harmed`: not
    only a death's), the origins at the finest precision whose own day is only a death's,
    on a later day within `FOLLOW_UP_DAYS` ("A man died Thursday after a shooting on Park
    Street" beside "shot Tuesday"): a death after a shooting allows the shooting's earlier
    day, which the report does not tell."""
    harm_days = [d for d, origins in harmed.items() if origins]
    extra: dict[str, set[int]] = {}
    for r in reports:
        own = r.analysis.event.event_date
        if own is None or _precision(r) != finest or own not in _death_days(r):
            continue
        for day in harm_days:
            if 0 < (_day(own) - _day(day)).days <= FOLLOW_UP_DAYS:
                extra.setdefault(day, set()).add(r.origin)
    return extra


_NIGHT = re.compile(r"\b(?:night|late|overnight|tonight)\b", re.I)
"""A day told as a night: "late Friday", "Friday night", "last night", "overnight"."""

_EARLY = re.compile(r"\b(?:early|morning)\b", re.I)
"""A day told as its early hours or its morning: "early Sunday", "early this morning",
"Sunday morning". A morning told without a clock gives way to a clock told with the day
before ("Saturday at 11:40 p.m."): a clock beside its day is the police's log, a part of
a day is a desk's rounding of a story told after midnight (`_clock_support`)."""


def _clock_beside(claim: Claim, kind: str) -> bool:
    """Whether analysis found a clock of `kind` (a name of `day_clock.CLOCKS`: "small_hours",
    "late_evening", "any") told beside a date claim ("at about 12:30 a.m. Saturday", "Sunday
    at 12:05 a.m.", or later in its sentence with no other day between; not a death's or an
    arrest's clock): `attrs["clocks"]`, which `day_clock.mark_clocks` puts there."""
    return kind in claim.attrs.get("clocks", ())


def _own_day_claims(report: Report) -> list[Claim]:
    ev = report.analysis.event
    return [
        c for c in ev.claims if c.field in ("event_date", "date_start") and c.value == ev.event_date
    ]


def _clocked_day(report: Report, clock: str) -> str | None:
    """The report's own day when one of its claims is told with a clock of `clock` beside
    it (`clock`: a name of `day_clock.CLOCKS`), not analysis's fallback (an arrest's, a
    statement's) nor a death's."""
    for c in _own_day_claims(report):
        if c.attrs.get("fallback") or _death_claim(c):
            continue
        if _clock_beside(c, clock):
            return report.analysis.event.event_date
    return None


def _told_only_as(report: Report, words: re.Pattern[str]) -> str | None:
    """The report's own day when every claim of it tells it in `words` ("late Friday",
    "Friday night", "last night", "the night of Nov. 4": `_night_of`; "early Sunday") and
    none with a clock."""
    days = _own_day_claims(report)
    if not days or not all(
        words.search(c.text or "") or (words is _NIGHT and _night_of(c)) for c in days
    ):
        return None
    if any(_clock_beside(c, "any") for c in days):
        return None
    return report.analysis.event.event_date


def _night_of(claim: Claim) -> bool:
    """Whether a date claim is told as the night of its day ("a shooting on the night of Nov.
    4"): the night runs into the next day's small hours, as "Saturday night" does. Analysis
    read the words before it (`attrs["night_of"]`, `day_clock.mark_words_before`)."""
    return bool(claim.attrs.get("night_of"))


def _clock_support(reports: list[Report], support: Mapping[str, set[int]]) -> dict[str, set[int]]:
    """Days across midnight that a clock settles. For each day put forward that a report
    tells with a small-hours clock ("at about 12:30 a.m. Saturday"), the origins that tell
    the day before it only as a night ("late Friday", "Friday night", "last night"): the
    night of Friday runs into the small hours of Saturday, as a report of the night from
    the 10th into the 11th supports the 11th, and the police log the clock's calendar day.
    Likewise, for each day a report tells with a late-evening clock ("at 11:50 p.m.
    Saturday"), the origins that tell the next day only as its early hours or its morning
    ("early Sunday", "Sunday morning"): a story told after midnight rounds the evening
    before into the next day."""
    small = {d for r in reports if (d := _clocked_day(r, "small_hours")) and d in support}
    late = {d for r in reports if (d := _clocked_day(r, "late_evening")) and d in support}
    extra: dict[str, set[int]] = {}
    for r in reports:
        night = _told_only_as(r, _NIGHT)
        if night is not None:
            after = (_day(night) + dt.timedelta(days=1)).isoformat()
            if after in small:
                extra.setdefault(after, set()).add(r.origin)
        early = _told_only_as(r, _EARLY)
        if early is not None:
            before = (_day(early) - dt.timedelta(days=1)).isoformat()
            if before in late:
                extra.setdefault(before, set()).add(r.origin)
    return extra


_CALENDAR = re.compile(rf"\b{MONTH_STEM}[a-z]*\.?\s+\d{{1,2}}(?!\d)", re.I)
"""A month and a day number ("Jan. 13", "Saturday July 4, 2015", "on Oct. 10")."""


def _calendar_day(report: Report) -> str | None:
    """The report's own day when a date claim names it by month and day number (not by a
    weekday, "last night" or "early Sunday", which the report's publication day resolves),
    and not by analysis's fallback (an arrest's or a statement's day)."""
    ev = report.analysis.event
    for c in ev.claims:
        if (
            c.field in ("event_date", "date_start")
            and c.value == ev.event_date
            and not c.attrs.get("fallback")
            and _CALENDAR.search(c.text or "")
        ):
            return ev.event_date
    return None


def _calendar_days(reports: list[Report], support: Mapping[str, set[int]]) -> Counter[str]:
    """For each day put forward, the origins that name it by its date ("on Jan. 13") when
    another day put forward is the day before or after it and no report names that one so.
    Of two neighbouring days, one read from a weekday or "early Sunday" against a page's
    publication day and the other written as a date, the date settles it: a weekday is
    off by one when a story of the small hours or of the evening before is published, or
    updated, on the next day ("early Sunday" for what the police log as Saturday night), a
    date is read from the police's or the court's record. Days a week or more apart are left to the
    other rules (a follow-up's date may be the day a suspect was found)."""
    named = {r.origin: d for r in reports if (d := _calendar_day(r))}
    named_days = set(named.values())
    calendar: Counter[str] = Counter()
    for day in named.values():
        if any(
            abs((_day(day) - _day(other)).days) == 1 and other not in named_days
            for other in support
        ):
            calendar[day] += 1
    return calendar


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def date_range(reports: list[Report], best: str) -> tuple[str, str]:
    """The span the reports' ranges cover together, grown from the best day: a range joins
    when it overlaps the span or adjoins it (the next night), so an event reported on its
    first day and again over its first three has grown; a range apart from it (a follow-up
    dated by its own publication weeks later, another incident's date) is a conflict, not
    part of the event. Only the reports at the finest precision any report reaches count: a
    report dated only to the week before its publication confirms the day, it does not
    stretch the span."""
    dated = [r for r in reports if r.analysis.event.event_date]
    finest = min((_precision(r) for r in dated), default=1)
    spans = sorted(
        (_day(s[0]), _day(s[1])) for r in dated if _precision(r) == finest and (s := _span(r))
    )
    start = end = _day(best)
    grown = True
    while grown:
        grown = False
        for lo, hi in spans:
            meets = lo <= end + dt.timedelta(days=1) and hi >= start - dt.timedelta(days=1)
            if meets and (lo < start or hi > end):
                start, end = min(start, lo), max(end, hi)
                grown = True
    return start.isoformat(), end.isoformat()


def _finer_day(rewrite: Report, originals: list[Report]) -> bool:
    """Whether a rewrite tells its day more precisely than every original report of its
    origin: at a finer time precision (a day where they give a week), or at the same one
    with a clock beside its own day ("about 12:30 a.m. Saturday") where none of theirs has
    one ("late Friday"). Such a rewrite carries what its original lacks (the police's later
    statement, the hour that settles a night's day); one that only repeats does not."""
    if not originals or not rewrite.analysis.event.event_date:
        return False
    mine = _precision(rewrite)
    if any(not r.analysis.event.event_date for r in originals):
        return False
    theirs = min(_precision(r) for r in originals)
    if mine != theirs:
        return mine < theirs
    if _clocked_day(rewrite, "any") is None:
        return False
    return all(_clocked_day(r, "any") is None for r in originals)


def date_readers(primary: list[Report], reports: list[Report]) -> list[Report]:
    """The reports whose days the event's date is chosen from: the primary reports (copies
    and rewrites left out, one reading per original text), except that a rewrite telling the
    day more precisely than its origin's primary reports (`_finer_day`) stands in for them.
    The rewrite replaces its original rather than joining it, so an origin still counts once
    and the number of independent sources does not change."""
    ids = {r.id for r in primary}
    finer: dict[int, Report] = {}
    for r in reports:
        if r.id in ids or r.origin in finer:
            continue
        originals = [p for p in primary if p.origin == r.origin]
        if _finer_day(r, originals):
            finer[r.origin] = r
    if not finer:
        return primary
    return earliest_first([r for r in primary if r.origin not in finer] + list(finer.values()))


def dates(reports: list[Report]) -> dict[str, Any]:
    best = best_day(reports)
    if best is None:
        return dict.fromkeys(("event_date", "date_start", "date_end", "time_precision"))
    precisions = [
        r.analysis.event.time_precision
        for r in reports
        if r.analysis.event.event_date == best and r.analysis.event.time_precision
    ]
    start, end = date_range(reports, best)
    return {
        "event_date": best,
        "date_start": start,
        "date_end": end,
        "time_precision": min(precisions) if precisions else None,
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


def _town(report: Report, towns: list[Report]) -> str | None:
    """The town a report places the event in: its location when that is a town (also one
    the event was near: a resolved town at precision 2); for a named site, the town it lies
    within when the report says so (a location claim's `within`) or,
    failing that, the town of another report whose coordinates it shares (a site takes its
    town's coordinates); else None (a neighbourhood whose town no report gives)."""
    ev = report.analysis.event
    level = specificity(ev)
    if level == 3:
        return ev.location
    if level != 4:
        return None
    near_town = False
    for claim in ev.claims:
        if claim.field == "location" and claim.value == ev.location:
            within = claim.attrs.get("within")
            if isinstance(within, str) and within:
                return within
            # "near Fort Walton Beach": a town the gazetteer knows, at precision 2 because the
            # event was near it, not a site within some other town
            near_town = near_town or (
                claim.attrs.get("feature") == "city" and not claim.attrs.get("unresolved")
            )
    if near_town:
        return ev.location
    if ev.latitude is None or ev.longitude is None:
        return None
    for other in towns:
        o = other.analysis.event
        if (
            specificity(o) == 3
            and o.admin1 == ev.admin1
            and o.latitude is not None
            and o.longitude is not None
            and abs(o.latitude - ev.latitude) < _SAME_POINT
            and abs(o.longitude - ev.longitude) < _SAME_POINT
        ):
            return o.location
    return None


_SAME_POINT = 0.005  # degrees: about 500 m, closer than two towns' centres


def parts_within(reports: list[Report]) -> dict[tuple[Any, str], str]:
    """The parts of towns the reports name, by (province, the part's name as `_name_key`
    gives it), with the town each lies within: analysis writes "the city's Germantown
    section" as Philadelphia with a location claim "Germantown" `within` it."""
    out: dict[tuple[Any, str], str] = {}
    for r in reports:
        for claim in r.analysis.event.claims:
            within = claim.attrs.get("within") if claim.field == "location" else None
            if isinstance(within, str) and within and isinstance(claim.value, str):
                out.setdefault((claim.attrs.get("admin1"), _name_key(claim.value)), within)
    # a place with police of its own is a town, whatever one report made of it: "East Point
    # police said" beside an Atlanta station's "shot in East Point"
    return {k: v for k, v in out.items() if not any(own_police(r, k[1]) for r in reports)}


_POLICE_AFTER = re.compile(r"^(?:police|officers|officer)\b")


def own_police(report: Report, key: str) -> bool:
    """Whether the report's words (`_undated_words`) name police of the place whose
    `_name_key` is `key`: "East Point police", "police in East Point"."""
    for words in _undated_words(report.article.title or "", report.article.text or ""):
        for m in re.finditer(re.escape(key), words):
            if _POLICE_AFTER.match(words[m.end() :]) or words[: m.start()].endswith(" police in"):
                return True
    return False


def town_of_part(
    report: Report, town: str | None, parts: Mapping[tuple[Any, str], str]
) -> str | None:
    """The town a report's town lies within when another report names a part of a town by
    that name in the same province (`parts_within`): a report that wrote "Germantown" as the
    borough of that name, beside a Philadelphia station's "in Germantown", tells of
    Philadelphia; else `town` itself."""
    if not town:
        return town
    within = parts.get((report.analysis.event.admin1, _name_key(town)))
    if within and _name_key(within) != _name_key(town):
        return within
    return town


def _vote_by(
    reports: list[Report],
    key: Callable[[Report], Any],
    rank: Callable[[Report], int],
    support: Mapping[Any, set[int]] | None = None,
    named: Mapping[Any, set[int]] | None = None,
    county_named: Mapping[Any, set[int]] | None = None,
    homes: Mapping[Any, set[int]] | None = None,
    police: Mapping[Any, set[int]] | None = None,
    size: Callable[[Any], int] | None = None,
) -> Any:
    """The key most independent origins give; ties go to the key of the most precise report
    (`rank`), then to the bigger place (`size`, asked only of keys still tied), then to the
    earliest report. `support`: more origins for a key from reports
    at a coarser level that contain it (`county_support`); `county_named`, then `named`: the
    origins whose words name a key's county (`county_named`), then its place
    (`named_support`), which break a tie in that order before `rank`; then `homes`: fewer
    origins naming a key's town only as someone's home (`home_named`) win; then `police`: more
    origins naming the police of a key's town (`police_named`)."""
    origins: dict[Any, set[int]] = {}
    best_rank: dict[Any, int] = {}
    first_seen: dict[Any, int] = {}
    for i, report in enumerate(reports):
        k = key(report)
        if k is None:
            continue
        origins.setdefault(k, set()).add(report.origin)
        best_rank[k] = max(best_rank.get(k, -1), rank(report))
        first_seen.setdefault(k, i)
    if not origins:
        return None
    more = support or {}
    told = named or {}
    counties = county_named or {}
    home = homes or {}
    policed = police or {}

    def standing(k: Any) -> tuple[int, ...]:
        return (
            len(origins[k] | more.get(k, set())),
            len(counties.get(k, set())),
            len(told.get(k, set())),
            -len(home.get(k, set())),
            len(policed.get(k, set())),
            best_rank[k],
        )

    best = max(standing(k) for k in origins)
    tied = [k for k in origins if standing(k) == best]
    if size is None or len(tied) == 1:
        return min(tied, key=lambda k: first_seen[k])
    return max(tied, key=lambda k: (size(k), -first_seen[k]))


def words_name(report: Report, name: str, others: Collection[str] = ()) -> bool:
    """Whether the report's headline or text names the place `name` as the scene may be named:
    not in its dateline ("NEW ORLEANS -" is where a station filed the story, "Thibodaux police
    said" the report's word for the scene), nor only as someone's home or a hospital's or a
    jail's town ("a Darlington man", "a 27-year-old from Darlington", "a Montgomery hospital",
    "a medical center in Greenville": `_HOME_AFTER`, `_CARE_BEFORE`), nor a vigil's or a
    court's ("a vigil in Rock Hill", "Warner Robins vigil": `_AWAY_BEFORE`), nor a county's
    or a street's ("Caddo Parish", "Frankford Avenue": `county_word`, `street_word`), nor as
    the town the scene lies near ("near Lubbock", "south of Lubbock"). `others`: the other places in
    question, whose longer names hold this one ("West Memphis" holds "Memphis") and are no
    word for it."""
    for words, m in _name_matches(report, name, others):
        after = words[m.end() :].split(" ", 1)[0]
        before = words[: m.start()].split()[-5:]
        if _named_away(after, before) or before[-1:] in (["of"], ["near"], ["outside"]):
            continue
        if county_word(after) or street_word(after):
            continue
        return True
    return False


def _named_away(after: str, before: list[str]) -> bool:
    """Whether a town's name, between the five words `before` it and the word `after` it, is
    someone's home or a hospital's, a jail's, a vigil's or a court's town: "a Darlington man",
    "a 27-year-old from Darlington", "a Warner Robins vigil", "the Hackensack courthouse", "a
    medical center in Greenville" (`_in_a_place_away`)."""
    return (
        after in _HOME_AFTER
        or after in _AWAY_BEFORE
        or before[-1:] == ["from"]
        or _in_a_place_away(before)
    )


def _in_a_place_away(before: list[str]) -> bool:
    """Whether the five words before a town's name end "in" or "at" after a hospital's, a
    jail's, a vigil's or a court's word ("a medical center in Greenville", "a vigil at")."""
    return before[-1:] in (["in"], ["at"]) and bool(set(before) & (_CARE_BEFORE | _AWAY_BEFORE))


def county_word(after: str) -> bool:
    """Whether the word after a town's name makes the name its county's ("Sacramento County
    sheriff's deputies", "Caddo Parish"): such words name the county, which holds many towns,
    not the town of that name (a sheriff's story datelined from the county seat about a
    shooting in an unincorporated community)."""
    return after in ("county", "parish")


_STREET_AFTER = frozenset(
    {"street", "avenue", "road", "boulevard", "drive", "lane", "pike", "highway", "parkway"}
    | {"turnpike", "expressway", "freeway"}
)


def street_word(after: str) -> bool:
    """Whether the word after a town's name makes the name a street's ("Frankford Avenue",
    "Conroe Highway"): a road named for the town it leads to runs through other towns (and
    the city's neighbourhood of that name), so it is no word for the town as the scene (h-city45:
    "shot on Frankford Avenue, Philadelphia police said" beside a report that read "in
    Frankford" as the borough of that name)."""
    return after in _STREET_AFTER


def _mentions(report: Report, name: str, others: Collection[str] = ()) -> bool:
    """Whether the report's headline or text names the place `name` anywhere but in its
    dateline (in any words: "outside of Tahoka" too); `others` as in `words_name`."""
    return any(_name_matches(report, name, others))


def _name_matches(
    report: Report, name: str, others: Collection[str] = ()
) -> Iterator[tuple[str, re.Match[str]]]:
    """Each place the report's headline or text, its dateline left out (`_undated_words`),
    names the place `name`: the words (`_name_key`) and the match in them, which
    `words_name`, `_mentions` and `names_as_home` read. The names among `others` that hold
    this one ("West Memphis" holds "Memphis") are blanked out first: they are no word for it.
    Nothing for a name without words."""
    key = _name_key(name)
    if not key.strip():
        return
    longer = [k for k in map(_name_key, others) if key in k and k != key]
    for words in _undated_words(report.article.title or "", report.article.text or ""):
        for k in longer:
            words = words.replace(k, " ")
        for m in re.finditer(re.escape(key), words):
            yield words, m


@lru_cache(maxsize=256)
def _undated_words(title: str, text: str) -> tuple[str, str]:
    """The headline's and the text's words (`_name_key`), the text without its dateline
    (`_undated_text`)."""
    return _name_key(title), _name_key(_undated_text(text))


_HOME_AFTER = frozenset(
    {"man", "woman", "men", "women", "teen", "teenager", "boy", "girl", "resident"}
    | {"residents", "native", "couple", "family", "hospital", "jail"}
)
"""Words after a town's name that make it someone's home or a hospital's or a jail's town ("a
Tarboro man", "a Montgomery hospital")."""

_CARE_BEFORE = frozenset({"hospital", "center", "centre", "clinic", "jail", "detention"})
"""Care or custody words a few words before "in" or "at" and a town's name: the hospital's or
the jail's town ("a hospital in Houma", "the Lee County Jail in Opelika")."""

_AWAY_BEFORE = frozenset({"vigil", "vigils", "funeral", "visitation"}) | frozenset(
    {"court", "courthouse", "courtroom"}
)
"""Mourning and court words a few words before "in" or "at" and a town's name: the town where
the victim is mourned, most often the victim's home ("a vigil in Rock Hill", "friends held a
vigil at a park in Hammond"), or the court's, the county seat ("pleaded guilty in Superior
Court in Hackensack"), not the scene."""


_PEOPLE_AFTER = _HOME_AFTER - {"hospital", "jail"}


def names_as_home(report: Report, name: str, others: Collection[str] = ()) -> bool:
    """Whether the report's headline or text names the place `name` as someone's home ("a
    Lowell man", "a 19-year-old from Lowell") and nowhere as the scene (`words_name`); `others`
    as in `words_name`."""
    if words_name(report, name, others):
        return False
    for words, m in _name_matches(report, name, others):
        after = words[m.end() :].split(" ", 1)[0]
        before = words[: m.start()].split()[-1:]
        if after in _PEOPLE_AFTER or before == ["from"]:
            return True
    return False


def named_only_away(report: Report, name: str, others: Collection[str] = ()) -> bool:
    """Whether every place the report's words (`_name_matches`) name the place `name`
    makes it someone's home, a hospital's or a jail's, a vigil's or a court's town ("a
    Warner Robins man", "Warner Robins vigil", "a vigil in Warner Robins", "a 20-year-old
    from Sumter"): never the scene, nor the town the scene lies near ("outside of Tahoka"),
    nor a county or a street of that name. False when the words never name it."""
    found = False
    for words, m in _name_matches(report, name, others):
        after = words[m.end() :].split(" ", 1)[0]
        before = words[: m.start()].split()[-5:]
        if not _named_away(after, before):
            return False
        found = True
    return found


def home_named(
    reports: list[Report], keys: Mapping[Any, str], own: Mapping[str, Any]
) -> dict[Any, set[int]]:
    """For each town key (its town's name in `keys`), the origins of reports that place the
    event elsewhere (`own`: each report's town key, by id) and whose words name that town only
    as someone's home (`names_as_home`): of two towns as many origins give and name, the one
    a report tells as the victim's home ("a 19-year-old man from Lowell was shot in
    Lawrence") loses to the other, though the home town's paper, telling of the vigil, placed
    the event there. A report of "the Queens dad" that places the event in Queens tells no
    home elsewhere."""
    names = sorted(set(keys.values()))
    return {
        k: {r.origin for r in reports if own.get(r.id) != k and names_as_home(r, name, names)}
        for k, name in keys.items()
    }


def named_support(reports: list[Report], keys: Mapping[Any, str]) -> dict[Any, set[int]]:
    """For each town key (its town's name in `keys`), the origins of the event's reports whose
    words name that town (`words_name`), whichever place each report chose: of two towns
    that as many origins give, the one more reports name (the scene named beside a
    hospital's or a suspect's town, which another report names alone) over one that a single
    report names or only a station's dateline gives."""
    names = sorted(set(keys.values()))
    return {
        k: {r.origin for r in reports if words_name(r, name, names)} for k, name in keys.items()
    }


def police_named(reports: list[Report], keys: Mapping[Any, str]) -> dict[Any, set[int]]:
    """For each town key (its town's name in `keys`), the origins of the event's reports whose
    words name that town's police (`own_police`: "Philadelphia police said"): police work
    their own town, so of two towns as many origins give and name, the one whose police a
    report names is the scene, not a namesake or a neighbourhood read as a town elsewhere
    ("in Frankford" read as a borough beside "Philadelphia police said")."""
    return {
        k: {r.origin for r in reports if own_police(r, _name_key(name))} for k, name in keys.items()
    }


def _province_towns(reports: list[Report]) -> dict[Any, set[str]]:
    """The towns the reports place the event at, by province."""
    towns: dict[Any, set[str]] = {}
    for r in reports:
        ev = r.analysis.event
        if ev.admin1 and ev.location and specificity(ev) == 3:
            towns.setdefault(ev.admin1, set()).add(str(ev.location))
    return towns


def province_homes(reports: list[Report]) -> dict[Any, set[int]]:
    """For each province the reports place the event in, the origins of reports placing it in
    another province whose words name one of its towns some report places the event at only
    as someone's home (`names_as_home`): "a Selma man was shot in Montgomery" beside a report
    of his vigil that analysis placed in the Selma of California."""
    towns = _province_towns(reports)
    every = sorted(set().union(*towns.values())) if towns else []
    return {
        admin1: {
            r.origin
            for r in reports
            if r.analysis.event.admin1 != admin1
            and any(names_as_home(r, n, every) for n in sorted(names))
        }
        for admin1, names in towns.items()
    }


def state_written(reports: list[Report]) -> dict[Any, set[int]]:
    """For each province the reports place the event in, the origins whose text (not its
    dateline) writes one of its towns some report places the event at with that state after
    it ("Bristol, Tennessee, police", "Texarkana, Ark."), but not as a hospital's, a jail's,
    a court's or a vigil's town: of twin towns across a state line, the one the words say."""
    towns = _province_towns(reports)
    out: dict[Any, set[int]] = {}
    for admin1, names in towns.items():
        out[admin1] = set()
        for r in reports:
            text = _undated_text(r.article.text or "")
            for name in sorted(names):
                for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                    before = _name_key(text[max(0, m.start() - 60) : m.start()]).split()[-5:]
                    if _in_a_place_away(before):
                        continue
                    rest = text[m.end() : m.end() + 40]
                    if re.match(rf",\s*{re.escape(admin1)}\b", rest) or _abbreviations(
                        admin1
                    ).match(rest):
                        out[admin1].add(r.origin)
    return out


@lru_cache(maxsize=256)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each of the text's datelines ("BRISTOL, Va. -"), found once per text
    for `_undated_text`, `_in_dateline` and `dateline_only`."""
    return tuple(_datelines(text))


@lru_cache(maxsize=256)
def _undated_text(text: str) -> str:
    """The text without its datelines ("BRISTOL, Va. -")."""
    for start, end in _dateline_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def province_named(reports: list[Report]) -> dict[Any, set[int]]:
    """For each province the reports place the event in, the origins whose words name a town
    some report places the event at in that province (`words_name`): "police in Clarksdale,
    where the shooting happened" in a Memphis station's report that the hospital's city
    placed in Tennessee supports the other report's Mississippi."""
    towns = _province_towns(reports)
    every = sorted(set().union(*towns.values())) if towns else []
    return {
        admin1: {r.origin for r in reports if any(words_name(r, n, every) for n in sorted(names))}
        for admin1, names in towns.items()
    }


def told_elsewhere(
    towns: list[Report], key: Callable[[Report], Any], candidates: Mapping[Any, str]
) -> dict[str, Any]:
    """The reports whose words never name their own town (`_mentions`: its town is only its
    dateline's) or name it only as a home's, a hospital's, a vigil's or a court's town
    (`named_only_away`), but name exactly one other report's town as the scene
    (`words_name`), by id, with that town's key: "GREENVILLE, N.C. (WITN) - ... at ECU Health
    Medical Center ... Kinston police said he was found on Queen Street" is a report of
    Kinston, where its words put the police and the victim; so is (h-city45) a home-town
    paper's "a vigil in Warner Robins for a father killed in Macon", which analysis placed at
    the vigil. A town named as the one the scene lies near ("outside of Tahoka") is no such
    word: the report stays."""
    names = sorted(set(candidates.values()))
    out: dict[str, Any] = {}
    for r in towns:
        own = key(r)
        if _mentions(r, candidates[own], names) and not named_only_away(r, candidates[own], names):
            continue
        others = [k for k, n in candidates.items() if k != own and words_name(r, n, names)]
        if len(others) == 1:
            out[r.id] = others[0]
    return out


def told_away(
    towns: list[Report],
    key: Callable[[Report], Any],
    candidates: Mapping[Any, str],
    told: Mapping[str, Any],
) -> set[str]:
    """The ids of reports (not moved by `told_elsewhere`) whose words name their own town only
    as a hospital's, a home's, a vigil's or a court's (`named_only_away`), or not at all (its
    dateline alone names it: `dateline_only`), when another report's words name its own town
    as the scene (`words_name`): such a report tells where the victim was treated or mourned,
    or where the story was filed, not where he was shot, and gives no vote (h-city45: two
    Charlotte stations' "flown to a Charlotte hospital" beside "Gastonia police said a man
    was shot on Franklin Boulevard")."""
    names = sorted(set(candidates.values()))
    away = {
        r.id
        for r in towns
        if r.id not in told
        and (
            named_only_away(r, candidates[key(r)], names)
            or dateline_only(r, candidates[key(r)], names)
        )
    }
    scene = any(r.id not in away and words_name(r, candidates[key(r)], names) for r in towns)
    return away if scene else set()


def dateline_only(report: Report, name: str, others: Collection[str] = ()) -> bool:
    """Whether the report's town `name` is only its dateline's: a dateline names it
    (`_in_dateline`), no other word of the headline or text does (`_mentions`), and analysis
    found no place outside the dateline (every location claim lies in it). A dateline tells
    where the story was filed, most often the outlet's own city ("MEMPHIS, Tenn. - A man was
    found shot dead in a parking lot"), not where the shooting was: beside a report whose
    words name its town as the scene, such a report tells nothing of the town (h-cityrec;
    `told_away`), as a report naming its town only as a hospital's does not. `others` as in
    `words_name`."""
    if not _in_dateline(report, name) or _mentions(report, name, others):
        return False
    spans = _dateline_spans(report.article.text or "")
    return all(
        any(a <= c.start and c.end <= b for a, b in spans)
        for c in report.analysis.event.claims
        if c.field == "location"
    )


def county_named(
    reports: list[Report], towns: list[Report], key: Callable[[Report], Any]
) -> dict[Any, set[int]]:
    """For each town key, the origins whose words name the county the town lies in (a county
    among the places analysis found in their text): "the Allegheny County medical examiner"
    in both reports supports the town in Allegheny County over a namesake of the other
    report's town in a county neither names."""
    named: dict[tuple[Any, Any], set[int]] = {}
    for r in reports:
        for p in r.analysis.places:
            if isinstance(p, dict) and p.get("feature") == "admin2" and p.get("admin2"):
                named.setdefault((p.get("admin1"), p.get("admin2")), set()).add(r.origin)
    return _by_town_county(named, towns, key)


def county_named_told(
    reports: list[Report],
    towns: list[Report],
    key: Callable[[Report], Any],
    names: Mapping[Any, str],
) -> dict[Any, set[int]]:
    """`county_named`, but a town that only datelines give (`_in_dateline`, and no report's
    words name it: `_mentions`) gets no support from its county's name: in "BARTOW, Fla. -
    Polk County deputies shot a man", Bartow is the sheriff's seat and the county the
    sheriff's, and the town another report names may lie across the county line."""
    every = sorted(set(names.values()))
    dated = {
        k
        for k, n in names.items()
        if any(_in_dateline(r, n) for r in reports)
        and not any(_mentions(r, n, every) for r in reports)
    }
    found = county_named(reports, towns, key)
    return {k: v for k, v in found.items() if k not in dated}


def _in_dateline(report: Report, name: str) -> bool:
    """Whether one of the report's datelines names the place `name` ("BARTOW, Fla. -")."""
    text = report.article.text or ""
    key = _name_key(name)
    return bool(key.strip()) and any(key in _name_key(text[a:b]) for a, b in _dateline_spans(text))


def county_support(
    reports: list[Report], towns: list[Report], key: Callable[[Report], Any]
) -> dict[Any, set[int]]:
    """The origins of reports that place the event only in a county ("a Smith County deputy
    answered the call"), by each town key that lies in that county: such a report supports
    every town of its county and no town outside it, so it breaks a tie between a town in the
    county and one elsewhere (a hospital's or a station's town)."""
    counties: dict[tuple[Any, Any], set[int]] = {}
    for r in reports:
        ev = r.analysis.event
        if ev.admin2 and specificity(ev) in (1, 2):
            counties.setdefault((ev.admin1, ev.admin2), set()).add(r.origin)
    return _by_town_county(counties, towns, key)


_COUNTY_AWAY_AFTER = frozenset({"jail", "detention", "court", "courthouse", "courtroom"})
"""Words after "in <county>" that make it the jail's or the court's county ("booked in the
Collier County jail"), not the scene's."""

_HARM_IN_SENTENCE = re.compile(
    r"\b(?:shot|shoot\w*|kill\w*|dead|deaths?|bod(?:y|ies)|slain|slaying|wounded|homicide"
    r"|murder\w*|gunfire)\b",
    re.I,
)
"""Words of harm, one of which the sentence telling "in <county>" holds: the scene's county."""

_ARREST_IN_SENTENCE = re.compile(
    r"\b(?:arrest\w*|captur\w*|custody|booked|jail\w*|apprehend\w*|extradit\w*"
    r"|arraign\w*|court\w*|charged)\b",
    re.I,
)
"""Words of arrest and court, none of which it holds: "the man accused of shooting her was
arrested in Waller County" tells where he was caught, not where she was shot."""


def county_told(
    reports: list[Report], towns: list[Report], key: Callable[[Report], Any]
) -> dict[Any, set[int]]:
    """For each town key, the origins of reports placing the event in a town of another county
    whose words tell harm "in" the town's county (`_harm_in_county`: "three bodies were found
    inside a car in Collier County", "3 shooting deaths in Collier County") and never in their
    own town's county: such a report (h-city48: a big-city station datelined at home, telling
    of its city's police and a resident killed in a rural county) tells of that county's town,
    as a report placed only in that county does (`county_support`)."""
    counties = {
        (r.analysis.event.admin1, r.analysis.event.admin2) for r in towns if r.analysis.event.admin2
    }
    told: dict[tuple[Any, Any], set[int]] = {}
    for r in reports:
        ev = r.analysis.event
        if specificity(ev) < 3 or not ev.admin2:
            continue
        texts = (r.article.title or "", _undated_text(r.article.text or ""))  # once a report
        said = {c for c in counties if c[0] == ev.admin1 and _harm_in_county(texts, str(c[1]))}
        if (ev.admin1, ev.admin2) in said:
            continue
        for county in said:
            told.setdefault(county, set()).add(r.origin)
    return _by_town_county(told, towns, key)


def _harm_in_county(texts: tuple[str, str], county: str) -> bool:
    """Whether a sentence of a report's headline or text (its dateline left out: `texts`) tells harm
    "in <county>" or "in the <county> ..." (`_HARM_IN_SENTENCE`), with no word of arrest or
    court (`_ARREST_IN_SENTENCE`), and not as the jail's or the court's county
    (`_COUNTY_AWAY_AFTER`)."""
    if not county.strip():
        return False
    for text in texts:
        for m in _in_county(county).finditer(text):
            if (m.group(1) or "").casefold() in _COUNTY_AWAY_AFTER:
                continue
            # the sentence cut as the analysis cuts it: "2 a.m." or "St." ends no sentence
            sentence = text[sentence_start(text, m.start()) : sentence_end(text, m.end())]
            if _HARM_IN_SENTENCE.search(sentence) and not _ARREST_IN_SENTENCE.search(sentence):
                return True
    return False


@lru_cache(maxsize=256)
def _in_county(county: str) -> re.Pattern[str]:
    """The pattern of "in <county>" or "in the <county>" and the word after (`_harm_in_county`),
    compiled once per county: every report of an event is asked of each of its counties."""
    return re.compile(rf"\bin\s+(?:the\s+)?{re.escape(county)}\b(?:\s+(\w+))?", re.I)


def _by_town_county(
    by_county: dict[tuple[Any, Any], set[int]],
    towns: list[Report],
    key: Callable[[Report], Any],
) -> dict[Any, set[int]]:
    """For each town key, the origins `by_county` holds for the county its report's town
    lies in (`county_named`, `county_support`)."""
    out: dict[Any, set[int]] = {}
    for r in towns:
        ev = r.analysis.event
        found = by_county.get((ev.admin1, ev.admin2))
        if found:
            out.setdefault(key(r), set()).update(found)
    return out


def place(
    reports: list[Report],
    regions: Mapping[str, Region] | None = None,
    moved: list[Namesake] | None = None,
) -> dict[str, Any]:
    """Country, then province, then town, each by independent origins; a site within the town
    only when every origin placing the event in that town names that site. When no report's
    words place the event, each report's default place gives way to its outlet's usual region
    (`outlet_regions`, learned from the store) where that region says more (`by_region`).
    `moved`: `namesakes(reports, regions)` when the caller has it already (computed here
    otherwise)."""
    # a place no report's words name (a login wall or a video page placed at its outlet's
    # city) gives way to any report that states one
    stated = [r for r in reports if r.analysis.event.country and stated_place(r)]
    if not stated and regions:
        reports = [by_region(r, regions) or r for r in reports]
    elif stated:
        found = namesakes(reports, regions) if moved is None else moved
        to = {n.report.id: n.report for n in found}
        stated = [to.get(r.id, r) for r in stated]
    located = stated or [r for r in reports if r.analysis.event.country]
    if not located:
        return dict.fromkeys(PLACE_FIELDS)

    def level(r: Report) -> int:
        return specificity(r.analysis.event)

    # ties go to the more precise report: a town in a state named like a country ("Lebanon,
    # Pennsylvania", "Georgia") over another report's bare country of that name
    country = _vote_by(located, lambda r: r.analysis.event.country, level)
    pool = [r for r in located if r.analysis.event.country == country]
    # the province most origins give: one report's namesake in another state does not carry
    # the event there when the others agree on the province
    # (ties: the province whose towns more reports name as the scene, `province_named`)
    # (first, the province whose name the words write after such a town, `state_written`;
    # last, fewer reports naming its towns only as a home, `province_homes`)
    admin1 = _vote_by(
        pool,
        lambda r: r.analysis.event.admin1,
        level,
        named=province_named(pool),
        county_named=state_written(pool),
        homes=province_homes(pool),
    )
    if admin1 is not None:
        pool = [r for r in pool if r.analysis.event.admin1 in (admin1, None)]
    top = max(level(r) for r in pool)
    if top < 3:
        candidates = [r for r in pool if level(r) == top]
        chosen = _vote_by(candidates, lambda r: r.analysis.event.location, level)
        return _fields(next(r for r in candidates if r.analysis.event.location == chosen))
    towns = [r for r in pool if level(r) >= 3]
    parts = parts_within(towns)
    town_of = {r.id: town_of_part(r, _town(r, towns), parts) for r in towns}

    def town_key(r: Report) -> tuple[Any, ...]:
        # a site within a known town counts as that town; one whose town is unknown stands
        # for itself
        ev = r.analysis.event
        return (ev.admin1, town_of[r.id] or ev.location)

    def names_a_town(r: Report) -> int:
        # ties go to a town a report names over a neighbourhood of unknown town: the more
        # precise place needs more support, not the same
        return 1 if town_of[r.id] else 0

    support = county_support([r for r in pool if level(r) < 3], towns, town_key)
    for k, origins in county_told(pool, towns, town_key).items():
        support.setdefault(k, set()).update(origins)
    names = {town_key(r): str(town_key(r)[1]) for r in towns}
    named = named_support(pool, names)
    told = told_elsewhere(towns, town_key, names)
    away = told_away(towns, town_key, names, told)

    def vote_key(r: Report) -> tuple[Any, ...] | None:
        if r.id in away:
            return None
        return told.get(r.id) or town_key(r)

    town = _vote_by(
        towns,
        vote_key,
        names_a_town,
        support,
        named,
        county_named_told(pool, towns, town_key, names),
        home_named(pool, names, {r.id: town_key(r) for r in towns}),
        police_named(pool, names),
        town_size,
    )
    in_town = [r for r in towns if town_key(r) == town]
    # a report whose town was read as a part of this one (`town_of_part`) gives its place last
    as_part = {
        r.id for r in in_town if level(r) == 3 and town_of[r.id] != r.analysis.event.location
    }
    in_town = [r for r in in_town if r.id not in as_part] + [r for r in in_town if r.id in as_part]
    site_reports = [r for r in in_town if level(r) == 4]
    sites = {str(r.analysis.event.location).casefold() for r in site_reports}
    plain = [r for r in in_town if level(r) == 3 and r.id not in as_part]
    site_origins = {r.origin for r in site_reports}
    if len(sites) == 1 and not {r.origin for r in plain} - site_origins:
        # every origin placing the event in this town names the same site: it is supported
        return _fields(site_reports[0])
    if plain:
        return _fields(plain[0])
    # only sites (different ones) within a known town: the town, at the sites' coordinates
    fields = _fields(in_town[0])
    fields["location"] = town[1]
    fields["geo_precision"] = 1
    return fields


def town_size(key: tuple[Any, ...]) -> int:
    """The population of the biggest US town the gazetteer knows by a town key's name in its
    province (0 for a name only the Postal Service's list or no list knows, or outside the
    US): of two towns the reports support equally, each named by its own report as the scene,
    the bigger is the event's (h-city48). A small community beside a bigger town is addressed
    by, and recorded under, the bigger one's name as often as its own (a shooting "in
    Plymouth" that the follow-up places "in Apopka"), and the earliest report, the tie-break
    before this, is an accident of timing."""
    from newsfold.analyse.gazetteer import CITY, name_key

    admin1, name = key[0], key[-1]
    if not isinstance(name, str) or not admin1:
        return 0
    g = _gazetteer()
    k = name_key(name)
    return max(
        (
            g.population[i]
            for i in g.lookup_key(k)
            if g.cc[i] == "US"
            and g.kind[i] == CITY
            and g.admin1[i] == admin1
            and name_key(g.name[i]) == k
        ),
        default=0,
    )


def by_region(report: Report, regions: Mapping[str, Region]) -> Report | None:
    """The report placed at its outlet's usual region instead of its default place, or None
    when the outlet has no learned region or the default already says as much: a default in
    the region's state that names a town stands (the hand table of `analyse/outlets.py` or the
    headline may know the outlet's town better than a vote of its stories); a default in
    another state, or none, takes the region (state and dominant town); a default in the
    state without a town takes the region's town. A report with no place at all (or only the
    region's country) takes a region of less support than one with a default
    (`Region.strong_enough`). Only for a report whose words state no place (the caller's
    test): a stated place is never overridden."""
    region = regions.get(report.article.source or "")
    ev = report.analysis.event
    if region is None:
        return None
    # a country alone (the region's) says nothing of where in it: no place to replace
    has_place = bool(ev.admin1) or bool(ev.country and ev.country != region.country)
    if not region.strong_enough(has_place):
        return None
    same_state = ev.country == region.country and ev.admin1 == region.admin1
    if same_state and (specificity(ev) >= 3 or not region.location):
        return None
    event = dataclasses.replace(ev, claims=[], **region.fields())
    return dataclasses.replace(report, analysis=dataclasses.replace(report.analysis, event=event))


NAMESAKE_EVENTS = MIN_EVENTS
"""Placed events in its state a host's region needs to choose among namesakes (as many as it
needs to replace a default place: `outlet_regions.MIN_EVENTS`)."""

NAMESAKE_SHARE = 0.05
"""A namesake this small beside a city of 100,000 or more that a report's text names without
its state is not what a reader takes the name for ("Dallas" in a Georgia station's story is
Dallas, Texas, not Dallas, Georgia): such a big city stays."""


@dataclasses.dataclass(frozen=True, slots=True)
class Namesake:
    """A report `place` moved to a namesake of the town its words name (`by_namesake`)."""

    report: Report  # as moved
    was: str  # "Hamilton, Ontario": where analysis had put it
    region: Region | None  # the outlet's usual region that chose it; None: another report


def by_namesake(
    report: Report, reports: list[Report], regions: Mapping[str, Region] | None
) -> Namesake | None:
    """The report placed in the namesake of its town that the event's other reports or its
    outlet's usual region point to, when its words name the town but not the state (None when
    it stays as it is).

    Analysis chooses among namesakes (Kansas City, Missouri or Kansas; Columbus, Ohio or
    Georgia; Hamilton, Ohio or Ontario) by what one text says; when the text names no
    state, it falls back on size and its outlet's city, which a hand table knows for few
    outlets. Reconciliation knows more: (1) another report of the event that names the same
    town and writes its state ("Danville, Va."), and (2) the state where the outlet's placed
    events mostly lie (`outlet_regions`, with `NAMESAKE_EVENTS` events there: a local
    station's stories are its region's, and "Campbell" in a Youngstown station's story is
    Campbell, Ohio, not California). The report's town moves to the gazetteer's biggest town
    of its name in that state. Nothing moves when the report's own words name its state (or,
    abroad, its province or country), when no town of the name lies in that state, when the
    report places a site or a county rather than a town, or when the report's town is a big
    city beside which the namesake is small (`NAMESAKE_SHARE`)."""
    ev = report.analysis.event
    if specificity(ev) != 3 or not ev.location or not ev.country:
        return None
    if _state_named(_words_of(report), ev.admin1, ev.country):
        return None
    key = _name_key(str(ev.location))
    told: Counter[str] = Counter()
    for other in reports:
        o = other.analysis.event
        if other is report or o.country != "United States" or not o.admin1:
            continue
        same_town = specificity(o) == 3 and _name_key(str(o.location)) == key
        if (
            same_town
            and o.admin1 != ev.admin1
            and _state_named(_words_of(other), o.admin1, o.country)
        ):
            told[o.admin1] += 1
    if not told:
        told.update(county_of_namesake(str(ev.location), ev.admin1, reports, report))
    state, region = "", None
    if told:
        state = told.most_common(1)[0][0]
    elif regions:
        region = regions.get(report.article.source or "")
        if (
            region is None
            or region.events < NAMESAKE_EVENTS
            or region.country != "United States"
            or region.admin1 == ev.admin1
            or not _far(ev, region.center)
        ):
            return None
        state = region.admin1
    if not state:
        return None
    fields = _namesake_fields(str(ev.location), state, ev)
    if fields is None:
        return None
    event = dataclasses.replace(ev, **fields)
    moved = dataclasses.replace(report, analysis=dataclasses.replace(report.analysis, event=event))
    was = ", ".join(str(n) for n in (ev.location, ev.admin1 or ev.country) if n)
    return Namesake(moved, was, region)


def county_of_namesake(
    name: str, admin1: Any, reports: list[Report], report: Report
) -> Counter[str]:
    """The US states, each counted once per other report of the event that places it in that
    state and whose analysis found a county there (a place of feature admin2) holding a town
    named `name`: "Lexington County deputies" in a Columbia station's report names the county
    of Lexington, South Carolina, so another report's bare "Lexington" (read as Kentucky's)
    is that town (h-city45). States other than `admin1` only."""
    from newsfold.analyse.gazetteer import CITY, name_key

    g = _gazetteer()
    rows = [
        i
        for i in g.lookup_key(name_key(name))
        if g.cc[i] == "US" and g.kind[i] == CITY and name_key(g.name[i]) == name_key(name)
    ]
    homes = {(g.admin1[i], g.admin2[i]) for i in rows if g.admin1[i] != admin1}
    found: Counter[str] = Counter()
    for other in reports:
        o = other.analysis.event
        if other is report or o.country != "United States" or o.admin1 == admin1:
            continue
        counties = {
            (p.get("admin1"), p.get("admin2"))
            for p in other.analysis.places
            if isinstance(p, dict) and p.get("feature") == "admin2"
        }
        for state in sorted({str(a1) for a1, _ in counties & homes if a1 == o.admin1}):
            found[state] += 1
    return found


NAMESAKE_KM = 250.0
"""A town this near the centre of its outlet's region (the mean place of the outlet's stories
in the state) is in the outlet's area already, across a state line or not: a Philadelphia
station's "Burlington" is New Jersey's, next door, not a namesake in Pennsylvania."""


def _far(ev: Any, center: tuple[float, float] | None) -> bool:
    """Whether the report's place lies more than `NAMESAKE_KM` from the region's centre (or
    either has no coordinates: the state alone decides)."""
    if center is None or ev.latitude is None or ev.longitude is None:
        return True
    lat1, lon1, lat2, lon2 = map(math.radians, (ev.latitude, ev.longitude, *center))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a)) > NAMESAKE_KM


def namesakes(reports: list[Report], regions: Mapping[str, Region] | None) -> list[Namesake]:
    """The reports `place` moves to a namesake of their town (`by_namesake`)."""
    stated = [r for r in reports if r.analysis.event.country and stated_place(r)]
    return [n for r in stated if (n := by_namesake(r, stated, regions)) is not None]


def namesake_claim(moved: Namesake) -> Claim:
    """The evidence for a town moved to its namesake in its outlet's usual region: no words of
    the report say the state (empty span, as `region_claim`); the attrs say which outlet, how
    many of its placed events lie there, and where analysis had put the town."""
    assert moved.region is not None
    claim = region_claim(moved.region, moved.report.id)
    claim.value = moved.report.analysis.event.location
    claim.attrs["namesake_of"] = moved.was
    return claim


def namesake_note(moved: list[Namesake]) -> str:
    """A sentence of the event's notes saying which reports' towns were moved, and why."""
    parts = []
    for n in moved:
        ev = n.report.analysis.event
        why = (
            f"{EVIDENCE} ({n.region.host}: {n.region.events} of its {n.region.of} placed events"
            f" in {n.region.admin1})"
            if n.region is not None
            else "the state another report names"
        )
        parts.append(f"{ev.location} (read as {n.was}) is the namesake in {ev.admin1}, {why}")
    return "No state named with the town: " + "; ".join(parts) + "."


def _words_of(report: Report) -> str:
    return f"{report.article.title or ''}\n{report.article.text or ''}"


def _namesake_fields(name: str, state: str, ev: Any) -> dict[str, Any] | None:
    """The place fields of the biggest US town called `name` in `state` (None if there is none,
    or if it is small beside the big city `ev` places the event in: `NAMESAKE_SHARE`)."""
    from newsfold.analyse.gazetteer import CITY, name_key

    g = _gazetteer()
    rows = [
        i
        for i in g.lookup_key(name_key(name))
        if g.cc[i] == "US"
        and g.kind[i] == CITY
        and g.admin1[i] == state
        and name_key(g.name[i]) == name_key(name)
    ]
    if not rows:
        return None
    row = max(rows, key=lambda i: g.population[i])
    chosen = [
        i
        for i in g.lookup_key(name_key(name))
        if g.kind[i] == CITY
        and g.admin1[i] == ev.admin1
        and g.country_names.get(g.cc[i]) == ev.country
    ]
    big = max((g.population[i] for i in chosen), default=0)
    if big >= 100_000 and g.population[row] < NAMESAKE_SHARE * big:
        return None
    p = g.place(row)
    return {
        "country": p["country"],
        "iso3": p["iso3"],
        "admin1": p["admin1"],
        "admin2": p["admin2"],
        "location": p["name"],
        "latitude": p["latitude"],
        "longitude": p["longitude"],
    }


def _state_named(text: str, admin1: str | None, country: str | None) -> bool:
    """Whether a text names a state (or, outside the US, the province or the country) in words:
    its name ("Virginia", also in "Virginia Beach" and "the Ohio River", which lie in or by
    the state, but not inside "West Virginia", nor a name followed by "City": Kansas City
    may be Missouri's), or, after a comma, its postal code or AP abbreviation ("Danville,
    Va.", "Warren, OH", "Grand Rapids, Minn.")."""
    if not admin1:
        return False
    names = [admin1] + ([country] if country and country != "United States" else [])
    for name in names:
        if re.search(rf"(?<!West )\b{re.escape(name)}\b(?! City)", text):
            return True
    if country != "United States":
        return False
    return bool(_abbreviations(admin1).search(text))


@lru_cache(maxsize=128)
def _abbreviations(admin1: str) -> re.Pattern[str]:
    """A comma, then one of the state's postal code or AP abbreviations as written."""
    from newsfold.analyse.gazetteer import name_key

    g = _gazetteer()
    forms = []
    for key, row in g.us_abbrev.items():
        if g.admin1[row] != admin1 or key == name_key(admin1):
            continue  # (a whole name, "ohio", "texas": `_state_named` reads names)
        letters = key.replace(" ", "")
        if len(letters) == 2:
            # "VA", "V.A."; "Va." (a capital and a dot); never "va" or "in"
            forms.append(rf"{letters.upper()}\b|{letters[0].upper()}\.\s?{letters[1].upper()}\.")
            forms.append(rf"{letters[0].upper()}{letters[1]}\.")
        else:
            forms.append(rf"{letters[0].upper()}{letters[1:]}\.?(?![a-z])")
    return re.compile(r",\s*(?:" + "|".join(forms) + ")")


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The gazetteer (loaded once, only when a report's town may have a namesake to move to)."""
    from newsfold.analyse.gazetteer import get_gazetteer

    return get_gazetteer()


def regions_used(reports: list[Report], regions: Mapping[str, Region] | None) -> list[Region]:
    """The outlets' regions `place` put in for reports' default places (one per host)."""
    if not regions or any(r.analysis.event.country and stated_place(r) for r in reports):
        return []
    used = {
        r.article.source: regions[r.article.source or ""] for r in reports if by_region(r, regions)
    }
    return [used[h] for h in sorted(used, key=str)]


def region_claim(region: Region, article_id: str) -> Claim:
    """The evidence of a place put in from the outlet's usual region: no words of the report
    say it, so no span (empty text at 0); the attrs say which outlet and how many of its
    placed events lie there, so the analyst sees why."""
    return Claim(
        field="location",
        value=region.location or region.admin1,
        text="",
        start=0,
        end=0,
        article_id=article_id,
        source=region.host,
        attrs={
            "evidence": EVIDENCE,
            "admin1": region.admin1,
            "country": region.country,
            "outlet_events": region.events,
            "outlet_placed_events": region.of,
        },
    )


def region_note(regions: list[Region]) -> str:
    """A sentence of the event's notes saying its place is its outlets' usual region."""
    parts = [
        f"{r.host}: {r.events} of its {r.of} placed events in {r.admin1}"
        + (f", most in {r.location}" if r.location else "")
        for r in regions
    ]
    return f"No report's words name a place: it is {EVIDENCE} ({'; '.join(parts)})."


def stated_place(report: Report) -> bool:
    """Whether the report's place is one its words name: a location claim, a place the text
    gives the event's role, or the place's name in the headline (which analysis reads, but
    claims no offsets for). Else the place is a default: the outlet's home city (a local
    paper's page with no place in it: a login wall, a video page, a list of headlines)."""
    analysis = report.analysis
    if any(c.field == "location" for c in analysis.event.claims):
        return True
    if any(isinstance(p, dict) and p.get("role") == "event" for p in analysis.places):
        return True
    title = _name_key(report.article.title or "")
    ev = analysis.event
    names = {_name_key(str(n)) for n in (ev.location, ev.admin2, ev.admin1) if n}
    return bool(title) and any(n and n in title for n in names)


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def _name_key(text: str) -> str:
    """Words of a name or headline, lower case, abbreviations spelt out ("St. Ann": "saint
    ann"), padded with spaces so that a name matches whole words only."""
    tokens = re.findall(r"\w+", text.casefold())
    return " " + " ".join(_ABBREVIATIONS.get(t, t) for t in tokens) + " " if tokens else ""


def _fields(report: Report) -> dict[str, Any]:
    ev = report.analysis.event
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
