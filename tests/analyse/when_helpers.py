"""Shared by the tests of analyse/when: a text's event day read by `when` alone, and tables of
invented reports whose days are read through the whole per-article analysis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from newsfold.analyse import analyse_many, timeexpr, when
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.ingest.clean import clean_record
from newsfold.records import Article, RawRecord

Row = tuple[str, str, str, str, str, str]
"""An invented report: id, published, url, title, text and the shooting's true day."""

# an invented local outlet's crime page, and publication days by their weekday, for the tables
U = "https://www.localnews.example/news/crime/"
W = "2020-10-14"  # a Wednesday
T = "2021-06-17"  # a Thursday
M = "2019-03-04"  # a Monday
F = "2022-08-26"  # a Friday
TU = "2018-11-20"  # a Tuesday


def event_day(text: str, anchor: dt.date) -> str | None:
    """The event day `when` alone reads from `text`, published on `anchor`."""
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=anchor)
    when.annotate(ctx)
    return ctx.event.event_date


class DayTable:
    """The event days of a table's rows, each cleaned and analysed as an ingested article,
    all in one batch the first time a day is asked for."""

    def __init__(self, rows: Sequence[Row], text_of: Callable[[str], str] = str) -> None:
        self._rows = rows
        self._text_of = text_of
        self._days: dict[str, tuple[str | None, int | None]] = {}

    def __call__(self, row_id: str) -> str | None:
        return self.dated(row_id)[0]

    def dated(self, row_id: str) -> tuple[str | None, int | None]:
        """The row's event day and its time precision."""
        if not self._days:
            raws = [
                RawRecord(
                    origin=f"test:{i}",
                    id=i,
                    title=title,
                    published=pub,
                    url=url,
                    text=self._text_of(text),
                )
                for i, pub, url, title, text, _ in self._rows
            ]
            articles = [clean_record(r) for r in raws]
            self._days = {
                a.article_id: (a.event.event_date, a.event.time_precision)
                for a in analyse_many(articles)
            }
        return self._days[row_id]


def day_params(rows: Sequence[Row], known_misses: dict[str, str]) -> list[object]:
    """One test case per row, (row id, true day), a known miss marked a strict xfail with
    its reason."""
    return [
        pytest.param(
            r[0],
            r[5],
            marks=[pytest.mark.xfail(reason=known_misses[r[0]], strict=True)]
            if r[0] in known_misses
            else [],
            id=r[0],
        )
        for r in rows
    ]


def day_table_test(
    rows: Sequence[Row], known_misses: dict[str, str], text_of: Callable[[str], str] = str
) -> Callable[[str, str], None]:
    """The test of a table of invented reports (`DayTable`, its texts made by `text_of`): each
    row's event day is its true day. A true day of seven characters ("2020-10") is a month
    alone: the day lies in it, at a month's precision; one ending "/w" ("2020-10-14/w") is a
    week's middle, at a week's precision. Known misses are strict xfails (`day_params`)."""
    table = DayTable(rows, text_of)

    @pytest.mark.parametrize(("row_id", "want"), day_params(rows, known_misses))
    def test_the_shooting_day(row_id: str, want: str) -> None:
        day, precision = table.dated(row_id)
        if want.endswith("/w"):
            assert (day, precision) == (want[:-2], timeexpr.WEEK)
        elif len(want) == 7:
            assert (day or "").startswith(want)
            assert precision == timeexpr.MONTH
        else:
            assert day == want

    return test_the_shooting_day
