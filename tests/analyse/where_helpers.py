"""Shared by the tests of analyse/where/: an article's text (and its headline and address)
read by `where` alone, with the packaged model."""

from __future__ import annotations

from newsfold.analyse import where
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article, Event

NO_OUTLET = "https://www.example.com/news/a-shooting"
"""An address that names no known outlet: the text alone places the event."""


def run(text: str, title: str | None = None, url: str | None = None) -> Context:
    """The context after `where` has read the article (no date anchor)."""
    article = Article(id="t", text=text, title=title, url=url)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=None)
    where.annotate(ctx)
    return ctx


def event(text: str, url: str | None = None) -> Event:
    """The event `where` places from the text and the outlet's address."""
    return run(text, url=url).event
