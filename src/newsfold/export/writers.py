"""Write articles, events, claims or conflicts as JSONL, CSV or GeoJSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from newsfold.export.columns import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    CONFLICT_COLUMNS,
    EVENT_COLUMNS,
    event_row,
)
from newsfold.records import Event

WHATS = ("articles", "events", "claims", "conflicts")
FORMATS = ("jsonl", "csv", "geojson")


class ExportError(ValueError):
    """A combination that cannot be exported (e.g. articles as GeoJSON)."""


def export(
    what: str,
    fmt: str,
    out: TextIO,
    *,
    events: Iterable[Event] = (),
    articles: Iterable[dict[str, Any]] = (),
) -> int:
    """Write the records; returns how many were written."""
    if what not in WHATS:
        raise ExportError(f"unknown --what {what!r}; choose one of {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if what == "articles":
        if fmt == "geojson":
            raise ExportError("articles have no coordinates: export them as jsonl or csv")
        return _write(fmt, out, articles, ARTICLE_COLUMNS)
    if what == "events":
        if fmt == "geojson":
            return write_geojson(events, out)
        if fmt == "csv":
            return _write_csv(out, (event_row(e) for e in events), EVENT_COLUMNS)
        return _write_jsonl(out, (e.to_dict() for e in events))
    if fmt == "geojson":
        raise ExportError(f"{what} are exported as jsonl or csv; use --what events for GeoJSON")
    if what == "claims":
        return _write(fmt, out, claim_rows(events), CLAIM_COLUMNS)
    return _write(fmt, out, conflict_rows(events), CONFLICT_COLUMNS)


def claim_rows(events: Iterable[Event]) -> Iterator[dict[str, Any]]:
    for event in events:
        for claim in event.claims:
            yield {"event_id": event.event_id, **claim.to_dict()}


def conflict_rows(events: Iterable[Event]) -> Iterator[dict[str, Any]]:
    """One row per value of each conflict (the CSV shape); JSONL gets one per value too."""
    for event in events:
        for conflict in event.conflicts:
            for value in conflict.values:
                yield {
                    "event_id": event.event_id,
                    "field": conflict.field,
                    "compatible": conflict.compatible,
                    "value": value.get("value"),
                    "low": value.get("low"),
                    "high": value.get("high"),
                    "sources": value.get("sources", []),
                    "article_ids": value.get("article_ids", []),
                }


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """A FeatureCollection: one Point per located event; events without coordinates are
    written with a null geometry (valid GeoJSON) so that nothing silently disappears."""
    out.write('{"type":"FeatureCollection","features":[\n')
    n = 0
    for event in events:
        props = {k: v for k, v in event.to_dict().items() if k not in ("claims",)}
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        feature = {
            "type": "Feature",
            "id": event.event_id,
            "geometry": geometry,
            "properties": props,
        }
        out.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        n += 1
    out.write("]}\n")
    return n


def _write(fmt: str, out: TextIO, rows: Iterable[dict[str, Any]], columns: list[str]) -> int:
    if fmt == "csv":
        return _write_csv(out, rows, columns)
    return _write_jsonl(out, rows)


def _write_jsonl(out: TextIO, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(out: TextIO, rows: Iterable[dict[str, Any]], columns: list[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return (
            json.dumps(value, ensure_ascii=False)
            if isinstance(value, dict) or any(isinstance(v, dict | list) for v in value)
            else "; ".join(str(v) for v in value)
        )
    return value
