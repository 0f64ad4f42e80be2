"""What the API and the pages share: settings, read connections, filters, templates, links."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast
from urllib.parse import quote, urlencode

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from newsfold.records import Event
from newsfold.store import Store, queries
from newsfold.store.queries import MAX_PER_PAGE, SORT_LABELS, EventFilter
from newsfold.web.security import safe_url
from newsfold.web.views import show_value, slug

DEFAULT_MAX_BODY = 20 * 1024 * 1024
T = TypeVar("T")


@dataclass(slots=True)
class Settings:
    """How a desk runs: its database, its API token and its request size limit."""

    db_path: Path
    token: str
    max_body: int = DEFAULT_MAX_BODY
    allow_server_paths: bool = True


class Readers:
    """One read-only connection per worker thread (SQLite connections are not shared)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path, readonly=True)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                with contextlib.suppress(Exception):  # a gone thread's connection
                    store.close()
            self._all.clear()


def reader(request: Request) -> Store:
    """Dependency: this thread's read-only store."""
    readers: Readers = request.app.state.readers
    return readers.get()


ReadStore = Annotated[Store, Depends(reader)]


class ResultCache:
    """Query results kept until the database changes.

    The key of every entry includes SQLite's `data_version` as seen from a connection of the
    cache's own, which changes whenever any other connection (an ingest job, `newsfold run` in
    another process) commits: a result is never served after the data under it changed.
    Counts, the map and the filter choices are the same for every page and sort of a list,
    so paging and re-sorting only run the cheap page query.
    """

    def __init__(self, db_path: Path, size: int = 256) -> None:
        self._watch = Store(db_path, readonly=True)
        self._lock = threading.Lock()
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self.size = size

    def generation(self) -> int:
        with self._lock:
            return queries.data_version(self._watch)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        full = (self.generation(), key)
        with self._lock:
            if full in self._data:
                self._data.move_to_end(full)
                return cast(T, self._data[full])
        value = compute()
        with self._lock:
            self._data[full] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def close(self) -> None:
        with self._lock:
            self._data.clear()
            self._watch.close()


def event_list(request: Request, store: Store, flt: EventFilter) -> queries.EventPage:
    """A page of events with the total and the extent, through the cache."""
    cache: ResultCache = request.app.state.cache
    stats = cache.get(("stats", flt.unpaged()), lambda: queries.event_stats(store, flt))
    items = cache.get(("page", flt), lambda: queries.event_summaries(store, flt))
    return queries.EventPage(
        items=items,
        total=stats.total,
        page=flt.page,
        per_page=flt.per_page,
        located=stats.located,
        extent=stats.extent,
    )


def event_map(request: Request, store: Store, flt: EventFilter, page: queries.EventPage) -> Any:
    cache: ResultCache = request.app.state.cache
    return cache.get(
        ("map", flt.unpaged()),
        lambda: queries.map_points(store, flt, page.extent, located=page.located),
    )


def event_facets(request: Request, store: Store) -> dict[str, list[tuple[str, int]]]:
    cache: ResultCache = request.app.state.cache
    return cache.get(("facets",), lambda: queries.facets(store))


# -- filters ----------------------------------------------------------------------------------


class FilterError(ValueError):
    pass


@dataclass(slots=True)
class FilterParams:
    """The list filters as they came in (strings; empty means unset), for forms and links."""

    q: str = ""
    date_from: str = ""
    date_to: str = ""
    country: str = ""
    event_type: str = ""
    min_fatalities: str = ""
    min_sources: str = ""
    has_conflicts: str = ""
    bbox: str = ""
    sort: str = ""
    page: str = ""
    per_page: str = ""

    def query(self, **changes: Any) -> str:
        """A query string of the set filters with some changed (None or "" removes one)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({k: ("" if v is None else str(v)) for k, v in changes.items()})
        return urlencode({k: v for k, v in values.items() if v})

    def active(self) -> bool:
        return any(
            getattr(self, k)
            for k in (
                "q",
                "date_from",
                "date_to",
                "country",
                "event_type",
                "min_fatalities",
                "min_sources",
                "has_conflicts",
                "bbox",
            )
        )


def filter_params(
    q: str | None = Query(None, description="Full-text search (words AND-ed; `word*` prefix)"),
    date_from: str | None = Query(None, description="Earliest event_date, YYYY-MM-DD"),
    date_to: str | None = Query(None, description="Latest event_date, YYYY-MM-DD"),
    country: str | None = Query(None, description="Country name or ISO3 code"),
    event_type: str | None = Query(None, description="ACLED event type"),
    min_fatalities: str | None = Query(None, description="Minimum best fatality estimate"),
    min_sources: str | None = Query(None, description="Minimum independent sources"),
    has_conflicts: str | None = Query(
        None, description="`yes`: only events whose reports conflict; `no`: only without"
    ),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    sort: str | None = Query(None, description="One of: " + ", ".join(SORT_LABELS)),
    page: str | None = Query(None, description="Page number, from 1"),
    per_page: str | None = Query(None, description=f"Events per page (max {MAX_PER_PAGE})"),
) -> FilterParams:
    """Dependency: the list filters as strings (HTML forms send empty fields)."""
    return FilterParams(
        **{
            k: (v or "").strip()[:500]
            for k, v in {
                "q": q,
                "date_from": date_from,
                "date_to": date_to,
                "country": country,
                "event_type": event_type,
                "min_fatalities": min_fatalities,
                "min_sources": min_sources,
                "has_conflicts": has_conflicts,
                "bbox": bbox,
                "sort": sort,
                "page": page,
                "per_page": per_page,
            }.items()
        }
    )


Filters = Annotated[FilterParams, Depends(filter_params)]


def _int(name: str, value: str, errors: list[str], minimum: int = 0) -> int | None:
    if not value:
        return None
    try:
        n = int(value)
    except ValueError:
        errors.append(f"{name}: not a whole number: {value!r}")
        return None
    if n < minimum:
        errors.append(f"{name}: must be at least {minimum}")
        return None
    return n


def _day(name: str, value: str, errors: list[str]) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        errors.append(f"{name}: not a date (YYYY-MM-DD): {value!r}")
        return None


def to_filter(params: FilterParams, *, per_page: int = 50) -> tuple[EventFilter, list[str]]:
    """Parse the filters; returns the filter and what could not be understood."""
    errors: list[str] = []
    conflicts: bool | None = None
    if params.has_conflicts:
        value = params.has_conflicts.lower()
        if value in ("1", "yes", "true", "on"):
            conflicts = True
        elif value in ("0", "no", "false", "off"):
            conflicts = False
        else:
            errors.append(f"has_conflicts: use yes or no, not {params.has_conflicts!r}")
    bbox = None
    if params.bbox:
        try:
            parts = [float(x) for x in params.bbox.split(",")]
            if len(parts) != 4 or not all(map(_finite, parts)):
                raise ValueError
            bbox = (parts[0], parts[1], parts[2], parts[3])
        except ValueError:
            errors.append("bbox: four numbers min_lon,min_lat,max_lon,max_lat")
    if params.sort and params.sort not in SORT_LABELS:
        errors.append(f"sort: one of {', '.join(SORT_LABELS)}")
    flt = EventFilter(
        q=params.q or None,
        date_from=_day("date_from", params.date_from, errors),
        date_to=_day("date_to", params.date_to, errors),
        country=params.country or None,
        event_type=params.event_type or None,
        min_fatalities=_int("min_fatalities", params.min_fatalities, errors),
        min_sources=_int("min_sources", params.min_sources, errors),
        has_conflicts=conflicts,
        bbox=bbox,
        sort=params.sort or ("relevance" if params.q else "date"),
        page=_int("page", params.page, errors, minimum=1) or 1,
        per_page=_int("per_page", params.per_page, errors, minimum=1) or per_page,
    )
    return flt.normalised(), errors


def _finite(x: float) -> bool:
    return x == x and abs(x) != float("inf")


# -- templates ----------------------------------------------------------------------------------


def event_href(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def live_event(
    store: Store, event_id: str, href: Callable[[str], str], sentence: bool = False
) -> Event | RedirectResponse:
    """The event `event_id` names, or a redirect (308) to `href` of the event it was merged
    into; 404 when there is no such event or it has not been reconciled yet (the messages as
    a sentence for a page, bare for the API)."""

    def say(text: str) -> str:
        return f"{text[0].upper()}{text[1:]}." if sentence else text

    live = store.resolve_event_id(event_id)
    if live is None:
        raise HTTPException(404, say(f"no event {event_id!r}"))
    if live != event_id:
        return RedirectResponse(href(live), status_code=308)
    event = store.event(live)
    if event is None:
        raise HTTPException(404, say(f"event {event_id!r} has not been reconciled yet"))
    return event


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def _tojson_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=str)


def _fmt(value: Any, digits: int = 4) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return str(value)


def make_templates() -> Environment:
    """The Jinja2 environment: autoescape on for every template."""
    env = Environment(
        loader=PackageLoader("newsfold.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["event_href"] = event_href
    env.filters["article_href"] = article_href
    env.filters["pretty_json"] = _tojson_text
    env.filters["fmt"] = _fmt
    env.filters["slug"] = slug
    env.filters["show_value"] = show_value
    env.globals["sort_labels"] = SORT_LABELS
    return env
