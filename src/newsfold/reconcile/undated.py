"""Dates for reports that carry no publication date, from the other reports of their event.

A republished story with no date ("since Wednesday", "on Friday", and no dateline) cannot be
dated on its own: analysis records such expressions as claims with value None and what they
need (`attrs["relative"]`), and never guesses today's date. Once grouping has put the report
with dated reports of the same event, their latest publication date is the best anchor there
is: the undated report was published no earlier than the events it describes, and news of
one event comes out within days. The expressions are resolved against it
(`timeexpr.resolve_relative`, the same rules as for dated reports) and every claim so
resolved says so: `attrs["anchor"]` (the date used) and `attrs["anchor_from"]` (the article
whose publication date it is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsfold.analyse.timeexpr import resolve_relative
from newsfold.reconcile.readings import Report
from newsfold.records import Analysis, Claim

DATE_FIELDS = ("event_date", "date_start", "date_end")


def anchor_undated(reports: list[Report]) -> list[Report]:
    """The reports, with undated ones' relative dates resolved against the event's latest
    publication date (reports without such claims, or events with no dated report, as they
    were)."""
    dated = [r for r in reports if r.published is not None]
    if not dated:
        return reports
    source = max(dated, key=lambda r: (r.published, r.id))
    anchor = source.published
    assert anchor is not None
    return [r if r.published is not None else _resolve(r, anchor, source.id) for r in reports]


def _resolve(report: Report, anchor: dt.date, anchor_from: str) -> Report:
    event = report.analysis.event
    if event.event_date or event.date_start:
        return report  # dated by an absolute date in its own text
    claims: list[Claim] = []
    spans: list[tuple[str, dt.date, dt.date, dt.date]] = []
    for claim in event.claims:
        relative = claim.attrs.get("relative")
        if claim.field in DATE_FIELDS and claim.value is None and isinstance(relative, dict):
            found = resolve_relative(relative, anchor)
            if found is not None:
                start, end, best = found
                value = start if claim.field == "date_start" else best
                claim = replace(
                    claim,
                    value=value.isoformat(),
                    attrs={**claim.attrs, "anchor": anchor.isoformat(), "anchor_from": anchor_from},
                )
                spans.append((claim.field, start, end, best))
        claims.append(claim)
    if not spans:
        return report
    resolved = replace(
        event,
        claims=claims,
        date_start=min(s[1] for s in spans).isoformat(),
        date_end=max(s[2] for s in spans).isoformat(),
        # like a dated report: the day the reported violence began
        event_date=min(s[3] for s in spans).isoformat(),
        time_precision=1 if all(s[1] == s[2] for s in spans) else 2,
    )
    analysis: Analysis = replace(report.analysis, event=resolved)
    return replace(report, analysis=analysis)
