"""Reconcile the reports of one event (minimal version: the earliest report's fields)."""

from __future__ import annotations

from typing import Any

from newsfold.records import Analysis, Article, Event


def reconcile(
    event_id: str,
    articles: list[Article],
    analyses: list[Analysis],
    assignments: list[dict[str, Any]],
) -> Event:
    base = analyses[0].event if analyses else Event()
    event = Event.from_dict(base.to_dict())
    event.event_id = event_id
    event.article_ids = [a.id for a in articles]
    event.sources = sorted({a.source for a in articles if a.source})
    event.n_sources = len(articles)
    event.claims = [c for a in analyses for c in a.event.claims]
    return event
