"""The clocks told beside a date claim: "at about 12:30 a.m. Saturday", "Sunday at 12:05 a.m.".

Reconciliation settles a day across midnight by them (`reconcile.consensus._clock_support`,
`_finer_day`): a report that tells its day with a small-hours clock takes the night before it,
one with a late-evening clock the early hours after it, and a rewrite with a clock beside its
day tells it more precisely than its original. Reconciliation used to read each report's text
again for them; analysis has the text and the claim's span, so it puts the kinds of clock it
finds on each event_date and date_start claim instead (`attrs["clocks"]`, names of `CLOCKS`),
and reconciliation reads the claim.

The words right before a day are read here too, for the same reason: a day told as the day of
a death ("died Saturday", "was pronounced dead Tuesday": `attrs["death"]`, on every date
claim) and a day told as a night ("on the night of Nov. 4": `attrs["night_of"]`, on
event_date and date_start claims), which reconciliation weighs (`consensus._death_claim`,
`_night_of`); `mark_words_before` puts them there.

These are not `when`'s clock patterns: `when._SMALL_HOURS` and `when._EVENING_CLOCK` are
clocks with no day named after them (a night's clock that moves the night's day), while here
the clock told with its day ("12:30 a.m. Saturday") is exactly the one wanted; the two readers
ask different questions of the same words, and merging them would move other days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from newsfold.analyse.what.sentences import doc_text, sent_index_at, sentences
from newsfold.calendar_words import MONTH_STEM_NO_MAY, WEEKDAY_NAMES, alternatives
from newsfold.records import Claim

CLOCKS: dict[str, re.Pattern[str]] = {
    # 12 to 4:59 a.m. ("about 12:30 a.m.", "shortly after midnight")
    "small_hours": re.compile(
        r"\b(?:(?:12|[1-4])(?::[0-5]\d)?\s*a\.?\s?m\b\.?|(?:just\s+|shortly\s+)?after\s+midnight)",
        re.I,
    ),
    # 10 to 11:59 p.m. ("at about 11:50 p.m.", "just before midnight")
    "late_evening": re.compile(
        r"\b(?:(?:10|11)(?::[0-5]\d)?\s*p\.?\s?m\b\.?|(?:just\s+|shortly\s+)?before\s+midnight)",
        re.I,
    ),
    # any clock time
    "any": re.compile(r"\b\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?|\bmidnight\b|\bnoon\b", re.I),
}
"""The kinds of clock looked for beside a day, by the name put in `attrs["clocks"]`."""

DAY_FIELDS = ("event_date", "date_start")
"""The claims that can be a report's own day, and so get their clocks."""

_LEAD_IN = r"[\s,]*(?:(?:at|about|around|near|approximately|shortly|just)\s+)*"
"""What stands between a day and the clock told after it: "Sunday at 12:05 a.m.", "Sunday,
about 1 a.m."."""

_OTHER_DAY = re.compile(
    rf"\b(?:{alternatives(WEEKDAY_NAMES)}|today|yesterday|tonight|{MONTH_STEM_NO_MAY})[a-z]*\b",
    re.I,
)
"""A day named between a date claim and a clock: the clock is that day's ("May" only beside a
day number, `MONTH_STEM_NO_MAY`)."""

_NOT_THE_HARM = re.compile(
    r"\b(?:died|dead|death|arrest\w*|custody|booked|surrender\w*|released|discharged)\b", re.I
)
"""Words that tie the clock after a day to a death, an arrest or a release, not the violence."""


def claim_context(text: str, claim: Claim, before: int, after: int) -> tuple[str, str]:
    """The words of the text just before and just after a claim's span, cut at a line break;
    empty when the claim's offsets do not point at its text (a headline's)."""
    if text[claim.start : claim.end] != claim.text:
        return "", ""
    head = text[max(0, claim.start - before) : claim.start].rsplit("\n", 1)[-1]
    tail = text[claim.end : claim.end + after].split("\n", 1)[0]
    return head, tail


def next_sentence_end(doc: Doc, claim: Claim) -> int:
    """The offset where the sentence after a claim's own ends (its own sentence's end when it
    is the last): how far a clock told after the claim's day is still that day's. Read from
    the Doc's sentences (`what.sentences`), which know a clock's "a.m." and a title's "St."
    from a sentence's stop; a claim whose span is no span of the Doc's (a headline's) reads to
    the text's end."""
    k = sent_index_at(doc, claim.start, claim.end, last=True)
    if k is None:
        return len(doc_text(doc))
    sents = sentences(doc)[0]
    return sents[min(k + 1, len(sents) - 1)].end_char


def text_in_reach(doc: Doc, claim: Claim) -> str:
    """The text after a date claim that a clock told of its day may stand in: up to 200
    characters, cut at a line break and at the end of the sentence after the claim's own
    (`next_sentence_end`); empty when the claim's offsets do not point at its text."""
    _, after = claim_context(doc_text(doc), claim, 0, 200)
    if after:
        after = after[: max(0, next_sentence_end(doc, claim) - claim.end)]
    return after


def clock_beside(doc: Doc, claim: Claim, clock: re.Pattern[str], reach: str | None = None) -> bool:
    """Whether a date claim is told with a clock of `clock` right beside it ("at about 12:30
    a.m. Saturday", "Sunday at 12:05 a.m.", "11:50 p.m. Saturday"), or later in its sentence
    or in the next one (`text_in_reach`, which `reach` hands in when the caller has it) with
    no other day between ("shot late Saturday ... Officers arrived at 11:55 p.m."), not a
    clock of a death or an arrest."""
    if clock.search(claim.text or ""):
        return True
    head, tail = claim_context(doc_text(doc), claim, 28, 24)
    if clock.search(head) or re.match(_LEAD_IN + clock.pattern, tail, re.I):
        return True
    after = text_in_reach(doc, claim) if reach is None else reach
    found = clock.search(after)
    if found is None:
        return False
    between = after[: found.start()]
    return not _OTHER_DAY.search(between) and not _NOT_THE_HARM.search(between)


def mark_clocks(doc: Doc, claims: Iterable[Claim]) -> None:
    """Put on each event_date and date_start claim the names of the `CLOCKS` told beside it
    (`attrs["clocks"]`, in `CLOCKS`' order), when there is one (`doc`: the parsed text the
    claims' offsets point into)."""
    for claim in claims:
        if claim.field not in DAY_FIELDS:
            continue
        # the text in reach is the same for every kind of clock: read once per claim
        reach = text_in_reach(doc, claim)
        kinds = [name for name, clock in CLOCKS.items() if clock_beside(doc, claim, clock, reach)]
        if kinds:
            claim.attrs["clocks"] = kinds


DATE_FIELDS = ("event_date", "date_start", "date_end")
"""Every date claim: each gets `attrs["death"]` when a verb of dying stands before it."""

DIED_BEFORE = re.compile(
    r"\b(?:died|dies|passed\s+away|succumbed(?:\s+to\s+\w+\s+(?:injuries|wounds))?|"
    r"(?:pronounced|declared)\s+dead)(?:\s+(?:early|late|on|in\s+the\s+hospital|at\s+"
    r"(?:a|the)\s+hospital))*\s+$",
    re.I,
)
"""A day told as the day of a death: "died Saturday", "died early Sunday", "succumbed to his
injuries on Monday", "was pronounced dead Tuesday"."""

NIGHT_OF = re.compile(r"\b(?:night|evening)\s+of\s+(?:\w+,?\s+)?$", re.I)
"""The words before a date told as a night: "on the night of Nov. 4", "the night of Saturday,
Nov. 4"."""


def mark_words_before(text: str, claims: Iterable[Claim]) -> None:
    """Put `attrs["death"]` on each date claim whose 60 characters before (on its line) end
    in a verb of dying (`DIED_BEFORE`: "A man who was shot Friday night died Saturday"), and
    `attrs["night_of"]` on each event_date and date_start claim whose 30 characters before
    end in "night of" (`NIGHT_OF`): what reconciliation reads of the words before a day."""
    for claim in claims:
        if claim.field not in DATE_FIELDS:
            continue
        if DIED_BEFORE.search(claim_context(text, claim, 60, 0)[0]):
            claim.attrs["death"] = True
        if claim.field in DAY_FIELDS and NIGHT_OF.search(claim_context(text, claim, 30, 0)[0]):
            claim.attrs["night_of"] = True
