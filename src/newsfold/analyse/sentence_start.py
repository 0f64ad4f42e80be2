"""Where the sentence holding a character offset starts, read from the raw text.

Rules that look back from a match to the start of its sentence ("since" after a superlative,
an opening "after" phrase, a tally's words before a range) work on offsets in the text, where
spaCy's sentences would cost a Doc lookup per match and split headlines' glued words
differently. Written by hand because it is the one line these rules share: a sentence starts
after the last line break or ". " before the offset, but not after an abbreviation's stop
before a day number ("On Saturday, Oct. 11, just last week").
"""

from __future__ import annotations


def sentence_start(text: str, i: int) -> int:
    """The offset just after the last line break or sentence stop before `i` (the stop's
    following space included), or 0; an abbreviation's stop before a digit is skipped."""
    stop = i
    while True:
        stop = text.rfind(". ", 0, stop)
        if stop < 0 or not text[stop + 2 : stop + 3].isdigit():
            break
    return max(text.rfind("\n", 0, i), stop) + 1
