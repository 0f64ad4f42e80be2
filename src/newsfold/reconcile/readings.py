"""What each report says about one field, in a form that can be compared across reports.

A numeric reading is an interval: "a dozen" is [12, 12], "more than 10" is [11, open), "at
least three" is [3, open). Two readings are compatible when their intervals meet ("a dozen"
and "more than 10": yes; "three" and "five": no).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsfold.records import Analysis, Article


@dataclass(frozen=True, slots=True)
class Report:
    """One article of the event, with what reconciliation needs to know about it."""

    article: Article
    analysis: Analysis
    published: dt.date | None
    origin: int  # index of its independent-origin group (copies, rewrites, shared wire: same)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def source(self) -> str:
        """The outlet, or a label naming the article when its outlet is unknown."""
        return self.article.source or f"unknown source ({self.article.id})"


@dataclass(frozen=True, slots=True)
class Interval:
    value: int
    low: int
    high: int | None  # None: open above ("more than 10")

    @property
    def definite(self) -> bool:
        return self.low == self.value and self.high == self.value

    def meets(self, other: Interval) -> bool:
        lo = max(self.low, other.low)
        hi = _min_high(self.high, other.high)
        return hi is None or lo <= hi

    def intersect(self, other: Interval) -> Interval | None:
        lo = max(self.low, other.low)
        hi = _min_high(self.high, other.high)
        if hi is not None and lo > hi:
            return None
        value = (
            min(max(self.value, other.value, lo), hi)
            if hi is not None
            else max(self.value, other.value, lo)
        )
        return Interval(value, lo, hi)


def _min_high(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def interval(value: object, low: object, high: object) -> Interval | None:
    """An interval from a (value, low, high) triple as analyse writes them."""
    if value is None and low is None:
        return None
    v = int(value if value is not None else low)  # type: ignore[call-overload]
    lo = int(low) if low is not None else v  # type: ignore[call-overload]
    # a bare value with no bounds is an exact count; a low bound with no high is open
    if high is not None:
        hi: int | None = int(high)  # type: ignore[call-overload]
    elif low is None:
        hi = v
    else:
        hi = None
    return Interval(v, min(lo, v), hi)


def all_compatible(intervals: list[Interval]) -> bool:
    common: Interval | None = intervals[0] if intervals else None
    for iv in intervals[1:]:
        if common is None:
            return False
        common = common.intersect(iv)
    return common is not None
