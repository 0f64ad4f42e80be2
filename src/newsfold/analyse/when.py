"""When: temporal expressions resolved against the publication date; the event's date range.

Reads `ctx.doc` and `ctx.anchor` (the publication date, or None). Finds temporal expressions
with the grammar of `timeexpr` (and spaCy DATE entities the grammar does not read, which go to
dateparser), resolves each against the anchor (or, inside an embedded post or a stretch
stacked under its own byline's date or update stamp, against that day), and decides with the
dependency parse what each one dates:

* role "event": the reported event (violence, a protest, an operation...), with a strength of 2
  when the date hangs on a word of violence or of the event itself ("shot on Friday", "Sunday's
  shooting", "clashes since Wednesday"), 1 otherwise;
* other roles, which never date the event and go to `ctx.discard` with the reason:
  "publication" (a dateline or an "Updated:" line), "birth" (also a birthday: "turns 4 on
  Friday"), "statistic" (a year: "in 2020", "this year"), "future" ("will be held on Monday",
  "an autopsy is scheduled for Thursday"), "recurring" ("every Thursday"), "court" (a hearing,
  an arraignment, a sentencing), "funeral" (a funeral, a vigil, a memorial, an autopsy),
  "report" (the day something was said or announced: "police said Tuesday"), "arrest" (the
  day of an arrest or of the hunt for the suspects, kept as a fallback), "condition" (the
  state of things on a later day: "remained hospitalized Tuesday", "as of Friday morning",
  "an investigation was under way Wednesday": `_inquiry_under_way`; a fallback too),
  "other_story" (a day in another story's headline or link, or in a rail of other stories'
  teasers above the story: `_rail_set_aside`), "other_period" (a period that does not
  contain the event: "similar clashes killed three in June"), "correction" (a day a
  correction note says was wrong: "An earlier version of this story said Friday", "Saturday
  night, not Friday": `_retracted`). The verb a date hangs on directly decides first, then
  the common noun it qualifies ("before Sunday's news conference"), then the words around it.

The event's dates (docs/numbers.md, "Dates"):

* an event mention that ends more than five years before publication is history, not the
  news (`HISTORY_DAYS`);
* a bare weekday naming the day after the publication date ("Thursday" in a story dated
  Wednesday) dates nothing unless a past week told of the violence places it: six days back
  or a page dated a day early, the page cannot tell (`_day_after_its_date`); a later day of
  the aftermath told in its sentence ("arrested Thursday in a shooting Saturday night" on a
  Friday page) makes it six days back (`_weekdays_before_their_aftermath`); the page writing
  that next day by its date ("early April 5" on a page dated April 4) makes it that day (the
  page's date is a day early: `_weekdays_of_a_written_date`);
* the lead mention is the first day-precise event mention with strength 2 in text order (else
  the first event mention of any kind); a lead long before publication gives way to recent
  violence told after it (`_recent_lead`); every event mention within 7 days of it belongs to the
  event, and month or week mentions that contain it are consistent with it; the rest of the
  event mentions are other periods;
* `date_start`/`date_end` span the event mentions that belong ("since Wednesday ... on Friday"
  gives Wednesday to Friday);
* `event_date` is the earliest day of violence among them (a multi-day event is dated by the
  day it began, which later reports of the same event keep while they add end days); a death
  never dates it when the text dates the wounding directly too, nor the start of a tally's
  period ("among 17 people shot between Friday evening and Monday morning") when another day
  of violence is told (`_mark_tallies`); with no day of violence, the
  first day told, an "overnight" read as the evening it began when the text dates that evening,
  and a weekend of violence (its first day) over a later day of what followed it;
* `time_precision` is ACLED's: 1 when that day is known, 2 when only the week, 3 the month;
* with no event mention, the headline's day dates it (no claim), else the earliest day of an
  arrest, a report or a condition;
* with a publication date and no usable expression, the event is dated to the publication day
  with precision 2 and a range of the week before it; with neither, everything stays null.
  The publication day is the best single guess: news of a shooting most often comes out the
  same day, else the next (on the GVA dev pages with no day in their words, the incident was
  the publication day 60 times, the day before 37, two days before 13, in each half of them
  alike); a clock time in such a text ("at 8 p.m.") does not tell which (as often the same day
  as the day before), unless the page's stamp has a clock of its own (below).

The clock (h-date23): the anchor is the stamp's day on the story's own clock
(`stamp.local_stamp`: a UTC stamp in the outlet's or the dateline's US zone), and a page with
no publication date is anchored by its dateline's full date (`_dateline_day`). A story stamped
before 3 a.m. local was written the evening before: its "tonight", "today", "this evening" and
an undated evening clock tell that day (`_written_evening_before`, `_evening_before_stamp`). A
weekday's night told with a small-hours clock ("Saturday night around 1 a.m.") is the next day
(`_night_then_clock`), and so is "overnight Friday ... 3 a.m." on a page published after
Friday; a bare "overnight" told with an evening clock is the evening before
(`_overnight_by_evening_clock`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsfold.analyse.ascii_fold import folded_page, folded_twin
from newsfold.analyse.context import Context, TimeMention
from newsfold.analyse.day_clock import mark_clocks, mark_words_before
from newsfold.analyse.lexicon import DEATH_VERBS
from newsfold.analyse.lexicon import words as _words
from newsfold.analyse.nlp import entities
from newsfold.analyse.numbers import parse_word_number
from newsfold.analyse.quoted_days import QUOTED_ROLE, mark_quoted_day_words
from newsfold.analyse.sentence_start import sentence_end, sentence_start
from newsfold.analyse.teaser_rail import teaser_rail_spans
from newsfold.analyse.timeexpr import (
    DAY,
    KEY_RE,
    MONTH,
    WEEK,
    YEAR,
    Resolved,
    TimeExpr,
    dateparser_resolve,
    find_times,
    relative_of,
    resolve,
)
from newsfold.analyse.what.sentences import doc_text, sent_at, sentences, tokens_at
from newsfold.calendar_words import (
    MONTH_STEMS,
    MONTH_WORD,
    WEEKDAY_ABBRS,
    WEEKDAY_FULL,
    WEEKDAY_STEM,
    alternation,
)

_DAY_AFTER_CLOCK = rf"(?:{WEEKDAY_STEM}[a-z]*day|{alternation(WEEKDAY_ABBRS)})\b"
"""A weekday named after a clock, as a whole word ("11:40 p.m. Saturday", "2 a.m. Sun."): not
the first letters of a street's name ("at 11:40 p.m. on Monroe Street", "on Sunset Boulevard",
"on Friendly Avenue", "on Moncrief Road"), which used to read as the clock's own day and so
hid a clock of the shots."""

WINDOW_DAYS = 7
"""Event mentions within this many days of the lead mention belong to the same event."""


VIOLENCE = _words(
    """
    shoot shot shooting shootout gunfire gunshot gunman gunmen fire open kill killing die death
    dead murder homicide slay wound injure injury hurt attack assault clash fight fighting battle
    combat stab stabbing explode explosion blast bomb bombing airstrike strike shell shelling
    ambush raid storm invade invasion incursion offensive onslaught operation violence riot
    protest demonstrate demonstration march rally loot burn torch kidnap abduct abduction rob
    robbery carjack carjacking incident happen occur erupt break unfold find discover respond
    hit struck confront confrontation exchange target seize capture execute behead lynch massacre
    dispatch summon
    detonate ied grenade mortar rocket missile drone skirmish brawl beat beating rape assassinate
    fatal fatally arson vandalize destroy crash standoff siege hostage rampage massacre tragedy
    disturbance unrest mob sit-in strike picket gather rally discharge
    sink capsize collapse flood quake earthquake tremor landslide blaze landfall derail
    """
)
COURT = _words("""
    court hearing arraign arraignment sentence sentencing trial plead plea indict indictment judge
    jury bond bail convict conviction verdict testify magistrate appearance docket acquit
    acquittal prosecutor appeal extradition extradite guilty deliberation deliberate juror
    """)
# what is done for the dead after the event: its day is a later one ("an autopsy was
# conducted Tuesday" after a shooting on Friday)
FUNERAL = _words("""
    funeral vigil memorial burial bury wake mourn mourner service visitation procession tribute
    autopsy
    """)
REPORT = _words("""
    say tell report announce confirm identify release state add update post publish speak comment
    according statement conference briefing interview write tweet name reassure learn warn reveal
    disclose
    """)
ARREST = _words("""
    arrest detain apprehend custody surrender book jail charge nab question interrogate
    """)
# the state of the wounded after the event ("remained hospitalized Tuesday", "is recovering
# tonight at the hospital", "his condition was listed as stable Sunday"): a later day's news
CONDITION_VERBS = _words("remain recover list stay")
CONDITION_WORDS = _words("""
    hospitalize hospital condition support care treatment stable critical serious fair
    investigation large
    """)
# "as of Friday morning, no one was in custody": the state of things on that day
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
# "two others were wounded and remained in stable condition late Friday": a day told
# right after the condition of the wounded is that condition's day, whatever verb the parser
# hangs it on (here "wounded", which would make it the day of the shots). Told after a verb
# of being taken in ("was admitted in serious condition Monday with a gunshot wound") the
# day is the admission's, most often the shooting's own, and the rule leaves it
_IN_CONDITION_BEFORE = re.compile(
    r"\b(?:is|was|are|were|been|remains?|remained|and|but|still|now)\s+in\s+"
    r"(?:(?:stable|critical|serious|fair|good|grave|guarded|satisfactory|"
    r"life-threatening)\s+(?:(?:but|and|to|or)\s+[a-z-]+\s+)?)?condition\s+(?:on\s+)?$",
    re.I,
)
# what was not yet known on a later day: "It was unclear Monday if he has a lawyer", "the
# motive remained unknown on Tuesday"
_UNKNOWN_BEFORE = re.compile(
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:unclear|not\s+clear|unknown|"
    r"not\s+known|uncertain)\s+(?:as\s+of\s+|on\s+)?$",
    re.I,
)
# a birthday: "who turns 4 on Friday", "she would have turned 18 on Monday"
_BIRTHDAY = re.compile(
    r"\bturn(?:s|ed)?\s+(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s+years?\s+old)?\s+(?:on\s+)?$",
    re.I,
)
# "they have fasted every Thursday since": a day that recurs, not one day
_RECURRING = re.compile(r"\b(?:every|each)\s+$", re.I)
SPORT_VENUES = _words(
    "basketball tennis volleyball squash handball badminton pickleball racquetball food sports"
)
WOUND_VERBS = _words("shoot wound injure hurt stab hit strike beat")
# "gun" is the lemma of "gunned down": a killing or a wounding, the shooting's own day
KILL_VERBS = _words("kill murder slay gun")
ARREST_VERBS = _words("arrest detain apprehend book jail charge nab indict")
# the hunt for those who did it follows the event, as their arrest does ("police were
# searching late Tuesday for two men in Saturday's shooting")
MANHUNT_VERBS = _words("search seek hunt track")
COURT_VERBS = _words("arraign sentence plead convict acquit testify")
FUTURE_GOVERNORS = _words("schedule set expect due plan slate hope intend going")
SCHEDULE_VERBS = _words("schedule plan slate")
CUE_PREPOSITIONS = _words("in at for during before after to into of on following")
SAYING_VERBS = _words("say tell announce confirm state add")
# what officials do about an event on a later day, told with its words ("the medical examiner
# ruled the death a homicide on Tuesday", "Crime Stoppers offered a reward Tuesday for
# information about the shooting"): the day of a finding or an appeal, like a statement's
RULING_VERBS = _words("rule offer")
# what officials make known about an event on a later day ("police on Monday named a suspect in
# the shooting", "released video Tuesday of the Nov. 2 shooting", "the coroner identified the
# man Tuesday"): the day it was made known, like a statement's, whatever violence the object
# tells
DISCLOSURE_VERBS = _words("identify name release reveal disclose publish")
TOLL_VERBS = _words("rise climb increase jump reach")
RANGE_START = frozenset({"since", "from", "starting", "beginning"})
RANGE_END = frozenset({"until", "till", "through"})
BEGIN_VERBS = frozenset({"begin", "start", "erupt", "break"})

_HEADER_WORDS = re.compile(
    r"\b(?:updated?|posted|published|modified|last\s+update|copyright|©|filed|created)\b", re.I
)
# an embedded post's signature: "— A. Name (@handle) July 9, 2021": the day it was posted
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s*$")
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,}\s*\($")
# a wire dateline: "TEGUCIGALPA, May 17 (Meridian Wire) -", "MOMBASA, Kenya, June 21 -"
_WIRE_DATELINE_BEFORE = re.compile(
    r"\W{0,3}[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.'\- ]{1,30}){0,2},\s*"
)
_WIRE_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\(|[-\u2013\u2014:]|$)")


def annotate(ctx: Context) -> None:
    """Find and resolve temporal expressions; date the event (see the module docstring)."""
    text = ctx.article.text
    doc = ctx.doc
    anchor = ctx.anchor
    exprs = find_times(text)
    if anchor is None:
        anchor = ctx.anchor = _dateline_day(text, exprs)
    stamped = _date_line(text, exprs)
    if stamped is not None and (
        anchor is None or anchor - dt.timedelta(days=BYLINE_DAYS) <= stamped[0] < anchor
    ):
        anchor = ctx.anchor = stamped[0]
        ctx.anchor_time = stamped[1]
    exprs.extend(_entity_extras(doc, exprs, anchor))
    exprs.sort(key=lambda e: e.start)
    ctx.notes["time_spans"] = [(e.start, e.end) for e in exprs]
    year_hint = None
    if anchor is None:
        year_hint = next(
            (e.parts["year"] for e in exprs if e.kind == "date" and e.parts.get("year")), None
        )
    # a day-month written once with its year and once without: the same day
    full_dates = {
        (e.parts["month"], e.parts["day"]): e.parts["year"]
        for e in exprs
        if e.kind == "date" and e.parts.get("year")
    }
    for e in exprs:
        if e.kind == "date" and not e.parts.get("year"):
            year = full_dates.get((e.parts["month"], e.parts["day"]))
            if year is not None:
                e.parts["year"] = year
    _holiday_years(exprs)
    _holidays_of_last_year(text, exprs, anchor)
    once = _Resolver()
    posts = _posts(text, exprs) + _bylined(text, exprs, anchor, once)
    mentions: list[TimeMention] = []
    for expr in exprs:
        own = next((day for lo, hi, day in posts if lo <= expr.start < hi), anchor)
        if own is not None and own == anchor and _written_evening_before(ctx, expr):
            own = anchor - dt.timedelta(days=1)
        mention = _mention(ctx, doc, expr, own, year_hint, once)
        if mention is not None:
            mentions.append(mention)
    for m in mentions:
        if ctx.in_other_story(m.start, m.end):  # "RELATED: Two shot on Saturday night"
            m.role = "other_story"
        elif _retracted(doc, m.start, m.end):  # "An earlier version ... said Friday"
            m.role = "correction"
    background, markers = _background(text)
    ctx.notes["background"] = background
    ctx.notes["background_markers"] = markers
    _weekdays_of_past_week(text, mentions, anchor, background)
    _weekdays_before_their_aftermath(text, mentions)
    _weekdays_of_a_written_date(mentions, anchor)
    _log_entry_days(ctx.doc, mentions)
    mark_quoted_day_words(text, mentions)
    _rail_set_aside(ctx, mentions, background)
    _date_event(ctx, mentions, background)
    ctx.times.extend(mentions)
    for m in mentions:
        if m.role == "event" and not m.attrs.get("ambiguous"):
            field = "event_date"
            if m.attrs.get("range") == "start":
                field = "date_start"
            elif m.attrs.get("range") == "end":
                field = "date_end"
            value = (m.date_start if field == "date_start" else m.attrs["best"]).isoformat()
            ctx.add_claim(field, value, (m.start, m.end), **_claim_attrs(m))
        else:
            why = "ambiguous" if m.attrs.get("ambiguous") else m.role
            ctx.discard(
                "event_date",
                m.attrs["best"].isoformat(),
                (m.start, m.end),
                reason=_REASONS.get(why, why),
                role=m.role,
                **_claim_attrs(m),
            )
    # the clocks told beside each day the event is dated by, for reconciliation to weigh
    mark_clocks(doc, ctx.event.claims)
    # the days told as a death's or a night's, for reconciliation to weigh
    mark_words_before(text, ctx.event.claims)


# what follows a dateline's date: "DALLAS, March 6, 2021 -", "TULSA, Okla., Aug. 2, 2019 (AP) --"
_AFTER_DATELINE_DATE = re.compile(r"^\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–|-)\s")
_BEFORE_DATELINE_DATE = re.compile(
    r"^[\s\W]*[A-Z][A-Z.'\- ]{1,40},(?:\s*[A-Z][A-Za-z.' ]{1,20},)?\s*$"
)


def _dateline_day(text: str, exprs: list[TimeExpr]) -> dt.date | None:
    """The full date of a dateline that opens the text ("DALLAS, March 6, 2021 - A man was
    shot tonight"), for a page with no publication date: the dateline tells the day the story
    was filed, the anchor of its "tonight" and "on Friday"."""
    for e in exprs:
        if e.start > 80:
            break
        if e.kind != "date" or not e.parts.get("year") or not e.parts.get("day"):
            continue
        if _BEFORE_DATELINE_DATE.match(text[: e.start]) and _AFTER_DATELINE_DATE.match(
            text[e.end : e.end + 40]
        ):
            return _safe_day(e.parts["year"], e.parts["month"], e.parts["day"])
    return None


_WEEKDAY_BEFORE = re.compile(rf"^\s*(?:{WEEKDAY_STEM}[a-z]*\.?,?\s*)?$", re.I)
_CLOCK_AFTER = re.compile(
    r"[ \t,]*(?:(?:at|/)[ \t]*)?(?:(?:1[0-2]|0?[1-9]):[0-5]\d[ \t]*[ap]\.?[ \t]?m\.?"
    r"(?:[ \t]+[A-Z]{2,4})?)?[ \t]*$",
    re.I,
)


def _date_line(text: str, exprs: list[TimeExpr]) -> tuple[dt.date, dt.time | None] | None:
    """The day and clock of a station's own stamp on the text's first line, a full date alone
    there with its weekday and clock or without them ("Sat, Mar 4th 2017", "Sunday, March 5th
    2017, 6:10 AM CST"): the day the story was written, which anchors its "tonight" and "last
    night" when the page has no `published` or a later one (a crawl's, an update's), and the
    clock its bare clocks are told against (`_clock_after_stamp`)."""
    line_end = text.find("\n")
    if line_end < 0:
        return None
    for e in exprs:
        if e.start >= line_end:
            break
        if e.kind != "date" or not e.parts.get("year") or not e.parts.get("day"):
            continue
        after = _CLOCK_AFTER.match(text, e.end, line_end)
        if not _WEEKDAY_BEFORE.match(text, 0, e.start) or after is None:
            return None
        day = _safe_day(e.parts["year"], e.parts["month"], e.parts["day"])
        clock = _BARE_CLOCK.search(after[0])
        return None if day is None else (day, _clock_of(clock) if clock else None)
    return None


def _evening_before_stamp(ctx: Context) -> bool:
    """Whether a story with no day of its own, stamped in the small hours on its own clock
    (`ctx.anchor_time` before 3 a.m.), tells the shots by an evening clock ("shot shortly
    before midnight", "reported at 9:50 p.m."): the evening before the stamp's day."""
    if ctx.anchor_time is None or ctx.anchor_time >= SMALL_HOURS_END:
        return False
    return bool(_EVENING_CLOCK.search(ctx.article.text))


# the shots' clock with no day after it: "at 11:40 p.m.", "about 10:45 AM", "just before
# midnight", or a 24-hour clock after "at" or "about" ("responded at 22:40", `_CLOCK_24`)
_CLOCK_24 = (
    r"\b(?:at|about|around|approximately)\s+(?P<h24>0\d|1[3-9]|2[0-3]):(?P<m24>[0-5]\d)"
    r"(?!\d|[:.]\d|\s*(?:[ap]\.?\s?m\b|hours?\s+(?:GMT|UTC)|GMT|UTC))"
)
_BARE_CLOCK = re.compile(
    r"(?:\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?+|\bbefore\s+midnight\b|"
    + _CLOCK_24
    + r")"
    rf"(?!,?\s+(?:on\s+)?(?:early\s+)?(?:{_DAY_AFTER_CLOCK}|yesterday|today|tonight))",
    re.I,
)
# a sentence of what is to come: its clock is not the shots'
_NOT_THE_SHOTS = re.compile(
    r"\b(?:will|planned|scheduled|set\s+for|expected\s+to|later\s+today|vigil|"
    r"news\s+conference|press\s+conference)\b",
    re.I,
)
# a live blog's update line ("UPDATE 8:45 a.m.:", "UPDATE (7:10 a.m.) --") or a header's
# stamp or byline ("Posted 5:12 AM", "By WAVE 3 News Staff | October 21, 2018 at 6:58 AM")
_UPDATE_LINE = re.compile(r"\W*(?:update|posted|published|by)\b", re.I)
# a year before a clock on its line: a page's own stamp ("Sunday, March 5th 2017, 6:10 AM")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CLOCK_MARGIN = dt.timedelta(hours=1)
"""How much later than the stamp's clock a bare clock must be to tell the day before."""


def _clock_after_stamp(ctx: Context) -> bool:
    """Whether a story with no day of its own tells the shots by a clock later in the day than
    its stamp's (`ctx.anchor_time`, the stamp's or the header's clock on the story's own
    clock): a page posted at 6:30 a.m. that says "shot at about 11:40 p.m.", or one posted at
    8 a.m. that says "at 10:45 AM", can only tell of the day before. Reads the text's first
    clock with no day after it ("at 11:40 p.m.", "just before midnight"), not one of what is
    to come ("a vigil is planned for 7 p.m.") nor one of a live blog's "UPDATE 8:45 a.m.:"
    line, of a header's "Posted 5:12 AM" or byline or of a stamp's line with its year
    ("Sunday, March 5th 2017, 6:10 AM"), and only one at least `CLOCK_MARGIN`
    later than the stamp's (a stamp's zone may be the outlet's, not the town's)."""
    text = ctx.article.text
    stamp_time = ctx.anchor_time or _update_clock(text)
    if stamp_time is None:
        return False
    for m in _BARE_CLOCK.finditer(text):
        start = sentence_start(text, m.start())
        line = text.rfind("\n", 0, m.start()) + 1
        if (
            _UPDATE_LINE.match(text, line)
            or _YEAR.search(text, line, m.start())
            or _NOT_THE_SHOTS.search(text, max(start, line), sentence_end(text, m.end()))
        ):
            continue
        clock = _clock_of(m)
        if _entry_stamp_before(text, m, line, clock, stamp_time):
            continue
        stamp = dt.datetime.combine(dt.date.min, stamp_time)
        return dt.datetime.combine(dt.date.min, clock) >= stamp + CLOCK_MARGIN
    return False


# what follows a clock that opens a live blog's entry: "7:25 a.m.: The family is at the scene",
# "5 a.m. - The sheriff said"
_ENTRY_CLOCK_AFTER = re.compile(r"[ \t]*(?::|--|-[ \t]|\u2013|\u2014)")


def _entry_stamp_before(
    text: str, m: re.Match[str], line: int, clock: dt.time, stamp_time: dt.time
) -> bool:
    """Whether a clock opens its line as a live blog's entry stamp ("7:25 a.m.: The victim's
    family is at the scene", "5 a.m. - Deputies said") at or before the page's stamp: the
    time the entry was posted, not the time of the shots, which the entry's words may tell
    later in its line ("5 a.m.: ... shot shortly before midnight"). A line-opening clock
    later than the stamp (a timeline's "9:40 p.m. - Officers arrive" on a morning page) is
    read as the clocks of the story are."""
    return (
        not text[line : m.start()].strip(" \t*\u2022")
        and _ENTRY_CLOCK_AFTER.match(text, m.end()) is not None
        and clock <= stamp_time
    )


# a live blog's update line that opens with its clock and names no day: "UPDATE 6:45 a.m.:",
# "Update, 9:05 a.m.:", "UPDATE (8:15 a.m.) --"
_UPDATE_CLOCK = re.compile(
    r"^\W*update\W{0,3}(?P<clock>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?)"
    r"\)?\s*(?::|--|-|\u2013|\u2014)",
    re.I | re.M,
)


def _update_clock(text: str) -> dt.time | None:
    """The clock of a page's only update line ("UPDATE 6:45 a.m.: The victim has died"), read
    as a stamp's clock when the page's stamp is a bare day (`_clock_after_stamp`). An update
    is written after the story it updates, on its stamp's day or later, so shots told by a
    clock at least `CLOCK_MARGIN` later than the update's ("shot at 11:40 p.m.") fell on the
    day before the stamp's either way. Not read when the page has two update lines or more
    (which of them is the stamp's day is not known) or the line names its own day ("UPDATE
    Monday 6:40 a.m.")."""
    found = list(_UPDATE_CLOCK.finditer(text))
    if len(found) != 1:
        return None
    clock = _BARE_CLOCK.match(found[0]["clock"])
    return None if clock is None else _clock_of(clock)


def _clock_of(m: re.Match[str]) -> dt.time:
    """The time of a `_BARE_CLOCK` match ("11:40 p.m.": 23:40; "before midnight": 23:59;
    "at 22:40": 22:40)."""
    if m["h24"] is not None:
        return dt.time(int(m["h24"]), int(m["m24"]))
    if m[1] is None:
        return dt.time(23, 59)
    return twelve_hour_time(m[1], m[2], m[3])


def twelve_hour_time(hour: str, minute: str | None, half: str) -> dt.time:
    """The time of a 12-hour clock's digits and its half of the day ("11", "40", "p": 23:40;
    "12", None, "a": 0:00)."""
    return dt.time(int(hour) % 12 + (12 if half.lower() == "p" else 0), int(minute or 0))


SMALL_HOURS_END = dt.time(3, 0)
"""A story stamped before this local hour was written the evening before (`anchor_time`)."""
_SAME_DAY_WORDS = re.compile(r"\b(?:today|tonight|this\s+(?:afternoon|evening))\b", re.I)


def _written_evening_before(ctx: Context, expr: TimeExpr) -> bool:
    """Whether `expr` is "today", "tonight", "this afternoon" or "this evening" in a story
    whose stamp reads the small hours on its own clock (`ctx.anchor_time` before 3 a.m.): a
    desk that posts at 00:30 wrote "shot tonight" on the evening before, so these words tell
    the day before the stamp's. "This morning", "early today" and "last night" keep the
    stamp's day: the small hours are already the new day."""
    if ctx.anchor_time is None or ctx.anchor_time >= SMALL_HOURS_END or expr.kind != "relday":
        return False
    return bool(_SAME_DAY_WORDS.search(expr.text)) and not expr.text.lower().startswith("early")


def _holiday_years(exprs: list[TimeExpr]) -> None:
    """A holiday written once with its year and again without ("the 2017 St. Patrick's Day
    Parade ... the week before St. Patrick's Day"): the later mentions are that year's too, as
    a day-month's are (a page of other stories read the bare ones as this year's)."""
    years = {
        _holiday_key(e): e.parts["year"]
        for e in exprs
        if e.kind == "holiday" and e.parts.get("year")
    }
    for e in exprs:
        if e.kind == "holiday" and not e.parts.get("year") and _holiday_key(e) in years:
            e.parts["year"] = years[_holiday_key(e)]


# what may stand between a holiday and "last year" in one phrase: "Thanksgiving dinner last
# year", "on Christmas Eve last year", "a Fourth of July party at a park last year"
_TO_LAST_YEAR = re.compile(r"(?:[ \t]*[\w'-]+){0,5}?[ \t]+last\s+year\b", re.I)


def _holidays_of_last_year(text: str, exprs: list[TimeExpr], anchor: dt.date | None) -> None:
    """A holiday told with "last year" a few words after it, in the same clause ("shot his
    brother-in-law during a Thanksgiving dinner last year"): the year before the page's, even
    when this year's holiday is already past."""
    if anchor is None:
        return
    for e in exprs:
        if (
            e.kind == "holiday"
            and not e.parts.get("year")
            and _TO_LAST_YEAR.match(text, e.end, min(len(text), e.end + 60))
        ):
            e.parts["year"] = anchor.year - 1


def _holiday_key(expr: TimeExpr) -> str:
    return " ".join(str(expr.parts["holiday"]).lower().split())


_CORRECTED = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\b"
    r"|(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|gave|listed))",
    re.I,
)
"""A correction note's words for what an earlier version got wrong: "An earlier version of
this story said", "incorrectly reported" (not "as we first reported", which is no correction:
"the shooting that was first reported Sunday")."""

_NOT_BEFORE = re.compile(r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:on\s+)?$", re.I)
"""A day set against the right one: "Saturday night, not Friday", "rather than Friday"."""


def _retracted(doc: Doc, start: int, end: int) -> bool:
    """Whether a date mention is one a correction says was wrong: it follows ", not" or
    "rather than" ("It happened Saturday night, not Friday"), or it lies in the clause of a
    correction note that tells what an earlier version said ("An earlier version of this story
    incorrectly said the shooting happened Friday"). Such a day dates nothing: it is the
    mistake the page corrects (its reason: "correction"). The clause is the mention's
    sentence (the Doc's) up to it, from its last semicolon on (`start`, `end`: the mention's
    offsets)."""
    text = doc_text(doc)
    head = text[max(0, start - 200) : start]
    if _NOT_BEFORE.search(head):
        return True
    sent = sent_at(doc, start, end)
    opens = 0 if sent is None else sent.start_char
    clause = text[max(opens, start - 200) : start].rsplit(";", 1)[-1]
    return bool(_CORRECTED.search(clause))


_REASONS = {
    "correction": "correction: a day a correction note says was wrong",
    "publication": "publication: the dateline or the article's own date",
    "birth": "birth: a date of birth",
    "statistic": "statistic: a year or a year-long period, not an event's day",
    "future": "future: a date after publication or in the future tense",
    "court": "court: a hearing, an arraignment, a trial or a sentencing",
    "funeral": "funeral: a funeral, a vigil, a memorial or an autopsy",
    "report": "report: the day something was said or announced",
    "arrest": "arrest: the day of an arrest after the event",
    "condition": "condition: the state of the wounded on a later day",
    "other_period": "other_period: a period that does not contain the reported event",
    "background": "other_event: background about an earlier incident",
    "recurring": "recurring: a day that recurs (every Thursday), not one day",
    "other_story": "other_story: a day in the headline of or link to another story on the page",
    QUOTED_ROLE: f"{QUOTED_ROLE}: a day word in a quotation, counted from a day the page does not"
    " give",
    "ambiguous": "ambiguous: a bare weekday the day after the page's date (a week back, or the"
    " day the page was written)",
}


def _claim_attrs(m: TimeMention) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "precision": m.precision,
        "expression": m.text,
        "date_start": m.date_start.isoformat(),
        "date_end": m.date_end.isoformat(),
    }
    if "fallback" in m.attrs:
        # the day of an arrest, a report or a condition standing in for the event's own:
        # reconcile lets a report that dates the event itself outweigh it
        attrs["fallback"] = m.attrs["fallback"]
    return attrs


def _posts(text: str, exprs: list[TimeExpr]) -> list[tuple[int, int, dt.date]]:
    """Embedded posts ("Two shootings this morning are connected. — A. Name (@handle) October
    3, 2016"): the stretch from the start of the post's line to its signature, and the day it
    was posted, which anchors its own "this morning" or "tonight" (the article may be
    published the next day)."""
    posts = []
    for e in exprs:
        if e.kind != "date" or not e.parts.get("year"):
            continue
        if not _POST_SIGNATURE.search(text, max(0, e.start - 40), e.start):
            continue
        day = _safe_day(e.parts["year"], e.parts["month"], e.parts["day"])
        if day is not None:
            posts.append((text.rfind("\n", 0, e.start) + 1, e.start, day))
    return posts


# a byline: "By Jane Roe", "By: Channel 9 News" (the line before a byline's date)
_BYLINE = re.compile(r"^\s*By\b:?\s*\S")
# an update's stamp: "UPDATE @ 1:48 p.m. Jan. 9", "Updated: Monday, January 9, 2017", "Last
# Updated at 9:20 a.m. on Friday, March 3"
_UPDATE_STAMP = re.compile(r"^\W*(?:last\s+)?updated?\b", re.I)
# a police or agency release's stamp: "Released: 03/11/2022", "NEWS RELEASE -- 3/11/2022",
# "FOR IMMEDIATE RELEASE" on the line before the date
_RELEASE_STAMP = re.compile(
    r"^\W*(?:(?:(?:date\s+)?released|release\s+date)\s*:|(?:press|news|media)\s+release\b|"
    r"for\s+immediate\s+release\b)",
    re.I,
)
# the words of a stamp's own line that say when, not what ("Last Updated at ... on"): they do
# not make the line a sentence of the story
_STAMP_WORDS = frozenset(
    {"last", "updated", "update", "at", "on", "released", "release", "date", "press", "news"}
    | {"media", "for", "immediate"}
)
BYLINE_DAYS = 60
"""A byline's date further than this from the publication date is no update of the page."""


class _Resolver:
    """`resolve`, remembered per expression and arguments: `_bylined` resolves a page's dates
    against its publication day, and `_mention` resolves each expression again, most often
    with the same arguments (the same anchor, the past preferred)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, dt.date | None, str, int | None], Resolved | None] = {}

    def __call__(
        self,
        expr: TimeExpr,
        anchor: dt.date | None,
        prefer: str = "past",
        year_hint: int | None = None,
    ) -> Resolved | None:
        key = (id(expr), anchor, prefer, year_hint)
        if key not in self._seen:
            self._seen[key] = resolve(expr, anchor, prefer=prefer, year_hint=year_hint)
        return self._seen[key]


def _bylined(
    text: str,
    exprs: list[TimeExpr],
    anchor: dt.date | None,
    once: _Resolver,
) -> list[tuple[int, int, dt.date]]:
    """Stories and updates stacked on one page under their own dates ("By Jane Roe / January
    9, 2015 / ... / By: Channel 9 News / December 30, 2014 / ...", "UPDATE @ 1:48 p.m. Jan. 9
    / ... / UPDATE @ 10 p.m. Jan. 8 / ... tonight ..."): a date alone on its line starts a
    stretch written that day, whose "Monday night" and "tonight" it anchors, up to the next
    such line. Only on a page where one of those lines is a byline's date (under a line that
    begins "By") or an update's stamp ("Last Updated at 9:20 a.m. on Friday, March 3": the
    stamp's own words do not count against the line), and one of them is not the publication
    day: the page's publication date is then only the first (or the last) of its days.
    Stretches as `_posts`."""
    if anchor is None:
        return []
    found: list[tuple[int, dt.date]] = []
    signed = False
    for e in exprs:
        if e.kind != "date":
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        line_end = text.find("\n", e.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start : e.start] + " " + text[e.end : line_end]
        words = re.findall(r"[A-Za-z]{2,}", rest)
        if _UPDATE_STAMP.match(text[line_start:line_end]) or _released(text, line_start):
            words = [w for w in words if w.lower() not in _STAMP_WORDS]
        if len(words) > 3:
            continue
        resolved = once(e, anchor)
        if resolved is None or abs((resolved.best - anchor).days) > BYLINE_DAYS:
            continue
        previous = text[:line_start].rstrip().rsplit("\n", 1)[-1]
        line = text[line_start:line_end]
        signed = signed or bool(
            _BYLINE.match(previous) or _UPDATE_STAMP.match(line) or _released(text, line_start)
        )
        found.append((line_start, resolved.best))
    if not signed or all(day == anchor for _, day in found):
        return []
    ends = [start for start, _ in found[1:]] + [len(text)]
    return [(start, end, day) for (start, day), end in zip(found, ends, strict=True)]


def _released(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` is a release's stamp ("Released: 03/11/2022",
    "NEWS RELEASE -- March 11, 2022", or a date under "FOR IMMEDIATE RELEASE"): a police
    release reprinted days later keeps its own day, the one its "Wednesday" and "yesterday"
    are told from, and that day is the release's, not the shooting's."""
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _RELEASE_STAMP.match(line):
        return True
    previous = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    return bool(line_start and _RELEASE_STAMP.fullmatch(previous.strip(" *:-")))


_YEARS_AGO_BEFORE = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\s+$",
    re.I,
)


_WEEKS_AGO_BEFORE = re.compile(
    r"\b(?P<n>a|one|two|three|four|\d)\s+weeks?\s+ago\s+(?:last\s+|this\s+past\s+)?$", re.I
)


def _units_ago_weekday(text: str, expr: TimeExpr, before: re.Pattern[str], reach: int) -> int:
    """How many units back a weekday told right after "N units ago" lies (`before`, matched in
    the `reach` characters before the weekday and ending at it), else 0."""
    if expr.kind != "weekday":
        return 0
    found = before.search(text, max(0, expr.start - reach), expr.start)
    if found is None:
        return 0
    n = found.group("n")
    return int(n) if n.isdigit() else parse_word_number(n) or 0


def _years_ago_weekday(text: str, expr: TimeExpr) -> int:
    """How many years back a weekday told after "N years ago" lies ("One year ago Wednesday, a
    teen was shot": the day this week whose date, a year earlier, was the shooting's), else 0.
    An anniversary story's lead; read alone, the weekday dated this week's remembrance."""
    return _units_ago_weekday(text, expr, _YEARS_AGO_BEFORE, 30)


def _weeks_ago_weekday(text: str, expr: TimeExpr) -> int:
    """How many weeks back a weekday told right after "N weeks ago" lies, else 0: "a week ago
    Friday" on a Wednesday page is the Friday before last (last Friday less seven days), as
    American usage has it; read alone, the weekday was last Friday."""
    return _units_ago_weekday(text, expr, _WEEKS_AGO_BEFORE, 25)


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Candidates that the grammar does not read: spaCy DATE entities, through dateparser

# Only entities that look like a calendar date go to dateparser: a month name with a day
# number ("the 4th of July, 2014" in a form the grammar missed) or "the 28th". The month is a
# whole word: a stem inside a longer one ("Mayor Lee said 3", "Junior Day 2") is no month.
_DATEPARSER_WORTHY = re.compile(
    r"^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$"
    rf"|\b{MONTH_WORD}\.?.*\d|\d.*\b{MONTH_WORD}",
    re.IGNORECASE,
)


def _entity_extras(doc: Doc, exprs: list[TimeExpr], anchor: dt.date | None) -> list[TimeExpr]:
    if anchor is None:
        return []
    covered = [(e.start, e.end) for e in exprs]
    extras = []
    for ent in entities(doc):
        if ent.label_ != "DATE":
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        if len(ent.text) > 40 or not _DATEPARSER_WORTHY.search(ent.text):
            continue
        if re.search(r"\d[- ](?:years?|months?|weeks?|days?)\b|-old\b", ent.text, re.I):
            continue  # ages and durations ("9-month-old", "18 months") are not dates
        ordinal = _ORDINAL_ALONE.match(ent.text)
        if ordinal and _ordinal_names_a_thing(doc, ent):
            continue  # "the 1st Precinct", "the 11th victim": a rank, no day
        if ordinal:
            # dateparser reads "the 11th" as November: a day of the page's month instead
            day = {"lead": "", "day": int(ordinal.group(1))}
            extras.append(TimeExpr(ent.start_char, ent.end_char, ent.text, "nth", day))
            continue
        extras.append(TimeExpr(ent.start_char, ent.end_char, ent.text, "dateparser", {"lead": ""}))
    return extras


def _ordinal_names_a_thing(doc: Doc, ent: Span) -> bool:
    """Whether the word after an ordinal entity is a noun it ranks ("the 1st Precinct", "the
    3rd District", "the 11th victim"): then the ordinal is no day of the month. A noun of time
    ("the 11th night") leaves it a day."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    if after.lower_ in ("night", "morning", "afternoon", "evening", "day"):
        return False
    return after.pos_ in ("NOUN", "PROPN") or (after.text[:1].isupper() and after.is_alpha)


# A DATE entity that is only an ordinal ("the 11th", "11th"): the day of a month left unsaid
_ORDINAL_ALONE = re.compile(r"(?:on\s+)?(?:the\s+)?([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)$", re.I)


# --------------------------------------------------------------------------------------------
# One expression -> one TimeMention with its role


def _harm_years_ago(expr: TimeExpr, gov_noun: Token | None) -> bool:
    """Whether "N years ago" qualifies a noun of a wounding ("arrested Monday in a shooting a
    year ago", "sentenced for a shooting two years ago"): it dates that shooting, about the
    publication's month N years back, not a calendar year of statistics (which `_role` makes
    of a year: "a year ago, the city counted 300 homicides")."""
    return (
        expr.kind == "ago"
        and expr.parts.get("unit") == "year"
        and 1 <= int(expr.parts.get("n", 0)) <= 5
        and gov_noun is not None
        and _noun_lemma(gov_noun) in _WOUNDING_NOUNS
    )


def _month_years_back(anchor: dt.date | None, years: int) -> Resolved | None:
    """The publication's calendar month `years` years back, at a month's precision (None
    without a publication date)."""
    if anchor is None:
        return None
    first = dt.date(anchor.year - years, anchor.month, 1)
    last = dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return Resolved(first, last, MONTH, first)


def _mention(
    ctx: Context,
    doc: Doc,
    expr: TimeExpr,
    anchor: dt.date | None,
    year_hint: int | None,
    once: _Resolver,
) -> TimeMention | None:
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    gov_verb, gov_noun = _governors(span) if span is not None else (None, None)
    future = _is_future(expr, span, gov_verb)
    prefer = "future" if future else "past"
    if expr.kind == "dateparser":
        assert anchor is not None
        resolved = dateparser_resolve(expr.text, anchor)
    else:
        resolved = once(expr, anchor, prefer=prefer, year_hint=year_hint)
    if resolved is None:
        if anchor is None:
            _unresolved(ctx, expr, span, gov_verb, gov_noun, future)
        return None
    years_back = _years_ago_weekday(ctx.article.text, expr)
    if years_back and resolved.precision == DAY:
        day = resolved.best
        back = _safe_day(day.year - years_back, day.month, day.day) or day.replace(
            year=day.year - years_back, day=28
        )
        resolved = Resolved(back, back, DAY, back)
    weeks_back = _weeks_ago_weekday(ctx.article.text, expr)
    if weeks_back and resolved.precision == DAY:
        back = resolved.best - dt.timedelta(weeks=weeks_back)
        resolved = Resolved(back, back, DAY, back)
    if _harm_years_ago(expr, gov_noun):
        resolved = _month_years_back(anchor, expr.parts["n"]) or resolved
    if _around(ctx.article.text, expr) and resolved.precision == DAY:
        resolved = Resolved(
            resolved.best - dt.timedelta(days=3),
            resolved.best + dt.timedelta(days=3),
            WEEK,
            resolved.best,
        )
    if anchor is not None and resolved.start > anchor + dt.timedelta(days=1):
        future = True
    cues = _cues(span, gov_verb, gov_noun)
    role, strength = _role(
        ctx.article.text,
        expr,
        resolved,
        cues,
        future,
        anchor,
        _condition_verb(gov_verb)
        or _while_verb(gov_verb)
        or _light_verb(gov_verb, gov_noun)
        or _verb_lemma(gov_verb, gov_noun),
        _noun_lemma(gov_noun),
    )
    if role == "report" and _fronted_before_saying(ctx, expr, gov_verb):
        role, strength = "event", 2
    if years_back and role == "event":
        strength = 2  # "It was a year ago Thursday that a man was shot": the remembered day
    if strength >= 2 and _modal(gov_verb):
        strength = 1  # "gunfire could still be heard overnight": not a day of violence
    if role == "event" and strength < 2 and _fate_turned(gov_verb):
        strength = 2  # "Her life changed on May 2": the day of the shot, in a later story
    if role == "event" and strength < 2 and _still(gov_verb):
        # "On Monday afternoon detectives were still trying to learn where the girl found a pistol":
        # what was still going on that day, a later day than the event's
        role = "condition"
    if role == "event" and not _noun_lemma(gov_noun) and _inquiry_under_way(gov_verb):
        # "An investigation was under way Wednesday into the killing", "The search continued
        # Tuesday for the gunman": the day of the inquiry that followed, not of the violence
        # (a day that qualifies a noun is that noun's: "an investigation into Monday's
        # shootings is ongoing")
        role, strength = "condition", 0
    if role == "event" and _remembrance(ctx.article.text, expr, gov_verb):
        role, strength = "funeral", 0
    if role == "event" and _gathering_beside_harm_date(
        ctx.article.text, expr, _verb_lemma(gov_verb, gov_noun), _noun_lemma(gov_noun)
    ):
        role, strength = "funeral", 0
    if role in ("arrest", "court") and (
        _closes_harm_gerund(span, gov_verb) or _dates_harm_noun(expr, span, gov_verb, gov_noun)
    ):
        role, strength = "event", 2
    if role == "event" and (
        _reference_point(ctx.article.text, expr)
        or _before_again(ctx.article.text, expr)
        or _counted_since_clause(ctx.article.text, gov_verb)
    ):
        role, strength = "other_period", 0
    days_before = _day_after(ctx.article.text, expr, gov_verb, resolved.best)
    if role in AFTERMATH_ROLES and days_before and resolved.precision == DAY:
        # "Parents gathered at the school on Sunday, a day after bandits abducted 27
        # students", "arrested on Friday, a week after a man was shot": the day of the
        # aftermath, and the violence the days before it
        best = resolved.best - dt.timedelta(days=days_before)
        resolved = Resolved(best, best, DAY, best)
        role, strength = "event", 2
    attrs: dict[str, object] = {"best": resolved.best, "strength": strength, "kind": expr.kind}
    if role in DATING_ROLES and _day_after_its_date(expr, resolved, anchor):
        # it tells of the event (a count in its clause is the event's), not which day
        attrs["ambiguous"] = True
    if cues & VIOLENCE:
        attrs["violent_cue"] = True  # told among words of violence, whatever it dates
    if expr.kind == "holiday" and expr.parts.get("year"):
        attrs["year_told"] = True  # "Christmas Day 2018", "Thanksgiving ... last year"
    if gov_verb is not None:
        attrs["verb"] = gov_verb.lemma_.lower()
        attrs["gov"] = gov_verb.i
    if role == "event" and _lifespan(ctx.article.text, expr) == "death":
        attrs["verb"] = "die"  # a lifespan's end is a day of death (`_death`)
    if gov_noun is not None:
        attrs["noun"] = gov_noun.lemma_.lower()
    range_role = _range_role(expr, gov_verb)
    if range_role:
        attrs["range"] = range_role
    return TimeMention(
        text=expr.text,
        start=expr.start,
        end=expr.end,
        date_start=resolved.start,
        date_end=resolved.end,
        precision=resolved.precision,
        role=role,
        attrs=attrs,
    )


_ANNIVERSARY = re.compile(
    r"\banniversary\b|\bmark(?:s|ed|ing)?\s+(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+"
    r"(?:since|after)\b",
    re.I,
)


def _remembrance(text: str, expr: TimeExpr, verb: Token | None) -> bool:
    """Whether the day is a remembrance's: its sentence marks an anniversary ("gathered Saturday
    to mark one year since he was shot", "a vigil on the anniversary of the killing"), so the
    day is the gathering's and the violence is the years-old day told beside it. A day that
    hangs on a verb of harm ("shot on June 4, 2015") is that violence's own."""
    if verb is not None and verb.lemma_.lower() in WOUND_VERBS | KILL_VERBS:
        return False
    lo, hi = sentence_start(text, expr.start), sentence_end(text, expr.end)
    return bool(_ANNIVERSARY.search(text, lo, hi))


# what people do for the dead in the days after ("a march Sunday remembered", "gathered
# Tuesday at the spot", "released balloons Thursday")
_GATHERING = _words("march rally gather remember balloon mourn pray prayer honor walk")
# a verb of killing or wounding with its calendar date right after it ("was shot dead Sept.
# 26", "was gunned down on Oct. 3", "was fatally wounded on May 28")
_HARM_ON_DATE = re.compile(
    r"\b(?:shot(?:\s+dead|\s+and\s+killed)?|gunned\s+down|slain|killed|murdered|"
    r"(?:fatally\s+)?(?:shot|wounded)|struck\s+by\s+gunfire)\s+(?:on\s+)?"
    rf"{alternation(MONTH_STEMS, title=True)}[a-z]*\.?\s+\d{{1,2}}\b"
)


def _gathering_beside_harm_date(text: str, expr: TimeExpr, verb: str, noun: str) -> bool:
    """Whether a weekday dates a gathering for the dead ("A march Sunday remembered a man
    who was shot dead Sept. 26", "Family gathered Tuesday at the spot where she was fatally
    wounded on May 28"): it hangs on a word of gathering or remembrance, and its sentence
    goes on to tell the killing with its own calendar date, which is the event's."""
    if expr.kind != "weekday" or not ({verb, noun} & _GATHERING):
        return False
    return bool(_HARM_ON_DATE.search(text, expr.end, sentence_end(text, expr.end)))


def _closes_harm_gerund(span: Span | None, gov_verb: Token | None) -> bool:
    """Whether a date the parse hangs on a verb of arrest or of the court closes the clause of
    a gerund of wounding or killing told after that verb: "is accused of killing Ty Doe at
    the Star Bar, 60 Main St., on Jan. 26", "was charged with shooting a clerk at the store
    on March 3". A later story (an arrest, a plea, a trial) gives the shooting's day there,
    after the object and the place of the gerund, where the parser, misled by the place's
    commas, may hang the date on the main verb ("charged", "accused"). The nearest verb before
    the date must be that gerund (after a preposition), itself after the main verb: "was
    arrested Friday for shooting a man" (the date first) and "charged with murder on Monday"
    (no gerund of harm) date the arrest and the charge."""
    if span is None or gov_verb is None or gov_verb.i >= span.start:
        return False
    verbs = [t for t in span.doc[gov_verb.i + 1 : span.start] if t.pos_ == "VERB"]
    if not verbs:
        return False
    last = verbs[-1]
    return (
        last.lemma_.lower() in WOUND_VERBS | KILL_VERBS
        and last.tag_ == "VBG"
        and last.dep_ == "pcomp"
    )


HARM_NOUNS = _words("shooting stabbing slaying killing homicide murder death attack")


def _dates_harm_noun(
    expr: TimeExpr, span: Span | None, gov_verb: Token | None, gov_noun: Token | None
) -> bool:
    """Whether a calendar date the parse hangs on a noun of violence told after a verb of
    arrest or of the court dates that violence: "convicted a man Tuesday in the slaying of a
    woman on Saturday, Oct. 28, outside her home", "indicted in the killing of a clerk on
    March 3". A court or arrest story names the old shooting's day there, and its own day
    with a bare weekday, so only a written date (with its weekday or without) counts."""
    if expr.kind != "date" or span is None or gov_verb is None or gov_noun is None:
        return False
    return (
        gov_noun.lemma_.lower() in HARM_NOUNS
        and gov_verb.i < gov_noun.i < span.start
        and gov_noun.head.pos_ == "ADP"
    )


NEXT_DAY_LEADS = frozenset({"", "on", "early", "late", "earlier", "later", "by"})
"""The words before a bare weekday that `_day_after_its_date` reads ("last Thursday", "this
past Thursday", "since Thursday" are left to the grammar)."""

DATING_ROLES = frozenset({"event", "arrest", "report", "condition"})
"""The roles whose day can date the event (the last three as a fallback)."""


def _day_after_its_date(expr: TimeExpr, resolved: Resolved, anchor: dt.date | None) -> bool:
    """Whether a bare weekday names the day after the page's date ("Thursday morning" in a
    story dated Wednesday). The grammar reads it as the last such day, six days back; but news
    tells a day a week old as "last Thursday" or by its date, and a bare weekday the day after
    the page's date more often means a page dated a day early or updated the next day (a
    story first published late at night, a site's date of the first version), where the text
    was written on that weekday and what it dates is that day or the day before. Which, the
    page cannot tell: such a weekday dates nothing (`attrs["ambiguous"]`; its role stays,
    for what else reads it), and the event is dated by the other days told or, failing them,
    by the publication day at a week's precision; a past week told of the violence ("shot
    last week") says which it is (`_weekdays_of_past_week`).
    On the GVA dev pages such weekdays (12) matched the incident read six days back on none,
    read as the next day on 2, and the incident was the page's own date on 4."""
    if expr.kind != "weekday" or anchor is None or resolved.precision != DAY:
        return False
    return expr.lead in NEXT_DAY_LEADS and (anchor - resolved.best).days == 6


# "the deadliest attack in the capital since August 14", "the worst flooding since 2019", "the
# first ... since March": a superlative measured from an earlier day, which is that earlier
# event's, not the start of this one (as "clashes since Wednesday" is)
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|highest|strongest|fiercest|"
    r"longest|greatest|costliest|most\s+\w+|first|only)\b[^.;\n]{0,80}$",
    re.I,
)
_SINCE_WHEN = re.compile(r"^\s*,?\s*when\b", re.I)


# a span of days, weeks or months, counted in a word or a digit ("a day", "two days", "3
# weeks", "a month"): read by `_span_days`
_SPAN = (
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?)"
)
# where the aftermath took place, set off before its span ("captured Thursday in El Paso, nine
# days after the shooting", "died Tuesday at the hospital, a week after he was shot")
_AFTERMATH_PLACE = r"(?:\s+(?:in|at|near|outside|inside)\s+[^,.;\n]{1,40},)?"
_DAY_AFTER = re.compile(
    rf"^{_AFTERMATH_PLACE}\s*,?\s*{_SPAN}\s+after\b"
    r"(?P<rest>[^.;\n]{0,120})",
    re.I,
)
_DAY_AFTER_HARM = re.compile(
    r"\b(?:kill(?:ed|ing)|shot|abduct(?:ed|ing)|kidnapp(?:ed|ing)|attack(?:ed)?|bomb(?:ed|ing)|"
    r"stabbed|wounded|injured|storm(?:ed)|struck|hit|sank|capsized|collapsed|crashed|"
    r"shooting|slaying|stabbing|gunfire|gunned)\b",
    re.I,
)
AFTERMATH_ROLES = frozenset({"event", "arrest", "court", "funeral", "report", "condition"})
"""The roles of a day that `_day_after` may move back to the violence told after it: an
arrest, a hearing, a vigil or a statement "two days after" a shooting is dated by it as much as
a gathering is (the harm verb governing the day itself is excluded there)."""
HARM_VERBS = (
    WOUND_VERBS
    | KILL_VERBS
    | _words(
        "attack bomb shell abduct kidnap clash fight explode storm raid ambush die sink capsize"
    )
)


# "arrested Sunday in a shooting the night before", "the funeral Friday of a teen who was shot
# to death a week earlier": the violence told after the date, then how long before it was
_HARM_EARLIER = re.compile(
    rf"^[^.;\n]{{0,100}}?\b(?:{_SPAN}\s+"
    r"(?:earlier|before)|the\s+(?:(?P<night>night|day|evening)\s+before|previous\s+"
    r"(?P<previous>night|day|evening)))\b",
    re.I,
)


def _harm_earlier(text: str, expr: TimeExpr, day: dt.date) -> int:
    """Days before this date that the violence told after it happened, when the clause
    tells it with a span "earlier" or "before" ("a shooting the night before", "shot to death
    a week earlier"); 0 when it tells no violence before that span."""
    window = text[expr.end : expr.end + 180]
    found = _HARM_EARLIER.match(window)
    if not found:
        return 0
    told = min(found.start(k) for k in ("n", "night", "previous") if found.group(k))
    if not _DAY_AFTER_HARM.search(window, 0, told) or find_times(window[:told]):
        return 0  # no violence told, or told with a day of its own ("shot Sunday, two days")
    if any(e.start <= told < e.end for e in find_times(window) if e.kind == "holiday"):
        return 0  # "the night before Independence Day": a holiday's eve, not a span back
    if found.group("night") or found.group("previous"):
        return 1
    return _span_days(found, day)


def _day_after(text: str, expr: TimeExpr, gov_verb: Token | None, day: dt.date) -> int:
    """Days before this date that the violence happened, when the date is of an aftermath
    told "a day after" it ("gathered on Sunday, a day after bandits abducted 27 students") or
    followed by violence "a week earlier" (`_harm_earlier`): 0 unless the date's own verb is
    no violence and the clause after it tells some."""
    found = _DAY_AFTER.match(text[expr.end : expr.end + 160])
    if gov_verb is not None and gov_verb.lemma_.lower() in HARM_VERBS:
        if found and _own_wounding(gov_verb, found.group("rest")):
            return _span_days(found, day)
        return 0  # "killed seven on Tuesday, a day after a strike killed 12": another event
    if not found or not _DAY_AFTER_HARM.search(found.group("rest")):
        return _harm_earlier(text, expr, day)
    return _span_days(found, day)


def _span_days(found: re.Match[str], day: dt.date) -> int:
    """The days of a span read by `_DAY_AFTER` or `_HARM_EARLIER` ("two days", "a week"),
    counted back from `day`; a span of months is counted on the calendar ("arrested Monday,
    a month after the shooting": the same day of the month before)."""
    n = found.group("n").lower()
    count = int(n) if n.isdigit() else parse_word_number(n) or 0
    unit = found.group("unit").lower()
    if unit.startswith("month"):
        return (day - _months_back(day, count)).days
    return count * (7 if unit.startswith("week") else 1)


def _months_back(day: dt.date, n: int) -> dt.date:
    """The same day of the month `n` months before `day` (the month's last day when it is
    shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - n, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


# "died Tuesday, three days after he was shot", "a day after being stabbed": the one who died
# is the one wounded (a pronoun or "being"), not another person's wounding
_OWN_WOUNDING = re.compile(
    r"^\s*(?:being|(?:he|she|they)\s+(?:was|were|had\s+been))\s+(?:shot|stabbed|wounded|hit)\b",
    re.I,
)


def _own_wounding(verb: Token, rest: str) -> bool:
    """Whether a death's day is told "N days after" the dead person's own wounding: the
    violence is that earlier day (the day a GVA-like record gives), not the death's."""
    return verb.lemma_.lower() in DEATH_VERBS and bool(_OWN_WOUNDING.match(rest))


def _reference_point(text: str, expr: TimeExpr) -> bool:
    """Whether a "since" date is the day of another event this one is measured against:
    after a superlative in its sentence, or told with its own "when" clause ("since August 14,
    when a car bomb killed 11")."""
    if expr.lead != "since":
        return False
    if _SINCE_WHEN.match(text[expr.end : expr.end + 12]):
        return True
    start = sentence_start(text, expr.start)
    return bool(_SUPERLATIVE_SINCE.search(text[start : expr.start]))


# an ordinal or a count the "since" clause measures from ("the second on the block since",
# "the third shooting there since", "the latest since", "14 shootings since")
_COUNTED_BEFORE_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest|only|another|\d+\s+(?:shootings|homicides|killings|slayings))\b(?!\s+times?\b)"
    r"[^.;\n]{0,60}$",
    re.I,
)


def _counted_since_clause(text: str, verb: Token | None) -> bool:
    """Whether the date hangs on the verb of a "since" clause that counts from an earlier
    incident ("a man was wounded Saturday, the second on the block since a man was shot there
    Jan. 5"): the clause's day is that earlier incident's, the point the count starts from.
    Reads the verb's "since" marker and an ordinal or a count before it in the sentence; a
    bare "since" clause ("patrols have grown since a man was shot Tuesday") and a count of
    times ("the first time we have heard from her since she was shot July 7": the shooting
    this story is about) are left alone."""
    if verb is None:
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if mark is None:
        return False
    at = mark.idx
    return bool(_COUNTED_BEFORE_SINCE.search(text, sentence_start(text, at), at))


# "After two shootings on Memorial Day, shots rang out once more on Thursday", "Following a
# stabbing Tuesday, another woman was shot": a day inside the opening "after" phrase is the
# earlier incident's, which the sentence's own news repeats ("again", "another")
_OPENING_AFTER = re.compile(r"^\W*(?:after|following)\b[^,;:]{0,100}$", re.I)
_REPEATED = re.compile(r"\b(?:again|another|anew|once\s+more)\b", re.I)


def _before_again(text: str, expr: TimeExpr) -> bool:
    """Whether the date is in a sentence's opening "after" phrase, before a main clause that
    tells violence again."""
    start = sentence_start(text, expr.start)
    if not _OPENING_AFTER.match(text[start : expr.start]):
        return False
    comma = text.find(",", expr.end)
    end = sentence_end(text, expr.end)
    return 0 <= comma < end and bool(_REPEATED.search(text, comma, end))


def _range_role(expr: TimeExpr, gov_verb: Token | None) -> str:
    lead = expr.lead
    if lead in RANGE_START or (gov_verb is not None and gov_verb.lemma_ in BEGIN_VERBS):
        return "start"
    if lead in RANGE_END:
        return "end"
    return ""


def _condition_verb(verb: Token | None) -> str:
    """The verb of state a participle depends on: "remained hospitalized Tuesday" is
    "remain"."""
    if verb is None:
        return ""
    # the parser may read "remained" as the auxiliary of the participle
    if any(c.dep_ in ("aux", "auxpass") and c.lower_.startswith("remain") for c in verb.children):
        return "remain"
    if verb.dep_ not in ("xcomp", "acomp", "oprd", "ccomp"):
        return ""
    head = verb.head.lemma_.lower()
    return head if head in CONDITION_VERBS else ""


LIGHT_VERBS = _words("make take")


def _light_verb(verb: Token | None, noun: Token | None) -> str:
    """The verb an arrest told with a light verb stands for: "made an arrest Thursday in the
    shooting death", "took a suspect into custody Monday" are "arrest". The parser hangs the
    day on "make" or "take", whose object or "into" phrase is the arrest; read as the verb
    itself, the words of violence in the sentence would make it the event's day."""
    if verb is None or noun is not None or verb.lemma_.lower() not in LIGHT_VERBS:
        return ""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() == "arrest":
            return "arrest"
        if (
            child.dep_ == "prep"
            and child.lower_ == "into"
            and any(g.dep_ == "pobj" and g.lower_ == "custody" for g in child.children)
        ):
            return "arrest"
    return ""


def _while_verb(verb: Token | None) -> str:
    """The verb of wounding a "while" clause is the time of: "shot while attending a funeral
    on Wednesday" dates the shooting."""
    if verb is None or verb.dep_ != "advcl" or verb.head.lemma_.lower() not in WOUND_VERBS:
        return ""
    if verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children):
        return verb.head.lemma_.lower()
    return ""


def _noun_lemma(noun: Token | None) -> str:
    """The common noun a date qualifies ("Sunday's news conference", "the shooting on
    Tuesday"); none for a name ("Memorial Hospital")."""
    return noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else ""


def _verb_lemma(verb: Token | None, noun: Token | None) -> str:
    """The verb a date hangs on directly ("arrested on Friday"); none when a noun is between
    ("arrested in the shooting on Tuesday night" dates the shooting), unless that noun is
    what a ruling found ("ruled the death a homicide on Thursday": the ruling's day)."""
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    if lemma == "release" and any(c.lower_ == "from" for c in verb.children):
        # "was released from the hospital late Saturday": a discharge, no making known
        # (`DISCLOSURE_VERBS`)
        return "release from"
    if noun is None or (lemma in RULING_VERBS and noun.head.i == verb.i):
        return lemma
    return ""


def _still(verb: Token | None) -> bool:
    """Whether the verb says what was still so ("were still trying", "was still at large")."""
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children
    )


INQUIRY_NOUNS = _words("investigation probe inquiry search manhunt hunt")
GOING_ON_VERBS = _words("continue resume proceed")
GOING_ON_WORDS = frozenset({"underway", "ongoing", "continuing"})


# the turns of a life a later story dates its violence by ("His life changed on May 2",
# "Everything changed on Aug. 20", "their world was turned upside down"): a story of
# recovery or a homecoming tells the shot that way, its own days being the homecoming's
FATE_NOUNS = _words("life everything world")
FATE_VERBS = _words("change shatter alter upend")


def _fate_turned(verb: Token | None) -> bool:
    """Whether the verb says that someone's life turned: "changed", "shattered", "altered"
    or "upended", or "turned upside down", with a life, everything or someone's world as its
    subject. A later story of the victim (a homecoming, a first step, a benefit) tells the
    violence by that day and its own days by the news; the day is the violence's."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "turn":
        if not re.search(r"\bupside[\s-]+down\b", verb.doc[verb.i : verb.right_edge.i + 1].text):
            return False
    elif lemma not in FATE_VERBS:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FATE_NOUNS for c in verb.children
    )


def _inquiry_under_way(verb: Token | None) -> bool:
    """Whether the verb says that an inquiry was going on: its subject is an investigation, a
    search or a manhunt, and it is "continue" ("The search continued Tuesday for the gunman")
    or "be" with "under way", "underway" or "ongoing" ("An investigation was under way
    Wednesday into the killing of a teenager"). The day the parser hangs on it is the
    inquiry's, a later day than the violence it is about (which the text most often tells by
    its own verb: "found shot shortly after 8:30 p.m. Tuesday"); kept as a fallback."""
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.lemma_.lower() in INQUIRY_NOUNS for s in subjects):
        return False
    lemma = verb.lemma_.lower()
    if lemma in GOING_ON_VERBS:
        return True
    if lemma != "be":
        return False
    words = {t.lower_ for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i}
    return bool(words & GOING_ON_WORDS) or {"under", "way"} <= words


def _fronted_before_saying(ctx: Context, expr: TimeExpr, verb: Token | None) -> bool:
    """A time that opens a sentence, before a comma and the reporting clause ("Overnight,
    deputies tell us five men were shot"; "Late Friday, officers said, a driver opened
    fire"), dates what is reported when that is a wounding or a killing told with no time
    of its own: the parser hangs the time on "tell", but a statement's day comes after the
    verb ("police said on Sunday"). Not when the clause reported dates itself ("On Monday,
    police said the man was shot Saturday": Monday is the statement's) nor tells no
    violence ("On Monday, police said the shooting was an accident")."""
    if verb is None or verb.lemma_.lower() not in SAYING_VERBS:
        return False
    text = ctx.article.text
    before = text[max(0, expr.start - 3) : expr.start]
    if expr.start > 2 and not re.search(r"(?:^|[.!?\n]\s*|\)\s*-\s*)$", before):
        return False
    if not re.match(r"\s*,", text[expr.end : expr.end + 2]):
        return False
    reported = [t for t in verb.children if t.dep_ in ("ccomp", "parataxis")]
    for clause in reported:
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        if any(lo <= a < hi for a, _ in ctx.notes.get("time_spans", [])):
            return False
        if any(_harm_verb(t) for t in clause.subtree):
            return True
    return False


def _harm_verb(token: Token) -> bool:
    """A verb of wounding or killing, "die", or "open fire"."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in WOUND_VERBS or lemma in KILL_VERBS or lemma == "die":
        return True
    return lemma == "open" and any(c.lemma_.lower() == "fire" for c in token.children)


def _modal(verb: Token | None) -> bool:
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


MODALS = frozenset({"could", "might", "may", "would", "should"})
RELATIVE_KINDS = frozenset({"weekday", "relday", "ago", "relperiod", "holiday"})


def _unresolved(
    ctx: Context,
    expr: TimeExpr,
    span: Span | None,
    gov_verb: Token | None,
    gov_noun: Token | None,
    future: bool,
) -> None:
    """Without a publication date, "on Tuesday" or "yesterday" cannot be resolved; when it
    would have dated the event, it is claimed with value None and what a later stage needs to
    resolve it (`timeexpr.resolve_relative`) once the publication date is known from other
    reports of the same event."""
    if expr.kind not in RELATIVE_KINDS:
        return
    relative = relative_of(expr, future)
    if relative is None:
        return
    cues = _cues(span, gov_verb, gov_noun)
    verb = _verb_lemma(gov_verb, gov_noun)
    noun = _noun_lemma(gov_noun)
    role, strength = _role(ctx.article.text, expr, None, cues, future, None, verb, noun)
    if role != "event":
        return
    range_role = _range_role(expr, gov_verb)
    field = {"start": "date_start", "end": "date_end"}.get(range_role, "event_date")
    ctx.notes.setdefault("unresolved", []).append((expr.start, expr.end))
    ctx.add_claim(
        field,
        None,
        (expr.start, expr.end),
        unresolved=True,
        expression=expr.text,
        relative=relative,
        strength=strength,
    )


def _around(text: str, expr: TimeExpr) -> bool:
    before = text[max(0, expr.start - 12) : expr.start].lower()
    return bool(re.search(r"\b(?:around|about|circa|approximately)\s+$", before))


def _governors(span: Span) -> tuple[Token | None, Token | None]:
    """The verb the expression hangs on, and the noun in between if there is one."""
    inside = range(span.start, span.end)
    token = span.root
    if token.head.i == token.i:
        # a date the parser cut in two at an abbreviation's point ("held Thurs. | July 28"):
        # it hangs where its first part hangs, not on the second part's sentence of its own
        outward = [t for t in span if t.head.i not in inside]
        if outward:
            token = outward[0]
    if token.pos_ == "ADP":
        # "before Sunday's news conference": the day qualifies the noun after the span, not
        # the preposition's verb
        outward = [t for t in span if t.head.i not in inside and t.i != token.i]
        if outward:
            token = outward[0]
    subject = token.head
    if (
        token.dep_ == "compound"
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.left_edge.i == token.i
        and subject.head.pos_ in ("VERB", "AUX")
        and not any(subject.lemma_.lower() in words for words, _ in NOUN_ROLES)
    ):
        # "Wednesday investigators tracked down the suspect": a day opening its clause before
        # the subject dates the clause (the parser may read it as part of the subject's
        # name); not before a noun of what it dates ("Tuesday night shooting")
        return subject.head, None
    noun = None
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        token = head
        if token.i in inside or token.pos_ == "ADP":
            continue
        if token.pos_ in ("VERB", "AUX"):
            return token, noun
        if noun is None and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            noun = token
    return None, noun


def _is_future(expr: TimeExpr, span: Span | None, verb: Token | None) -> bool:
    if expr.lead in ("next", "coming") or expr.parts.get("mod") in ("next", "the coming"):
        return True
    if verb is None:
        return False
    node: Token | None = verb
    for _ in range(2):
        if node is None:
            break
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall", "wo"):
                return True
            if (
                child.dep_ == "aux"
                and child.lower_ == "must"
                and not any(c.lower_ in ("have", "'ve") for c in node.children)
            ):
                return True  # "students must vacate the halls by Thursday" (not "must have")
            if (
                child.dep_ == "aux"
                and child.lower_ == "to"
                and node.head.lemma_ in (FUTURE_GOVERNORS)
            ):
                return True
        if (
            node.lemma_ in FUTURE_GOVERNORS
            and any(c.dep_ == "auxpass" for c in node.children)
            and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                for c in node.children
            )
        ):
            return True  # "is scheduled to appear", "is set to be sentenced"
        if (
            node is verb
            and node.lemma_ in SCHEDULE_VERBS
            and any(c.dep_ == "auxpass" for c in node.children)
        ):
            # "an autopsy is scheduled for Thursday", "a vigil was planned Sunday": the day
            # of something arranged, not of anything that has happened
            return True
        node = node.head if node.dep_ in ("xcomp", "ccomp", "conj") else None
    return False


def _stands_trial(verb: Token) -> bool:
    """Whether a verb hung on the date's verb is "stand trial" or "face trial" ("was ordered
    Monday to stand trial", "was bound over Tuesday to face trial"): the day is a court's,
    told by the object of the verb it governs, which the cues of the date's own verb do not
    reach."""
    return verb.lemma_.lower() in ("stand", "face") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "trial" for c in verb.children
    )


def _cues(span: Span | None, verb: Token | None, noun: Token | None) -> set[str]:
    """Lemmas around the expression that say what it dates."""
    cues: set[str] = set()
    if span is None:
        return cues
    for token in (verb, noun):
        if token is None:
            continue
        _add_cue(cues, token)
        for child in token.children:
            if child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "acomp", "oprd", "compound"):
                _add_cue(cues, child)
            elif child.dep_ == "prep" and child.lower_ in CUE_PREPOSITIONS:
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        _add_cue(cues, grand)
            elif child.dep_ == "agent":
                # "a birthday interrupted Monday by a shooting": violence as the agent; an
                # agent that is a person or an authority ("accused ... March 27 by
                # prosecutors", "seen by a neighbour") says nothing about the day
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.lemma_.lower() in VIOLENCE:
                        _add_cue(cues, grand)
            elif child.dep_ in ("xcomp", "advcl", "conj") and child.pos_ == "VERB":
                _add_cue(cues, child)
                if _stands_trial(child):
                    cues.add("trial")
                if child.dep_ == "advcl" and any(g.lower_ == "when" for g in child.children):
                    # "were standing outside on Nov. 9 when a car pulled up and someone
                    # opened fire": every verb of the "when" clause tells what happened then
                    for grand in child.subtree:
                        if grand.pos_ == "VERB" and grand is not child:
                            _add_cue(cues, grand)
            if child.dep_ == "attr":
                for described in _described_by(child):
                    _add_cue(cues, described)
                for grand in child.children:
                    if grand.dep_ in ("compound", "amod"):
                        _add_cue(cues, grand)  # "was a shooting victim last Sunday"
    if verb is not None and verb.lemma_ in ("be", "take", "have") and verb.dep_ != "ROOT":
        _add_cue(cues, verb.head)
    if verb is not None:
        for joined in _joined_past_aside(verb):
            _add_cue(cues, joined)
    # "clashes that began on Tuesday": the relative clause is about its antecedent
    if verb is not None and verb.dep_ in ("relcl", "conj"):
        clause = verb if verb.dep_ == "relcl" else verb.head
        if clause.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who")
            for c in clause.children
        ):
            _add_cue(cues, clause.head)
    # words right before the expression: "the funeral on Saturday", "born on ..." (not a word
    # that only names a kind of place: "around the blast site on Wednesday")
    for token in span.doc[max(0, span.start - 3) : span.start]:
        if (
            token.dep_ == "compound"
            and token.head.lemma_.lower() not in VIOLENCE
            and token.lemma_.lower() not in COURT | FUNERAL
        ):
            continue  # (but "the next court date is March 21" is a hearing's day)
        _add_cue(cues, token)
    return cues


def _joined_past_aside(verb: Token) -> list[Token]:
    """The verbs joined to `verb` past a source's aside that follows it ("took a pistol from a
    nightstand on Sunday, court papers say, and shot himself", "argued in a parking lot on
    Aug. 14, witnesses told police, and one of them opened fire"): the parser hangs what comes
    after the aside on the aside's verb (the aside as `verb`'s parataxis, or `verb`'s clause
    as the aside's complement), though it is what happened next in the clause `verb` tells,
    on the same day. Only an aside of saying (`SAYING_VERBS`) after `verb` is looked past,
    and only its verbs after it."""
    asides = [c for c in verb.children if c.dep_ == "parataxis"]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        asides.append(verb.head)
    return [
        joined
        for aside in asides
        if aside.pos_ == "VERB" and aside.lemma_.lower() in SAYING_VERBS and aside.i > verb.i
        for joined in aside.children
        if joined.dep_ == "conj" and joined.pos_ == "VERB" and joined.i > aside.i
    ]


def _described_by(attr: Token) -> list[Token]:
    """The verbs that describe the complement of "be" or the group it belongs to: "was one of
    three students gunned down near the plaza on October 2", "was the woman killed Monday". Such a
    sentence tells the violence done to its subject."""
    nouns = [attr] + [
        pobj
        for prep in attr.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return [
        verb
        for noun in nouns
        for verb in noun.children
        if verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB"
    ]


def _add_cue(cues: set[str], token: Token) -> None:
    """A content word's lemma; names are not cues ("Pershing Court", "Memorial Hospital"),
    nor a court one plays on ("a basketball court")."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("FAC", "ORG", "GPE", "LOC", "PERSON"):
        return
    lemma = token.lemma_.lower()
    if lemma == "court" and (
        (token.i > 0 and token.doc[token.i - 1].lower_ in SPORT_VENUES)
        or any(c.lower_ in SPORT_VENUES for c in token.children)
    ):
        return
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        lemma = "discharge"  # "the gun went off": a shot fired
    elif lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        lemma = "surrender"  # "turned himself in Tuesday night": an arrest
    elif lemma == "gun" and token.pos_ == "VERB":
        lemma = "shoot"  # "gunned down at a party over the weekend" (a gun itself is no cue)
    elif lemma == "appear" and _before_the_bench(token):
        lemma = "appearance"  # "appeared before Judge Ann Roe on Monday": a hearing
    elif _called_out(token):
        lemma = "respond"  # "officers were called to the home at 8:13 p.m. Friday"
    elif lemma == "report" and token.dep_ in ("xcomp", "advcl") and _called_out(token.head):
        lemma = "respond"  # "someone called 911 to report a dispute Sunday night": a call-out
    cues.add(lemma)


# a court by its name ("Central Court", "Franklin County Municipal Court"; not a street such
# as "Pershing Court"), a judge by title ("Judge Ann Roe")
_BENCH = re.compile(
    r"(?i:\b(?:municipal|district|superior|county|circuit|central|city|family|juvenile|"
    r"criminal|supreme|federal|magistrate|pleas|justice|general\s+sessions)\s+court\b)"
    r"|\b(?:Judge|Magistrate|Justice)\s+[A-Z]",
)


def _before_the_bench(verb: Token) -> bool:
    """Whether "appear" is before a court or a judge named by name ("appeared briefly at
    Central Court", "appeared before Judge Ann Roe"), which `_add_cue` does not read as cues
    (names never are: "Pershing Court" is a street)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "before"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and _BENCH.search(obj.doc[obj.left_edge.i : obj.i + 1].text):
                    return True
    return False


def _called_out(token: Token) -> bool:
    """Police called out to the scene, as "responded": "deputies were called to an apartment at
    9:02 p.m. Tuesday", "the call came in at 6:10 p.m. Monday", "a neighbour
    called 911" (not "called on lawmakers", "called the shooting senseless")."""
    lemma = token.lemma_.lower()
    if lemma == "call" and token.pos_ == "VERB":
        if any(c.lower_ == "911" for c in token.children):
            return True  # "someone called 911": the call that brought the police
        return any(c.dep_ == "auxpass" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "about", "for", "out") for c in token.children
        )
    if lemma == "come" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return any(c.dep_ == "nsubj" and c.lemma_.lower() == "call" for c in token.children)
    return False


def _role(
    text: str,
    expr: TimeExpr,
    resolved: Resolved | None,
    cues: set[str],
    future: bool,
    anchor: dt.date | None,
    verb: str = "",
    noun: str = "",
) -> tuple[str, int]:
    """What the expression dates, and the strength of an event date (2: tied to a word of
    violence). `resolved` is None for a relative expression that has no anchor. `verb` is the
    verb the date hangs on directly, `noun` the common noun it qualifies."""
    life = _lifespan(text, expr)
    if life == "birth":
        return "birth", 0
    if life == "death":
        return "event", 2
    if resolved is not None and _is_publication(text, expr, resolved, anchor):
        return "publication", 0
    if re.search(r"\bborn\b", text[max(0, expr.start - 25) : expr.start], re.I):
        return "birth", 0
    if _BIRTHDAY.search(text[max(0, expr.start - 40) : expr.start]):
        return "birth", 0
    if resolved is not None and resolved.precision >= YEAR:
        return "statistic", 0
    if future:
        return "future", 0
    if _AS_OF.search(text[max(0, expr.start - 8) : expr.start]):
        return "condition", 0
    if _IN_CONDITION_BEFORE.search(text[max(0, expr.start - 60) : expr.start]):
        return "condition", 0
    if _UNKNOWN_BEFORE.search(text[max(0, expr.start - 40) : expr.start]):
        return "condition", 0
    if _RECURRING.search(text[max(0, expr.start - 8) : expr.start]):
        return "recurring", 0
    if _said_on(text, expr):
        return "report", 0
    if _premodifies_harm(text, expr) or _follows_harm(text, expr):
        return "event", 2
    # the verb the date hangs on says what it dates before any noun does: "arrested Monday in
    # the fatal shooting" dates the arrest, "arraigned Thursday after ... shot" the hearing
    if verb in ARREST_VERBS or verb in MANHUNT_VERBS:
        return "arrest", 0
    if verb in COURT_VERBS:
        return "court", 0
    if verb in WOUND_VERBS or verb in KILL_VERBS:
        return "event", 2  # "shot while attending a funeral Friday": the day of the shooting
    if verb in SAYING_VERBS:
        # "gunmen abducted 43 people in a night raid, residents and police said on Sunday":
        # the day it was said, whatever the sentence tells (with nothing else to date the
        # event, the report's day is still its fallback)
        return "report", 0
    if verb in RULING_VERBS or verb in DISCLOSURE_VERBS:
        return "report", 0
    if verb in TOLL_VERBS and noun in ("", "toll", "number", "count"):
        # "the number of people confirmed dead rose to 21 on Friday": the toll on a later day
        return "condition", 0
    if verb in CONDITION_VERBS and cues & CONDITION_WORDS:
        return "condition", 0
    # then the noun it qualifies, before the words around it: "before Sunday's news
    # conference" dates a report even beside "the four people wounded"; "appeared in court
    # over Saturday's shooting" dates the shooting
    for words, role in NOUN_ROLES:
        if noun in words:
            return role, 2 if role == "event" else 0
    if cues & COURT:
        return "court", 0
    if cues & FUNERAL:
        return "funeral", 0
    violent = bool(cues & VIOLENCE)
    if not violent and cues & ARREST:
        return "arrest", 0
    if not violent and cues & REPORT:
        return "report", 0
    return "event", 2 if violent else 1


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_HARM_NOUN_AFTER = re.compile(
    r"^,?\s*(?:(?:fatal|deadly|double|triple|drive-by|gang-related|shooting)\s+)?"
    r"(?:shooting|slaying|killing|homicide|stabbing|murder)s?\b",
    re.I,
)


def _premodifies_harm(text: str, expr: TimeExpr) -> bool:
    """Whether the date stands between an article and a noun of violence ("convicted of murder
    in the Oct. 12, 2014, shooting death", "charged in a Sept. 2 shooting", "sentenced for the
    July 2016 shooting death", a month's precision): it names that violence's day, whatever
    verb governs the sentence. The parser often loses the noun when the year is set off by
    commas, so the words on either side are read instead."""
    if expr.kind not in ("date", "weekday", "holiday", "month"):
        return False
    if not _ARTICLE_BEFORE.search(text, max(0, expr.start - 6), expr.start):
        return False
    return bool(_HARM_NOUN_AFTER.match(text[expr.end : expr.end + 40]))


# a word of wounding or killing right before a date ("killed on Saturday, Nov. 4", "charged in
# a shooting on Friday, Nov. 3", "shot to death Oct. 2")
_HARM_WORD_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|slain|stabbed|murdered|injured|shooting|slaying|killing|"
    r"stabbing|homicide)(?:\s+(?:to\s+death|dead))?\s+$",
    re.I,
)


def _follows_harm(text: str, expr: TimeExpr) -> bool:
    """Whether a calendar date (with its weekday or without) follows a word of wounding or
    killing directly ("a man who was killed on Saturday, Nov. 4", "charged in a shooting on
    Friday, Nov. 3"): it dates that violence, whatever verb the parser hangs it on (with the
    weekday set off by a comma it often hangs it on the sentence's first verb, a vigil's or a
    bond's). So does a week or month told from the page's day right after a noun of
    violence ("arrested Tuesday in a shooting earlier this month", "charged in the killing two
    weeks ago": `_period_of_harm`)."""
    if expr.kind != "date" and not _period_of_harm(text, expr):
        return False
    return bool(_HARM_WORD_BEFORE.search(text, max(0, expr.start - 30), expr.start)) or (
        expr.kind == "date" and _dates_harm_of_victim(text, expr)
    )


# a noun of violence and its victim right before a date: "the shooting death of a neighbor on",
# "the killing of his cousin, Ty Doe, on"
_HARM_OF_VICTIM_BEFORE = re.compile(
    r"\b(?:shooting|killing|slaying|death|murder|homicide|stabbing|wounding)\s+of\s+"
    r"(?:[\w.'-]+,?\s+){1,5}?(?:on\s+)?$",
    re.I,
)


def _dates_harm_of_victim(text: str, expr: TimeExpr) -> bool:
    """Whether a calendar date follows a noun of violence and its victim ("sentenced Tuesday
    for the shooting death of a neighbor on June 3, 2018"): it dates that violence, though the
    parser hangs it on the sentence's verb of a court or an arrest. Reads the 60 characters
    before the date, within its sentence."""
    lo = max(sentence_start(text, expr.start), expr.start - 60)
    return bool(_HARM_OF_VICTIM_BEFORE.search(text, lo, expr.start))


_HARM_NOUN_BEFORE = re.compile(r"\b(?:shooting|slaying|killing|stabbing|homicide)\s+$", re.I)


def _period_of_harm(text: str, expr: TimeExpr) -> bool:
    """Whether a week or a month told from the page's day ("earlier this month", "last week",
    "two weeks ago") follows a noun of violence directly: "Police arrested a man Tuesday in a
    shooting earlier this month" (the parser hangs the period on the arrest, which then dated
    the event by its day)."""
    if expr.kind not in ("relperiod", "ago") or expr.parts.get("unit") not in ("week", "month"):
        return False
    return bool(_HARM_NOUN_BEFORE.search(text, max(0, expr.start - 20), expr.start))


# a lifespan, as an obituary heads its text: "October 27, 2014 - November 13, 2016"
_FULL_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
_LIFESPAN_BEFORE = re.compile(_FULL_DATE + r"\s*[-\u2013\u2014]\s*$")
_LIFESPAN_AFTER = re.compile(r"\s*[-\u2013\u2014]\s*" + _FULL_DATE)


def _lifespan(text: str, expr: TimeExpr) -> str:
    """ "birth" for the first date of a lifespan ("October 27, 2014 - November 13, 2016", two
    dates with their years joined by a dash), "death" for the second (the day the obituary's
    subject died, which dates the event as a death does: a wounding the text dates too
    dates it first), else "". The second date often stands alone on its line on the
    publication day, which would read it as the page's own date."""
    if expr.kind != "date" or not expr.parts.get("year"):
        return ""
    if _LIFESPAN_AFTER.match(text, expr.end, expr.end + 40):
        return "birth"
    if _LIFESPAN_BEFORE.search(text, max(0, expr.start - 40), expr.start):
        return "death"
    return ""


# "police said Monday the teen shot herself", "the sheriff confirmed on Friday that...": a day
# written right after a verb of saying is the day it was said. The parser may hang it on the
# clause that follows ("shot"), which would make the day of the statement a day of violence.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added|told\s+reporters)\s+(?:on\s+)?$", re.I
)


def _said_on(text: str, expr: TimeExpr) -> bool:
    """Whether the date follows a verb of saying directly; not a possessive, which qualifies
    the noun after it ("police said Monday's shooting was gang-related": the shooting's day)."""
    if not _SAID_BEFORE.search(text[max(0, expr.start - 24) : expr.start]):
        return False
    possessive = re.search(r"['\u2019]s$", expr.text) or re.match(
        r"['\u2019]s\b", text[expr.end : expr.end + 3]
    )
    return not possessive


NOUN_ROLES: tuple[tuple[frozenset[str], str], ...] = (
    (VIOLENCE, "event"),
    (COURT, "court"),
    (FUNERAL, "funeral"),
    (REPORT, "report"),
    (ARREST, "arrest"),
)
"""What a date dates by the noun it qualifies, checked in this order."""


# an archive copy's toolbar ("Feb MAR Apr / 11 / 2012 2013 2014 / 3 captures / 11 Mar 13 - 12
# Mar 13"), kept as text by some scrapes: its days are the days the page was captured
_WAYBACK_CAPTURES = re.compile(r"\b\d[\d,]*\s+captures?\b", re.I)


_WORD_OF_LETTERS = re.compile(r"[A-Za-z]{2,}")


def _at_most_words(text: str, most: int) -> bool:
    """Whether `text` holds at most `most` words of two letters or more (counted only as far as
    one more: the text before a date may be a whole paragraph)."""
    return sum(1 for _ in islice(_WORD_OF_LETTERS.finditer(text), most + 1)) <= most


def _is_publication(text: str, expr: TimeExpr, resolved: Resolved, anchor: dt.date | None) -> bool:
    line_start = text.rfind("\n", 0, expr.start) + 1
    line_end = text.find("\n", expr.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : expr.start]
    if _HEADER_WORDS.search(before[-40:]) or _POST_SIGNATURE.search(before[-40:]):
        return True
    if _released(text, line_start) and _at_most_words(before, 3):
        return True  # "Released: 03/11/2022": the release's day
    if _DATELINE.search(text[max(line_start, expr.start - 40) : expr.start]):
        return True
    if _WAYBACK_CAPTURES.search(text, max(0, expr.start - 120), expr.end + 120):
        return True
    if _WIRE_DATELINE_BEFORE.fullmatch(before) and _WIRE_DATELINE_AFTER.match(
        text, expr.end, min(line_end, expr.end + 12)
    ):
        return True
    rest = (before + " " + text[expr.end : line_end]).strip()
    words = re.findall(r"[A-Za-z]{2,}", rest)
    if expr.kind == "date" and len(words) <= 3 and (anchor is None or resolved.best >= anchor):
        return True  # a date standing alone on its line, on or after the publication day
    return (
        anchor is not None
        and resolved.best == anchor
        and expr.kind == "date"
        and expr.start - line_start < 60
        and line_start < 400
        and len(words) <= 8
    )


# --------------------------------------------------------------------------------------------
# The event's date range


def _within(m: TimeMention, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a mention starts inside one of the spans (a passage about another incident, a
    lead paragraph)."""
    return any(lo <= m.start < hi for lo, hi in spans)


def _weekdays_of_past_week(
    text: str,
    mentions: list[TimeMention],
    anchor: dt.date | None,
    background: list[tuple[int, int]],
) -> None:
    """A follow-up that places the violence in a past week ("charged in the fatal shooting
    of a girl last week", "was shot one week ago") and then names its weekday bare ("was
    fatally shot Wednesday night"): the weekday is that week's. Alone the grammar reads a
    bare weekday as the last one on or before publication, which in a story published days
    later is the wrong week. Each bare weekday of the event that falls after such a week and
    inside it some weeks earlier is moved back into it. The week must be told of the
    violence itself (a week of "moved to the city last week" moves nothing) and before any
    weekday ("wounded late Friday at a memorial for a cousin slain in a shooting last week":
    the week is another incident's), and a weekend ("last weekend") is left to its own rules. A
    week told in a passage about another incident (`_background`: "slain at the same corner
    only last week") is that incident's and moves nothing. The day of a death told beside a
    wounding's week ("A man shot two weeks ago died Tuesday") is this week's: it followed."""
    if anchor is None:
        return
    weeks = [
        m
        for m in mentions
        if m.precision == WEEK
        and not _within(m, background)
        and m.attrs.get("kind") in ("relperiod", "ago")
        and "weekend" not in m.text.lower()
        and m.role in ("event", "arrest", "court")
        and m.date_end < anchor
        and (m.attrs.get("strength", 0) >= 2 or m.attrs.get("violent_cue"))
    ]
    if not weeks:
        return
    week = weeks[0]
    weekdays = [
        m
        for m in mentions
        if m.role == "event" and m.precision == DAY and m.attrs.get("kind") == "weekday"
    ]
    if _wounding_before_death(text, week):
        weekdays = [m for m in weekdays if not _death(m)]
    if any(m.start < week.start for m in weekdays):
        return  # the story's day came first: the past week is another incident's
    for m in weekdays:
        day = m.attrs["best"]
        if day <= week.date_end:
            if day >= week.date_start:
                m.attrs.pop("ambiguous", None)  # the week told says which Thursday it is
            continue
        for back in (7, 14, 21, 28):
            earlier = day - dt.timedelta(days=back)
            if week.date_start <= earlier <= week.date_end:
                m.date_start = m.date_end = earlier
                m.attrs["best"] = earlier
                m.attrs["week_of"] = week.text
                break


AFTERMATH_TOLD = frozenset({"arrest", "court", "funeral", "report", "condition"})
"""The roles of a day that `_weekdays_before_their_aftermath` reads as following the violence."""


def _weekdays_before_their_aftermath(text: str, mentions: list[TimeMention]) -> None:
    """A bare weekday the day after the page's date (`_day_after_its_date`: six days back, or
    a page dated a day early) told in one sentence with a later day of the aftermath ("Police
    on Thursday named the suspect in a shooting Saturday night" on a Friday page, "arrested
    Thursday in a shooting Saturday", "shot Tuesday at a bar died Sunday" on a Monday page):
    read as the day after the page's date the shooting would follow its arrest, its charge,
    the statement about it or the death it caused; six days back it precedes them, so that is
    the day it is. The aftermath must be a day-precise arrest, court day, funeral, statement,
    condition or death in the same sentence, after the weekday six days back and not itself
    ambiguous."""
    later = [
        m
        for m in mentions
        if (m.role in AFTERMATH_TOLD or (m.role == "event" and _death(m)))
        and m.precision == DAY
        and not m.attrs.get("ambiguous")
    ]
    for m in mentions:
        if not (m.role == "event" and m.attrs.get("ambiguous")):
            continue
        for after in later:
            if sentence_start(text, m.start) != sentence_start(text, after.start):
                continue
            if m.attrs["best"] < after.attrs["best"]:
                m.attrs.pop("ambiguous", None)
                m.attrs["aftermath_after"] = after.text
                break


def _weekdays_of_a_written_date(mentions: list[TimeMention], anchor: dt.date | None) -> None:
    """A bare weekday the day after the page's date (`_day_after_its_date`: six days back, or
    a page dated a day early) when the page writes that next day by its month and day number
    ("gunfire erupted early Wednesday" on a page dated Tuesday that also says "a shooting
    early April 5"): the page was written on that day or after it, its date is a day early
    (a site's date of the first version, a time zone), so the weekday is that day. A date
    six days back would have been written so, or as "last Wednesday"."""
    if anchor is None:
        return
    next_day = anchor + dt.timedelta(days=1)
    if not any(
        m.role in DATING_ROLES
        and m.precision == DAY
        and m.attrs.get("kind") == "date"
        and m.attrs["best"] == next_day
        for m in mentions
    ):
        return
    for m in mentions:
        if m.attrs.get("ambiguous") and m.attrs["best"] == next_day - dt.timedelta(days=7):
            m.date_start = m.date_end = next_day
            m.attrs["best"] = next_day
            m.attrs.pop("ambiguous", None)
            m.attrs["date_written"] = True


# what follows a log entry's day at the start of its line: an optional clock, then a colon or a
# dash and the entry ("Feb. 26: A man was shot", "April 5 - Deputies", "Oct. 2, 11:52 p.m.:"),
# or the line's end (a heading over the entry: "Wednesday, March 6\nA man was shot")
_ENTRY_AFTER = re.compile(
    r"[ \t]*(?:,?[ \t]*(?:at[ \t]+)?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]*[ap]\.?[ \t]?m\.?)?"
    r"[ \t]*(?:[:\u2013\u2014]|-[ \t]|\n)",
    re.I,
)
# what may stand before a log entry's day on its line: nothing, a bullet, or the town the log
# is of ("Greenfield, Feb. 24")
_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t*\u2022]*(?:[A-Z][A-Za-z.' ]{1,30},[ \t]*)?$")
# the roles a log's heading keeps whatever its line says: a day read as no day of this page,
# or a byline's date over its own story (`_bylined`: "By Jane Roe\n\nJuly 6, 2021\n\n")
_NOT_ENTRY_ROLES = frozenset(
    {"correction", "other_story", "future", "birth", "statistic", "publication"}
)
ENTRY_HARM_NOUNS = _words("shooting gunfire gunshot homicide murder")
ENTRY_HARM_VERBS = WOUND_VERBS | KILL_VERBS | _words("die fire")


def _entry_heading(text: str, m: TimeMention) -> bool:
    """Whether a day mention heads an entry of a log: at the start of its line (after a bullet
    or the log's town, "Greenfield, Feb. 24"), followed by a colon, a dash or the line's end
    ("Feb. 26: ...", "Thursday — ...", "TUESDAY, MARCH 12" over its entry)."""
    return (
        m.precision == DAY
        and _ENTRY_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        and _ENTRY_AFTER.match(text, m.end) is not None
    )


def _entry_tells_harm(doc: Doc, start: int, end: int) -> bool:
    """Whether a log entry's words tell of shots or their harm: a verb of wounding, killing,
    dying or firing, or a noun of a shooting ("A clerk was shot", "Shots were fired", "a
    homicide")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ENTRY_HARM_VERBS)
        or (t.pos_ == "NOUN" and t.lemma_.lower() in ENTRY_HARM_NOUNS)
        for t in span
    )


def _log_entry_days(doc: Doc, mentions: list[TimeMention]) -> None:
    """A page of dated entries (a police log or blotter: "Feb. 24: A bicycle was stolen ...
    Feb. 26: A man was shot ..."; a live blog's "Mon. 7:45 p.m.: Shots were fired"; a
    roundup's "FRIDAY: ... SATURDAY: ..."): two or more days that head their lines
    (`_entry_heading`). Each entry runs to the next heading, and its heading dates what it
    tells, though no verb governs the day. The earliest heading whose entry tells of shots
    or their harm (`_entry_tells_harm`) dates the violence (strength 2); the other headings
    date the log's other entries and nothing of this event. A heading is one whatever role
    the words near it gave it (a report's, "Greenfield, Feb. 24" over the first entry), unless
    it is no day of this page or a byline's date (`_NOT_ENTRY_ROLES`). A page with one
    heading or none, or with no entry of harm, is left as it is."""
    text = doc_text(doc)
    heads = [
        m
        for m in mentions
        if m.role not in _NOT_ENTRY_ROLES
        and not m.attrs.get("ambiguous")
        and _entry_heading(text, m)
    ]
    if len(heads) < 2:
        return
    ends = [h.start for h in heads[1:]] + [len(text)]
    harmed = [h for h, end in zip(heads, ends, strict=True) if _entry_tells_harm(doc, h.end, end)]
    if not harmed:
        return
    chosen = min(harmed, key=lambda h: (h.attrs["best"], h.start))
    chosen.role = "event"
    chosen.attrs["strength"] = 2
    chosen.attrs["log_entry"] = True
    for h in heads:
        if h is not chosen and h.role == "event":
            h.role = "other_period"
            h.attrs["log_entry"] = True


def _date_event(
    ctx: Context, mentions: list[TimeMention], background: list[tuple[int, int]]
) -> None:
    anchor = ctx.anchor
    text = ctx.article.text
    # a weekday that cannot say which day it is (`_day_after_its_date`) dates nothing
    events = [m for m in mentions if m.role == "event" and not m.attrs.get("ambiguous")]
    _off_period_days(text, events, anchor)
    events = [m for m in events if m.role == "event"]
    if anchor is not None:
        # a day decades before publication is history ("every mass shooting since Aug. 1,
        # 1966", a 1947 murder in a crime blog), not the news: the trial of a follow-up comes
        # within a few years of its event
        for m in events:
            if (anchor - m.date_end).days > HISTORY_DAYS:
                m.role = "other_period"
                m.attrs["history"] = True
        events = [m for m in events if m.role == "event"]

    # "Ty Doe, 3, was killed in late October": a period told later in the article of a person
    # it names there for the first time is another victim's, an earlier case recalled; it
    # dates nothing of a report that gives no day of its own (it dated the event by the month)
    for m in events:
        if anchor is not None and m.precision > DAY and _of_another_named_person(ctx, m, anchor):
            m.role = "other_period"
            m.attrs["background"] = True
    events = [m for m in events if m.role == "event"]

    foreground = [m for m in events if not _within(m, background)]
    lead = _lead(foreground)
    if lead is None and events and _headline_date(ctx):
        # only a passage about another incident dates anything ("a teenager was wounded on
        # the same street last week, on Saturday"): the headline's day, when it gives one,
        # is this story's, and the passage's days are the other incident's
        for m in events:
            m.role = "other_period"
            m.attrs["background"] = True
        return
    lead = lead or _lead(events)
    lead = _recent_lead(lead, foreground, anchor)
    lead = _past_reference(text, lead, foreground)
    lead = _wounding_day_before_death(lead, foreground)
    if lead is None and _headline_date(ctx):
        return
    if lead is None:
        # no mention dates the event itself: the day of an arrest or of a report ("as
        # reported on 1 May 2020") is the best estimate there is
        fallback = [
            m
            for m in mentions
            if m.role in ("arrest", "report", "condition")
            and m.precision <= WEEK
            and not m.attrs.get("ambiguous")
        ]
        # the earliest day of them: an arrest or a statement follows the event
        lead = min(
            (m for m in fallback if m.precision == DAY),
            key=lambda m: (m.attrs["best"], m.start),
            default=None,
        ) or _lead(fallback)
        if lead is not None:
            lead.attrs["fallback"] = lead.role
            lead.role = "event"
            events = [lead]
    if lead is None:
        if anchor is not None:
            before = _evening_before_stamp(ctx) or _clock_after_stamp(ctx)
            day = anchor - dt.timedelta(days=1) if before else anchor
            ctx.event.event_date = day.isoformat()
            ctx.event.date_start = (anchor - dt.timedelta(days=WINDOW_DAYS)).isoformat()
            ctx.event.date_end = anchor.isoformat()
            ctx.event.time_precision = WEEK
            ctx.notes["when"] = {
                "start": anchor - dt.timedelta(days=WINDOW_DAYS),
                "end": anchor,
                "basis": "publication",
            }
        return
    lead_day = lead.attrs["best"]
    assert isinstance(lead_day, dt.date)
    # a passage about an earlier incident ("It was the second shooting in the city this week.
    # On Monday night, ... was shot"): its days are another event's
    for m in events:
        if (
            m is not lead
            and m.precision == DAY
            and m.attrs["best"] != lead_day
            and _within(m, background)
        ):
            m.role = "other_period"
            m.attrs["background"] = True
    if lead.precision == DAY and lead.attrs.get("strength", 0) >= 2:
        # "On Monday, a strike on the market killed 12": a later paragraph that opens on an
        # earlier day of violence than the one the lead dates recalls an earlier incident
        lead_paragraph = _paragraph(text, lead)
        for m in events:
            if (
                m is not lead
                and m.precision == DAY
                and m.attrs["best"] < lead_day
                and m.start >= lead_paragraph[1]
                and m.attrs.get("strength", 0) >= 2
                and _opens_sentence(ctx.doc, m)
            ):
                m.role = "other_period"
                m.attrs["background"] = True
    events = [m for m in events if m.role == "event"]
    window_lo = lead_day - dt.timedelta(days=WINDOW_DAYS)
    window_hi = lead_day + dt.timedelta(days=WINDOW_DAYS)
    members: list[TimeMention] = []
    for m in events:
        if m.precision <= WEEK:
            inside = m.date_end >= window_lo and m.date_start <= window_hi
            if inside:
                members.append(m)
            else:
                m.role = "other_period"
        elif m.date_start <= lead_day <= m.date_end:
            continue  # a month that contains the event: consistent, adds nothing
        elif lead.precision <= WEEK:
            m.role = "other_period"
    if not members:
        members = [lead]
    precise = [m for m in members if m.precision == DAY]
    violent_days = [m for m in precise if m.attrs.get("strength", 0) >= 2]
    # the range spans the days of violence and the days the lead paragraph tells; the days of
    # what followed, told later ("schools stayed closed on Friday", "the army sent soldiers to
    # search the bush on Wednesday"), do not extend it
    opening = [_paragraph(text, m) for m in (*precise[:1], lead)]
    told = [m for m in precise if _within(m, opening) and m not in violent_days]
    basis = violent_days + told or precise or members
    start = min(m.date_start for m in basis)
    end = max(m.date_end for m in basis)
    if violent_days:
        _mark_tallies(text, violent_days)
        told = _told_with_lead(lead, violent_days, opening)
        # a death is dated by the shooting when the text dates that too: "died Tuesday" read
        # six days before "shot on Monday night" is a page updated after its publication day
        told = [m for m in told if not _death(m)] if any(map(_wounding, told)) else told
        best = min(told, key=lambda m: (m.attrs["best"], m.start))
        best = _night_before_call_out(best, violent_days)
        best = _evening_of(best, violent_days)
        if _overnight_by_evening_clock(text, best):
            _to_evening(best)
        best = _same_night(text, best, precise)
        if (
            _night_into_small_hours(text, best, ctx.anchor)
            or _last_night_then_clock(text, best)
            or _after_midnight_of_night(text, best)
        ):
            # the mention itself is moved, so that its claim gives the day of the shots
            later = best.attrs["best"] + dt.timedelta(days=1)
            best.attrs["best"], best.date_start, best.date_end = later, later, later
            end = max(end, later)
        event_day = best.attrs["best"]
        precision = DAY
    elif precise:
        # with no day of violence, the first day told; an "overnight" the evening it began
        # when the text dates that evening too ("a roundup of the overnight violence ...
        # deputies got there at about 10:50 p.m. Tuesday"); of two days in the first one's sentence,
        # the earlier ("Cleanup was under way Sunday after a crowd smashed cars Saturday
        # night": what is told first there is what followed)
        first = _evening_of(_earliest_in_sentence(ctx.doc, precise), precise)
        if _overnight_by_evening_clock(text, first):
            _to_evening(first)
        event_day = first.attrs["best"]
        precision = DAY
        # "opened fire on a crowd over the weekend ... investigators canvassed the
        # neighbourhood Monday": a day after the weekend of violence is what followed it, and
        # the weekend's first day dates the event (its precision stays the day's: grouping
        # reads a week's precision as licence to join events weeks apart)
        weekends = [
            m
            for m in members
            if "weekend" in m.text.lower()
            and m.attrs.get("strength", 0) >= 2
            and m.date_end < event_day
        ]
        if weekends:
            event_day = weekends[0].attrs["best"]
    else:
        event_day = lead.date_start + (lead.date_end - lead.date_start) / 2
        precision = min(lead.precision, MONTH)
    assert isinstance(event_day, dt.date)
    ctx.event.event_date = event_day.isoformat()
    ctx.event.date_start = start.isoformat()
    ctx.event.date_end = end.isoformat()
    ctx.event.time_precision = precision
    ctx.notes["when"] = {"start": start, "end": end, "basis": "text"}


HISTORY_DAYS = 5 * 366
"""An event mention that ends more than this before publication is history, not the news."""

RECENT_DAYS = 30
"""A lead day more than this many days before publication gives way to a recent one."""


def _recent_lead(
    lead: TimeMention | None, events: list[TimeMention], anchor: dt.date | None
) -> TimeMention | None:
    """News is about what just happened: when the lead is a day long before publication (an
    earlier shooting at the same park "on May 3, 2011", a list of past attacks) and the text
    also dates violence within the week before publication, the recent day leads. A follow-up
    that dates no recent violence (a trial, an arrest) keeps the old day, and so does a text
    that tells the old day first (its story is the old event; the publication date may be
    wrong)."""
    if lead is None or anchor is None or lead.precision != DAY:
        return lead
    if min(events, key=lambda m: m.start, default=lead) is lead:
        return lead
    if (anchor - lead.attrs["best"]).days <= RECENT_DAYS:
        return lead
    recent = [
        m
        for m in events
        if m.precision == DAY
        and m.attrs.get("strength", 0) >= 2
        and 0 <= (anchor - m.attrs["best"]).days <= WINDOW_DAYS
    ]
    # the earliest of them: the violence before what followed it ("a search was under way")
    return min(recent, key=lambda m: (m.attrs["best"], m.start)) if recent else lead


def _past_reference(
    text: str, lead: TimeMention | None, events: list[TimeMention]
) -> TimeMention | None:
    """A follow-up tells the violence first by its period and then the later action by its
    day: "a woman has been charged after her nephew was accidentally shot in the foot last
    month ... deputies were called to the house Monday night ... the shooting took place
    March 9". When the lead day is no wounding or killing and an earlier sentence dates a
    wounding or killing to a week or month told from the publication ("last month", "two
    weeks ago"; a calendar month such as "in August 1982" is more often an older incident)
    that ended more than `WINDOW_DAYS` before the lead, that period is the event's: the
    first day told inside it leads (Feb. 26), else the period itself. A lead that is a death's
    day gives way the same way to the dead person's own wounding told by a week or month that
    ended before it (`_wounding_before_death`: "A man who was shot in October died Tuesday")."""
    if lead is None or lead.precision != DAY:
        return lead
    if lead.attrs.get("verb") in HARM_VERBS and not _death(lead):
        return lead
    lead_day = lead.attrs["best"]
    periods = [
        m
        for m in events
        if m.precision in (WEEK, MONTH)
        and m.start < lead.start
        and (
            (
                m.attrs.get("kind") in ("relperiod", "ago")
                and m.attrs.get("verb") in WOUND_VERBS | KILL_VERBS
                and m.date_end < lead_day - dt.timedelta(days=WINDOW_DAYS)
            )
            # the wounding's month or week is over before the death ("shot in July ... died
            # Monday, Aug. 7"), or began before it ("shot last week ... died Sunday")
            or (_death(lead) and m.date_start < lead_day and _wounding_before_death(text, m))
        )
    ]
    if not periods:
        return lead
    period = _before_death(periods[0], lead)
    inside = [
        m
        for m in events
        if m.precision == DAY
        and m is not lead
        and period.date_start <= m.attrs["best"] <= period.date_end
    ]
    return min(inside, key=lambda m: m.start) if inside else period


DEATH_REACH_DAYS = 92
"""A wounding's day told beside a death's is the same victim's when it is at most this much
earlier (people die of their wounds days or weeks later, seldom months)."""


def _wounding_day_before_death(
    lead: TimeMention | None, events: list[TimeMention]
) -> TimeMention | None:
    """A lead that is a death's day ("died Sunday") gives way to the day of a wounding the
    text also tells ("He had been shot Sept. 29"), up to `DEATH_REACH_DAYS` earlier: GVA-like
    records date the shooting, and a day more than `WINDOW_DAYS` before the death would
    otherwise be dropped as another incident's. Reads the leading mention's verb and the
    wounding days (`_wounding`) among the event mentions; the latest such day before the
    death is the victim's own wounding."""
    if lead is None or lead.precision != DAY or not _death(lead):
        return lead
    death = lead.attrs["best"]
    woundings = [
        m
        for m in events
        if m.precision == DAY
        and _wounding(m)
        and 0 < (death - m.attrs["best"]).days <= DEATH_REACH_DAYS
    ]
    return max(woundings, key=lambda m: (m.attrs["best"], -m.start), default=lead)


def _before_death(period: TimeMention, lead: TimeMention) -> TimeMention:
    """The wounding's week or month up to the day before the death told beside it ("A man
    shot last week died Sunday" on a Tuesday page: last Monday to Saturday, the Sunday being
    the death's): the period itself when it ended before the death, else a copy cut there."""
    death = lead.attrs["best"]
    if not _death(lead) or period.date_end < death:
        return period
    end = death - dt.timedelta(days=1)
    attrs = dict(period.attrs, best=min(period.attrs["best"], end))
    lead.role = "condition"  # what followed the wounding, not a second day of violence
    return replace(period, date_end=end, attrs=attrs)


# the nouns of a wounding a period may qualify ("the victim of a shooting two weeks ago")
_WOUNDING_NOUNS = _words("shooting stabbing slaying killing homicide attack")
# a death told in a sentence ("has died", "died Tuesday", "succumbed to his wounds")
_DIED = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\b", re.I)


def _wounding_before_death(text: str, m: TimeMention) -> bool:
    """Whether a week or month told of a wounding is the wounding of someone whose death the
    same sentence tells ("A man who was shot last month on Elm Street died Tuesday", "The
    victim of a shooting two weeks ago has died", "a teen wounded in September died"): the
    violence was then, and the death's later day is what followed (GVA-like records date the
    shooting). The period hangs on a verb of wounding or killing or on a noun of one, or
    follows one in its sentence."""
    if m.attrs.get("kind") not in ("relperiod", "ago", "month"):
        return False
    lo, hi = sentence_start(text, m.start), sentence_end(text, m.end)
    harm = (
        m.attrs.get("verb") in WOUND_VERBS | KILL_VERBS
        or m.attrs.get("noun") in _WOUNDING_NOUNS
        or bool(_DAY_AFTER_HARM.search(text, lo, m.start))  # "a man shot on Elm St. last month"
    )
    return harm and bool(_DIED.search(text, lo, hi))


def _headline_date(ctx: Context) -> bool:
    """When no mention in the text dates the event, the headline's day ("Two hurt in Thursday
    night shooting") does, read by the same rules against the same publication date (a page
    whose story did not survive cleaning often keeps its headline). The event is then dated
    with no claim (the headline has no span in the text), and `ctx.notes["when"]` says so.
    True when the headline gave a day."""
    title = ctx.article.title
    if not title or ctx.anchor is None or not KEY_RE.search(title):
        return False
    from newsfold.analyse.nlp import get_nlp
    from newsfold.records import Article

    head = Context(
        article=Article(id=ctx.article.id, text=title, source=ctx.article.source),
        doc=get_nlp()(title),
        anchor=ctx.anchor,
    )
    annotate(head)  # the headline's own Context has no headline: no deeper recursion
    ev = head.event
    dated = [
        m
        for m in head.times
        if m.role == "event" and "fallback" not in m.attrs and not m.attrs.get("ambiguous")
    ]
    if not dated or ev.time_precision != DAY or ev.event_date is None:
        return False
    if ev.date_start and _overnight_headline_by_evening_clock(ctx.article.text, dated):
        ev.event_date = ev.date_end = ev.date_start
    ctx.event.event_date = ev.event_date
    ctx.event.date_start = ev.date_start
    ctx.event.date_end = ev.date_end
    ctx.event.time_precision = DAY
    ctx.notes["when"] = {
        "start": dt.date.fromisoformat(ev.date_start or ev.event_date),
        "end": dt.date.fromisoformat(ev.date_end or ev.event_date),
        "basis": "headline",
    }
    ctx.notes["headline_date"] = ev.event_date
    return True


def _overnight_headline_by_evening_clock(text: str, dated: list[TimeMention]) -> bool:
    """Whether the headline's only day is a bare "overnight" ("Overnight shooting on Elm
    Street") and the text's first two sentences tell the shots by an evening clock with no
    day ("A man was shot at 11:40 p.m."): the night's evening, the day before the publication
    day, as `_overnight_by_evening_clock` reads the same words in the text."""
    if len(dated) != 1 or dated[0].text.strip().lower() != "overnight":
        return False
    if dated[0].date_start == dated[0].date_end:
        return False
    return bool(_EVENING_CLOCK.search(text, 0, _through_next_sentence(text, 0)))


def _death(m: TimeMention) -> bool:
    """A date that hangs on a verb of dying ("died Sunday", "was pronounced dead Saturday"),
    not through a noun of an event ("died after Saturday's shooting"), and begins no range."""
    return (
        m.attrs.get("verb") in DEATH_VERBS
        and _direct(m)
        and m.attrs.get("range") != "start"  # "have died since Wednesday": a range begins
    )


def _evening_of(best: TimeMention, violent_days: list[TimeMention]) -> TimeMention:
    """ "Overnight" is the night ending on the publication day; when the text also dates
    violence on the evening that night began ("slain overnight ... It was Friday night at
    about 9:40 p.m."), that day is the more precise reading."""
    if "overnight" not in best.text.lower() or best.date_start == best.date_end:
        return best
    evening = [m for m in violent_days if m.attrs["best"] == best.date_start]
    return min(evening, key=lambda m: m.start) if evening else best


# an evening by the clock with no day of its own after it: "about 11:30 p.m.", "shortly
# before midnight"
_EVENING_CLOCK = re.compile(
    r"(?:\b(?:[6-9]|1[01])(?::\d\d)?\s*p\.?\s?m\b\.?+|\bbefore\s+midnight\b)"
    rf"(?!,?\s+(?:on\s+)?(?:{_DAY_AFTER_CLOCK}|yesterday|today|tonight))",
    re.I,
)


def _overnight_by_evening_clock(text: str, best: TimeMention) -> bool:
    """Whether the event's day is a bare "overnight" (the night ending on the publication
    day) and the same or the next sentence tells the shots by an evening clock with no day
    ("shot overnight ... Officers responded about 11:30 p.m."): the night's evening, the day
    before the publication day, is when they fell. A clock of the small hours keeps the
    publication day."""
    if best.text.strip().lower() != "overnight" or best.date_start == best.date_end:
        return False
    return bool(_EVENING_CLOCK.search(text, best.end, _through_next_sentence(text, best.end)))


def _to_evening(best: TimeMention) -> None:
    """Move an "overnight" mention to the evening its night began (`date_start`), so that its
    claim gives the day of the shots."""
    best.attrs["best"] = best.date_end = best.date_start


# the small hours written with their clock time or "after midnight": "about 2:47 a.m.
# Saturday", "shortly after midnight on Sunday"
_SMALL_HOURS_BEFORE = re.compile(
    r"(?:\b(?:12|[1-5])(?::\d\d)?\s*a\.?\s?m\.?|\bafter\s+midnight),?\s+(?:on\s+)?$", re.I
)


def _same_night(text: str, best: TimeMention, precise: list[TimeMention]) -> TimeMention:
    """ "Last night" is the evening before the publication day, and the night's small hours
    are on the publication day: when the text also dates the violence in the small hours of
    the next day ("shot dead last night ... In the small hours of Sunday, the suspect drove to a
    house ... Officers got there at 3:12 a.m. Sunday"), both tell one night, and the day the
    clock gives is the more precise reading (the day GVA-like records give). `precise` are the
    event's day mentions: the small hours may be told of the call-out, not of the shots. A
    weekday's night reads the same when the next day comes with its clock ("shot overnight
    Saturday ... about 2:20 a.m. Sunday"), not with "early" alone: "killed Thursday night ...
    Early Friday morning officers stood guard" tells what followed (a GVA dev page), nor
    with a call-out's clock when the night's paragraph or the next tells the shots' own
    evening clock ("struck
    by a bullet on Thursday night ... shot around 11:15 p.m. ... Around 1:30 a.m. Friday,
    officers responded": `_call_out`)."""
    night = best.text.strip()
    weekday_night = night.lower() != "last night"
    if weekday_night and not (_NIGHT_OF_WEEKDAY.match(night) or _OVERNIGHT_WEEKDAY.match(night)):
        return best
    later = best.attrs["best"] + dt.timedelta(days=1)
    # the night's shots told by an evening clock ("shot in the back around 11:15 p.m."): a
    # call-out in the small hours after it ("Around 1:30 a.m. Friday, officers responded to
    # the house where the girl had been shot") came later that night, and dates nothing
    evening_shots = weekday_night and bool(
        _EVENING_CLOCK.search(text, best.end, _through_next_paragraph(text, best.end))
    )
    small_hours = [
        m
        for m in precise
        if m.attrs["best"] == later
        and not _death(m)
        and not (evening_shots and _call_out(m))
        and (
            (m.text.lower().startswith("early") and not weekday_night)
            or _SMALL_HOURS_BEFORE.search(text[max(0, m.start - 30) : m.start])
        )
    ]
    return min(small_hours, key=lambda m: m.start) if small_hours else best


CALL_OUT_VERBS = _words("respond dispatch call summon arrive")
_NIGHT_WORDS = re.compile(r"\b(?:night|evening|late)\b", re.I)


def _call_out(m: TimeMention) -> bool:
    """A date that hangs on a verb of the police's call-out ("responded early Thursday to a
    shooting", "were dispatched around 1:30 a.m. Friday"): the day help came, which follows
    the shots."""
    return m.attrs.get("verb") in CALL_OUT_VERBS


def _night_before_call_out(best: TimeMention, violent_days: list[TimeMention]) -> TimeMention:
    """A call-out's day ("Early Thursday morning, police responded to a shooting") gives way
    to the night before when the text dates the shots themselves to it by their own verb
    ("a pair of men started firing from the parking lot late Wednesday night"), wherever it tells
    them: the police came in the small hours after shots fired late in the evening, and the
    shots date the event. Only a night or an evening: a day-time wounding the day before a
    call-out is no such pair."""
    if not _call_out(best):
        return best
    before = best.attrs["best"] - dt.timedelta(days=1)
    shots = [
        m
        for m in violent_days
        if m.attrs["best"] == before
        and (_wounding(m) or m.attrs.get("verb") in KILL_VERBS)
        and _NIGHT_WORDS.search(m.text)
    ]
    return min(shots, key=lambda m: m.start) if shots else best


_INTO_NEXT_DAY = re.compile(
    rf"^\s+into\s+(?:early\s+)?{WEEKDAY_FULL}\b",
    re.I,
)
# a clock time of the small hours, or "after midnight", with no day of its own after it
_SMALL_HOURS = re.compile(
    r"(?:\b(?:12|[1-4])(?::\d\d)?\s*a\.?\s?m\b\.?+|\bafter\s+midnight\b)"
    rf"(?!,?\s+(?:on\s+)?(?:early\s+)?(?:{_DAY_AFTER_CLOCK}|yesterday|today))",
    re.I,
)
SMALL_HOURS_REACH = 300
"""How far after a night's day `_night_into_small_hours` looks for its clock time."""


def _night_into_small_hours(text: str, best: TimeMention, anchor: dt.date | None) -> bool:
    """Whether the event's day names a night that ran past midnight ("Saturday into Sunday",
    "Friday night into Saturday") and the text then puts the violence in that night's small
    hours by the clock alone ("around 3 a.m.", "just after midnight"): the shots fell on the
    next day, the day GVA-like records give. A clock time followed by its own day ("1:15 a.m.
    Saturday") is dated by that day's mention instead. "Overnight Friday" is left alone: news
    writes it both for the night after Friday and for Friday's own small hours (unless the
    page was published after it: `_night_then_clock`)."""
    if best.precision != DAY or best.attrs.get("kind") != "weekday":
        return False
    if not _INTO_NEXT_DAY.match(text[best.end : best.end + 30]):
        return _night_then_clock(text, best, anchor)
    return bool(_SMALL_HOURS.search(text, best.end, best.end + SMALL_HOURS_REACH))


_LAST_NIGHT = re.compile(r"^(?:late\s+)?last\s+night$", re.I)


def _last_night_then_clock(text: str, best: TimeMention) -> bool:
    """Whether the event's day is "last night" and the same or the next sentence puts the
    shots in the small hours by the clock alone ("shot last night ... Police said it
    happened around 1:30 a.m."): the night ran past midnight into the publication day, the
    day GVA-like records give. Read as `_night_then_clock` reads a weekday's night (not a
    bound, not a clock of what followed: "died around 2 a.m."), and not for a call-out just
    after midnight ("officers were called shortly after midnight", "responded at 12:15
    a.m."): it may follow shots fired before midnight."""
    if not _LAST_NIGHT.match(best.text.strip()):
        return False
    end = _through_next_sentence(text, best.end)
    return any(
        not _AFTERMATH_CLAUSE.search(text, sentence_start(text, m.start()), m.start())
        and not (
            _NEAR_MIDNIGHT.search(m[0])
            and _CALL_OUT.search(text, sentence_start(text, m.start()), m.start())
        )
        for m in _AT_SMALL_HOURS.finditer(text, best.end, end)
    )


# a clock of the half hour after midnight ("shortly after midnight", "12:15 a.m.") told of a
# call-out ("officers were called", "deputies responded")
_NEAR_MIDNIGHT = re.compile(r"midnight|\b12\b", re.I)
_CALL_OUT = re.compile(r"\b(?:called|calls?|responded|dispatched|arrived)\b", re.I)


# the small hours by the clock at a time of the shots, not a bound ("before 2 a.m.", "until
# 1 a.m.", "from midnight"): "around 1 a.m.", "at 2:10 a.m.", "just after midnight", "about
# 1 a.m." set off by commas
_AT_SMALL_HOURS = re.compile(
    r"(?:(?:\b(?:at|around|about|approximately|roughly|near|nearly|(?:just\s+|shortly\s+)?after)"
    r"\s+|,\s*)(?:12|[1-4])(?::\d\d)?\s*a\.?\s?m\b\.?+|\b(?:(?:just|shortly)\s+)?after\s+midnight\b)"
    rf"(?!,?\s+(?:on\s+)?(?:early\s+)?(?:{_DAY_AFTER_CLOCK}|yesterday|today))",
    re.I,
)
# a weekday's night: "Saturday night", "late Friday night"; and "overnight Saturday"
_WEEKDAY_WORD = rf"{WEEKDAY_STEM}[a-z]*\.?"
_NIGHT_OF_WEEKDAY = re.compile(rf"^(?:(?:on|late|later)\s+)*{_WEEKDAY_WORD}\s+night$", re.I)
_OVERNIGHT_WEEKDAY = re.compile(rf"^overnight\s+{_WEEKDAY_WORD}$", re.I)


_AFTER_MIDNIGHT_BEFORE = re.compile(
    r"\b(?:(?:just|shortly|right|soon|a\s+few\s+minutes|minutes)\s+)?after\s+midnight"
    r"[ \t,]+(?:on\s+)?(?:late\s+)?$",
    re.I,
)


def _after_midnight_of_night(text: str, best: TimeMention) -> bool:
    """Whether the event's day is a weekday's night told as the time just past its midnight
    ("just after midnight Saturday night", "shortly after midnight on Friday night"): the
    shots fell in the small hours of the next calendar day, the day GVA-like records give.
    ("Shortly before midnight Saturday" is Saturday's, and is not read here.)"""
    return bool(_NIGHT_OF_WEEKDAY.match(best.text.strip())) and bool(
        _AFTER_MIDNIGHT_BEFORE.search(text, max(0, best.start - 40), best.start)
    )


def _night_then_clock(text: str, best: TimeMention, anchor: dt.date | None) -> bool:
    """Whether the event's day is a weekday's night ("Saturday night", "late Friday night")
    and the same or the next sentence puts the shots in the small hours by the clock alone
    ("Saturday night around 1 a.m.", "Friday night. Officers said the shooting happened
    around 3 a.m."): the night ran past midnight, and the shots fell on the next calendar day,
    the day GVA-like records give. A clock with its own day ("2:20 a.m. Sunday") is dated by
    that mention; a bound ("some time before 2 a.m.") or a clock in a later paragraph is not
    read (it may be another shooting's, a phone call's), nor a clock of what followed ("died
    around 2 a.m.", "arrested a suspect about 1 a.m."). "Overnight Friday" is read so only on
    a page published after Friday: news writes it both for the night after Friday and for
    Friday's own small hours, but a page of Friday cannot tell of Saturday's."""
    night = best.text.strip()
    if not _NIGHT_OF_WEEKDAY.match(night) and not (
        _OVERNIGHT_WEEKDAY.match(night) and anchor is not None and best.date_end < anchor
    ):
        return False
    end = _through_next_sentence(text, best.end)
    return any(
        not _AFTERMATH_CLAUSE.search(text, sentence_start(text, m.start()), m.start())
        for m in _AT_SMALL_HOURS.finditer(text, best.end, end)
    )


# a clock of what followed, not of the shots: "He was taken to a hospital and died around
# 2 a.m.", "Officers arrested a suspect about 1 a.m."
_AFTERMATH_CLAUSE = re.compile(
    r"\b(?:died|dies|pronounced|succumbed|passed\s+away|arrest(?:ed)?|custody|booked|"
    r"surgery|released|closed|closing)\b",
    re.I,
)
# a stop after these ends no sentence of the story: "East St. Louis", "Mt. Vernon"
_STREET_ABBREVIATION = re.compile(r"\b(?:St|Mt|Ft|Ave|Blvd|Rd|Jr|Sr|Dr)$")


def _through_next_paragraph(text: str, i: int) -> int:
    """The end of the paragraph after the one `i` is in (or of the text)."""
    end = text.find("\n", i)
    if end < 0:
        return len(text)
    nxt = re.search(r"\S", text[end:])
    if nxt is None:
        return len(text)
    after = text.find("\n", end + nxt.start())
    return len(text) if after < 0 else after


def _through_next_sentence(text: str, i: int) -> int:
    """The end of the sentence after the one `i` is in (or of the text, or of its line): a
    stop after a street's or a town's abbreviation ("St. Louis") ends none."""
    end = i
    for _ in range(2):
        end = sentence_end(text, end)
        while end < len(text) and text[end] == "." and _STREET_ABBREVIATION.search(text, 0, end):
            end = sentence_end(text, end + 1)
        if end >= len(text) or text[end] != ".":
            break
        end += 1
    return end


def _wounding(m: TimeMention) -> bool:
    """A date that hangs directly on a verb of wounding ("shot on Monday night")."""
    return m.attrs.get("verb") in WOUND_VERBS and _direct(m)


def _direct(m: TimeMention) -> bool:
    """A date that hangs on its verb directly or through a noun of place or thing ("shot at
    a home on Monday night"), not through a noun of an event ("died after Saturday's
    shooting", "wounded before Sunday's news conference")."""
    noun = m.attrs.get("noun")
    return noun is None or not any(noun in words for words, _ in NOUN_ROLES)


def _earliest_in_sentence(doc: Doc, precise: list[TimeMention]) -> TimeMention:
    """The earliest day told in the sentence of the first one (`precise` in text order): a
    sentence that tells two days tells what happened and what followed it, in either order
    ("a different scene Thursday afternoon than what it looked like Wednesday night")."""
    first = precise[0]
    sent = sent_at(doc, first.start, first.end)
    if sent is None:
        return first
    same = [m for m in precise if sent.start_char <= m.start < sent.end_char]
    return min(same, key=lambda m: (m.attrs["best"], m.start))


def _of_another_named_person(ctx: Context, m: TimeMention, anchor: dt.date) -> bool:
    """Whether a past period is told of a person named in its clause (the subject of its verb)
    whom the article has not named before that sentence, after its first paragraph: "Lu Ames,
    2, was shot in December and Ty Doe, 3, was killed in late October" closing a report of
    another child's death. A person named in the opening paragraph, or earlier on ("police
    identified him as Ty Doe ... Doe was shot in late May"), is the report's own."""
    if m.date_end >= anchor:
        return False
    text = ctx.article.text
    first_par = text.strip().split("\n", 1)[0]
    if m.start < len(text) - len(text.lstrip()) + len(first_par):
        return False
    doc = ctx.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    gov = m.attrs.get("gov")
    if span is None or not isinstance(gov, int):
        return False
    verb = doc[gov]
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "was shot and killed in June": the subject is the first verb's
    if verb.lemma_.lower() not in _VICTIM_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a name (the small model tags some as ORG or nothing: the proper nouns are the test)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _PLACE_ENTS:
        return False
    names = [t.text for t in subject.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not names:
        return False
    # no word of the name told before its sentence, nor in the title
    told = text[: span[0].sent.start_char] + "\n" + (ctx.article.title or "")
    return not any(re.search(r"\b" + re.escape(n) + r"\b", told) for n in names)


# the verbs that tell what happened to a victim; a place is no person
_VICTIM_VERBS = frozenset({"kill", "shoot", "die", "slay", "murder", "stab", "wound", "injure"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _opens_sentence(doc: Doc, m: TimeMention) -> bool:
    """Whether the mention opens its sentence ("On Monday, ...", "Late on Sunday, ...")."""
    tokens = tokens_at(doc, m.start, m.end)
    if tokens is None:
        return False
    sents, owner = sentences(doc)
    sent = sents[owner[tokens[0]]]
    return all(t.lower_ in ("on", "late", "early", "by") for t in doc[sent.start : tokens[0]])


def _paragraph(text: str, m: TimeMention) -> tuple[int, int]:
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.end)
    return lo, len(text) if hi < 0 else hi


# a count of a tally's or a period's people or incidents in words: "two" to "a dozen",
# "dozens of" (`_TALLY`, `_COUNT_WORD`, each with its own digits)
_MANY_WORD = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of"
_TALLY = re.compile(
    r"\b(?:among|(?:one|two|three|four|five|\d{1,2})\s+of(?:\s+the)?)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+)?"
    rf"(?:\d{{1,3}}|{_MANY_WORD})\s+(?:other\s+)?(?:people|persons|teens|teenagers|victims|men|"
    r"youths|children|kids|shootings|homicides)\b",
    re.I,
)
"""A count the event's victims are part of: "among 17 people shot", "two of four teenagers"."""


def _mark_tallies(text: str, violent_days: list[TimeMention]) -> None:
    """Days that open or bound the period of a tally ("were among 17 people shot in the city
    between Friday evening and Monday morning", "two of four teenagers shot dead since early
    Saturday", "among 11 people shot from Tuesday afternoon to early Wednesday"): the
    period is the count's, the city's weekend, not the day of this event, which the story
    tells with its own day ("killed early Sunday"). Only a range's bound ("since", "from",
    "between") told after the tally's words in its sentence is marked."""
    for m in violent_days:
        if m.attrs.get("range") != "start" and not m.text.lower().startswith("between"):
            continue
        begin = sentence_start(text, m.start)
        if _TALLY.search(text, begin, m.start):
            m.attrs["tally"] = True


def _told_with_lead(
    lead: TimeMention, violent_days: list[TimeMention], opening: list[tuple[int, int]]
) -> list[TimeMention]:
    """The days of violence that date the event: those told in the opening paragraphs (the
    first that dates the event, and the lead's) and the starts of ranges ("since Wednesday").
    When the lead reports a death ("died Sunday of his injuries"), every day of violence
    counts: the event is dated by the shooting."""
    if lead.attrs.get("verb") in DEATH_VERBS:
        return violent_days
    # the start of a tally's period ("among 17 people shot between Friday evening and Monday
    # morning") is no day of this event's when another day of violence is told
    own = [m for m in violent_days if not m.attrs.get("tally")] or violent_days
    told = [m for m in own if _within(m, opening) or m.attrs.get("range") == "start"]
    return told or own


_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"

_COUNT_WORD = rf"(?:\d{{1,4}}|{_MANY_WORD}|several)"
_INCIDENTS = r"(?:shootings?|homicides?|killings?|murders?|slayings?|stabbings?|incidents?)"
_INCIDENT_COUNT = re.compile(
    rf"\b(?:(?:{_ORDINAL}|{_COUNT_WORD})\s+(?:[\w-]+\s+){{0,2}}?{_INCIDENTS}\b"
    rf"|one\s+of\s+(?:the\s+)?{_COUNT_WORD}\b)",
    re.I,
)
"""A count of separate incidents: "the fourth homicide", "six shootings", "one of five"."""
_RANK = re.compile(
    rf"\bthe\s+{_ORDINAL}\b(?!\s+(?:floor|street|avenue|district|ward|precinct)\b)", re.I
)
_INCIDENT_WORD = re.compile(rf"\b{_INCIDENTS}\b", re.I)
"""A rank with its incident told apart: "The shooting was the seventh in the ward"."""
_PEOPLE_COUNT = re.compile(
    rf"\b{_COUNT_WORD}\s+(?:people|persons|residents|teens|teenagers|children|youths)\s+"
    r"(?:have\s+|had\s+)?(?:been|were)\s+(?:shot|killed|slain|wounded|murdered)\b",
    re.I,
)
"""A count of victims over a period: "31 people have been shot"."""


def _counted_since(text: str, m: TimeMention, anchor: dt.date | None) -> bool:
    """Whether a "since" day opens the period of a count in its sentence ("the city's fourth
    homicide since Jan. 1", "Since the 3rd, police have recorded four shootings", "one of
    five in the county since June 20", "The shooting was the seventh in the ward since March
    12"): the day the count starts from, not this event's. A count of victims ("Since New
    Year's Day, 31 people have been shot") is read so only over a period longer than a week,
    since "12 people have been killed since Wednesday" in a conflict report tells the event's
    own days."""
    if m.attrs.get("range") != "start" or not m.text.lower().startswith("since"):
        return False
    begin, end = sentence_start(text, m.start), sentence_end(text, m.end)
    sentence = text[begin : m.start] + " " + text[m.end : end]
    if _INCIDENT_COUNT.search(sentence):
        return True
    if _RANK.search(sentence) and _INCIDENT_WORD.search(sentence):
        return True
    long_ago = anchor is not None and (anchor - m.date_end).days > WINDOW_DAYS
    return long_ago and bool(_PEOPLE_COUNT.search(sentence))


_OCCASION = re.compile(
    r"^\s+(?:(?:eve|day|night)\s+)?(?:party|parties|celebrations?|cookout|barbecue|"
    r"gathering|get-together|dinner|bash|festival|parade|fireworks|show|event)\b",
    re.I,
)


def _occasion_holiday(text: str, m: TimeMention, others: list[TimeMention]) -> bool:
    """Whether a holiday names an occasion ("a Halloween party", "a Fourth of July cookout")
    in a sentence that tells the day itself ("at a Halloween party Saturday night"): the
    party's day is the one told; the holiday's own day (often days away, or, when still to
    come, last year's) is not the event's."""
    if m.attrs.get("kind") != "holiday" or not _OCCASION.match(text[m.end : m.end + 30]):
        return False
    if m.attrs.get("year_told"):
        return False  # "a Thanksgiving dinner last year": that year's holiday, not an occasion
    begin, end = sentence_start(text, m.start), sentence_end(text, m.end)
    return any(
        o is not m
        and o.precision == DAY
        and o.attrs.get("kind") != "holiday"
        and begin <= o.start < end
        for o in others
    )


def _off_period_days(text: str, events: list[TimeMention], anchor: dt.date | None) -> None:
    """Days that are no day of this event though they hang on its words: the start of a
    count's period (`_counted_since`) and a holiday naming an occasion (`_occasion_holiday`),
    when the text tells another day of the event."""
    off = [
        m for m in events if _counted_since(text, m, anchor) or _occasion_holiday(text, m, events)
    ]
    if any(m not in off and m.precision <= WEEK for m in events):
        for m in off:
            m.role = "other_period"
            m.attrs["tally"] = True


_SHORT_PERIOD = (
    r"(?:this\s+(?:week(?:end)?|month)|(?:in|within)\s+(?:a|one|two|three|four|five|six|seven|"
    r"\d{1,2}|less\s+than\s+a|about\s+a|as\s+many|the\s+(?:past|last)(?:\s+\w+)?)\s+"
    r"(?:days?|weeks?|hours?|months?|nights?))"
)
# "It was the second shooting in the city this week." is said of this event: the other
# incident is told after it
_ORDINAL_MARKER = re.compile(
    rf"\b(?:the|a|its|his|her|their)\s+{_ORDINAL}\b[^.;\n]{{0,60}}?\b{_SHORT_PERIOD}\b", re.I
)
_SAME_PLACE = (
    r"(?:on|in|at|to|near|outside)\s+the\s+same\s+(?:block|street|(?:street\s+)?corner|area|"
    r"neighbou?rhood|location|spot|intersection|(?:apartment\s+)?complex|park|road|house|home|"
    r"building|parking\s+lot)"
)
# a character of the same sentence: no stop but an abbreviation's before a day ("Feb. 2")
_IN_CLAUSE = r"(?:[^.;\n]|\.(?=\s\d))"
_EARLIER_TIME = (
    r"(?:(?:just|only|back)\s+)?(?:last\s+(?:week|weekend|month|year|summer|spring|fall|winter)"
    r"|earlier\s+(?:this|that)\s+(?:week|month|year)"
    r"|(?:a|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?|years?)"
    r"(?:\s+and\s+a\s+half)?\s+(?:ago|earlier|before))"
)
# "a woman was gunned down at the same corner only last week, on Friday, Oct 4", "last
# month, someone fired shots at the same crossroads": this event's place, told with a time
# before it, is where another incident happened, and the whole sentence tells that one
# (without the earlier time, "three boys were wounded Thursday in the same park" is this
# event's; "the same block where ..." is the pattern before, whose sentence opens with this
# event: "Four men were shot Tuesday on the same block where a man was killed last week")
_RECALLED_AT_SAME_PLACE = re.compile(
    rf"\b{_SAME_PLACE}\b(?!\s+(?:where|as|that)\b){_IN_CLAUSE}{{0,80}}?\b{_EARLIER_TIME}\b"
    rf"|\b{_EARLIER_TIME}\b{_IN_CLAUSE}{{0,80}}?\b{_SAME_PLACE}\b(?!\s+(?:where|as|that)\b)",
    re.I,
)
# these sentences tell the other incident themselves; each pattern with the words that any
# text it matches contains (a cheap test before the pattern runs)
_OTHER_MARKERS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("separate", "unrelated", "earlier", "previous", "other"),
        re.compile(r"\bin\s+(?:a|an)\s+(?:separate|unrelated|earlier|previous|other)\b", re.I),
    ),
    (
        ("separate", "unrelated", "previous", "earlier", "prior"),
        re.compile(
            r"\b(?:separate|unrelated|previous|earlier|prior)\s+(?:incidents?|shootings?|"
            r"attacks?|killings?|homicides?|cases?|stabbings?)\b",
            re.I,
        ),
    ),
    (
        ("the same",),
        re.compile(
            r"\bthe\s+same\s+(?:block|street|area|neighbou?rhood|location|spot|intersection|"
            r"(?:apartment\s+)?complex|park|road|house|home)\s+(?:where|as)\b",
            re.I,
        ),
    ),
    (("the same",), _RECALLED_AT_SAME_PLACE),
    (("retaliation",), re.compile(r"\bin\s+retaliation\s+(?:for|to)\b", re.I)),
    # "Two more shootings from Saturday evening are under investigation": incidents counted
    # beside this one are others (of people, "two more people were wounded" is this event's)
    (
        ("more",),
        re.compile(
            r"\b(?:two|three|four|five|six|several|\d{1,2})\s+more\s+(?:shootings|"
            r"incidents|attacks|killings|homicides|stabbings)\b",
            re.I,
        ),
    ),
    # "killed seven people on Tuesday, a day after a strike on a market killed 12": a toll of
    # this event's own, then another incident told from "a day after" (an arrest "two days
    # after a shooting" has no harm of its own before it, and stays this event's)
    (
        ("after",),
        re.compile(
            r"\b(?:kill(?:ed|ing|s)|dead|died|wound(?:ed|ing|s)|injur(?:ed|ing|ies))\b"
            r"[^.;\n]{0,160}?(?P<from>\b(?:(?:less|more)\s+than\s+|just\s+|only\s+)?"
            r"(?:(?:a|one|two|three|four|five|six|\d{1,2})\s+)?"
            r"(?:days?|weeks?|months?|years?)\s+after\s+"
            r"(?:(?:a|an|another)\b|(?=[^.;\n]{0,80}?\b(?:kill(?:ed|ing|s)|died|wounded|"
            r"injured)\b)))",
            re.I,
        ),
    ),
    # "Earlier this month, floods in Agam killed 16 people": an earlier incident of the period
    (
        ("earlier",),
        re.compile(r"(?:^|(?<=\n)|(?<=\. ))Earlier\s+(?:this|last)\s+(?:month|week|year)\b"),
    ),
    # "Police said it was not connected to a shooting on Sunday", "It followed shootings on
    # Sunday in Brooklyn": an incident set beside this one, told from the marker on, is
    # another (the clause before it is this event's; "charged in connection with the
    # shooting" names this one and has no marker)
    (
        ("connected", "linked", "related", "tied", "follow"),
        re.compile(
            r"(?P<from>\b(?:(?:not|n't|never)\s+(?:be(?:en)?\s+)?(?:connected|linked|related|"
            r"tied)\s+to|(?:it|this|that)\s+(?:followed|follows|came\s+after|comes\s+after))"
            r"\s+(?:a|an|another|other|two|three|several|earlier|separate|previous|\s)*"
            r"(?:shootings?|killings?|homicides?|slayings?|stabbings?|incidents?|attacks?)\b)",
            re.I,
        ),
    ),
    # "the deadliest attack since August 14, when a car bomb killed 11 people"
    (("since",), re.compile(r"\bsince\s+[^,.;\n]{3,40},\s+when\b", re.I)),
    (
        ("came", "come"),
        re.compile(
            r"\b(?:comes?|came)\s+(?:just\s+|only\s+|(?:less|more)\s+than\s+)?"
            r"(?:a\s+day|days|hours|a\s+week|weeks|a\s+month|months|a\s+year|"
            r"(?:one|two|three|four|five|six|\d)\s+(?:days|weeks|months|years))\s+after\b",
            re.I,
        ),
    ),
)
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
# the case-blind markers run as their case-sensitive twins on the text folded once
# (`ascii_fold`: the same matches, at about half the cost on a long page); each with whether
# it runs on the folded text
_ORDINAL_MARKER_FOLDED = folded_twin(_ORDINAL_MARKER)
_RECALLED_FOLDED = folded_twin(_RECALLED_AT_SAME_PLACE)
_MARKER_SEARCHES: tuple[tuple[tuple[str, ...], re.Pattern[str], bool], ...] = tuple(
    (words, _RECALLED_FOLDED, True)
    if pattern is _RECALLED_AT_SAME_PLACE
    else (words, folded_twin(pattern), True)
    if pattern.flags & re.IGNORECASE
    else (words, pattern, False)
    for words, pattern in _OTHER_MARKERS
)


def background_spans(text: str) -> list[tuple[int, int]]:
    """Passages about another, earlier incident: from the sentence after "It was the second
    shooting in the city this week" (or from a sentence that says "in a separate incident",
    "in the same block where", "in retaliation for", "came days after") to the end of its
    paragraph. Their dates and tolls are another event's."""
    return _background(text)[0]


def _background(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The background passages, and the stretches from a marker that tells the other incident
    itself ("in retaliation for ...") to the end of its sentence."""
    # (the folded text serves the cheap word tests too: `text.lower()` but for the three
    # letters the markers' case-blind matching reads as ASCII ones)
    fold = folded_page(text)
    found: list[tuple[re.Match[str], bool]] = []
    if any(w in fold for w in _ORDINAL_WORDS) or _DIGIT_ORDINAL.search(text):
        found.extend((m, True) for m in _ORDINAL_MARKER_FOLDED.finditer(fold))
    for words, pattern, on_fold in _MARKER_SEARCHES:
        if any(w in fold for w in words):
            found.extend((m, False) for m in pattern.finditer(fold if on_fold else text))
    spans: list[tuple[int, int]] = []
    markers: list[tuple[int, int]] = []
    for m, after in found:
        par_end = text.find("\n", m.end())
        par_end = len(text) if par_end < 0 else par_end
        stop = re.search(r"[.!?](?:\s|$)", text[m.end() : par_end])
        if after:
            if stop is None:
                continue
            start = m.end() + stop.end()
        else:
            if "from" in m.re.groupindex:
                # the other incident is told from the marker on: the clause before it is
                # this event's
                begin = start = m.start("from")
            else:
                begin = m.start()
                start = sentence_start(text, begin)
                if m.re is _RECALLED_FOLDED:
                    begin = start
            markers.append((begin, m.end() + stop.end() if stop else par_end))
        if start < par_end:
            spans.append((start, par_end))
    return sorted(spans), sorted(markers)


def _rail_set_aside(
    ctx: Context, mentions: list[TimeMention], background: list[tuple[int, int]]
) -> None:
    """A rail of other stories' teasers (`teaser_rail_spans`) above a story whose own lines
    date violence themselves (a day of wounding or killing, not only a death): "Officers say
    a 4-year-old fired the gun found in the back seat of a truck Friday" under teasers of a car
    crash "on April 10" and a fire "around 12:30 Sunday morning". The rail's days are those
    stories' (role "other_story"), and its lines are marked as other stories'
    (`Context.add_other_stories`), so that counts, where and what skip their tolls, places
    and actors too ("Woman shot dead while trying to sell her phone" above a story of a
    boy's death). One pair may be this story's own teaser: its lines tell again what the
    story's own lines tell, and it is set aside with the others. A page whose lines outside
    the rail date no violence keeps every day and every line."""
    text = ctx.article.text
    if "\n" not in text:
        return
    rail = teaser_rail_spans(text)
    if not rail:
        return
    events = [m for m in mentions if m.role == "event" and not m.attrs.get("ambiguous")]
    told = [m for m in events if not _within(m, rail) and not _within(m, background)]
    if not any(
        m.precision == DAY and m.attrs.get("strength", 0) >= 2 and not _death(m) for m in told
    ):
        return
    for m in mentions:
        if _within(m, rail):
            m.role = "other_story"
    ctx.add_other_stories(rail)


def _lead(events: Iterable[TimeMention]) -> TimeMention | None:
    ordered = sorted(events, key=lambda m: m.start)
    for test in (
        lambda m: m.precision == DAY and m.attrs.get("strength", 0) >= 2,
        lambda m: m.precision == DAY,
        lambda m: m.precision <= WEEK,
        lambda m: True,
    ):
        for m in ordered:
            if test(m):
                return m
    return None
