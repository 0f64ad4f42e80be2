"""The state that one article's analysis passes from component to component.

Like a spaCy Doc flowing through pipeline components: `analyse.article.analyse` parses the
article once, builds a `Context`, and each component (`when`, `counts`, `where`, `what`, `who`,
`quotes`) reads what earlier ones found and adds its own findings. Nothing here outlives one
article, so analysis stays a pure function of its input.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from spacy.tokens import Doc, Span

from newsfold.records import Article, Claim, Event


@dataclass(slots=True)
class TimeMention:
    """A temporal expression resolved against the publication date.

    `role` is "event" when it dates the reported event, otherwise why not ("publication",
    "court", "funeral", "statistic", "other_period", "future", ...).
    """

    text: str
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: int  # ACLED time precision: 1 day, 2 week, 3 month (4: year, ours)
    role: str = "event"
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class PlaceMention:
    """A place name found in the text and, when the gazetteer knows it, resolved."""

    text: str
    start: int
    end: int
    place: dict[str, Any] | None = None  # geonameid, name, country, iso3, admin1, admin2, ...
    role: str = "mention"  # "event" for the place where the event happened, "dateline", ...
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    article: Article
    doc: Doc
    anchor: dt.date | None  # publication date: the anchor for "on Friday", "last week"
    # the local clock time of the publication stamp, when the stamp has one and its zone is
    # known (`article.publication_time`): a story stamped at 00:30 was written the evening before
    anchor_time: dt.time | None = None
    event: Event = field(default_factory=Event)
    discarded: list[Claim] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # scratch space between components
    # other texts of the article already parsed beside it (`analyse_many` parses the headline,
    # read as a sentence, with the batch's other headlines): `parse` takes them from here
    parsed: dict[str, Doc] = field(default_factory=dict)
    # the lines of the text that are other stories' headlines or links: `other_stories`
    _other_stories: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    # `in_other_story`'s index of those lines, and the list it was made from
    _story_index: tuple[list[tuple[int, int]], list[int], list[int]] | None = field(
        default=None, repr=False, compare=False
    )

    def other_stories(self) -> list[tuple[int, int]]:
        """(start, end) of each line of the text that is another story's headline or link
        (`counts.stories.other_story_spans`: "RELATED: ...", a playlist's video titles, a
        headline in title case between paragraphs), found once per article so that every
        component can skip what those lines say: their tolls, places, dates and event types
        are another story's. Ingest already cuts the lines that are plainly links; these are
        the ones it keeps because they read as text."""
        if self._other_stories is None:
            from newsfold.analyse.counts.stories import other_story_spans  # counts imports us

            self._other_stories = other_story_spans(self.article.text, self.article.title)
        return self._other_stories

    def add_other_stories(self, spans: list[tuple[int, int]]) -> None:
        """Mark more lines as other stories' (a rail of teasers `when` found), for the
        components that read the text after it."""
        self._other_stories = sorted([*self.other_stories(), *spans])

    def in_other_story(self, start: int, end: int | None = None) -> bool:
        """Is the text from `start` (to `end`, if given) inside another story's line?"""
        last = start if end is None else max(start, end - 1)
        spans = self.other_stories()
        if not spans:
            return False
        # (asked of every date, place, number and cue of the text: on a page of many such
        # lines a scan of them all for each cost more than the rest of the test) The lines
        # that open at or before `start` are the first ones by their start; the test is
        # whether the furthest any of them reaches goes past `last`.
        index = self._story_index
        if index is None or index[0] is not spans:
            ordered = sorted(spans)
            reach = list(accumulate((hi for _, hi in ordered), max))
            index = self._story_index = (spans, [lo for lo, _ in ordered], reach)
        k = bisect_right(index[1], start)
        return k > 0 and last < index[2][k - 1]

    def parse(self, text: str) -> Doc:
        """`text` parsed by the pipeline: the batch's parse when it made one, else parsed now
        (the same Doc either way: a batched parse equals a single one)."""
        doc = self.parsed.get(text)
        if doc is None:
            from newsfold.analyse.nlp import get_nlp

            doc = get_nlp()(text)
        return doc

    def _claim(
        self,
        field_name: str,
        value: Any,
        start: int,
        end: int,
        low: float | int | None,
        high: float | int | None,
        attrs: dict[str, Any],
    ) -> Claim:
        return Claim(
            field=field_name,
            value=value,
            text=self.article.text[start:end],
            start=start,
            end=end,
            low=low,
            high=high,
            article_id=self.article.id,
            source=self.article.source,
            attrs=attrs,
        )

    def add_claim(
        self,
        field_name: str,
        value: Any,
        where: Span | tuple[int, int],
        low: float | int | None = None,
        high: float | int | None = None,
        **attrs: Any,
    ) -> Claim:
        """Record a fact, with the exact span (a spaCy Span or character offsets) it came from."""
        start, end = _offsets(where)
        claim = self._claim(field_name, value, start, end, low, high, attrs)
        self.event.claims.append(claim)
        return claim

    def discard(
        self,
        field_name: str,
        value: Any,
        where: Span | tuple[int, int],
        reason: str,
        low: float | int | None = None,
        high: float | int | None = None,
        **attrs: Any,
    ) -> Claim:
        """Record something read but deliberately not counted, and why."""
        start, end = _offsets(where)
        claim = self._claim(field_name, value, start, end, low, high, {"reason": reason, **attrs})
        self.discarded.append(claim)
        return claim

    def claims_for(self, field_name: str) -> list[Claim]:
        return [c for c in self.event.claims if c.field == field_name]


def _offsets(where: Span | tuple[int, int]) -> tuple[int, int]:
    if isinstance(where, Span):
        return where.start_char, where.end_char
    return where
