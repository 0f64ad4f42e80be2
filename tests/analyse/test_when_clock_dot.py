"""analyse/when: a clock told with its day is no clock "with no day after it".

The clock patterns end in an optional dot ("11:40 p.m." or "11:40 pm"). Without the possessive
`\\.?+` the engine, failing the "no day after it" lookahead at " Saturday", gave the dot back and
matched "11:40 p.m" before ". Saturday", so a clock with its own day read as a bare one.
"""

from __future__ import annotations

import re

import pytest

from newsfold.analyse.when import _AT_SMALL_HOURS, _BARE_CLOCK, _EVENING_CLOCK, _SMALL_HOURS


@pytest.mark.parametrize(
    ("pattern", "with_day", "bare"),
    [
        (
            _BARE_CLOCK,
            "A woman was hurt at 11:40 p.m. Saturday, officers said.",
            "at 11:40 p.m., officers said.",
        ),
        (
            _EVENING_CLOCK,
            "Deputies came at 9:15 p.m. Friday to Birch Lane.",
            "Deputies came at 9:15 p.m. to Birch Lane.",
        ),
        (
            _SMALL_HOURS,
            "The call came at 1:30 a.m. Sunday from Elm Court.",
            "The call came at 1:30 a.m. from Elm Court.",
        ),
        (
            _AT_SMALL_HOURS,
            "It began around 2 a.m. Tues. near the river.",
            "It began around 2 a.m. near the river.",
        ),
    ],
)
def test_a_clock_with_its_day_is_not_bare(
    pattern: re.Pattern[str], with_day: str, bare: str
) -> None:
    assert pattern.search(with_day) is None
    assert pattern.search(bare) is not None
