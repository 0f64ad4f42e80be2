"""reconcile: the invented events of `place_events45` (h-city45) lie in their true town, as
published and with their publication stamps reversed (a tie between two towns goes to the
earliest report, so each event is read both ways)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from newsfold.analyse import analyse_many
from newsfold.reconcile import reconcile
from newsfold.records import Analysis, Article, Event

from .place_events45 import EVENTS
from .test_place_events39 import town_key

MISSED: dict[str, str] = {
    "e03": "per article: the AP rewrite ('upstate New York' in its headline) is placed at New "
    "York City and the local paper at 'the Hamilton Hill area', a site of unknown town, though "
    "it names Schenectady's police; no report gives Schenectady as its town",
}
MISSED_REVERSED: dict[str, str] = dict(MISSED)


@lru_cache(maxsize=1)
def _analysed() -> dict[str, tuple[Article, Analysis]]:
    articles = [
        Article(id=f"{eid}-{i}", title=t, url=u, published=p, text=x, content_hash=f"{eid}-{i}")
        for eid, _, _, reports in EVENTS
        for i, (t, u, p, x) in enumerate(reports)
    ]
    return {a.id: (a, r) for a, r in zip(articles, analyse_many(articles), strict=True)}


def event_of(eid: str, n: int, reverse: bool) -> Event:
    """The event reconciled from `eid`'s reports, their stamps reversed when `reverse`."""
    ids = [f"{eid}-{i}" for i in range(n)]
    pairs = [_analysed()[i] for i in ids]
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


def _params(missed: dict[str, str]) -> list[object]:
    return [
        pytest.param(
            eid,
            towns,
            state,
            len(reports),
            marks=[pytest.mark.xfail(strict=True, reason=missed[eid])] if eid in missed else [],
            id=eid,
        )
        for eid, towns, state, reports in EVENTS
    ]


@pytest.mark.parametrize(("eid", "towns", "state", "n"), _params(MISSED))
def test_the_event_lies_in_the_true_town(eid: str, towns: tuple[str, ...], state: str, n: int):
    event = event_of(eid, n, reverse=False)
    assert town_key(event.location) in {town_key(t) for t in towns}
    assert event.admin1 == state


@pytest.mark.parametrize(("eid", "towns", "state", "n"), _params(MISSED_REVERSED))
def test_the_event_lies_in_the_true_town_whichever_report_came_first(
    eid: str, towns: tuple[str, ...], state: str, n: int
):
    event = event_of(eid, n, reverse=True)
    assert town_key(event.location) in {town_key(t) for t in towns}
    assert event.admin1 == state
