"""Letters a case-blind pattern reads as ASCII ones (a long s, a dotless or dotted i, the Kelvin
sign) no longer stop an article's analysis: the readers of times and numbers read them plain."""

from __future__ import annotations

import pytest

from newsfold.analyse.ascii_fold import plain_letters
from newsfold.analyse.numbers import find_numbers
from newsfold.analyse.timeexpr import find_times


def test_plain_letters_keeps_length_and_case():
    assert plain_letters("Thur\u017fday, \u0130zmir, Fr\u0131day, 5 \u212a") == (
        "Thursday, Izmir, Friday, 5 K"
    )
    text = "plain text"
    assert plain_letters(text) is text


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("shot on Thur\u017fday night", 3), ("shot on Fr\u0131day", 4), ("on \u017fUNDAY", 6)],
)
def test_a_weekday_with_an_odd_letter_is_read(text, weekday):
    (expr,) = [e for e in find_times(text) if e.kind == "weekday"]
    assert expr.parts["weekday"] == weekday
    assert text[expr.start : expr.end].casefold().startswith("on ")


@pytest.mark.parametrize(
    ("text", "value"), [("\u017feveral people", 3), ("f\u0131ve people", 5), ("\u017fix", 6)]
)
def test_a_number_word_with_an_odd_letter_is_read(text, value):
    (expr,) = find_numbers(text)
    assert expr.value == value
    assert (expr.start, expr.end) == (0, len(text.split()[0]))
