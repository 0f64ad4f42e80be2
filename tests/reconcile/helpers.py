"""Hand-built reports for reconciliation tests."""

from __future__ import annotations

from typing import Any

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
    return article, Analysis(article_id=article_id, event=event)


def claim(field: str, value: Any, text: str = "x", **kw: Any) -> Claim:
    attrs = kw.pop("attrs", {})
    return Claim(field=field, value=value, text=text, start=0, end=len(text), attrs=attrs, **kw)
