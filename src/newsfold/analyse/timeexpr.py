"""Temporal expressions in English news text: find them, resolve them against an anchor date.

`find_times(text)` returns every candidate expression (`TimeExpr`) with its kind and parts;
`resolve(expr, anchor, prefer, year_hint)` turns one into a date range and ACLED-style precision
(1 day, 2 week, 3 month, 4 year). Both are pure functions of their arguments: the judgement of
which date is the event's is `when.py`'s, with the dependency parse.

The rules (docs/numbers.md, "Dates"):

* A weekday ("on Friday", "Friday night") is the last such day on or before the anchor: a report
  published on a Saturday that says "on Saturday" means that day; "last Saturday" means the one
  before. With `prefer="future"` ("will be held on Monday") it is the next one on or after.
* A day and month without a year ("July 12") takes the year that puts it on or before the
  anchor (after it, with `prefer="future"`).
* A month alone ("in June") is that month's most recent occurrence on or before the anchor.
* "yesterday", "last night", "last evening" are the day before the anchor; "today", "this
  morning", "tonight" the anchor; "last week" the previous Monday-Sunday; "earlier this week"
  Monday of the anchor's week to the day before the anchor; "over the weekend" the last
  Saturday-Sunday; "earlier this month" the 1st of the anchor's month to the day before; "N
  days ago" the anchor minus N.
* Without an anchor only absolute expressions resolve ("9 May 2020"); a day-month without a year
  takes `year_hint` (the year of a full date elsewhere in the text) when one is given.
* Everything else goes to dateparser (RELATIVE_BASE = anchor, PREFER_DATES_FROM = "past"),
  cached, and only for spans this grammar did not read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsfold.analyse.ascii_fold import folded_page, plain_letters
from newsfold.analyse.numbers import UNITS
from newsfold.calendar_words import (
    MONTH_ABBR,
    MONTH_FULL,
    MONTH_STEMS,
    MONTHS,
    WEEKDAY_ABBR_DOT,
    WEEKDAY_FULL,
    WEEKDAY_STEMS,
    WEEKDAYS,
)

# the counts of "two weeks ago", "a few days later": number words up to twelve, as numbers.py
# reads them, and the indefinite ones
SMALL_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{word: n for word, n in UNITS.items() if 1 <= n <= 12},
    "a couple of": 2,
    "a few": 3,
    "several": 3,
}

# the counts no one counted: "a few days ago" is a stretch of days, not the third day back
VAGUE_COUNTS = frozenset({"a few", "several"})

DAY = 1
WEEK = 2
MONTH = 3
YEAR = 4

_MONTH = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
_WEEKDAY = WEEKDAY_FULL
# a weekday abbreviated before a written date, as listings, captions and police logs write it
# ("Visitation will be held Thurs. July 28", "Fri., Aug. 5"): the two are one date, and read
# apart the date loses its sentence (the abbreviation's point ends it) and with it its tense.
# Alone it is its weekday as the full name is: local papers, police releases and TV sites
# write "shot Tues. night", "early Sun.", "on Fri., police said" (AP abbreviates only with a
# date); the parser may end a sentence at its point, which `when._governors` bridges
_WEEKDAY_ABBR = WEEKDAY_ABBR_DOT
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:morning|afternoon|evening|night|overnight|mid-?day|midday|noon|midnight)"
_NUMWORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|"
    r"a\s+couple\s+of|a\s+few|several)"
)
# a few days counted from a holiday ("two days after Christmas", "3 days before Thanksgiving")
_FEW_DAYS = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])"
_HOLIDAYS = (
    r"Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|"
    r"New\s+Year's|Fourth\s+of\s+July|July\s+Fourth|Independence\s+Day|Halloween|Valentine's\s+Day|"
    r"Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day|Easter(?:\s+Sunday)?|"
    r"Mother's\s+Day|Father's\s+Day|Veterans\s+Day|St\.?\s+Patrick's\s+Day|Cinco\s+de\s+Mayo|"
    r"Juneteenth|(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+Day|Presidents'?\s+Day|"
    r"Columbus\s+Day|Good\s+Friday|Black\s+Friday"
)

# Prepositions and modifiers kept with the expression (they change its meaning).
_LEAD = (
    r"(?P<lead>(?i:since|from|until|till|through|between|starting|beginning|by|before|after|"
    r"on|in|during|last|this\s+past|past|this|next|coming|early|late|earlier|later)\s+)?"
)

TIME_RE = re.compile(
    rf"""
    (?<![\w/-])
    (?:
        # 12 July 2021 / 12th of July, 2021 / 12 July
        (?P<dmy>(?P<dmy_mod>(?:early|late)\s+)?(?:(?:on|since|from|until|by|before|after)\s+)?
            (?:the\s+)?(?P<d1>{_DAYNUM})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)
        # July 12, 2021 / Jul. 12 / July 12th
      | (?P<mdy>(?:(?:on|since|from|until|by|before|after|early|late)\s+)?
            (?:(?P<wd0>{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?P<m2>{_MONTH})\s+(?P<d2>{_DAYNUM})
            (?!\d|:\d|\s?(?:a\.m|p\.m|am\b|pm\b|percent|%))
            # the year after a comma with no space ("Feb. 21,2015", as in a scanned page)
            (?:(?:,?\s+|,)(?P<y2>{_YEAR})(?!\d))?)
        # 2021-07-12
      | (?P<iso>(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>[0-2]\d|3[01]))(?![\d:])
        # 7/12/2021, 7/12/21
      | (?P<slash>(?P<m4>[12]\d|3[01]|0?[1-9])/(?P<d4>[12]\d|3[01]|0?[1-9])/(?P<y4>{_YEAR}|\d\d))
            (?![\d/])
        # 12-03-16, 12-03-2016 (police releases): month first, the day in two digits
      | (?P<dash>(?P<m9>1[0-2]|0?[1-9])-(?P<d9>[12]\d|3[01]|0[1-9])-(?P<y9>{_YEAR}|\d\d))
            (?![\d/-])
        # shot on 9-2: a month and day with a dash and no year, kept only after "on" and a
        # verb of the event (`_bare_slash_is_day`); anywhere else it is a score or a vote
      | (?P<dash2>on\s+(?P<m10>1[0-2]|0?[1-9])-(?P<d10>[12]\d|3[01]|0?[1-9]))
            (?![\d/-]|\s*(?:vote|votes|win|loss|lead|record|decision|margin)\b)
        # on 7/12 (a bare "3/4" is a fraction or a score: without a preposition it is kept
        # only where `_bare_slash_is_day` finds a weekday or a verb of the event before it)
      | (?P<slash2>(?:(?P<slash2_lead>on|since|from|until|by)\s+)?
            (?P<m5>1[0-2]|0?[1-9])/(?P<d5>[12]\d|3[01]|0?[1-9]))(?![\d/])
        # early June 2020 / in June / since March / last May
      | (?P<month>(?P<mo_lead>(?:in|since|during|until|till|through|by|of|from|last|this|next|
            early|late|mid|mid-|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|
            earlier\s+in|late\s+in|early\s+in)\s*)?
            (?P<m6>{MONTH_FULL}|(?:{MONTH_ABBR})\.)(?:,?\s+(?P<y6>{_YEAR}))?)
            (?![\w-]|\s*\d|(?<=July)\s+Fourth\b)
        # Friday night / on Friday / since Wednesday / last Friday / Friday's
      | (?P<weekday>{_LEAD}(?:(?:early|late|overnight)\s+)?(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR})
            (?P<poss>'s)?
            (?:\s+(?P<wd_part>{_PART}))?)
        # yesterday / last night / this morning / tonight / overnight
      | (?P<relday>(?:(?:early|late|earlier|later)\s+)?
            (?:the\s+day\s+before\s+yesterday|yesterday(?:\s+{_PART})?|
            last\s+night|(?<!the\s)last\s+evening|tonight|today|this\s+(?:morning|afternoon|evening)|overnight|
            earlier\s+today|(?:late|early)\s+(?:last|this)\s+(?:night|morning|evening)))
        # N days ago / a week ago / two weeks ago
      | (?P<ago>(?P<ago_n>{_NUMWORD})\s+(?P<ago_unit>days?|weeks?|months?|years?)\s+ago)
        # last week / earlier this month / over the weekend / this year
      | (?P<relper>(?P<rp_mod>last|this\s+past|past|this|earlier\s+this|later\s+this|
            late\s+last|early\s+last|earlier\s+last|over\s+the|during\s+the|the\s+previous|
            the\s+past|next|the\s+coming|this\s+coming)\s+
            (?P<rp_unit>week(?:end)?|month|year))
        # in 2020 / since 2015 / the year 2019
      | (?P<yearonly>(?P<yr_lead>in|since|during|until|through|of|for|by|from|early|late|
            mid|mid-|the\s+year|between|before|after)\s*(?P<y7>{_YEAR})(?:\s+and\s+{_YEAR})?)(?!\d|,\d|-\d)
        # on the 5th (a day of the page's month, the month left unsaid): only before a
        # stop or a word that opens a phrase of place, time or manner, so that "on the 5th
        # floor" and "on the 11th try" stay out
        # The same without "on" ("shot the 11th outside", "the shooting of the 11th,", "since
        # the 3rd") when `_bare_ordinal_is_day` finds a day's word before it
      | (?P<nth>(?:(?P<nth_lead>on|of|since|until|till|through|from|by|before|after)\s+)?
            the\s+(?P<d8>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))
            (?=\s*[,;:)]|\.(?:\s|$)|\s+(?:at|outside|in|near|while|when|around|about|after|
            before|during|and|as|inside|behind|along|by|from|with|just|shortly|on|to)\b)
        # Christmas Eve / Thanksgiving / Fourth of July
      | (?P<holiday>(?:(?:on|since|over|during|this\s+past|last)\s+)?
            (?:(?:the\s+(?:day|night)|(?P<hol_n>{_FEW_DAYS})\s+days)\s+
            (?P<hol_shift>after|before)\s+(?:the\s+)?)?
            (?:(?P<hol_year>{_YEAR})\s+)?(?P<hol>{_HOLIDAYS})
            (?:\s+(?P<hol_part>{_PART}|weekend|holidays?))?
            (?:,?\s+(?P<hol_year_after>{_YEAR})(?![\d:]|,\d))?)
    )
    (?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression as found: `kind` names the grammar rule, `parts` its pieces."""

    start: int
    end: int
    text: str
    kind: str
    parts: dict[str, Any] = field(default_factory=dict)

    @property
    def lead(self) -> str:
        """The leading preposition or modifier, lower-cased ("since", "last", "on", "")."""
        return str(self.parts.get("lead") or "")


@dataclass(frozen=True, slots=True)
class Resolved:
    start: dt.date
    end: dt.date
    precision: int  # 1 day, 2 week, 3 month, 4 year
    best: dt.date  # the single day that stands for the range


_KEY = (
    rf"\b(?:{'|'.join(MONTH_STEMS)}|{'|'.join(WEEKDAY_STEMS)}|"
    r"yesterday|today|tonight|overnight|night|morning|afternoon|evening|ago|week|month|year|"
    r"christmas|new year|fourth|independence|halloween|valentine|thanksgiving|memorial|labor|"
    r"easter|mother|father|veteran|patrick|king|mlk|president|columbus)|\d{4}|\d/\d|\d-\d\d-\d\d|\bon\s+\d{1,2}-\d|\d(?:st|nd|rd|th)\b"
)
KEY_RE = re.compile(rf"(?i:{_KEY})")
"""A word every temporal expression contains: the grammar runs only in windows around them
(the same matches, a third of the time)."""
# the same, run case-sensitively on the text `folded` (lowercase ASCII words, digits and
# classes only: the same matches at the same offsets, without a folded compare at every
# position)
_KEY_FOLDED = re.compile(_KEY)

# The words a match of TIME_RE can begin with (any of its branches, with or without its
# leading preposition or modifier), read on the folded text: the grammar is tried only where
# one of them begins a word. The grammar's dozen branches, each tried in full at every word,
# cost more than the search itself; most words of a text can begin none of them. A word added
# at the head of a branch of TIME_RE (a lead, a holiday) must be added here too
# (tests/analyse/test_timeexpr_openings.py reads one example of each).
_LEAD_WORDS = (
    "early|late|earlier|later|on|since|from|until|till|through|by|before|after|in|of|during|"
    "last|this|past|next|coming|mid|starting|beginning|between|over|for"
)
_OPENING_WORDS = (
    "yesterday|tonight|today|overnight|one|two|three|four|five|six|seven|eight|nine|ten|"
    "eleven|twelve|several|christmas|new|fourth|independence|halloween|valentine|"
    "thanksgiving|memorial|labor|easter|mother|father|veterans|cinco|juneteenth|martin|mlk|"
    "presidents|columbus|good|black"
)
_OPENING = re.compile(
    r"(?<![\w/-])(?:\d"
    r"|an?(?=\s)"  # "a week ago", "a few days", "an hour" (a count: always a word after it)
    r"|the(?=\s)"  # "the 5th", "the end of May", "the day before yesterday", "the past week"
    r"|st(?=[.\s])"  # "St. Patrick's Day"
    # a lead, before a space, or a month or a year written against it ("mid-June", "in2020")
    rf"|(?:{_LEAD_WORDS})(?=[\s\d-]|{'|'.join(MONTH_STEMS)})"
    rf"|{'|'.join(MONTH_STEMS)}|{'|'.join(WEEKDAY_STEMS)}|{_OPENING_WORDS})"
)


def find_times(text: str) -> list[TimeExpr]:
    """Every temporal expression of the grammar, left to right."""
    text = plain_letters(text)  # "Thurſday", "Frıday" (ascii_fold.plain_letters)
    fold = folded_page(text)
    windows: list[list[int]] = []
    for key in _KEY_FOLDED.finditer(fold):
        lo, hi = max(0, key.start() - 45), min(len(text), key.end() + 40)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[TimeExpr] = []
    last_end = 0
    for lo, hi in windows:
        for m in _grammar_matches(text, fold, lo, hi):
            expr = _expr(m)
            if expr is not None and _in_name(text, expr):
                continue
            if expr is not None and expr.kind == "date" and _ABBR_AT_START.match(expr.text):
                expr = _abbreviation_kept(text, expr, hi)
            if expr is not None and _sun_in_name(text, expr):
                continue
            if expr is not None and expr.kind == "nth" and expr.parts.get("bare"):
                if not _bare_ordinal_is_day(text, expr, out):
                    continue
                if out and out[-1].kind == "weekday" and _weekday_before(text, out[-1], expr):
                    out.pop()  # "Sunday the 12th": one day, told by its date
                    last_end = out[-1].end if out else 0
            if expr is not None and expr.parts.get("bare_slash"):
                if not _bare_slash_is_day(text, expr):
                    continue
                if out and out[-1].kind == "weekday" and _weekday_before(text, out[-1], expr):
                    expr = _weekday_joined(text, out.pop(), expr)  # "Monday (3/14)"
                    last_end = out[-1].end if out else 0
            if expr is not None and expr.parts.get("of") and not _of_ordinal_is_day(text, expr):
                continue
            if expr is not None and expr.kind == "nth" and out:
                expr = _in_month_told(text, out[-1], expr)
            if expr is not None:
                expr = _year_told_after(text, expr)
            if expr is not None and expr.start >= last_end:
                out.append(expr)
                last_end = expr.end
    return out


def _grammar_matches(text: str, fold: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """`TIME_RE.finditer(text, lo, hi)`, tried only where a word that can open a match begins
    (`_OPENING`, on `fold`, the text `folded`): the same matches."""
    pos = lo
    for opening in _OPENING.finditer(fold, lo, hi):
        start = opening.start()
        if start < pos:
            continue
        m = TIME_RE.match(text, start, hi)
        if m is not None:
            yield m
            pos = m.end()


# Words before a bare "the 11th" that make it a day: a past verb ("shot the 11th", "called the
# 11th to a home", "happened the 11th."), a weekday ("Sunday the 12th") or "of"/"since" (kept
# in the match as its lead). After other words ("was the 11th in the city", "became the 3rd,")
# an ordinal is a rank, and before a noun ("the 3rd District", "the 11th victim") the lookahead
# of the grammar has already left it out.
_DAY_VERB_BEFORE = re.compile(
    rf"(?:\b[a-z]+ed|\b(?:shot|hit|hurt|struck|found|held|seen|slain|killed|stabbed|wounded)|"
    rf"\b{_WEEKDAY}|\b{_WEEKDAY_ABBR}|\b(?:night|morning|afternoon|evening)),?[ \t]+$",
    re.IGNORECASE,
)


def _bare_ordinal_is_day(text: str, expr: TimeExpr, before: list[TimeExpr]) -> bool:
    """Whether "the 11th" without "on" is a day of the month: with its own lead ("of the
    11th", "since the 3rd") or after a past verb, a weekday or a part of a day. dateparser
    reads such ordinals as months ("the 11th" as November), so the grammar reads them."""
    if expr.parts.get("lead"):
        return True
    return bool(_DAY_VERB_BEFORE.search(text, max(0, expr.start - 30), expr.start))


# "the bottom of the 9th", "one of the 3rd": a part of an inning, a set or a rank
_PART_OF_BEFORE = re.compile(
    r"\b(?:top|bottom|middle|end|half|part|one|some|most|all|each|both|members?)[ \t]+$", re.I
)


def _of_ordinal_is_day(text: str, expr: TimeExpr) -> bool:
    """Whether "of the 11th" is a day ("the shooting of the 11th", "the weekend of the 8th")
    and not a part of something ranked ("the bottom of the 9th", "one of the 3rd")."""
    return not _PART_OF_BEFORE.search(text, max(0, expr.start - 20), expr.start)


def _weekday_before(text: str, weekday: TimeExpr, expr: TimeExpr) -> bool:
    """Whether a weekday expression stands right before the ordinal or the numeric day
    ("Sunday the 12th", "Sunday, the 12th", "Monday (3/14)", "Mon., 3/14"): the two are one
    day."""
    return bool(re.fullmatch(r",?\s*\(?", text[weekday.end : expr.start]))


def _weekday_joined(text: str, weekday: TimeExpr, expr: TimeExpr) -> TimeExpr:
    """A weekday and the numeric day after it ("on Monday (3/14)") as one date expression,
    from the weekday's start, with the weekday's lead and its day of the week."""
    parts = dict(expr.parts, weekday=weekday.parts["weekday"], lead=weekday.parts.get("lead"))
    return TimeExpr(weekday.start, expr.end, text[weekday.start : expr.end], "date", parts)


# what makes a bare "9/26" a day: a weekday right before it ("Monday (3/14)", "Mon., 3/14") or a
# verb of the shooting or of its aftermath ("happened 9/26", "was shot 3/14", "arrested 10/1 and
# arraigned 10/4")
_SLASH_DAY_BEFORE = re.compile(
    rf"(?:\b{_WEEKDAY}|\b{_WEEKDAY_ABBR}|\b(?:happened|occurred|shot|killed|wounded|stabbed|"
    r"slain|murdered|injured|hurt|arrested|arraigned|charged|booked|indicted|sentenced|died|"
    r"reported|found))(?:,?[ \t]+|[ \t]*\([ \t]*)$",
    re.IGNORECASE,
)


def _dashed_month_day(
    start: int, end: int, text: str, parts: dict[str, Any], month: int, day: int
) -> TimeExpr:
    """A month and day written with a dash and no year after "on" ("shot on 9-2", as a
    police release or a hurried rewrite writes it): a day of the anchor's year, read as a
    bare slash date is (`bare_slash`: kept only after a verb of the event, since "on 9-2" is
    as often a score or a vote)."""
    parts.update(day=day, month=month, year=None, bare_slash=True)
    return TimeExpr(start, end, text, "date", parts)


def _bare_slash_is_day(text: str, expr: TimeExpr) -> bool:
    """Whether a month and day written "9/26" without a preposition is a day: after a weekday
    or after a verb of the shooting or its aftermath (police releases and court stories write
    "The shooting happened 9/26", "arrested 10/1"), or naming a shooting as a noun's date
    (`_slash_names_violence`). Anywhere else "3/4" is as often a fraction, a score or a
    ratio, so it is left out."""
    return (
        bool(_SLASH_DAY_BEFORE.search(text, max(0, expr.start - 30), expr.start))
        or _slash_names_violence(text, expr)
        or _on_day_after_violence_noun(text, expr)
    )


# the nouns of a violent incident that a bare month and day can date ("the 3/4 shooting", "a
# shooting on 10-3")
_VIOLENCE_NOUNS = r"(?:shootings?|homicides?|killings?|slayings?|murders?|stabbings?|shootouts?)"

# "the 3/4 shooting", "in the 11/14 fatal shooting", "the 12/31 homicide": a bare month and day
# between "the" and a noun of violence
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_VIOLENCE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:fatal|deadly|double|triple|drive-by|officer-involved|police)[ \t]+)?"
    rf"(?:{_VIOLENCE_NOUNS}|gunfire)\b",
    re.IGNORECASE,
)


_VIOLENCE_NOUN_BEFORE = re.compile(rf"\b{_VIOLENCE_NOUNS}[ \t]+$", re.IGNORECASE)


def _on_day_after_violence_noun(text: str, expr: TimeExpr) -> bool:
    """Whether a dashed month and day after "on" follows a noun of violence ("in connection
    with a shooting on 10-3", "the homicide on 9-2"), as a police release dates the event
    it names; a score or a vote ("won on 9-2") follows no such noun."""
    return expr.text[:2].lower() == "on" and bool(
        _VIOLENCE_NOUN_BEFORE.search(text, max(0, expr.start - 20), expr.start)
    )


def _slash_names_violence(text: str, expr: TimeExpr) -> bool:
    """Whether a bare "3/4" names the day of a shooting as an adjective of its noun, between
    "the" and a noun of violence ("charged in the 11/14 shooting death", "the 12/31 homicide"),
    as follow-up stories and police releases date the event they return to. A fraction or a
    score is not written between "the" and "shooting" ("shooting 3/4 from the field" has the
    noun before it), so the frame alone makes it a date."""
    return bool(
        _THE_BEFORE.search(text, max(0, expr.start - 10), expr.start)
        and _VIOLENCE_NOUN_AFTER.match(text, expr.end)
    )


def _in_month_told(text: str, month: TimeExpr, expr: TimeExpr) -> TimeExpr:
    """An ordinal told after a month in its sentence ("shot in March, on the 11th") is a day
    of that month, not of the page's: the day becomes a date of the month (and its year, if
    written). Any other ordinal is returned as it is."""
    between = text[month.end : expr.start]
    if month.kind != "month" or len(between) > 40 or re.search(r"[.;!?]", between):
        return expr
    parts = dict(expr.parts)
    parts.update(month=month.parts["month"], year=month.parts.get("year"))
    return TimeExpr(expr.start, expr.end, expr.text, "date", parts)


# "on June 18 last year", "Aug. 9 of last year", "in March this year": the year of a day or
# month told by the words after it
_YEAR_AFTER = re.compile(
    r",?[ \t]+(?:of[ \t]+)?(?P<which>last|this|the[ \t]+previous)[ \t]+year\b", re.I
)


def _year_told_after(text: str, expr: TimeExpr) -> TimeExpr:
    """A day or month written without its year and followed by "last year" or "this year"
    ("shot on June 18 last year", "killed Aug. 9 of last year"): the year is the anchor's, or
    the one before it (`parts["years_back"]`, read by `resolve`), not the one that puts the day
    nearest before the anchor (which reads "June 18 last year" on a June 19 page as the day
    before). Any other expression is returned as it is."""
    if expr.kind not in ("date", "month") or expr.parts.get("year") is not None:
        return expr
    found = _YEAR_AFTER.match(text, expr.end)
    if not found:
        return expr
    parts = dict(expr.parts)
    parts["years_back"] = 0 if found.group("which").lower() == "this" else 1
    return TimeExpr(expr.start, expr.end, expr.text, expr.kind, parts)


# "USA Today", "Psychology Today": a capitalised "Today" after a capitalised word, within a
# sentence, is part of a name
_NAME_BEFORE_TODAY = re.compile(r"\b[A-Z][\w&'-]*[ \t]+$")


def _in_name(text: str, expr: TimeExpr) -> bool:
    """A "Today" that ends a name (a newspaper, a programme), not a day."""
    if expr.text != "Today":
        return False
    return bool(_NAME_BEFORE_TODAY.search(text, max(0, expr.start - 30), expr.start))


_ABBR_AT_START = re.compile(_WEEKDAY_ABBR + r",?\s+")


def _abbreviation_kept(text: str, expr: TimeExpr, hi: int) -> TimeExpr | None:
    """A date led by an abbreviated weekday ("Thurs. July 28"), or the date alone when the
    abbreviation is not its weekday: a name's end before it ("the Baltimore Sun. July 4 was
    quiet"), or a written year whose day falls on another weekday."""
    year, month, day = (expr.parts.get(k) for k in ("year", "month", "day"))
    written = _safe_date(year, month, day) if year and month and day else None
    if not _NAME_BEFORE_TODAY.search(text, max(0, expr.start - 30), expr.start) and (
        written is None or written.weekday() == expr.parts.get("weekday")
    ):
        return expr
    lead = _ABBR_AT_START.match(expr.text)
    assert lead is not None
    m = TIME_RE.match(text, expr.start + lead.end(), hi)
    return _expr(m) if m else None


# "the Baltimore Sun.", "orbits the Sun.": of the abbreviated weekdays only "Sun." is also a
# word of names (a newspaper's, the star's), so alone it is a day only when neither a name's
# capitalised word nor "the" comes before it
_NAME_OR_THE_BEFORE = re.compile(r"(?:\b[A-Z][\w&'-]*|\b[Tt]he)[ \t]+$")


def _sun_in_name(text: str, expr: TimeExpr) -> bool:
    """An abbreviated "Sun." read alone (a weekday expression, no date after it) that ends a
    name ("the Riverton Sun. Police said") or is the star ("around the Sun.")."""
    if expr.kind != "weekday" or not re.match(r"Sun\.", expr.text):
        return False
    return bool(_NAME_OR_THE_BEFORE.search(text, max(0, expr.start - 30), expr.start))


def _lead_of(text: str) -> str:
    return " ".join(text.lower().split())


def _expr(m: re.Match[str]) -> TimeExpr | None:
    g = m.groupdict()
    text = m.group(0)
    start, end = m.start(), m.end()
    first_word = text.split(None, 1)[0].lower() if text.split() else ""
    lead_words = {
        "since",
        "from",
        "until",
        "till",
        "through",
        "between",
        "starting",
        "beginning",
        "by",
        "before",
        "after",
        "on",
        "in",
        "during",
        "last",
        "this",
        "next",
        "coming",
        "early",
        "late",
        "earlier",
        "later",
        "past",
        "over",
    }
    parts: dict[str, Any] = {"lead": first_word if first_word in lead_words else ""}
    if g["dmy"]:
        parts.update(day=_day(g["d1"]), month=_month(g["m1"]), year=_int(g["y1"]))
        return TimeExpr(start, end, text, "date", parts)
    if g["mdy"]:
        month_word = g["m2"]
        if not month_word[0].isupper() and month_word.lower() in ("may", "mar"):
            return None  # "may 3" in running text is the verb
        parts.update(day=_day(g["d2"]), month=_month(month_word), year=_int(g["y2"]))
        if g["wd0"]:
            parts["weekday"] = WEEKDAYS[g["wd0"].rstrip(".").lower()]
        return TimeExpr(start, end, text, "date", parts)
    if g["iso"]:
        parts.update(day=int(g["d3"]), month=int(g["m3"]), year=int(g["y3"]))
        return TimeExpr(start, end, text, "date", parts)
    if g["slash"]:
        year = int(g["y4"])
        if year < 100:
            year += 2000 if year < 70 else 1900
        month, day = int(g["m4"]), int(g["d4"])
        if month > 12:  # "25/12/2020": day first
            month, day = day, month
        if month > 12:
            return None
        parts.update(day=day, month=month, year=year)
        return TimeExpr(start, end, text, "date", parts)
    if g["dash"]:
        year = int(g["y9"])
        if year < 100:
            year += 2000 if year < 70 else 1900
        parts.update(day=int(g["d9"]), month=int(g["m9"]), year=year)
        return TimeExpr(start, end, text, "date", parts)
    if g["dash2"]:
        return _dashed_month_day(start, end, text, parts, int(g["m10"]), int(g["d10"]))
    if g["slash2"]:
        parts.update(day=int(g["d5"]), month=int(g["m5"]), year=None)
        if not g["slash2_lead"]:
            parts["bare_slash"] = True
        return TimeExpr(start, end, text, "date", parts)
    if g["month"]:
        lead = _lead_of(g["mo_lead"] or "")
        word = g["m6"]
        if not lead and not g["y6"]:
            return None  # a bare month name: "May" the verb, "March" the walk
        if word.lower() == "may" and (lead in ("", "of") or word != "May") and not g["y6"]:
            return None
        if not word[0].isupper():
            return None  # month names are capitalised; "march" is a walk
        parts.update(month=_month(word), year=_int(g["y6"]), lead=lead)
        return TimeExpr(start, end, text, "month", parts)
    if g["weekday"]:
        if g["wd"].endswith(".") and not g["wd"].istitle():
            # a weekday's abbreviation is written "Sat.": "they sat." is the verb, "took the
            # SAT." the test
            return None
        lead = _lead_of(g["lead"] or "")
        parts.update(
            weekday=WEEKDAYS[g["wd"].rstrip(".").lower()],
            part=(g["wd_part"] or "").lower(),
            lead=lead,
            possessive=bool(g["poss"]),
        )
        return TimeExpr(start, end, text, "weekday", parts)
    if g["relday"]:
        parts.update(word=_lead_of(g["relday"]))
        return TimeExpr(start, end, text, "relday", parts)
    if g["ago"]:
        n_text = " ".join(g["ago_n"].lower().split())
        n = int(n_text) if n_text.isdigit() else SMALL_NUMBERS.get(n_text, 1)
        unit = g["ago_unit"].lower().rstrip("s")
        parts.update(n=n, unit=unit, vague=n_text in VAGUE_COUNTS)
        return TimeExpr(start, end, text, "ago", parts)
    if g["relper"]:
        parts.update(mod=_lead_of(g["rp_mod"]), unit=g["rp_unit"].lower())
        return TimeExpr(start, end, text, "relperiod", parts)
    if g["yearonly"]:
        parts.update(year=int(g["y7"]), lead=_lead_of(g["yr_lead"]))
        return TimeExpr(start, end, text, "year", parts)
    if g["holiday"]:
        parts.update(holiday=g["hol"], part=(g["hol_part"] or "").lower())
        if g["hol_year"] or g["hol_year_after"]:
            # "the 2014 Fourth of July", "on Christmas Day 2018": that year's
            parts["year"] = int(g["hol_year"] or g["hol_year_after"])
        if g["hol_shift"]:
            # "the day after Christmas": a day's shift from the holiday (and not its weekend)
            parts.update(shift=_holiday_shift(g["hol_shift"], g["hol_n"]), part="")
        return TimeExpr(start, end, text, "holiday", parts)
    if g["nth"]:
        parts.update(day=int(g["d8"]), bare=not g["nth_lead"], of=g["nth_lead"] == "of")
        return TimeExpr(start, end, text, "nth", parts)
    return None


def _holiday_shift(direction: str, days: str | None) -> int:
    """The days a holiday is shifted by: "the day after Christmas" one, "two days after
    Christmas" two, "three days before Thanksgiving" minus three (a follow-up tells the day
    of a shooting so, by the holiday it fell near)."""
    n = 1 if days is None else (int(days) if days.isdigit() else SMALL_NUMBERS[days.lower()])
    return n if direction.lower() == "after" else -n


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


# --------------------------------------------------------------------------------------------
# Resolution


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        delta = (weekday - first.weekday()) % 7
        return first + dt.timedelta(days=delta + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _day_of_anchor_month(day: int, anchor: dt.date | None, prefer: str) -> Resolved | None:
    """On "the 5th", the month unsaid: that day of the anchor's month, or of the month before
    when the day is still to come (the month after, for a future day already past); None
    without an anchor or when the month has no such day."""
    if anchor is None:
        return None
    year, month = anchor.year, anchor.month
    if prefer == "future" and day < anchor.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif prefer != "future" and day > anchor.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    found = _safe_date(year, month, day)
    return Resolved(found, found, DAY, found) if found is not None else None


def _holiday_date(name: str, year: int) -> dt.date:
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    fixed = {
        "veterans day": (11, 11),
        "cinco de mayo": (5, 5),
        "juneteenth": (6, 19),
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "new year's": (1, 1),
        "fourth of july": (7, 4),
        "july fourth": (7, 4),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
    }
    if key in fixed:
        month, day = fixed[key]
        return dt.date(year, month, day)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "mother's day":
        return _nth_weekday(year, 5, 6, 2)
    if key == "father's day":
        return _nth_weekday(year, 6, 6, 3)
    if "patrick" in key:
        return dt.date(year, 3, 17)
    if "king" in key or key.startswith("mlk"):
        return _nth_weekday(year, 1, 0, 3)
    if key.startswith("president"):
        return _nth_weekday(year, 2, 0, 3)
    if key == "columbus day":
        return _nth_weekday(year, 10, 0, 2)
    if key == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if key == "black friday":
        return _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1)
    return _easter(year)


NEAR_FUTURE_DAYS = 14
"""A day-month without a year up to this many days after the anchor is read in the anchor's
year (a coming date: "services will be held July 29"), not as last year's."""


def _past_year_for(month: int, day: int, anchor: dt.date, prefer: str) -> int:
    year = anchor.year
    candidate = _safe_date(year, month, min(day, 28 if month == 2 else day))
    if candidate is None:
        return year
    if prefer == "future":
        return year if candidate >= anchor else year + 1
    if candidate <= anchor + dt.timedelta(days=NEAR_FUTURE_DAYS):
        return year
    return year - 1


def resolve(
    expr: TimeExpr,
    anchor: dt.date | None,
    prefer: str = "past",
    year_hint: int | None = None,
) -> Resolved | None:
    """The date range `expr` denotes, or None when it cannot be resolved without an anchor."""
    p = expr.parts
    kind = expr.kind
    if kind == "date":
        year = p.get("year")
        if year is None and anchor is not None and "years_back" in p:
            year = anchor.year - p["years_back"]
        if year is None:
            if anchor is not None:
                year = _past_year_for(p["month"], p["day"], anchor, prefer)
            elif year_hint is not None:
                year = year_hint
            else:
                return None
        day = _safe_date(year, p["month"], p["day"])
        if day is None:
            return None
        return Resolved(day, day, DAY, day)
    if kind == "nth":
        return _day_of_anchor_month(p["day"], anchor, prefer)
    if kind == "month":
        year = p.get("year")
        month = p["month"]
        if year is None and anchor is not None and "years_back" in p:
            year = anchor.year - p["years_back"]
        if year is None:
            if anchor is not None:
                lead = p.get("lead", "")
                if lead == "next" or prefer == "future":
                    year = anchor.year if month >= anchor.month else anchor.year + 1
                elif lead == "last" and month >= anchor.month:
                    year = anchor.year - 1
                else:
                    year = anchor.year if month <= anchor.month else anchor.year - 1
            elif year_hint is not None:
                year = year_hint
            else:
                return None
        first, last = _month_range(year, month)
        lead = p.get("lead", "")
        if lead.startswith("early"):
            last = first + dt.timedelta(days=9)
        elif lead.startswith("mid"):
            first, last = first + dt.timedelta(days=10), first + dt.timedelta(days=19)
        elif lead.startswith("late") or lead.startswith("the end"):
            first = first + dt.timedelta(days=20)
        return Resolved(first, last, MONTH, first)
    if kind == "year":
        year = p["year"]
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, dt.date(year, 1, 1))
    if kind == "holiday":
        if p.get("year"):
            day = _holiday_date(p["holiday"], p["year"])
        elif anchor is None:
            return None
        else:
            day = _holiday_date(p["holiday"], anchor.year)
            if prefer != "future" and day > anchor:
                day = _holiday_date(p["holiday"], anchor.year - 1)
            elif prefer == "future" and day < anchor:
                day = _holiday_date(p["holiday"], anchor.year + 1)
        part = p.get("part", "")
        if part == "weekend" or part.startswith("holiday"):
            # the holiday's weekend: the one after a Thursday or Friday holiday, the one before
            # a Monday holiday ("Labor Day weekend"), its own for one on a weekend
            sat = day + dt.timedelta(days=(5 - day.weekday()) % 7)
            if day.weekday() in (5, 6):
                sat = day - dt.timedelta(days=day.weekday() - 5)
            elif day.weekday() == 0:
                sat = day - dt.timedelta(days=2)
            lo, hi = sat - dt.timedelta(days=1), sat + dt.timedelta(days=1)
            if part != "weekend" or day.weekday() == 0:
                # "the Thanksgiving holiday", "Labor Day weekend": the day and its weekend
                lo, hi = min(lo, day), max(hi, day)
            return Resolved(lo, hi, WEEK, day)
        day += dt.timedelta(days=p.get("shift", 0))
        return Resolved(day, day, DAY, day)
    if anchor is None:
        return None
    if kind == "weekday":
        return _resolve_weekday(p, anchor, prefer)
    if kind == "relday":
        word = p["word"]
        if "before yesterday" in word:
            day = anchor - dt.timedelta(days=2)
        elif "yesterday" in word or "last night" in word or "last evening" in word:
            day = anchor - dt.timedelta(days=1)
        elif "overnight" in word:
            return Resolved(anchor - dt.timedelta(days=1), anchor, DAY, anchor)
        else:
            day = anchor
        return Resolved(day, day, DAY, day)
    if kind == "ago":
        n, unit = p["n"], p["unit"]
        if unit == "day" and p.get("vague"):
            # "a few days ago", "several days ago": some day of the past week, not the third
            # day back (a report that also tells "late Tuesday" is dated by that day)
            day = anchor - dt.timedelta(days=n)
            return Resolved(anchor - dt.timedelta(days=6), anchor - dt.timedelta(days=2), WEEK, day)
        if unit == "day":
            day = anchor - dt.timedelta(days=n)
            return Resolved(day, day, DAY, day)
        if unit == "week":
            day = anchor - dt.timedelta(days=7 * n)
            return Resolved(day - dt.timedelta(days=3), day + dt.timedelta(days=3), WEEK, day)
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 - n
            year, month = divmod(month_index, 12)
            first, last = _month_range(year, month + 1)
            return Resolved(first, last, MONTH, first)
        year = anchor.year - n
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, dt.date(year, 1, 1))
    if kind == "relperiod":
        return _resolve_period(p["mod"], p["unit"], anchor)
    return None


def _resolve_weekday(p: dict[str, Any], anchor: dt.date, prefer: str) -> Resolved:
    weekday = p["weekday"]
    lead = p.get("lead", "")
    back = (anchor.weekday() - weekday) % 7
    if lead in ("next", "coming") or prefer == "future":
        ahead = (weekday - anchor.weekday()) % 7
        if lead in ("next",) and ahead == 0:
            ahead = 7
        day = anchor + dt.timedelta(days=ahead)
    else:
        # The weekday of the week before: the page's own weekday told with "last", "this
        # past" or "past", and "last <weekday>" the day after it ("last Tuesday" on a
        # Wednesday page: papers write yesterday's weekday bare, AP style for the past week,
        # or "yesterday", so it is the Tuesday eight days back; "this past Tuesday" still
        # means yesterday). Weekdays two or more days back keep their latest occurrence
        # ("last Monday" on a Friday page is four days back).
        if (back == 0 and lead in ("last", "this past", "past")) or (back == 1 and lead == "last"):
            back += 7
        day = anchor - dt.timedelta(days=back)
    return Resolved(day, day, DAY, day)


def _resolve_period(mod: str, unit: str, anchor: dt.date) -> Resolved | None:
    if unit == "week":
        monday = _week_start(anchor)
        if mod in ("last", "the previous", "late last", "early last", "earlier last"):
            start = monday - dt.timedelta(days=7)
            return Resolved(start, start + dt.timedelta(days=6), WEEK, start)
        if mod in ("the past", "past", "this past"):
            start = anchor - dt.timedelta(days=7)
            return Resolved(start, anchor, WEEK, start)
        if mod in ("next", "the coming", "this coming"):
            start = monday + dt.timedelta(days=7)
            return Resolved(start, start + dt.timedelta(days=6), WEEK, start)
        end = anchor - dt.timedelta(days=1) if mod == "earlier this" else anchor
        end = max(end, monday)
        return Resolved(monday, end, WEEK, monday)
    if unit == "weekend":
        if mod in ("next", "the coming", "this coming"):
            sat = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
            return Resolved(sat, sat + dt.timedelta(days=1), WEEK, sat)
        if anchor.weekday() == 6:
            sat = anchor - dt.timedelta(days=1)
        else:
            sat = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        if mod in ("last", "the previous") and anchor.weekday() in (5, 6):
            sat -= dt.timedelta(days=7)
        end = min(sat + dt.timedelta(days=1), anchor)
        return Resolved(sat, end, WEEK, sat)
    if unit == "month":
        if mod in ("last", "the previous", "late last", "early last", "earlier last"):
            first_this = anchor.replace(day=1)
            prev = first_this - dt.timedelta(days=1)
            first, last = _month_range(prev.year, prev.month)
            return Resolved(first, last, MONTH, first)
        if mod in ("the past", "past", "this past"):
            start = anchor - dt.timedelta(days=30)
            return Resolved(start, anchor, MONTH, start)
        if mod in ("next", "the coming", "this coming"):
            month_index = anchor.year * 12 + anchor.month
            year, month = divmod(month_index, 12)
            first, last = _month_range(year, month + 1)
            return Resolved(first, last, MONTH, first)
        first = anchor.replace(day=1)
        end = anchor - dt.timedelta(days=1) if mod == "earlier this" else anchor
        return Resolved(first, max(first, end), MONTH, first)
    # year
    if mod in ("last", "the previous", "late last", "early last", "earlier last"):
        year = anchor.year - 1
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, dt.date(year, 1, 1))
    if mod in ("the past", "past", "this past"):
        start = anchor - dt.timedelta(days=365)
        return Resolved(start, anchor, YEAR, start)
    if mod in ("next", "the coming", "this coming"):
        year = anchor.year + 1
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, dt.date(year, 1, 1))
    first = dt.date(anchor.year, 1, 1)
    return Resolved(first, anchor, YEAR, first)


# --------------------------------------------------------------------------------------------
# dateparser, for what the grammar does not read (cached; loaded on first use)


@lru_cache(maxsize=64)
def _dateparser(anchor: dt.date) -> Any:
    import warnings

    from dateparser.date import DateDataParser

    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return DateDataParser(
            languages=["en"],
            settings={
                "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": base,
                "RETURN_TIME_AS_PERIOD": False,
            },
        )


@lru_cache(maxsize=4096)
def dateparser_resolve(text: str, anchor: dt.date) -> Resolved | None:
    """dateparser's reading of `text` against `anchor` (None when it cannot read it)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = _dateparser(anchor).get_date_data(text)
        except Exception:  # dateparser raises a variety of errors on odd input
            return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "month":
        first, last = _month_range(day.year, day.month)
        return Resolved(first, last, MONTH, first)
    if period == "year":
        return Resolved(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), YEAR, day)
    if period == "week":
        start = _week_start(day)
        return Resolved(start, start + dt.timedelta(days=6), WEEK, day)
    return Resolved(day, day, DAY, day)


# --------------------------------------------------------------------------------------------
# Relative expressions without an anchor: kept so that they can be resolved later


def relative_of(expr: TimeExpr, future: bool = False) -> dict[str, Any] | None:
    """What resolving a relative expression needs once an anchor is known, as plain data
    (JSON-safe): {"weekday": 1} for "on Tuesday", {"days_before": 1} for "yesterday", ...
    None for an expression that is not relative or not read here."""
    p = expr.parts
    out: dict[str, Any]
    if expr.kind == "weekday":
        out = {"weekday": p["weekday"]}
        lead = p.get("lead", "")
        if lead in ("next", "coming") or future:
            out["direction"] = "future"
            if lead == "next":
                out["skip_same_day"] = True
        elif lead in ("last", "this past", "past"):
            out["skip_same_day"] = True
        return out
    if expr.kind == "relday":
        word = p["word"]
        if "before yesterday" in word:
            return {"days_before": 2}
        if "yesterday" in word or "last night" in word or "last evening" in word:
            return {"days_before": 1}
        if "overnight" in word:
            return {"days_before": 0, "overnight": True}
        return {"days_before": 0}
    if expr.kind == "ago":
        unit = p["unit"]
        if unit == "day":
            return {"days_before": p["n"]}
        return {f"{unit}s_before": p["n"]}
    if expr.kind == "relperiod":
        return {"period": p["unit"], "mod": p["mod"]}
    if expr.kind == "holiday":
        out = {"holiday": p["holiday"]}
        if p.get("shift"):
            out["shift"] = p["shift"]
        if p.get("part") == "weekend":
            out["weekend"] = True
        elif p.get("part", "").startswith("holiday"):
            out["stretch"] = True  # "the Thanksgiving holiday": the day and its weekend
        if future:
            out["direction"] = "future"
        return out
    return None


def resolve_relative(
    relative: dict[str, Any], anchor: dt.date
) -> tuple[dt.date, dt.date, dt.date] | None:
    """(date_start, date_end, best) of a relative expression recorded by `relative_of`,
    against `anchor` (the publication date found later), by the same rules as `resolve`.
    None when `relative` says nothing this function reads."""
    prefer = "future" if relative.get("direction") == "future" else "past"
    expr: TimeExpr
    if "weekday" in relative:
        weekday = relative["weekday"]
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            return None
        lead = ""
        if relative.get("skip_same_day"):
            lead = "next" if prefer == "future" else "last"
        expr = TimeExpr(0, 0, "", "weekday", {"weekday": weekday, "lead": lead})
    elif "days_before" in relative:
        n = int(relative["days_before"])
        if relative.get("overnight"):
            return anchor - dt.timedelta(days=1), anchor, anchor
        day = anchor - dt.timedelta(days=n)
        return day, day, day
    elif any(k in relative for k in ("weeks_before", "months_before", "years_before")):
        unit = next(k for k in ("weeks_before", "months_before", "years_before") if k in relative)
        expr = TimeExpr(0, 0, "", "ago", {"n": int(relative[unit]), "unit": unit[:-8]})
    elif "period" in relative:
        expr = TimeExpr(0, 0, "", "relperiod", {"unit": relative["period"], "mod": relative["mod"]})
    elif "holiday" in relative:
        parts = {
            "holiday": relative["holiday"],
            "part": "weekend"
            if relative.get("weekend")
            else ("holiday" if relative.get("stretch") else ""),
        }
        if relative.get("shift"):
            parts["shift"] = int(relative["shift"])
        expr = TimeExpr(0, 0, "", "holiday", parts)
    else:
        return None
    resolved = resolve(expr, anchor, prefer=prefer)
    if resolved is None:
        return None
    return resolved.start, resolved.end, resolved.best
