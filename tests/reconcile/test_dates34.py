"""The event's day when a later report's only day is what followed the event (session 29,
date34): an arrest's day is no telling of the event's, and a day after the first report's
publication cannot be the event's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsfold.reconcile import reconcile

from .helpers import day_report, report


def _run(*pairs: Any):
    rows = [{"article_id": p[0].id, "duplicate_of": None, "kind": None} for p in pairs]
    return reconcile("ev_dates34", [p[0] for p in pairs], [p[1] for p in pairs], rows)


def _brief(article_id: str, published: str):
    """A breaking brief with no day of its own: the week before its publication."""
    return report(
        article_id,
        source=f"{article_id}.example",
        published=published,
        event_date=published,
        date_start=(dt.date.fromisoformat(published) - dt.timedelta(days=7)).isoformat(),
        date_end=published,
        time_precision=2,
    )


_one_day = day_report


def test_an_arrest_s_day_is_no_telling_against_an_undated_brief():
    # the brief, published on the 9th, says no day; the story of the next day says only when
    # the suspect was arrested (analysis's fallback, a week's precision): the brief's day
    brief = _brief("a", "2024-05-09")
    arrest = _one_day("b", "2024-05-11", "2024-05-10", "Friday", fallback="arrest")
    assert _run(brief, arrest).event_date == "2024-05-09"


def test_a_day_after_the_first_report_s_publication_is_what_followed():
    # the brief was published on the 9th; a story a week later dates only the day police
    # found the suspect, the 12th (not read as an arrest): the event happened by the 9th
    brief = _brief("a", "2024-05-09")
    found = _one_day("b", "2024-05-16", "2024-05-12", "Sunday")
    assert _run(brief, found).event_date == "2024-05-09"
    # a day after the publication is allowed a day's slack (a stamp in another time zone)
    next_day = _one_day("c", "2024-05-11", "2024-05-10", "Friday")
    assert _run(brief, next_day).event_date == "2024-05-10"


def test_late_days_most_origins_give_outweigh_one_early_report():
    # two independent stories date the 12th; one brief published on the 9th is rather
    # another incident's, grouped with them: the 12th stands
    brief = _brief("a", "2024-05-09")
    b = _one_day("b", "2024-05-13", "2024-05-12", "Sunday")
    c = _one_day("c", "2024-05-13", "2024-05-12", "Sunday night")
    assert _run(brief, b, c).event_date == "2024-05-12"


def test_a_day_months_after_an_early_stamp_keeps_its_precision():
    # a page with no day carries a publication stamp a year before the story that dates
    # the event (an old page's date): the stamp does not overrule the day
    old_page = _brief("a", "2023-05-09")
    day = _one_day("b", "2024-05-13", "2024-05-12", "Sunday")
    assert _run(old_page, day).event_date == "2024-05-12"
