"""The shared test harness of the invented event tables: each table module (`date_events25`,
`place_events39`, ...) is a list of events; its test module builds its tests here, so one
table's fixture and assertions are written once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import pytest

from newsfold.analyse import analyse_many
from newsfold.reconcile import reconcile
from newsfold.records import Analysis, Article, Event

from .helpers import analysed_table


def _params(names: tuple[str, ...], rows: list[tuple[Any, ...]], missed: dict[str, str]) -> Any:
    """`rows` as pytest params named by their first value, strict xfails where `missed` says."""
    return pytest.mark.parametrize(
        names,
        [
            pytest.param(
                *row,
                id=row[0],
                marks=[pytest.mark.xfail(reason=missed[row[0]], strict=True)]
                if row[0] in missed
                else [],
            )
            for row in rows
        ],
    )


def day_table_test(events: Sequence[Any], known_misses: dict[str, str]) -> Callable[..., None]:
    """The test of a table of (id, true day, reports) events: each event's reports, analysed as
    ingested articles and reconciled together as one event of independent reports, give the
    true day, within the event's range."""

    @lru_cache(maxsize=1)
    def analysed() -> tuple[dict[str, Article], dict[str, Analysis]]:
        return analysed_table(events)

    def event_of(eid: str) -> Event:
        articles, analyses = analysed()
        ids = sorted(i for i in articles if i[:-1] == eid)
        rows = [{"article_id": i, "duplicate_of": None, "kind": None} for i in ids]
        return reconcile(eid, [articles[i] for i in ids], [analyses[i] for i in ids], rows)

    @_params(("eid", "truth"), [(e[0], e[1]) for e in events], known_misses)
    def test_the_event_s_day(eid: str, truth: str) -> None:
        event = event_of(eid)
        assert event.event_date == truth
        assert event.date_start is not None and event.date_end is not None
        assert event.date_start <= truth <= event.date_end

    return test_the_event_s_day


def town_key(name: str | None) -> str:
    """A town's name compared loosely: case, "St."/"Saint", hyphens and dots."""
    text = (name or "").casefold().replace("-", " ").replace(".", "")
    return " ".join(text.replace("saint ", "st ").split())


def place_table_tests(
    events: Sequence[Any], missed: dict[str, str], missed_reversed: dict[str, str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a table of (id, true towns, state, reports) events: the event lies in
    its true town and state as published, and with its reports' publication stamps reversed (a
    tie between two towns goes to the earliest report, so each event is read both ways)."""

    @lru_cache(maxsize=1)
    def analysed() -> dict[str, tuple[Article, Analysis]]:
        articles = [
            Article(id=f"{eid}-{i}", title=t, url=u, published=p, text=x, content_hash=f"{eid}-{i}")
            for eid, _, _, reports in events
            for i, (t, u, p, x) in enumerate(reports)
        ]
        return {a.id: (a, r) for a, r in zip(articles, analyse_many(articles), strict=True)}

    def event_of(eid: str, n: int, reverse: bool) -> Event:
        ids = [f"{eid}-{i}" for i in range(n)]
        pairs = [analysed()[i] for i in ids]
        stamps = [a.published for a, _ in pairs]
        if reverse:
            stamps.reverse()
        articles = [
            Article(
                id=a.id,
                title=a.title,
                url=a.url,
                text=a.text,
                published=stamp,
                source=a.source,
                content_hash=a.id,
            )
            for (a, _), stamp in zip(pairs, stamps, strict=True)
        ]
        rows = [{"article_id": i, "duplicate_of": None, "kind": None} for i in ids]
        return reconcile(f"ev_{eid}", articles, [an for _, an in pairs], rows)

    rows = [(eid, towns, state, len(reports)) for eid, towns, state, reports in events]
    names = ("eid", "towns", "state", "n")

    @_params(names, rows, missed)
    def test_the_event_lies_in_the_true_town(
        eid: str, towns: tuple[str, ...], state: str, n: int
    ) -> None:
        event = event_of(eid, n, reverse=False)
        assert town_key(event.location) in {town_key(t) for t in towns}
        assert event.admin1 == state

    @_params(names, rows, missed_reversed)
    def test_the_event_lies_in_the_true_town_whichever_report_came_first(
        eid: str, towns: tuple[str, ...], state: str, n: int
    ) -> None:
        event = event_of(eid, n, reverse=True)
        assert town_key(event.location) in {town_key(t) for t in towns}
        assert event.admin1 == state

    return (
        test_the_event_lies_in_the_true_town,
        test_the_event_lies_in_the_true_town_whichever_report_came_first,
    )
