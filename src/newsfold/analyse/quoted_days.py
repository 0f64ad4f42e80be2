"""Day words inside a quotation: "today", "last night", "yesterday" counted from the day the
words were said, which the page does not give.

`when` reads "yesterday" as the day before the page's date. That holds for the writer's own
words, but a quotation's "last evening" or "Today marks the deadliest shooting" was said on a
day of its own: at a news conference the day after the shooting, in a statement quoted by a
follow-up days later, on the day of an update the page's date does not show. When the text
also dates the violence outside any quotation by a weekday or a date, that day is the
shooting's, and the quoted day word, resolved against the wrong day, dates nothing. With no
such day the quoted word is all there is and stays (a brief's "He was shot last night," his
mother said" is usually said the day it is printed).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfold.analyse.context import TimeMention
from newsfold.analyse.quotes import quote_segments
from newsfold.analyse.timeexpr import DAY

QUOTED_ROLE = "quoted"
"""The role of a day word the quotation's own day would have to resolve."""

# the kinds of time expression counted from the day they are said (`timeexpr`: "today",
# "tonight", "yesterday", "last night", "this morning", ...)
SPOKEN_DAY_KINDS = frozenset({"relday"})


def _inside(m: TimeMention, spans: Iterable[tuple[int, int]]) -> bool:
    return any(lo <= m.start and m.end <= hi for lo, hi in spans)


def _dates_violence_itself(m: TimeMention, quoted: list[tuple[int, int]]) -> bool:
    """A day of violence the writer tells by its name or date, outside any quotation."""
    return (
        m.role == "event"
        and m.precision == DAY
        and m.attrs.get("strength", 0) >= 2
        and m.attrs.get("kind") not in SPOKEN_DAY_KINDS
        and not m.attrs.get("ambiguous")
        and not _inside(m, quoted)
    )


def mark_quoted_day_words(text: str, mentions: list[TimeMention]) -> None:
    """Give the role `QUOTED_ROLE` to the event mentions that are day words inside a
    quotation, when a day of violence is named outside the quotations."""
    spoken = [m for m in mentions if m.role == "event" and m.attrs.get("kind") in SPOKEN_DAY_KINDS]
    if not spoken:
        return
    quoted = quote_segments(text)
    inside = [m for m in spoken if _inside(m, quoted)]
    if not inside or not any(_dates_violence_itself(m, quoted) for m in mentions):
        return
    for m in inside:
        m.role = QUOTED_ROLE
