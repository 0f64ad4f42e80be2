"""Column layouts for CSV exports.

The events CSV leads with ACLED's own column names, in ACLED's order, so that a file opens in
tools that read ACLED data; newsfold's extra fields follow them. Claims and conflicts have their
own CSVs (one row per claim / per conflicting value), keyed by event_id.
"""

from __future__ import annotations

from typing import Any

from newsfold.records import Event

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "iso3",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]

EXTRA_COLUMNS = [
    "date_start",
    "date_end",
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "injuries_low",
    "injuries_high",
    "n_sources",
    "n_independent_sources",
    "n_conflicts",
    "article_ids",
]

EVENT_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

CLAIM_COLUMNS = [
    "event_id",
    "field",
    "value",
    "low",
    "high",
    "article_id",
    "source",
    "text",
    "start",
    "end",
    "attrs",
]

CONFLICT_COLUMNS = [
    "event_id",
    "field",
    "compatible",
    "value",
    "low",
    "high",
    "sources",
    "article_ids",
]

ARTICLE_COLUMNS = [
    "id",
    "event_id",
    "duplicate_of",
    "source",
    "url",
    "title",
    "published",
    "language",
    "words",
    "text",
]


def event_row(event: Event) -> dict[str, Any]:
    """One ACLED-style CSV row. ACLED's `fatalities` column takes our best estimate (0 when
    no report gives a toll, as ACLED codes it); `source` joins the outlets with '; '."""
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date,
        "year": event.event_date[:4] if event.event_date else None,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "iso3": event.iso3,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": "; ".join(event.sources),
        "notes": event.notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "injuries": event.injuries,
        "injuries_low": event.injuries_low,
        "injuries_high": event.injuries_high,
        "n_sources": event.n_sources,
        "n_independent_sources": event.n_independent_sources,
        "n_conflicts": len(event.conflicts),
        "article_ids": " ".join(event.article_ids),
    }
