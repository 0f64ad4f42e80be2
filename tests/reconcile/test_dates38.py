"""The event's day when two reports each give one day and the other rules leave them tied
(session 31, date38): the day a report sets aside as another story's is the story both reports
share."""

from __future__ import annotations

import dataclasses

from newsfold.reconcile import reconcile
from newsfold.records import Analysis, Article

from .helpers import claim, day_report


def _run(*pairs: tuple[Article, Analysis]) -> str | None:
    rows = [{"article_id": p[0].id, "duplicate_of": None, "kind": None} for p in pairs]
    event = reconcile("ev_dates38", [p[0] for p in pairs], [p[1] for p in pairs], rows)
    return event.event_date


def _one_day(
    article_id: str, published: str, day: str, text: str, aside: tuple[str, ...] = ()
) -> tuple[Article, Analysis]:
    """A report dating its story to `day` ("Monday night"), which set aside each day of
    `aside` as another period (a separate story the page also tells)."""
    article, analysis = day_report(article_id, published, day, text)
    other = [
        claim("event_date", d, "On Monday", attrs={"role": "other_period", "precision": 1})
        for d in aside
    ]
    return article, dataclasses.replace(analysis, discarded=other)


def _told_twice(pair: tuple[Article, Analysis], text: str) -> tuple[Article, Analysis]:
    """The report with its own day told once more ("On Wednesday")."""
    article, analysis = pair
    day = analysis.event.event_date
    claims = [*analysis.event.claims, claim("event_date", day, text)]
    return article, dataclasses.replace(
        analysis, event=dataclasses.replace(analysis.event, claims=claims)
    )


def test_the_day_a_report_sets_aside_as_another_story_is_the_shared_one():
    # the event's report dates Monday; an arraignment story of another boy's shooting,
    # Wednesday night, also recalls Monday's (set aside as another period): the stories
    # share Monday, and the event is Monday's, though the second report tells Wednesday twice
    monday = _one_day("a", "2024-10-08", "2024-10-07", "Monday night")
    other = _told_twice(
        _one_day("b", "2024-10-10", "2024-10-09", "Wednesday night", aside=("2024-10-07",)),
        "On Wednesday",
    )
    assert _run(monday, other) == "2024-10-07"
    assert _run(other, monday) == "2024-10-07"


def test_without_the_set_aside_day_the_tellings_decide_as_before():
    # the same two reports, the second not recalling Monday: its Wednesday, told twice, wins
    monday = _one_day("a", "2024-10-08", "2024-10-07", "Monday night")
    other = _told_twice(
        _one_day("b", "2024-10-10", "2024-10-09", "Wednesday night"), "On Wednesday"
    )
    assert _run(monday, other) == "2024-10-09"
