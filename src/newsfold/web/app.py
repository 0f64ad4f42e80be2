"""The desk's FastAPI application: `create_app(settings)`.

Nothing is fetched from elsewhere: templates, CSS, JS, the map outlines and the API docs page
all ship in this package. FastAPI's own /docs and /redoc (which load Swagger UI and ReDoc from
a CDN) are turned off; /docs is a server-rendered page of the OpenAPI schema, and the schema
itself is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import newsfold
from newsfold.store import Store
from newsfold.web import api, pages
from newsfold.web.common import Readers, ResultCache, Settings, make_templates
from newsfold.web.jobs import JobManager
from newsfold.web.security import BodyLimitMiddleware, SecurityHeadersMiddleware

DESCRIPTION = """\
newsfold's analyst desk: events built from many reports, with their sources, the facts each
report gives (with the sentence it came from), where the reports agree and conflict, and which
reports depend on others. Reads need nothing; `POST /api/articles` needs the API token
(`Authorization: Bearer TOKEN` or `X-API-Token: TOKEN`).
"""


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith(("/api/", "/downloads/")) or path == "/openapi.json"


def create_app(settings: Settings) -> FastAPI:
    """The application for one database. The database is created and migrated if needed."""
    Store(settings.db_path).close()  # create / migrate once, before the read-only connections

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.jobs.close()
        app.state.readers.close()
        app.state.cache.close()

    app = FastAPI(
        title="newsfold",
        version=getattr(newsfold, "__version__", "0"),
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.readers = Readers(settings.db_path)
    app.state.cache = ResultCache(settings.db_path)
    app.state.jobs = JobManager(settings.db_path)
    app.state.templates = make_templates()

    static = resources.files("newsfold.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schema.setdefault("components", {}).setdefault("schemas", {})["InputRecord"] = (
                api.INPUT_RECORD_SCHEMA
            )
            schema["components"]["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiToken": {"type": "apiKey", "in": "header", "name": "X-API-Token"},
            }
            post = schema["paths"]["/api/articles"]["post"]
            post["security"] = [{"bearer": []}, {"apiToken": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if _is_api(request) or exc.status_code in (304,):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=headers)
        return pages.render(
            request,
            "error.html",
            exc.status_code,
            status=exc.status_code,
            message=exc.detail if isinstance(exc.detail, str) else str(exc.detail),
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        if _is_api(request):
            return JSONResponse({"detail": errors}, 422)
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return pages.render(request, "error.html", 422, status=422, message=message)

    app.add_middleware(BodyLimitMiddleware, limit=settings.max_body)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
