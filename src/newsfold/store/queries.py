"""Read queries for the web desk: filtered, sorted, paginated event lists, facets, map points.

Every function takes a `Store` and speaks SQL only through parameters: values from a request
never become SQL text. Sort orders and filters are picked from fixed tables; a full-text query
is rewritten into quoted FTS5 terms so that no user input reaches FTS5's query syntax either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from newsfold.records import Event
from newsfold.store.db import Store

SUMMARY_COLUMNS = (
    "event_id",
    "event_date",
    "country",
    "iso3",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "event_type",
    "sub_event_type",
    "fatalities",
    "injuries",
    "n_sources",
    "n_independent_sources",
    "n_conflicts",
    "notes",
)
"""The columns of an event summary (a list row): all stored beside the JSON record."""

SORTS: dict[str, str] = {
    "date": "e.event_date DESC, e.event_id DESC",
    "date_asc": "e.event_date IS NULL, e.event_date ASC, e.event_id",
    "fatalities": "e.fatalities DESC, e.event_date DESC, e.event_id DESC",
    "sources": "e.n_independent_sources DESC, e.n_sources DESC, e.event_date DESC, e.event_id",
    "conflicts": "e.n_conflicts DESC, e.event_date DESC, e.event_id DESC",
    "relevance": "f.rank, e.event_date DESC, e.event_id DESC",
}
"""Sort orders by name (the only SQL a request can choose, and only by key). Undated events
and events without a toll come last (SQLite sorts NULL first ascending, last descending)."""

RECONCILED = "e.n_sources IS NOT NULL"
"""Events that have a record. `Store.save_events` writes `data` and the summary columns
together and `Store.assign` leaves both NULL on an event it opens; the test is on `n_sources`
rather than `data` so that every list query is answered from the covering index `events_list`
(migration 3) without reading the large `data` column of each row."""

SORT_LABELS: dict[str, str] = {
    "date": "newest first",
    "date_asc": "oldest first",
    "fatalities": "most fatalities",
    "sources": "most independent sources",
    "conflicts": "most conflicts",
    "relevance": "best match",
}

MAX_PER_PAGE = 200
_TOKEN = re.compile(r"[\w][\w'’.-]*\*?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What an analyst asked for. Unset fields do not filter."""

    q: str | None = None  # full-text search over notes, places, types, actors, sources
    date_from: str | None = None  # YYYY-MM-DD, inclusive, on event_date
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    country: str | None = None  # country name or ISO3 code
    event_type: str | None = None
    min_fatalities: int | None = None
    min_sources: int | None = None  # minimum independent sources
    has_conflicts: bool | None = None  # True: only events with conflicts; False: only without
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    sort: str = "date"
    page: int = 1
    per_page: int = 50

    def unpaged(self) -> EventFilter:
        """The same filter without paging and sort (what counts and maps depend on)."""
        return replace(self.normalised(), sort="date", page=1, per_page=50)

    def normalised(self) -> EventFilter:
        """Clamp paging and pick a valid sort (relevance needs a search)."""
        sort = self.sort if self.sort in SORTS else "date"
        if sort == "relevance" and not fts_query(self.q):
            sort = "date"
        return replace(
            self,
            sort=sort,
            page=max(1, self.page),
            per_page=min(max(1, self.per_page), MAX_PER_PAGE),
        )


@dataclass(slots=True)
class EventPage:
    """One page of an event list."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    located: int = 0  # how many of the filtered events have coordinates
    extent: tuple[float, float, float, float] | None = None  # bbox of the located ones

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(slots=True)
class MapPoints:
    """The filtered events on a map: single events, or grid cells when there are many."""

    points: list[dict[str, Any]] = field(default_factory=list)  # event_id, lat, lon, ...
    cells: list[dict[str, Any]] = field(default_factory=list)  # lat, lon, n, fatalities, bbox
    cell_size: float | None = None


def fts_query(q: str | None) -> str | None:
    """A user's search text as a safe FTS5 query: every word quoted (AND), `word*` a prefix."""
    if not q:
        return None
    terms = []
    for token in _TOKEN.findall(q)[:20]:
        prefix = token.endswith("*")
        word = token.rstrip("*").replace('"', "")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def _where(flt: EventFilter) -> tuple[str, str, list[Any]]:
    """(join, where, params) for a filter; the join brings in the FTS rank when searching."""
    clauses = [RECONCILED]
    params: list[Any] = []
    join = ""
    match = fts_query(flt.q)
    if match:
        join = (
            "JOIN (SELECT event_id, bm25(events_fts) AS rank FROM events_fts "
            "WHERE events_fts MATCH ?) f ON f.event_id = e.event_id"
        )
        params.append(match)
    if flt.date_from:
        clauses.append("e.event_date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("e.event_date <= ?")
        params.append(flt.date_to)
    if flt.country:
        clauses.append("(e.country = ? OR e.iso3 = ?)")
        params.extend([flt.country, flt.country.upper()])
    if flt.event_type:
        clauses.append("e.event_type = ?")
        params.append(flt.event_type)
    if flt.min_fatalities is not None:
        clauses.append("e.fatalities >= ?")
        params.append(flt.min_fatalities)
    if flt.min_sources is not None:
        clauses.append("e.n_independent_sources >= ?")
        params.append(flt.min_sources)
    if flt.has_conflicts is True:
        clauses.append("e.n_conflicts > 0")
    elif flt.has_conflicts is False:
        clauses.append("coalesce(e.n_conflicts, 0) = 0")
    if flt.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        clauses.append("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?")
        params.extend([min_lat, max_lat, min_lon, max_lon])
    return join, " AND ".join(clauses), params


def _summary(row: Any) -> dict[str, Any]:
    return {name: row[name] for name in SUMMARY_COLUMNS}


@dataclass(frozen=True, slots=True)
class EventStats:
    """How many events match a filter, and where the located ones are."""

    total: int
    located: int
    extent: tuple[float, float, float, float] | None


def event_stats(store: Store, flt: EventFilter) -> EventStats:
    """Count the events matching the filter (paging and sort do not matter)."""
    join, where, params = _where(flt.normalised())
    row = store.conn.execute(
        f"SELECT count(*), count(e.latitude), min(e.longitude), min(e.latitude), "
        f"max(e.longitude), max(e.latitude) FROM events e {join} WHERE {where}",
        params,
    ).fetchone()
    located = int(row[1])
    extent = (row[2], row[3], row[4], row[5]) if located else None
    return EventStats(total=int(row[0]), located=located, extent=extent)


def event_summaries(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """The summaries of one page of events matching the filter, in the filter's order."""
    flt = flt.normalised()
    join, where, params = _where(flt)
    # two steps: order the ids (from the index alone), then read the summaries of one page
    page_ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT e.event_id FROM events e {join} WHERE {where} "
            f"ORDER BY {SORTS[flt.sort]} LIMIT ? OFFSET ?",
            [*params, flt.per_page, (flt.page - 1) * flt.per_page],
        )
    ]
    if not page_ids:
        return []
    columns = ", ".join(SUMMARY_COLUMNS)
    marks = ",".join("?" * len(page_ids))
    summaries = {
        row["event_id"]: _summary(row)
        for row in store.conn.execute(
            f"SELECT {columns} FROM events WHERE event_id IN ({marks})", page_ids
        )
    }
    return [summaries[i] for i in page_ids if i in summaries]


def list_events(store: Store, flt: EventFilter) -> EventPage:
    """One page of events matching the filter, with the total and the map extent."""
    flt = flt.normalised()
    stats = event_stats(store, flt)
    return EventPage(
        items=event_summaries(store, flt),
        total=stats.total,
        page=flt.page,
        per_page=flt.per_page,
        located=stats.located,
        extent=stats.extent,
    )


def data_version(store: Store) -> int:
    """A number that changes whenever another connection commits (SQLite's data_version):
    what a cache of query results is keyed on."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


def map_points(
    store: Store,
    flt: EventFilter,
    extent: tuple[float, float, float, float] | None,
    *,
    max_points: int = 400,
    located: int | None = None,
) -> MapPoints:
    """The filtered events as map marks: each event when few, else counts on a grid.

    `extent` and `located` come from `list_events` (so the filter is not counted twice); the
    grid's cell size follows the extent so that a zoomed-in map keeps its detail.
    """
    if extent is None:
        return MapPoints()
    flt = flt.normalised()
    join, where, params = _where(flt)
    where += " AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    if located is not None and located <= max_points:
        rows = store.conn.execute(
            "SELECT e.event_id, e.latitude, e.longitude, e.fatalities, e.event_date, "
            f"e.location, e.event_type FROM events e {join} WHERE {where} "
            "ORDER BY e.event_date, e.event_id",
            params,
        ).fetchall()
        return MapPoints(points=[dict(r) for r in rows])
    span = max(extent[2] - extent[0], (extent[3] - extent[1]) * 2, 1.0)
    cell = _nice_cell(span / 60)
    rows = store.conn.execute(
        "SELECT CAST((e.latitude + 90) / ? AS INTEGER) AS gy, "
        "CAST((e.longitude + 180) / ? AS INTEGER) AS gx, count(*) AS n, "
        "sum(coalesce(e.fatalities, 0)) AS fatalities, avg(e.latitude) AS lat, "
        f"avg(e.longitude) AS lon FROM events e {join} WHERE {where} GROUP BY gy, gx",
        [cell, cell, *params],
    ).fetchall()
    cells = []
    for r in rows:
        min_lat = r["gy"] * cell - 90
        min_lon = r["gx"] * cell - 180
        cells.append(
            {
                "lat": round(r["lat"], 3),
                "lon": round(r["lon"], 3),
                "y": -round(r["lat"], 3),
                "n": r["n"],
                "size": round(1 + r["n"] ** 0.5 * 0.6, 3),
                "fatalities": r["fatalities"],
                "bbox": ",".join(
                    f"{x:g}" for x in (min_lon, min_lat, min_lon + cell, min_lat + cell)
                ),
            }
        )
    return MapPoints(cells=cells, cell_size=cell)


def _nice_cell(size: float) -> float:
    """Round a grid size to 0.1, 0.25, 0.5, 1, 2, 5, 10 degrees."""
    for nice in (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0):
        if size <= nice:
            return nice
    return 10.0


def facets(store: Store) -> dict[str, list[tuple[str, int]]]:
    """The values the filters offer, with how many events have each."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name in ("country", "event_type"):
        # only reconciled events have a country or a type: the column's own index answers
        rows = store.conn.execute(
            f"SELECT {name}, count(*) FROM events WHERE {name} IS NOT NULL "
            f"GROUP BY {name} ORDER BY {name}"
        ).fetchall()
        out[name] = [(r[0], int(r[1])) for r in rows]
    return out


def iter_filtered_events(store: Store, flt: EventFilter) -> Iterator[Event]:
    """Every event matching the filter (all pages), as full records, in the filter's order."""
    flt = flt.normalised()
    join, where, params = _where(flt)
    rows = store.conn.execute(
        f"SELECT e.data FROM events e {join} WHERE {where} ORDER BY {SORTS[flt.sort]}", params
    )
    for row in rows:
        yield Event.from_dict(json.loads(row[0]))


def article_ids_of_run(store: Store, run_id: int, limit: int = 1000) -> list[str]:
    """Ids of the articles a run stored (first `limit`, in arrival order)."""
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE run_id = ? ORDER BY seq LIMIT ?", (run_id, limit)
    )
    return [r[0] for r in rows]


def assignments_for(store: Store, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    """article_id -> {event_id, duplicate_of, kind} for those that are grouped."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(article_ids), 500):
        part = article_ids[i : i + 500]
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(
            "SELECT article_id, event_id, duplicate_of, kind FROM assignments "
            f"WHERE article_id IN ({marks})",
            part,
        )
        for r in rows:
            out[r[0]] = {"event_id": r[1], "duplicate_of": r[2], "kind": r[3]}
    return out


def run_summary(store: Store, run_id: int) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
    return dict(row) if row else None
