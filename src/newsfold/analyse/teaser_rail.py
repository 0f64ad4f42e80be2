"""A rail of other stories' teasers: the paragraphs a station's page sets before its story.

Some broadcasters' pages, once their text is extracted, open on the site's rail of other
stories, each told twice in a row: a teaser sentence and then the same again, or the story's
own first lines under its dateline, cut off mid-sentence ("Jan Roe lost her father in a wreck on
May 3 ..." then "PINE COUNTY, OH (WXYZ) - With both of her parents gone ... Jan Roe
lost her father in a wreck on May 3, only weeks"). Their days are those other stories' days: read
as the event's, the first of them in the text became the page's day (a car crash's, a fire's,
another shooting's) over the day the story itself tells further down.

`teaser_rail_spans` finds such pairs of lines, and only on a page that has several of them
(`RAIL_PAIRS`): one line told twice is as often a story's own summary above its lead. One
pair may be this story's own teaser, which its other lines tell again: `when` sets the rail
aside only when the story's other lines date violence themselves (`when._rail_set_aside`).
Hand-written because the boilerplate cleaner keeps these lines (they read as text) and no
library marks them.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
# a line that ends its last sentence (a stop, possibly inside quotes or brackets)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")

RAIL_PAIRS = 3
"""How many pairs of lines told twice make a rail (fewer: a summary above its own lead)."""
LEAD_WORDS = 8
"""How many first words of a teaser its repeat must hold to be the same story cut off."""
_OPENING = 12  # the letters a line's repeat holds whenever it holds its first words


def teaser_rail_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a rail's pair: a line followed by the same line again, or
    by a line that holds its first `LEAD_WORDS` words and is cut off before a sentence's end
    (the story's first lines under its dateline), or two lines that open on the same
    `LEAD_WORDS` words and of which one is the other cut short ("... by dressing ..." then
    "... by ..."). Empty unless the page has `RAIL_PAIRS` such pairs or more."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    low = [text[a:b].lower() for a, b in lines]
    spans: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(lines):
        # (a cheap test first: a line told again holds the other's opening letters)
        if low[i][:_OPENING] in low[i + 1] and _told_twice(
            _WORD.findall(low[i]), _WORD.findall(low[i + 1]), low[i + 1]
        ):
            spans.extend((lines[i], lines[i + 1]))
            i += 2
        else:
            i += 1
    return spans if len(spans) >= 2 * RAIL_PAIRS else []


def _told_twice(first: list[str], second: list[str], second_line: str) -> bool:
    """Whether the second line tells the first again: the same words; or the first's opening
    words inside a second line cut off mid-sentence; or the same opening words, one line a
    cut of the other (a teaser shortened with an ellipsis)."""
    if len(first) < LEAD_WORDS:
        return False
    if first == second:
        return True
    lead = first[:LEAD_WORDS]
    if not _ENDS_SENTENCE.search(second_line) and _holds(second, lead):
        return True
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= LEAD_WORDS and longer[: len(shorter) - 1] == shorter[:-1]


def _holds(words: list[str], run: list[str]) -> bool:
    """Whether `run` occurs in `words` as consecutive words."""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))
