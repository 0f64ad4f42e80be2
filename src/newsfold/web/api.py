"""The JSON API: events (filtered, paginated), one event, one article, ingest, jobs, downloads."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from typing import Any, TextIO, cast

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from newsfold.export import export
from newsfold.store import queries
from newsfold.web.common import (
    Filters,
    ReadStore,
    article_href,
    event_facets,
    event_href,
    event_list,
    live_event,
    to_filter,
)
from newsfold.web.jobs import JobManager, validate_records
from newsfold.web.security import require_token

router = APIRouter()
INPUT_REF = "#/components/schemas/InputRecord"

DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
}


def api_event_href(event_id: str) -> str:
    return "/api" + event_href(event_id)


def api_article_href(article_id: str) -> str:
    return "/api" + article_href(article_id)


@router.get("/api/events", tags=["events"], summary="List events (filtered, paginated)")
def list_events(
    request: Request,
    params: Filters,
    store: ReadStore,
) -> dict[str, Any]:
    """Events matching the filters, one page at a time, newest first unless `sort` says
    otherwise. Each item is the event's summary; follow `url` for the whole record."""
    flt, errors = to_filter(params)
    if errors:
        raise HTTPException(422, errors)
    page = event_list(request, store, flt)
    items = [
        {**item, "url": api_event_href(item["event_id"]), "page": event_href(item["event_id"])}
        for item in page.items
    ]
    links: dict[str, str | None] = {
        "self": "/api/events?" + params.query(page=page.page),
        "next": "/api/events?" + params.query(page=page.page + 1)
        if page.page < page.pages
        else None,
        "prev": "/api/events?" + params.query(page=page.page - 1) if page.page > 1 else None,
    }
    return {
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
        "pages": page.pages,
        "sort": flt.sort,
        "items": items,
        "links": links,
    }


@router.get("/api/facets", tags=["events"], summary="Values the filters offer")
def facets(request: Request, store: ReadStore) -> dict[str, Any]:
    """Countries and event types present, with how many events each."""
    found = event_facets(request, store)
    return {k: [{"value": v, "n": n} for v, n in rows] for k, rows in found.items()}


@router.get(
    "/api/events/{event_id}",
    tags=["events"],
    summary="One event: the contract's whole record",
    responses={308: {"description": "The event was merged: follow Location to the survivor"}},
)
def get_event(event_id: str, store: ReadStore) -> Any:
    """The event record of the data contract. An id that was merged into another event
    redirects (308) to the surviving event."""
    event = live_event(store, event_id, api_event_href)
    return event if isinstance(event, RedirectResponse) else event.to_dict()


@router.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article")
def get_article(article_id: str, store: ReadStore) -> dict[str, Any]:
    """The contract's article record (clean text, event_id, duplicate_of), with what was
    removed as boilerplate and the claims extracted from it (offsets into `text`)."""
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    assignment = store.assignment(article_id) or {}
    analysis = store.analysis(article_id)
    return {
        **article.to_export(),
        "event_id": assignment.get("event_id"),
        "duplicate_of": assignment.get("duplicate_of"),
        "removed": article.removed,
        "claims": [c.to_dict() for c in analysis.event.claims] if analysis else [],
        "discarded": [c.to_dict() for c in analysis.discarded] if analysis else [],
    }


@router.post(
    "/api/articles",
    tags=["articles"],
    summary="Add articles (input records of the contract); needs the API token",
    status_code=200,
    dependencies=[Depends(require_token)],
    responses={
        201: {"description": "Stored: at least one article was new"},
        202: {"description": "Accepted (wait=false): poll the job at Location"},
        401: {"description": "No token"},
        403: {"description": "Wrong token"},
        413: {"description": "Body over the size limit"},
        422: {"description": "No usable record"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [
                            {"$ref": INPUT_REF},
                            {"type": "array", "items": {"$ref": INPUT_REF}},
                        ]
                    }
                }
            },
        }
    },
)
async def post_articles(
    request: Request,
    wait: bool = Query(True, description="Wait for the run to finish (else 202 and a job)"),
) -> JSONResponse:
    """Ingest one record or a list of them, then analyse, group and reconcile, as
    `newsfold run` does. Records that cannot be used are reported, never silently dropped."""
    body = await request.body()
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HTTPException(422, f"body is not JSON: {err}") from None
    records, rejected = validate_records(data)
    if not records:
        raise HTTPException(422, {"message": "no usable record", "rejected": rejected})
    jobs: JobManager = request.app.state.jobs
    job = jobs.submit_records(records, rejected)
    location = f"/api/jobs/{job.id}"
    if not wait:
        return JSONResponse(job.to_dict(), status_code=202, headers={"Location": location})
    await run_in_threadpool(job.finished.wait)
    result = job.to_dict()
    if job.status != "done":
        return JSONResponse(result, status_code=500, headers={"Location": location})
    for article in result["report"].get("articles", []):
        article["url"] = api_article_href(article["id"])
        if article.get("event_id"):
            article["event_url"] = api_event_href(article["event_id"])
    status = 201 if result["report"].get("new") else 200
    return JSONResponse(result, status_code=status, headers={"Location": location})


@router.get("/api/jobs/{job_id}", tags=["articles"], summary="An ingest job's progress")
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    """Status (queued, running, done, failed), stage, progress and, when done, the report."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    result: dict[str, Any] = job.to_dict()
    return result


@router.get(
    "/downloads/events.{fmt}",
    tags=["downloads"],
    summary="The filtered events as CSV (ACLED columns), GeoJSON or JSONL",
    response_class=StreamingResponse,
)
def download(
    fmt: str,
    params: Filters,
    store: ReadStore,
) -> StreamingResponse:
    """Every event matching the filters (all pages), written by `newsfold export`'s writers."""
    if fmt not in DOWNLOADS:
        raise HTTPException(404, f"no download format {fmt!r}; use csv, geojson or jsonl")
    flt, errors = to_filter(params)
    if errors:
        raise HTTPException(422, errors)
    media_type, suffix = DOWNLOADS[fmt]
    spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by the stream below
        max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8", newline=""
    )
    try:
        export("events", fmt, cast(TextIO, spool), events=queries.iter_filtered_events(store, flt))
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    return StreamingResponse(
        _chunks(spool),
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="newsfold-events-{stamp}.{suffix}"',
            "Cache-Control": "no-store",
        },
    )


def _chunks(spool: Any) -> Iterator[str]:
    try:
        while chunk := spool.read(64 * 1024):
            yield chunk
    finally:
        spool.close()


INPUT_RECORD_SCHEMA: dict[str, Any] = {
    "title": "InputRecord",
    "type": "object",
    "description": "One article, as in the data contract: `text` or `html` is required.",
    "properties": {
        "id": {"type": "string", "description": "the caller's id; derived when absent"},
        "text": {"type": "string", "description": "plain text"},
        "html": {"type": "string", "description": "a whole HTML page (boilerplate removed)"},
        "title": {"type": "string"},
        "published": {"type": "string", "description": "ISO 8601 date or datetime"},
        "url": {"type": "string"},
        "source": {"type": "string", "description": "the outlet; from the url when absent"},
        "language": {"type": "string", "description": "ISO 639-1; detected when absent"},
    },
}
