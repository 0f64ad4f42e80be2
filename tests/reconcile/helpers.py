"""Hand-built reports for reconciliation tests."""

from __future__ import annotations

from collections.abc import Sequence
from string import ascii_lowercase
from typing import Any

from newsfold.analyse.day_clock import mark_clocks, mark_words_before
from newsfold.analyse.nlp import get_nlp
from newsfold.reconcile.readings import Report
from newsfold.records import Analysis, Article, Claim, Event


def report(
    article_id: str,
    *,
    source: str,
    published: str | None = "2024-03-15",
    text: str = "",
    claims: list[Claim] | None = None,
    **fields: Any,
) -> tuple[Article, Analysis]:
    article = Article(
        id=article_id,
        text=text or f"Report {article_id}.",
        source=source,
        published=published,
        content_hash=article_id,
    )
    event = Event(article_ids=[article_id], sources=[source], n_sources=1, **fields)
    for claim in claims or []:
        claim.article_id = article_id
        claim.source = source
    event.claims = list(claims or [])
    # the clocks beside its days and the words before them, as analysis puts them on its
    # date claims
    mark_clocks(get_nlp()(article.text), event.claims)
    mark_words_before(article.text, event.claims)
    return article, Analysis(article_id=article_id, event=event)


def placed_report(
    rid: str, town: str, text: str, origin: int, title: str | None = None, **fields: Any
) -> Report:
    """A report of origin `origin` placed in `town` (geo precision 1) with `text` and, given,
    `title`; `fields` as `report`'s (the state, the county, claims)."""
    a, an = report(
        rid, source=f"{rid}.example", text=text, location=town, geo_precision=1, **fields
    )
    if title is not None:
        a.title = title
    return Report(article=a, analysis=an, published=None, origin=origin)


def town_key(r: Report) -> tuple[str | None, str | None]:
    """A report's state and town: the key the place rules group reports by."""
    return (r.analysis.event.admin1, r.analysis.event.location)


def claim(field: str, value: Any, text: str = "x", **kw: Any) -> Claim:
    attrs = kw.pop("attrs", {})
    return Claim(field=field, value=value, text=text, start=0, end=len(text), attrs=attrs, **kw)


def day_report(
    article_id: str, published: str, day: str, text: str, **attrs: Any
) -> tuple[Article, Analysis]:
    """A report from `article_id`.example dating its story to `day` to the day, by one date
    claim written `text` ("Monday night") with `attrs`."""
    return report(
        article_id,
        source=f"{article_id}.example",
        published=published,
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=1,
        claims=[claim("event_date", day, text, attrs=attrs)],
    )


Story = tuple[str, str, str, str]
"""An invented report of a table: (published, url, title, text)."""


def analysed_table(
    events: Sequence[tuple[str, Any, Sequence[Story]]],
) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Every report of a table of invented events, cleaned and analysed in one batch, by id:
    the event's id and the report's letter ("e01a", "e01b", ...)."""
    from newsfold.analyse import analyse_many
    from newsfold.ingest.clean import clean_record
    from newsfold.records import RawRecord

    raws = [
        RawRecord(
            origin=f"test:{eid}{i}",
            id=f"{eid}{ascii_lowercase[i]}",
            title=title,
            published=pub,
            url=url,
            text=text,
        )
        for eid, _, stories in events
        for i, (pub, url, title, text) in enumerate(stories)
    ]
    articles = [clean_record(r) for r in raws]
    analyses = {a.article_id: a for a in analyse_many(articles)}
    return {a.id: a for a in articles}, analyses
