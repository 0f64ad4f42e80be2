"""Article -> Analysis: one spaCy pass, then the components in order.

`analyse` is a pure function of the article (the model and gazetteer are read-only, loaded once
per process), so `pipeline` runs it in worker processes and could hand it to Spark unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from newsfold.analyse import counts, quotes, what, when, where, who
from newsfold.analyse.context import Context
from newsfold.analyse.fingerprint import analyser_id
from newsfold.analyse.language import not_read_note, reads_as_english
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.stamp import local_stamp, stamp_moment
from newsfold.analyse.what.sentences import seed_doc_text
from newsfold.ingest.metadata import (
    DATE_TOKEN,
    archived_url,
    capture_day,
    normalise_date,
    url_day,
)
from newsfold.records import Analysis, Article, Event

ANALYSIS_VERSION = 1
"""The shape of the analysis record (bump when its fields change meaning). Which code wrote an
analysis is its `analyser` (see `fingerprint.py`), and that is what makes it out of date."""

Component = Callable[[Context], None]

COMPONENTS: tuple[Component, ...] = (
    when.annotate,  # temporal expressions and the event's date range
    counts.annotate,  # numbers, casualty and other counts (reads the dates: other periods)
    where.annotate,  # places, resolved with the gazetteer; the event's location
    what.annotate,  # ACLED event and sub-event type
    who.annotate,  # actors and their roles
    quotes.annotate,  # direct and indirect quotes with speaker and channel
)


def parse_published(value: str | None) -> dt.date | None:
    """The publication date of an ISO 8601 date or datetime string, or None."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def publication_day(article: Article) -> dt.date | None:
    """The article's publication day: its `published` (a moment's day on the story's own
    clock, `stamp.local_stamp`), unless the page says it was posted earlier: a header's
    "Posted" stamp (`_posted_before_published`), the day in its address
    (`_url_day_before_published`), or an archive copy (`web.archive.org/web/<stamp>/...`)
    captured before that day. A page cannot be archived before it was published, so such a
    `published` is some later date (a site's "last updated", the day a listing page was
    crawled) and the capture day is the better anchor: the latest the story can have come
    out. (An archive copy with no `published` stays undated: its capture may be years after
    the story; another page with none is dated by its address, `_url_day_of_undated`.)"""
    return publication_anchor(article)[0]


def publication_anchor(article: Article) -> tuple[dt.date | None, dt.time | None]:
    """The article's anchor: its publication day (`publication_day`) and the local clock time
    told with it (`publication_time`), both read from one `stamp.local_stamp` of its stamp
    (each used to read the stamp anew: the time's rules ask what set the day)."""
    local = local_stamp(article.published, article.url, article.text)
    stamp_day = local.date() if local else parse_published(article.published)
    if stamp_day is None:
        day = _url_day_of_undated(article.url)
        return day, None if day is None else _bare_stamp_clock(article, day)
    posted = _posted_before_published(article.removed, stamp_day)
    day = posted or stamp_day
    day = _url_day_before_published(article.url, day) or day
    if article.url:
        captured = capture_day(article.url)
        day = day if captured is None else min(day, captured)
    return day, _publication_clock(article, local, stamp_day, day, posted)


# a page header's stamps, cut from the text as boilerplate: "Posted: March 6, 2021",
# "Updated: March 8, 2021 2:05 PM"
_POSTED_LINE = re.compile(r"^\W*(?:first\s+)?(?:posted|published)\b", re.I)
_UPDATED_LINE = re.compile(r"^\W*(?:last\s+)?updated?\b", re.I)
POSTED_DAYS = 60
"""A posting stamp further than this before the publication day is no posting of this page."""
URL_DAY_SLACK = 2
"""A day in the address this many days or fewer before `published` is the same posting told
on another clock (a UTC stamp, a late edition): only an earlier one replaces it."""


def _line_day(line: str) -> dt.date | None:
    """The day a header's stamp line names ("Posted: March 6, 2021"), or None."""
    found = DATE_TOKEN.search(line)
    return parse_published(normalise_date(found.group(0))) if found else None


def _posted_before_published(removed: list[str], published: dt.date) -> dt.date | None:
    """The day of a header's "Posted" stamp when it is earlier than the publication day, by
    at most `POSTED_DAYS` ("Posted: March 6, 2021" on a page published March 8, with or
    without an "Updated: March 8, 2021" line): the `published` moment is then an update's or
    a crawl's, and the story keeps the words it was posted with, so its "yesterday" and
    "tonight" are told from the posting's day. None otherwise. Read from the first lines cut
    as boilerplate."""
    for line in removed[:6]:
        if not _POSTED_LINE.match(line):
            continue
        posted = _line_day(line)
        if posted is None:
            continue
        return posted if published - dt.timedelta(days=POSTED_DAYS) <= posted < published else None
    return None


def _url_day_before_published(url: str | None, published: dt.date) -> dt.date | None:
    """The day the page's address names (`/2019/04/07/shooting-on-elm/`, `metadata.url_day`)
    when it is more than `URL_DAY_SLACK` days before the publication day, else None. Outlets
    write the posting day there; a `published` days or weeks later is an update's or a
    crawl's, and the story's "Saturday night" and "yesterday" are told from the posting. The
    address of an archive copy is the archived page's."""
    found = url_day(archived_url(url) or url)
    day = parse_published(found)
    if day is None or (published - day).days <= URL_DAY_SLACK:
        return None
    return day


def _url_day_of_undated(url: str | None) -> dt.date | None:
    """The day a page with no `published` names in its address (`/2019/04/13/biloxi-shooting/`,
    `metadata.url_day`): the day it was posted, which anchors its "early this morning". None
    for no such day, and for an archive copy (whose archived address, if it names a day, has
    already dated it at ingest: `metadata.archived_publication`)."""
    if not url or archived_url(url):
        return None
    return parse_published(url_day(url))


def publication_time(article: Article) -> dt.time | None:
    """The local clock time of the article's stamp (`stamp.local_stamp`), or None when the
    stamp is a bare day, its local clock is unknown, or the page is an archive capture dated
    before it (the capture day is then the anchor, and the stamp's hour tells nothing). A
    bare day's clock may be told by the page's header (`header_clock`), and so may the day
    of a header's earlier "Posted" stamp that anchors the page (`_posted_before_published`).
    """
    return publication_anchor(article)[1]


def _publication_clock(
    article: Article,
    local: dt.datetime | None,
    stamp_day: dt.date,
    day: dt.date,
    posted: dt.date | None,
) -> dt.time | None:
    """The clock of `publication_time`, given what `publication_anchor` read: the stamp on the
    story's clock (`local`), the stamp's day, the anchor day and the header's earlier "Posted"
    day (`posted`, when there is one)."""
    if day != stamp_day:
        return header_clock(article, day) if posted == day else None
    if local is None:
        return _bare_stamp_clock(article, day)
    return local.time()


def _bare_stamp_clock(article: Article, day: dt.date) -> dt.time | None:
    """The clock of a page whose stamp tells no moment (a bare day, or a stamp that cannot be
    read for one), anchored on `day`: its header's posting clock (`header_clock`); None when
    it has no stamp at all."""
    if article.published and stamp_moment(article.published) is None:
        return header_clock(article, day)
    return None


# a clock with its half of the day: "5:12 AM", "06:05 PM", "6:58 a.m."
_HEADER_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9]):([0-5]\d)\s*([AaPp])\.?\s?[Mm]\b")
_BYLINE_LINE = re.compile(r"^\W*By\b", re.I)
HEADER_LINES = 4
"""How many of a page's first lines cut as boilerplate `header_clock` reads."""


def header_clock(article: Article, day: dt.date) -> dt.time | None:
    """The clock of the page header's posting line, for a stamp that is a bare day: "Posted
    5:12 AM EDT", "Published 4:55 PM CDT", "By WAVE 3 News Staff | October 21, 2018 at 6:58
    AM EDT" (its byline), or an update's "Updated: 7:02 AM CDT May 12, 2019" that names the
    stamp's `day`. TV and radio pages write these lines in the station's own time, and a page
    posted at 5:12 a.m. that tells of shots at 10:50 p.m. tells of the evening before
    (`when` reads its clock as the stamp's, `Context.anchor_time`). A posting line must name
    `day` or no day; an update's with no day of its own may be a later day's. Read from the
    first lines cut as boilerplate and the text's first line."""
    lines = [*article.removed[:HEADER_LINES], article.text.split("\n", 1)[0]]
    for line in lines:
        updated = bool(_UPDATED_LINE.match(line))
        if not (updated or _POSTED_LINE.match(line) or _BYLINE_LINE.match(line)):
            continue
        clock = _HEADER_CLOCK.search(line)
        if clock is None:
            continue
        line_day = _line_day(line)
        if line_day != day and (line_day is not None or updated):
            continue
        return when.twelve_hour_time(clock[1], clock[2], clock[3])
    return None


def analyse_doc(article: Article, doc: Doc, parsed: dict[str, Doc] | None = None) -> Analysis:
    """Run every component over an already parsed article (`parsed`: other texts of it parsed
    beforehand, see `Context.parse`)."""
    seed_doc_text(doc, article.text)
    anchor, anchor_time = publication_anchor(article)
    ctx = Context(
        article=article,
        doc=doc,
        anchor=anchor,
        anchor_time=anchor_time,
        parsed=parsed or {},
    )
    ctx.event = _own_event(article)
    for component in COMPONENTS:
        component(ctx)
    ctx.event.claims.sort(key=lambda c: (c.start, c.end, c.field))
    return Analysis(
        article_id=article.id,
        event=ctx.event,
        discarded=ctx.discarded,
        names=ctx.names,
        places=[p.place for p in ctx.places if p.place],
        version=ANALYSIS_VERSION,
        analyser=analyser_id(),
    )


def _own_event(article: Article) -> Event:
    """The article's own event record before anything is read: one report, one source."""
    event = Event(article_ids=[article.id], n_sources=1, n_independent_sources=1)
    if article.source:
        event.sources = [article.source]
    return event


def not_analysed(article: Article) -> Analysis:
    """The analysis of an article the English analysis cannot read: no facts, and why."""
    event = _own_event(article)
    event.notes = not_read_note(article)
    return Analysis(
        article_id=article.id, event=event, version=ANALYSIS_VERSION, analyser=analyser_id()
    )


def analyse(article: Article) -> Analysis:
    """Analyse one article."""
    if not reads_as_english(article):
        return not_analysed(article)
    return analyse_doc(article, get_nlp()(article.text))


def analyse_many(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
    """Analyse articles in order, batching the spaCy pass (same results as `analyse`)."""
    nlp = get_nlp()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch)


def _run_batch(nlp, batch: list[Article]) -> Iterator[Analysis]:  # type: ignore[no-untyped-def]
    readable = [reads_as_english(a) for a in batch]
    texts = [a.text for a, ok in zip(batch, readable, strict=True) if ok]
    docs = iter(nlp.pipe(texts, batch_size=max(1, len(texts))))
    # the headlines `counts` reads, parsed together too: one parse of a short text costs
    # mostly the pipeline's fixed cost per call, which a batch shares (same Docs as one by one)
    heads = [
        counts.headline_text(a.title) if ok else None for a, ok in zip(batch, readable, strict=True)
    ]
    wanted = [h for h in heads if h]
    head_docs = iter(nlp.pipe(wanted, batch_size=max(1, len(wanted))))
    for article, ok, head in zip(batch, readable, heads, strict=True):
        if not ok:
            yield not_analysed(article)
            continue
        yield analyse_doc(article, next(docs), {head: next(head_docs)} if head else None)
