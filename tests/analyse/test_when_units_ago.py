"""analyse/when: a weekday told right after "N years ago" or "N weeks ago" lies that many
units back (`_years_ago_weekday`, `_weeks_ago_weekday`, one reader: `_units_ago_weekday`)."""

from __future__ import annotations

from newsfold.analyse.timeexpr import TimeExpr, find_times
from newsfold.analyse.when import _weeks_ago_weekday, _years_ago_weekday


def _weekday(text: str) -> TimeExpr:
    return next(e for e in find_times(text) if e.kind == "weekday")


def test_years_ago_before_a_weekday() -> None:
    text = "One year ago Wednesday, a teen was shot on Alder Street."
    assert _years_ago_weekday(text, _weekday(text)) == 1
    text = "Exactly 3 years ago Friday the store was robbed."
    assert _years_ago_weekday(text, _weekday(text)) == 3
    text = "A teen was shot Wednesday on Alder Street."
    assert _years_ago_weekday(text, _weekday(text)) == 0


def test_weeks_ago_before_a_weekday() -> None:
    text = "A clerk shot two weeks ago Tuesday has died."
    assert _weeks_ago_weekday(text, _weekday(text)) == 2
    text = "A clerk shot a week ago this past Friday has died."
    assert _weeks_ago_weekday(text, _weekday(text)) == 1
    # years are not weeks, nor weeks years
    assert _years_ago_weekday(text, _weekday(text)) == 0
    text = "One year ago Wednesday, a teen was shot."
    assert _weeks_ago_weekday(text, _weekday(text)) == 0


def test_only_a_weekday_is_counted_back() -> None:
    text = "Two weeks ago, on June 26, another man was killed."
    dates = [e for e in find_times(text) if e.kind != "weekday"]
    assert dates and all(_weeks_ago_weekday(text, e) == 0 for e in dates)
