"""Shared by the tests of analyse/counts/: an article's text read by `when` and `counts`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

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


Case = tuple[str, str, str, int, int]
"""An invented report: id, headline, text, and the true killed and injured."""


def case_params(cases: Sequence[Case], misses: dict[str, str]) -> list[object]:
    """One test case per report id, a known miss marked a strict xfail with its reason."""
    return [
        pytest.param(c[0], marks=pytest.mark.xfail(reason=misses[c[0]], strict=True))
        if c[0] in misses
        else c[0]
        for c in cases
    ]


def read_case(cases: Sequence[Case], case_id: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The (killed, injured) read from one report, a toll not told as 0, and the true pair."""
    _, title, text, killed, injured = next(c for c in cases if c[0] == case_id)
    got_killed, got_injured = tolls(text, title)
    return (got_killed or 0, got_injured or 0), (killed, injured)
