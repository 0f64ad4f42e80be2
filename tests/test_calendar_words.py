"""The one table of month and weekday names (`newsfold.calendar_words`) and its readers."""

from __future__ import annotations

import re

from newsfold.analyse import fingerprint
from newsfold.calendar_words import (
    MONTH_ABBR,
    MONTH_FULL,
    MONTH_NAME,
    MONTH_STEM,
    MONTH_STEM_NO_MAY,
    MONTH_WORD,
    MONTHS,
    WEEKDAY_ABBR_DOT,
    WEEKDAY_FULL,
    WEEKDAY_STEM,
    WEEKDAYS,
)
from newsfold.ingest.metadata import normalise_date


def test_every_month_and_weekday_word_has_its_number():
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
    assert MONTHS["may"] == 5 and len(set(MONTHS.values())) == 12
    assert WEEKDAYS["thurs"] == WEEKDAYS["thur"] == WEEKDAYS["thursday"] == 3
    assert WEEKDAYS["tues"] == 1 and WEEKDAYS["sunday"] == 6


def test_stems_read_names_and_abbreviations_with_and_without_the_dot():
    month = re.compile(rf"\b{MONTH_STEM}[a-z]*\.?", re.I)
    day = re.compile(rf"\b{WEEKDAY_STEM}[a-z]*\.?", re.I)
    assert [m.group() for m in month.finditer("Sept. 4, Sep 5, Dec. 1 and March 9")] == [
        "Sept.",
        "Sep",
        "Dec.",
        "March",
    ]
    assert [m.group() for m in day.finditer("shot Thurs. night, Tues and Wednesday")] == [
        "Thurs.",
        "Tues",
        "Wednesday",
    ]


def test_may_is_left_out_only_where_it_is_asked_to_be():
    assert re.fullmatch(MONTH_STEM, "may")
    assert not re.fullmatch(MONTH_STEM_NO_MAY, "may")
    assert "May" in MONTH_FULL.split("|") and "May" not in MONTH_ABBR.split("|")


def test_whole_words_end_where_the_word_does():
    assert re.match(MONTH_WORD, "Sept. 12") and not re.match(MONTH_WORD, "Mayor")
    assert re.match(WEEKDAY_ABBR_DOT, "Thurs. July 28").group() == "Thurs."
    assert not re.match(WEEKDAY_ABBR_DOT, "Thursday")
    assert re.fullmatch(WEEKDAY_FULL, "Saturday")
    assert re.fullmatch(MONTH_NAME, "september", re.I).group() == "september"


def test_a_misspelt_month_on_a_page_is_no_crash():
    # the page-date reader once took "Sepember" for a month and then found no number for it
    assert normalise_date("Tues., Sept. 15, 2020") == "2020-09-15"
    assert normalise_date("Sepember 5, 2020") is None


def test_the_analysers_fingerprint_covers_the_shared_names():
    files = list(fingerprint._files(fingerprint.resources.files("newsfold.analyse")))
    assert "calendar_words.py" in dict(fingerprint._shared_modules(files))
