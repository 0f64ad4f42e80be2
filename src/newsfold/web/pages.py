"""The analyst's pages: the events list with its map, an event, an article, ingest, API docs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from newsfold.web import mapdraw, views
from newsfold.web.common import (
    Filters,
    ReadStore,
    event_facets,
    event_href,
    event_list,
    event_map,
    live_event,
    to_filter,
)
from newsfold.web.jobs import JobManager
from newsfold.web.security import token_matches

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    template = request.app.state.templates.get_template(name)
    html = template.render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=302)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    params: Filters,
    store: ReadStore,
) -> HTMLResponse:
    # The page is a function of the query and the data: kept, rendered, until the database
    # changes (the cache's key holds SQLite's data_version), so a reload or a colleague's
    # identical search costs a look-up instead of a 65 kB render.
    html = request.app.state.cache.get(
        ("events-page", request.url.query), lambda: _events_html(request, params, store)
    )
    return HTMLResponse(html)


def _events_html(request: Request, params: Filters, store: ReadStore) -> str:
    flt, errors = to_filter(params)
    page = event_list(request, store, flt)
    marks = event_map(request, store, flt, page)
    view = mapdraw.fit(page.extent)
    cell_query = params.query(bbox=None, page=None)
    cell_link = "/events?" + (cell_query + "&" if cell_query else "") + "bbox="
    marks_svg = request.app.state.cache.get(
        ("map-svg", flt.unpaged(), cell_link),
        lambda: views.map_marks(marks, view.scale * 4, cell_link),
    )
    template = request.app.state.templates.get_template("events.html")
    return str(
        template.render(
            request_path=request.url.path,
            params=params,
            flt=flt,
            errors=errors,
            page=page,
            marks=marks,
            marks_svg=marks_svg,
            view=view,
            facets=event_facets(request, store),
        )
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str, request: Request, store: ReadStore) -> Response:
    event = live_event(store, event_id, event_href, sentence=True)
    if isinstance(event, RedirectResponse):
        return event
    assignments = store.event_assignments(event_id)
    ids = list(dict.fromkeys([*event.article_ids, *(a["article_id"] for a in assignments)]))
    articles = store.articles(ids)
    order = {a["article_id"]: n for n, a in enumerate(assignments)}
    articles.sort(key=lambda a: (a.published or "9999", order.get(a.id, 1 << 30)))
    reports, rows = views.compare(event, articles, assignments)
    nodes, edges = views.dependence_graph(event, articles, assignments)
    line = views.timeline(event, articles)
    view = (
        mapdraw.around(event.longitude, event.latitude)
        if event.latitude is not None and event.longitude is not None
        else None
    )
    return render(
        request,
        "event.html",
        event=event,
        fields=views.record_fields(event),
        reports=reports,
        rows=rows,
        nodes=nodes,
        edges=edges,
        line=line,
        lanes=views.lanes_height(line.points),
        view=view,
        missing=[i for i in event.article_ids if i not in {a.id for a in articles}],
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, store: ReadStore) -> Response:
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"No article {article_id!r}.")
    analysis = store.analysis(article_id)
    claims = analysis.event.claims if analysis else []
    discarded = analysis.discarded if analysis else []
    text, marks = views.highlight(article.text, claims, discarded)
    assignment = store.assignment(article_id) or {}
    return render(
        request,
        "article.html",
        article=article,
        text=text,
        marks=marks,
        assignment=assignment,
        analysis=analysis,
    )


# -- ingest ---------------------------------------------------------------------------------


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    jobs: JobManager = request.app.state.jobs
    return render(request, "ingest.html", error=None, recent=jobs.recent(), form={})


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request) -> Response:
    settings = request.app.state.settings
    form = await request.form(max_part_size=settings.max_body, max_files=100, max_fields=20)
    try:
        token = str(form.get("token") or "")
        text = str(form.get("text") or "")
        path = str(form.get("path") or "").strip()
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        files = [(f.filename or "upload", await f.read()) for f in uploads]
    finally:
        await form.close()
    jobs: JobManager = request.app.state.jobs
    kept = {"text": text, "path": path}

    def again(message: str, status: int) -> HTMLResponse:
        return render(
            request, "ingest.html", status, error=message, recent=jobs.recent(), form=kept
        )

    if not token_matches(token, settings.token):
        return again("The API token is missing or wrong.", 401 if not token else 403)
    paths: list[str] = []
    if path:
        if not settings.allow_server_paths:
            return again("Reading paths on the server is turned off for this desk.", 403)
        if not Path(path).exists():
            return again(f"No such file or directory on the server: {path}", 422)
        paths.append(path)
    if not (text.strip() or files or paths):
        return again("Paste some text, choose files or give a path.", 422)
    job = jobs.submit_form(text=text, files=files, paths=paths)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(job_id: str, request: Request) -> HTMLResponse:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"No job {job_id!r} (jobs are kept while the desk runs).")
    return render(request, "job.html", job=job.to_dict())


# -- the map outlines and the API docs -----------------------------------------------------


@router.get("/map/world.svg")
def world_svg(request: Request) -> Response:
    svg, etag = mapdraw.world_svg()
    headers = {"ETag": etag, "Cache-Control": "public, max-age=86400"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(svg, media_type="image/svg+xml", headers=headers)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    operations = []
    for path, items in spec.get("paths", {}).items():
        for method, op in items.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or "",
                    "description": op.get("description") or "",
                    "parameters": op.get("parameters", []),
                    "responses": op.get("responses", {}),
                    "body": "requestBody" in op,
                    "anchor": f"{method}-{path}".replace("/", "-")
                    .replace("{", "")
                    .replace("}", ""),
                }
            )
    return render(request, "docs.html", spec=spec, operations=operations)
