"""The analyst's desk: a FastAPI application with server-rendered pages and a JSON API.

`newsfold serve` runs it; `create_app(Settings(...))` builds it for tests and embedding.
Everything it shows ships in this package (templates, CSS, JS, map outlines, API docs).
"""

from newsfold.web.app import create_app
from newsfold.web.common import Settings

__all__ = ["Settings", "create_app"]
