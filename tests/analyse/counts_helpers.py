"""Shared by the tests of analyse/counts/: an article's text read by `when` and `counts`."""

from __future__ import annotations

import datetime as dt

from newsfold.analyse import counts, when
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article

ANCHOR = dt.date(2021, 7, 10)


def run(text: str, title: str | None = None, *, anchor: dt.date | None = ANCHOR) -> Context:
    article = Article(id="t", text=text, title=title)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=anchor)
    when.annotate(ctx)
    counts.annotate(ctx)
    return ctx


def tolls(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    ev = run(text, title).event
    return ev.fatalities, ev.injuries
