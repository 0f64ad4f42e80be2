"""analyse/timeexpr: a weekday told with "last", "this past" or "past" resolved against the
page's day (`_resolve_weekday`): the week before for the page's own weekday, and for
"last" the day after it; otherwise the latest occurrence."""

from __future__ import annotations

import datetime as dt

from newsfold.analyse.timeexpr import _resolve_weekday

WEDNESDAY = dt.date(2024, 3, 13)
TUESDAY, MONDAY = 1, 0


def _day(weekday: int, lead: str, anchor: dt.date = WEDNESDAY) -> dt.date:
    parts = {"weekday": weekday, "lead": lead} if lead else {"weekday": weekday}
    return _resolve_weekday(parts, anchor, "past").best


def test_last_the_day_after_is_the_week_before() -> None:
    assert _day(TUESDAY, "last") == dt.date(2024, 3, 5)
    assert _day(TUESDAY, "this past") == dt.date(2024, 3, 12)
    assert _day(TUESDAY, "") == dt.date(2024, 3, 12)


def test_the_pages_own_weekday_told_as_past_is_seven_days_back() -> None:
    for lead in ("last", "this past", "past"):
        assert _day(2, lead) == dt.date(2024, 3, 6)
    assert _day(2, "") == WEDNESDAY


def test_weekdays_further_back_keep_their_latest_occurrence() -> None:
    friday = dt.date(2024, 3, 15)
    assert _day(MONDAY, "last", friday) == dt.date(2024, 3, 11)
    assert _day(MONDAY, "past", WEDNESDAY) == dt.date(2024, 3, 11)
