"""Shared by the tests of analyse/where/: an article's text (and its headline and address)
read by `where` alone, with the packaged model."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsfold.analyse import analyse_many, where
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article, Event

NO_OUTLET = "https://www.example.com/news/a-shooting"
"""An address that names no known outlet: the text alone places the event."""


def run(text: str, title: str | None = None, url: str | None = None) -> Context:
    """The context after `where` has read the article (no date anchor)."""
    article = Article(id="t", text=text, title=title, url=url)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=None)
    where.annotate(ctx)
    return ctx


def event(text: str, url: str | None = None) -> Event:
    """The event `where` places from the text and the outlet's address."""
    return run(text, url=url).event


def events_by_id(articles: list[Article]) -> dict[str, Event]:
    """Each article's event from the whole per-article analysis, by the article's id (the
    tables of invented reports are analysed in one batch)."""
    return {a.id: r.event for a, r in zip(articles, analyse_many(articles), strict=True)}


def analysed_event(text: str, *, title: str, url: str, published: str) -> Event:
    """One invented report's event from the whole per-article analysis."""
    article = Article(id="t", title=title, published=published, url=url, text=text)
    return events_by_id([article])["t"]


def table_events(
    probes: Sequence[Sequence[str | tuple[str, ...]]], published: str = "2024-05-06T12:00:00Z"
) -> dict[str, Event]:
    """The events of a table of invented reports (rows of id, title, url, text, then the
    true answer), analysed in one batch, by the report's id."""
    return events_by_id(
        [
            Article(
                id=str(p[0]), title=str(p[1]), published=published, url=str(p[2]), text=str(p[3])
            )
            for p in probes
        ]
    )


def assert_placed(
    event: Event, towns: Sequence[str], region: str, *, county_too: bool = False
) -> None:
    """The event lies in one of the true towns and in the true state (or country); with
    `county_too`, its county may be the true one instead (a county's event, as the benchmark
    reads it)."""
    keys = {town_key(t) for t in towns}
    assert town_key(event.location) in keys or (county_too and town_key(event.admin2) in keys)
    assert region in (event.admin1, event.country)


def town_key(name: str | None) -> str:
    """A town's name compared loosely: case, "St."/"Saint", hyphens and a "Township" word."""
    text = (name or "").casefold().replace("-", " ").replace(".", "")
    text = text.replace("saint ", "st ").removesuffix(" township")
    return " ".join(text.split())


def probe_params(
    probes: Sequence[Sequence[object]], missed: dict[str, str], columns: Sequence[int]
) -> list[object]:
    """One test case per invented report: its id and the given columns (the true answer), a
    known miss marked a strict xfail with its reason."""
    return [
        pytest.param(
            p[0],
            *(p[c] for c in columns),
            marks=[pytest.mark.xfail(strict=True, reason=missed[str(p[0])])]
            if p[0] in missed
            else [],
            id=str(p[0]),
        )
        for p in probes
    ]


def probe_table(
    probes: Sequence[Sequence[str | tuple[str, ...]]], missed: dict[str, str]
) -> tuple[object, object]:
    """A table module's fixture and test, written once: `events` (the table's reports analysed
    in one batch, once per module) and `test_probe_is_placed` (each report lies in its true
    town and state, columns 4 and 5; a known miss is a strict xfail with its reason). Assign
    both at module level: `events, test_probe_is_placed = probe_table(PROBES, MISSED)`."""

    @pytest.fixture(scope="module")
    def events() -> dict[str, Event]:
        return table_events(probes)

    @pytest.mark.parametrize(("pid", "towns", "state"), probe_params(probes, missed, (4, 5)))
    def test_probe_is_placed(
        events: dict[str, Event], pid: str, towns: tuple[str, ...], state: str
    ) -> None:
        assert_placed(events[pid], towns, state)

    return events, test_probe_is_placed
