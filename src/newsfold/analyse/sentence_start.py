"""Where the sentence holding a character offset starts (and ends), read from the raw text.

Rules that look from a match to the start or end of its sentence ("since" after a
superlative, an opening "after" phrase, a tally's words before a range, a quote's speech verb)
work on offsets in the text, where spaCy's sentences would cost a Doc lookup per match and split
headlines' glued words differently. Written by hand because it is the one line these rules
share: a sentence starts after the last line break or ". " before the offset (and ends at the
next), but not at a stop that does not end one:

- an abbreviation's stop before a day number ("On Saturday, Oct. 11, just last week") or a
  lowercase word ("a man shot at 2 a.m. on the corner", "on Elm St. near the park"): a
  sentence does not start with either;
- a clock time's "a.m."/"p.m." before a weekday, a month or a time zone ("shot at 10:40 p.m.
  Tuesday near the park", "at 9 a.m. EST Monday"), which tell the same time on. Any other
  capitalised word after a clock time opens a new sentence ("at 10 p.m. Police said").
"""

from __future__ import annotations

import re

from newsfold.calendar_words import MONTHS, WEEKDAYS

_CLOCK_STOP = re.compile(r"(?<![A-Za-z.])[ap]\.m$", re.I)
"""The text before a clock time's final stop: "10 p.m", "9 A.M" ("p.m." itself ends in it)."""

_ZONE_NAMES = "et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest"
_TIME_ZONES = frozenset(_ZONE_NAMES.split())
"""The time zones told after a clock time, as the time's own continuation."""

_CLOCK_FOLLOWERS = frozenset(MONTHS) | frozenset(WEEKDAYS) | _TIME_ZONES
"""Capitalised words that go on telling a clock time after its "a.m."/"p.m."."""

_NEXT_WORD = re.compile(r"[A-Za-z]+")


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the ". " at `stop` ends a sentence (see the module's note)."""
    after = text[stop + 2 : stop + 3]
    if after.isdigit() or after.islower():
        return False
    if not _CLOCK_STOP.search(text, max(0, stop - 4), stop):
        return True
    word = _NEXT_WORD.match(text, stop + 2)
    return word is None or word.group().lower() not in _CLOCK_FOLLOWERS


def sentence_start(text: str, i: int) -> int:
    """The offset just after the last line break or sentence stop before `i` (the stop's
    following space included), or 0; a stop that ends no sentence (`_ends_sentence`: an
    abbreviation's before a number or a lowercase word, a clock time's before a weekday or
    month) is skipped."""
    stop = i
    while True:
        stop = text.rfind(". ", 0, stop)
        if stop < 0 or _ends_sentence(text, stop):
            break
    return max(text.rfind("\n", 0, i), stop) + 1


def sentence_end(text: str, i: int) -> int:
    """The offset of the first line break or sentence stop (the "." of a ". ") at or after
    `i`, or the text's length; a stop that ends no sentence (`_ends_sentence`) is skipped, as
    in `sentence_start`."""
    line = text.find("\n", i)
    if line < 0:
        line = len(text)
    stop = i
    while True:
        stop = text.find(". ", stop, line)
        if stop < 0:
            return line
        if _ends_sentence(text, stop):
            return stop
        stop += 1
