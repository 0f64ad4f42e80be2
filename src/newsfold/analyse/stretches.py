"""Stretches of a text, asked whether a character offset falls inside one.

Components mark stretches of the text to skip (its time expressions, a photo gallery, the
claims already made) and then ask, number by number or mention by mention, whether one lies
in any of them: a pass over every stretch per question. `Stretches` sorts them once and
answers each question by a binary search.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Stretches:
    """(start, end) character offsets, in any order and overlapping or not: `holds(at)` is
    `any(start <= at < end for start, end in stretches)`."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        # the furthest end of the stretches that start at or before each one
        self._reach: list[int] = []
        furthest = 0
        for k, (_, end) in enumerate(ordered):
            furthest = end if k == 0 else max(furthest, end)
            self._reach.append(furthest)

    def holds(self, at: int) -> bool:
        """Whether offset `at` lies in one of the stretches (its start included, its end not):
        some stretch starting at or before it ends after it."""
        k = bisect_right(self._starts, at)
        return k > 0 and self._reach[k - 1] > at
