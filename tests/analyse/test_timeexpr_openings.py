"""`timeexpr._grammar_matches`: the grammar tried only where a word that can open one of its
matches begins finds the same matches as the grammar tried everywhere."""

from __future__ import annotations

import pytest

from newsfold.analyse import timeexpr
from newsfold.analyse.ascii_fold import folded

# one phrase for each branch of TIME_RE and each word that can lead it (invented texts)
PHRASES = [
    "on 12 July 2021",
    "early 3rd of March",
    "the 4th of June",
    "since Wednesday, Aug. 9, 2019",
    "Fri., Aug. 5",
    "before July 12th",
    "2021-07-12",
    "7/12/2021 and 7/12/21",
    "12-03-16",
    "shot on 9-2",
    "until 7/12",
    "from 3/4",
    "in June",
    "inJune",
    "mid-June 2020",
    "midMay",
    "the end of May",
    "the beginning of April",
    "earlier in March",
    "late in December",
    "of September",
    "through Oct.",
    "during January",
    "till Feb. 2020",
    "last May",
    "this past Friday night",
    "starting Monday",
    "beginning Tuesday morning",
    "between Saturday and Sunday",
    "coming Thursday",
    "later Sunday",
    "overnight Saturday",
    "Tues. night",
    "the day before yesterday",
    "yesterday afternoon",
    "tonight",
    "today",
    "earlier today",
    "late last night",
    "this morning",
    "a week ago",
    "an hour later and a few days ago",
    "a couple of weeks ago",
    "three months ago",
    "12 days ago",
    "several years ago",
    "over the weekend",
    "during the past week",
    "the previous month",
    "the coming year",
    "next week",
    "in 2020",
    "in2019",
    "for 2018",
    "the year 2017",
    "mid-2016",
    "between 2015 and 2016",
    "after 2014",
    "on the 5th, police said",
    "since the 3rd at noon",
    "the night after Christmas",
    "two days before Thanksgiving Day",
    "3 days after Easter Sunday",
    "2019 Halloween",
    "New Year's Eve",
    "July Fourth weekend",
    "Fourth of July",
    "Independence Day",
    "Valentine's Day",
    "Memorial Day",
    "Labor Day holiday",
    "Mother's Day",
    "Father's Day",
    "Veterans Day",
    "St. Patrick's Day",
    "St Patrick's Day",
    "Cinco de Mayo",
    "Juneteenth",
    "Martin Luther King Jr. Day",
    "MLK Day",
    "Presidents Day",
    "Columbus Day",
    "Good Friday",
    "Black Friday",
    "ON FRIDAY",
    "LAST NIGHT",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("phrase", PHRASES)
def test_each_opening_is_tried(phrase: str) -> None:
    text = f"Police said a man was hurt {phrase}, and another {phrase}."
    everywhere = _spans(timeexpr.TIME_RE.finditer(text))
    assert everywhere  # the phrase is one of the grammar's
    assert _spans(timeexpr._grammar_matches(text, folded(text), 0, len(text))) == everywhere


def test_the_same_matches_in_a_window_of_a_longer_text() -> None:
    text = " ".join(PHRASES)
    lo, hi = 40, len(text) - 30
    everywhere = _spans(timeexpr.TIME_RE.finditer(text, lo, hi))
    assert len(everywhere) > len(PHRASES) // 2
    assert _spans(timeexpr._grammar_matches(text, folded(text), lo, hi)) == everywhere


def test_words_that_open_nothing_are_not_tried() -> None:
    text = "And at another apartment officers found nothing at all."
    assert list(timeexpr._OPENING.finditer(folded(text))) == []
