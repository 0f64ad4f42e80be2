"""The event's day across its reports, on invented events of `date_events31` (session 27,
date31): breaking briefs with no day, follow-ups by date, funerals, vigils, court stories,
corrections, update lines, weekly papers. Each event's reports are analysed as ingested
articles and reconciled together as one event of independent reports.

The 52 "d" events were written before any rule; main at e48ff80 got 45 right (misses: three
weekend roundups whose lead names another night's shooting, three corrections of a wrong day,
"the night of Nov. 4" beside "early Sunday" at 1:30 a.m.), the branch 52. The 6 "x" events
were written after the rules, as a check: main 4, the branch 6.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from newsfold.reconcile import reconcile
from newsfold.records import Analysis, Article, Event

from .date_events31 import EVENTS
from .helpers import analysed_table


@lru_cache(maxsize=1)
def _analysed() -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Every report of the table, cleaned and analysed in one batch."""
    return analysed_table(EVENTS)


def _event(eid: str) -> Event:
    articles, analyses = _analysed()
    ids = sorted(i for i in articles if i[:-1] == eid)
    rows = [{"article_id": i, "duplicate_of": None, "kind": None} for i in ids]
    return reconcile(eid, [articles[i] for i in ids], [analyses[i] for i in ids], rows)


KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("eid", "truth"),
    [
        pytest.param(
            e[0],
            e[1],
            id=e[0],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[e[0]], strict=True)]
            if e[0] in KNOWN_MISSES
            else [],
        )
        for e in EVENTS
    ],
)
def test_the_event_s_day(eid: str, truth: str) -> None:
    event = _event(eid)
    assert event.event_date == truth
    assert event.date_start is not None and event.date_end is not None
    assert event.date_start <= truth <= event.date_end
