"""analyse/article: the publication anchor of a page whose stamp tells no moment
(`publication_anchor`): a day from its address when the stamp gives none, and the clock of
its header's posting line when it has a stamp that tells no moment (`_bare_stamp_clock`,
shared with a dated page's bare day)."""

from __future__ import annotations

import datetime as dt

from newsfold.analyse.article import publication_anchor
from newsfold.records import Article

URL = "https://news.example.com/2019/04/13/shooting-on-elm/"
POSTED = "Posted 5:12 AM EDT"


def _anchor(published: str | None, removed: list[str]) -> tuple[dt.date | None, dt.time | None]:
    article = Article(id="a", text="A man was shot.", published=published, url=URL)
    article.removed = removed
    return publication_anchor(article)


def test_an_unreadable_stamp_takes_the_addresss_day_and_the_headers_clock() -> None:
    assert _anchor("sometime in spring", [POSTED]) == (dt.date(2019, 4, 13), dt.time(5, 12))
    assert _anchor("sometime in spring", []) == (dt.date(2019, 4, 13), None)


def test_no_stamp_takes_the_addresss_day_and_no_clock() -> None:
    assert _anchor(None, [POSTED]) == (dt.date(2019, 4, 13), None)


def test_a_bare_days_clock_is_its_headers() -> None:
    assert _anchor("2019-04-13", [POSTED]) == (dt.date(2019, 4, 13), dt.time(5, 12))
    assert _anchor("2019-04-13", []) == (dt.date(2019, 4, 13), None)
