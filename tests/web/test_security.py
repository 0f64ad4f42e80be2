"""Hostile input stays text, headers are strict, writes need the token, bodies are bounded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import pytest
from desk_sample import TOKEN
from fastapi.testclient import TestClient

from newsfold.web.security import safe_url

PAGES = [
    "/events",
    "/events?q=lyon",
    "/events/ev_xss",
    "/events/ev_clash",
    "/articles/xss-1",
    "/articles/clash-1",
    "/ingest",
    "/docs",
    "/events/missing",
]


class _Collector(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collector()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("path", PAGES)
def test_no_markup_from_articles(client: TestClient, path: str) -> None:
    html = client.get(path).text
    tags = _tags(html)
    for tag, attrs in tags:
        # the only scripts are our own static files
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), attrs
        # no event handlers, no inline style, nothing the CSP would have to stop
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name != "style", (tag, attrs)
            if name in ("href", "src", "action", "xlink:href"):
                assert value is not None
                assert value.startswith(("/", "#", "?", "http://", "https://")), (tag, value)
        assert tag not in ("iframe", "object", "embed", "img", "base"), tag
    # the payloads are there, as text
    if path in ("/events/ev_xss", "/articles/xss-1"):
        assert "&lt;script&gt;alert(" in html
        assert "onerror=alert(1)&gt;" in html
        assert "<script>alert" not in html


def test_javascript_url_is_text_not_link(client: TestClient) -> None:
    html = client.get("/articles/xss-1").text
    assert "javascript:alert(3)" in html
    hrefs = [a.get("href") or "" for t, a in _tags(html) if t == "a"]
    assert not any("javascript" in h.lower() for h in hrefs)


def test_claim_highlights_escape_their_text(client: TestClient) -> None:
    html = client.get("/articles/xss-1").text
    assert (
        '<mark class="claim f-injuries" id="c1" title="injuries: 3">'
        "&lt;a href=&#34;javascript:alert(4)&#34;&gt;three people&lt;/a&gt; were hurt</mark>"
    ) in html
    # the boilerplate is on demand, as text
    assert "<details" in html and "&lt;script&gt;alert(&#39;removed&#39;)" in html


def test_safe_url() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//evil.example/x",
        "/relative",
        'https://a.example/"onmouseover="x',
        "https://a.example/<script>",
        "",
        None,
        42,
    ):
        assert safe_url(bad) is None, bad


@pytest.mark.parametrize(
    "path", ["/events", "/api/events", "/static/app.css", "/map/world.svg", "/nope", "/docs"]
)
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


ALLOWED_URLS = ("http://127.0.0.1", "http://www.w3.org/2000/svg", "https://…")
_URL = re.compile(r"""(?:https?:)?//[^\s"'<>)]*""")


def test_no_external_urls_in_assets(client: TestClient) -> None:
    """Nothing shipped points elsewhere (no CDN, fonts or tiles): pages work offline."""
    package = resources.files("newsfold.web")
    for folder in (package.joinpath("static"), package.joinpath("templates")):
        for entry in _walk(folder):
            if entry.name.endswith((".css", ".js", ".html", ".svg")):
                text = entry.read_text(encoding="utf-8")
                for url in _URL.findall(text):
                    if url.startswith("//") and entry.name.endswith(".js"):
                        continue  # a JavaScript comment
                    assert url.startswith(ALLOWED_URLS), (entry.name, url)
    for path in PAGES[:-1]:
        for tag, attrs in _tags(client.get(path).text):
            if tag in ("script", "link", "img", "use", "form"):
                for key in ("src", "href", "action"):
                    value = attrs.get(key)
                    assert value is None or value.startswith("/"), (path, tag, value)


def _walk(folder: Any) -> Iterator[Any]:
    for entry in folder.iterdir():
        if entry.is_dir():
            yield from _walk(entry)
        else:
            yield entry


def test_world_svg_is_cached(client: TestClient) -> None:
    r = client.get("/map/world.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert 'id="world"' in r.text
    again = client.get("/map/world.svg", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


# -- the token -------------------------------------------------------------------------------


RECORD = {"title": "t", "text": "Nothing happened in Lyon on Monday.", "published": "2022-01-03"}


def test_post_without_token_is_refused(client: TestClient) -> None:
    r = client.post("/api/articles", json=RECORD)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_post_with_wrong_token_is_refused(client: TestClient) -> None:
    for headers in (
        {"Authorization": "Bearer wrong"},
        {"X-API-Token": "wrong"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer "},
    ):
        r = client.post("/api/articles", json=RECORD, headers=headers)
        assert r.status_code in (401, 403), headers


def test_ingest_form_without_token_is_refused(client: TestClient) -> None:
    r = client.post("/ingest", data={"token": "", "text": "A title\n\nSome text."})
    assert r.status_code == 401
    assert "token is missing or wrong" in r.text
    r = client.post("/ingest", data={"token": "nope", "text": "A title\n\nSome text."})
    assert r.status_code == 403


def test_get_never_writes(client: TestClient) -> None:
    assert client.get("/api/articles").status_code in (404, 405)
    assert client.put("/api/articles", json=RECORD).status_code == 405
    assert client.delete("/api/events/ev_clash").status_code == 405


# -- size limits -------------------------------------------------------------------------------


def test_big_body_is_413(client: TestClient) -> None:
    big = [{"text": "x" * 1024}] * 100  # ~100 kB against a 64 kB limit
    r = client.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    # even without the token the body is refused before anything else
    assert client.post("/api/articles", json=big).status_code == 413


def test_big_chunked_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"["
        for _ in range(200):
            yield b'{"text": "' + b"y" * 1000 + b'"},'
        yield b'{"text": "end"}]'

    r = client.post(
        "/api/articles",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413


def test_big_upload_is_413(client: TestClient) -> None:
    r = client.post(
        "/ingest",
        data={"token": TOKEN},
        files={"files": ("big.txt", b"z" * 200_000, "text/plain")},
    )
    assert r.status_code == 413
