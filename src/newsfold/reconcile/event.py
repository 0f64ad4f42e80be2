"""Reconcile the reports of one event into the contract's Event record.

The pieces, each documented in its module: `dependence` (copies, rewrites, shared wire, the
independent origins), `tolls` (best/low/high), `consensus` (dates, place, type, actors),
`conflicts`, `corroboration` (each claim's support) and `notes`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsfold.analyse.article import publication_day
from newsfold.analyse.language import NOT_READ
from newsfold.reconcile import consensus
from newsfold.reconcile.conflicts import find_conflicts
from newsfold.reconcile.corroboration import annotate_support
from newsfold.reconcile.dependence import find_dependence, independent_sources
from newsfold.reconcile.notes import write_notes
from newsfold.reconcile.outlet_regions import Region
from newsfold.reconcile.readings import Report
from newsfold.reconcile.tolls import readings_for, reconcile_injuries, reconcile_toll
from newsfold.reconcile.undated import anchor_undated
from newsfold.records import Analysis, Article, Event


def build_reports(
    articles: list[Article], analyses: list[Analysis], assignments: list[dict[str, Any]]
) -> tuple[list[Report], list[Any]]:
    by_id = {a.article_id: a for a in analyses}
    paired = [(art, by_id[art.id]) for art in articles if art.id in by_id]
    dependence, origin = find_dependence(
        [p[0] for p in paired], [p[1] for p in paired], assignments
    )
    reports = [
        Report(
            article=art,
            analysis=an,
            published=publication_day(art),
            origin=origin[art.id],
        )
        for art, an in paired
    ]
    return consensus.earliest_first(reports), dependence


def reconcile(
    event_id: str,
    articles: list[Article],
    analyses: list[Analysis],
    assignments: list[dict[str, Any]],
    regions: Mapping[str, Region] | None = None,
) -> Event:
    """The event record of one event's reports; `regions`, the outlets' usual regions learned
    from the store (`outlet_regions.learn`), place the event when no report's words do."""
    reports, dependence = build_reports(articles, analyses, assignments)
    reports = anchor_undated(reports)
    # copies and rewrites repeat their original: one reading per original text
    duplicates = {row["article_id"] for row in assignments if row.get("duplicate_of")}
    primary = [r for r in reports if r.id not in duplicates] or reports

    event = Event(event_id=event_id)
    event.article_ids = [r.id for r in reports]
    # outlets by name; a report whose outlet is unknown is still a source of its own
    event.sources = list(dict.fromkeys(r.article.source for r in reports if r.article.source))
    event.n_sources = len(event.sources) + sum(1 for r in reports if not r.article.source)
    event.n_independent_sources = independent_sources(
        {r.id: r.origin for r in reports}, {r.id: r.article.source for r in reports}
    )
    event.dependence = dependence

    for key, value in consensus.dates(consensus.date_readers(primary, reports)).items():
        setattr(event, key, value)
    # towns moved to a namesake in their outlet's region or another report's state (found
    # once: `place` reads them, and the claims and notes name those the event kept)
    namesakes = consensus.namesakes(primary, regions)
    for key, value in consensus.place(primary, regions, namesakes).items():
        setattr(event, key, value)
    used = [
        region
        for region in consensus.regions_used(primary, regions)
        if (region.country, region.admin1) == (event.country, event.admin1)
    ]
    moved = [
        n
        for n in namesakes
        if (n.report.analysis.event.admin1, n.report.analysis.event.location)
        == (event.admin1, event.location)
    ]
    for key, value in consensus.event_type(primary).items():
        setattr(event, key, value)
    for key, value in consensus.actors(primary).items():
        setattr(event, key, value)
    killed = readings_for(primary, "fatalities")
    dead = reconcile_toll(killed)
    tolls = {
        "fatalities": dead,
        "injuries": reconcile_injuries(readings_for(primary, "injuries"), killed, dead),
    }
    for field, toll in tolls.items():
        setattr(event, field, toll.best)
        setattr(event, f"{field}_low", toll.low)
        setattr(event, f"{field}_high", toll.high)

    event.conflicts = find_conflicts(primary)
    event.claims = annotate_support(reports)
    for region in used:
        first = next(r for r in primary if r.article.source == region.host)
        event.claims.append(consensus.region_claim(region, first.id))
    event.claims.extend(consensus.namesake_claim(n) for n in moved if n.region is not None)
    event.notes = write_notes(event)
    if used and event.notes:
        # the analyst sees why the place is weak: no words of the reports name it
        event.notes += " " + consensus.region_note(used)
    if moved and event.notes:
        event.notes += " " + consensus.namesake_note(moved)
    unread = [r.analysis.event.notes or "" for r in reports]
    if unread and all(n.startswith(NOT_READ) for n in unread):
        # nothing was read: say why rather than summarise an empty record
        event.notes = (
            unread[0]
            if len(set(unread)) == 1
            else f"{NOT_READ} its reports are in languages newsfold's analysis does not read."
        )
    return event
