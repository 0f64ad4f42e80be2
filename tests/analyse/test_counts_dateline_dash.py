"""Tolls after a dateline, however its dash is written (`syntax._dateline_dash`, shared by
`verbs._dateline_subject` and `people._past_dateline`): a long dash, a spaced hyphen, or a
hyphen run into the first word ("DAYTON, Ohio-A woman"), which the tokenizer splits off
between letters; a hyphen inside a word ("19-year-old") is no dateline's dash. Every text is
invented."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import tolls

from newsfold.analyse.counts.people import _past_dateline
from newsfold.analyse.counts.syntax import _dash_after_dateline
from newsfold.analyse.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("DAYTON, Ohio-A woman was shot and killed Monday, police said.", (1, 0)),
        ("DAYTON, Ohio - A woman was shot and killed Monday, police said.", (1, 0)),
        ("DAYTON, Ohio--A woman was shot and killed Monday, police said.", (1, 0)),
        ("OMAHA-A woman was wounded in a shooting Monday night, police said.", (None, 1)),
    ],
)
def test_a_dateline_town_is_no_victim_whatever_its_dash(
    text: str, want: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == want


@pytest.mark.parametrize(
    ("text", "town", "other", "after"),
    [
        ("DAYTON, Ohio-A woman was shot.", "DAYTON", "woman", True),
        ("DAYTON, Ohio - A woman was shot.", "DAYTON", "woman", True),
        ("DAYTON, Ohio \u2014 A woman was shot.", "DAYTON", "woman", True),
        # a hyphen inside a word, a town not in capitals, a word before the town
        ("DAYTON police said a 19-year-old woman was shot.", "DAYTON", "woman", False),
        ("Dayton, Ohio - A woman was shot.", "Dayton", "woman", False),
        ("A woman - DAYTON police said - was shot.", "woman", "DAYTON", False),
    ],
)
def test_dash_after_dateline_reads_the_dash_between_the_town_and_the_word(
    text: str, town: str, other: str, after: bool
) -> None:
    doc = get_nlp()(text)
    first = next(t for t in doc if t.text == town)
    second = next(t for t in doc if t.text == other)
    assert _dash_after_dateline(first, second) is after


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("NASHVILLE, Tenn. - Three people were found shot Sunday.", "people"),
        ("NASHVILLE, Tenn. - Three 19-year-old men were found shot Sunday.", "men"),
    ],
)
def test_past_dateline_finds_the_people_after_the_dash(text: str, want: str) -> None:
    doc = get_nlp()(text)
    assert _past_dateline(doc[0]).text == want
