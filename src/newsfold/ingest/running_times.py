"""A video's running time before its title, as players print their playlists.

"2:40 Neighbor heard shots that killed man" is a playlist's entry: a running time (under an
hour), then a title. A time of day is not one: "a.m."/"p.m." follows it ("10:03 PM - officers
arrived") or a weekday does ("at 10:15 Sunday"). Three readers share this one pattern, each
with its own anchor: `ingest.boilerplate` drops a page's playlist lines, `counts.stories`
tells a playlist's titles from the story's headline, and `what.doc_info` finds a playlist run
into one sentence. Written by hand: no library tells a player's running time from a clock time.
"""

from __future__ import annotations

from newsfold.calendar_words import WEEKDAY_STEMS, alternation

RUNNING_TIME = (
    r"\d{1,2}:[0-5]\d\s+"
    rf"(?![AaPp]\.?[Mm]\b|{alternation(WEEKDAY_STEMS, title=True)}[a-z]*\b)"
    r"[A-Z0-9'\"\u2018\u201c]"
)
"""The running time, its space and the title's first character (a capital, a digit or a
quotation mark); not anchored."""
