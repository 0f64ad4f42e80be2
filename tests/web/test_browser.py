"""End to end in a real headless browser (Debian's chromium driven by Playwright).

The desk runs under uvicorn on a free loopback port; the tests open the list, filter it,
open an event and an article, ingest a pasted article, and keep screenshots under
test-artifacts/web/. Any console error (a Content-Security-Policy violation shows up as one),
page error, dialog (an `alert` from an injected script) or failed request fails the test.

Without chromium or Playwright the tests are skipped, except when NEWSFOLD_REQUIRE_BROWSER=1
(CI sets it): then they fail. NEWSFOLD_CHROMIUM names another browser binary.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_sample import TOKEN, build_store

from newsfold.web import Settings, create_app

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("NEWSFOLD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required (NEWSFOLD_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


def _chromium() -> str | None:
    """Debian's chromium, or the browser NEWSFOLD_CHROMIUM names (and only that one)."""
    chosen = os.environ.get("NEWSFOLD_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).exists() else None
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install playwright)")
    executable = _chromium()
    if executable is None:
        _unavailable("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "desk.db"
    build_store(path)
    app = create_app(Settings(db_path=path, token=TOKEN))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class Problems:
    """What went wrong in the page: console errors, page errors, dialogs, failed requests."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.allowed_statuses: set[int] = set()

    def watch(self, page: Any) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.items.append(f"page error: {e}"))
        page.on("dialog", self._dialog)
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.on(
            "request",
            lambda r: (
                self.items.append(f"left the machine: {r.url}")
                if not r.url.startswith(("http://127.0.0.1", "data:", "about:"))
                else 0
            ),
        )

    def _console(self, message: Any) -> None:
        if message.type != "error":
            return
        expected = any(f"status of {status} " in message.text for status in self.allowed_statuses)
        if not expected:
            self.items.append(f"console {message.type}: {message.text}")

    def _failed(self, request: Any) -> None:
        # a request the browser dropped because the test moved on to another page (a click on
        # the pager before the map's last asset arrived, on a loaded machine) is no fault
        if request.failure == "net::ERR_ABORTED":
            return
        self.items.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response: Any) -> None:
        if response.status >= 400 and response.status not in self.allowed_statuses:
            self.items.append(f"HTTP {response.status}: {response.url}")

    def _dialog(self, dialog: Any) -> None:
        self.items.append(f"dialog ({dialog.type}): {dialog.message}")
        dialog.dismiss()


@pytest.fixture
def problems() -> Problems:
    return Problems()


@pytest.fixture
def page(browser: Any, problems: Problems, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    problems.watch(page)
    page.set_default_timeout(20_000)
    try:
        yield page
        page.wait_for_timeout(200)  # late console messages
    finally:
        context.close()
    assert problems.items == [], f"{request.node.name}: {problems.items}"


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_list_filter_event_article(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/events")
    assert page.locator("h1").inner_text() == "63 events"
    assert page.locator("svg.map use").count() == 1
    assert page.locator("svg.map circle").count() > 0
    assert page.locator("table.events tbody tr").count() == 50
    # the outlines are drawn (the referenced SVG loaded and has shapes)
    box = page.locator("svg.map").bounding_box()
    assert box and box["width"] > 600
    shot(page, "01-events")

    # filter: a select applies at once (app.js), a search on submit
    page.select_option("select[name=country]", "Venezuela")
    page.wait_for_url("**country=Venezuela**")
    assert page.locator("h1").inner_text() == "1 event"
    page.fill("input[name=q]", "maracay")
    page.click("button[type=submit]")
    page.wait_for_url("**q=maracay**")
    assert page.locator("h1").inner_text() == "1 event"
    shot(page, "02-events-filtered")

    # the event
    page.click("table.events tbody tr td.notes a")
    page.wait_for_url("**/events/ev_clash")
    assert "Battles" in page.locator("h1").inner_text()
    assert page.locator("table.compare thead th.report").count() == 3
    assert page.locator("tr.row-compatible th.field").first.inner_text().startswith("fatalities")
    assert page.locator("svg.graph line.edge").count() >= 2
    assert page.locator("svg.timeline circle.report").count() == 3
    assert page.locator("svg.map circle.pin").count() == 1
    assert page.locator(".fact .badge.single").count() >= 1
    shot(page, "03-event")

    # one of its reports
    page.click("table.compare thead th.report a >> nth=0")
    page.wait_for_url("**/articles/clash-1")
    assert page.locator(".clean-text mark.claim").count() >= 4
    details = page.locator("details.removed")
    assert not details.locator("pre").first.is_visible()
    details.locator("summary").click()
    assert details.locator("pre").first.is_visible()
    assert "Leave a Reply" in details.inner_text()
    shot(page, "04-article")


def test_pagination_and_map_links(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/events?per_page=20&sort=fatalities")
    page.click("nav.pager a[rel=next]")
    page.wait_for_url("**page=2**")
    assert "page 2 of 4" in page.locator("nav.pager").inner_text()
    # a dot on the map is a link to its event
    page.goto(f"{base_url}/events")
    page.locator("svg.map a[href='/events/ev_protest'] circle").click()
    page.wait_for_url("**/events/ev_protest")
    assert "Protests" in page.locator("h1").inner_text()


def test_hostile_article_stays_text(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/events/ev_xss")
    assert "<script>" in page.locator("table.compare thead").inner_text()
    assert page.locator("table.compare a[href^=javascript]").count() == 0
    shot(page, "05-event-hostile")
    page.goto(f"{base_url}/articles/xss-1")
    assert "<script>alert('text')</script>" in page.locator(".clean-text").inner_text()
    assert page.locator(".clean-text script, .clean-text img, .clean-text a").count() == 0
    assert page.locator("span.unsafe-url").inner_text() == "javascript:alert(3)"
    shot(page, "06-article-hostile")


def test_docs_page(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/docs")
    assert page.locator("section.operation").count() >= 6
    shot(page, "07-api-docs")


def test_ingest_paste_with_progress(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/ingest")
    page.fill("input[name=token]", TOKEN)
    page.fill(
        "textarea[name=text]",
        "Bridge collapse in Ghent\n\nA footbridge collapsed in Ghent on Thursday; "
        "three people were injured, police said.",
    )
    page.click("button[type=submit]")
    page.wait_for_url("**/jobs/**")
    # (no wait_for_function: the page's CSP rightly forbids evaluating strings as script)
    page.wait_for_selector("#job-status:text-matches('^(done|failed)$')", timeout=120_000)
    job = page.locator("section.job").inner_text()
    assert page.locator("#job-status").inner_text() == "done", job
    assert "1 new" in job
    shot(page, "08-ingest-done")
    page.click("table.jobs a >> nth=0")
    page.wait_for_url("**/articles/**")
    assert page.locator("h1").inner_text() == "Bridge collapse in Ghent"


def test_ingest_wrong_token_is_refused(page: Any, base_url: str, problems: Problems) -> None:
    problems.allowed_statuses.add(403)
    page.goto(f"{base_url}/ingest")
    page.fill("input[name=token]", "wrong")
    page.fill("textarea[name=text]", "Title\n\nBody.")
    with page.expect_response(lambda r: r.url.endswith("/ingest") and r.status == 403):
        page.click("button[type=submit]")
    assert "missing or wrong" in page.locator(".notice.error").inner_text()
