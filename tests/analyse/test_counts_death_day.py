"""A toll told of an earlier period, with one victim's death on a later day: the death's day,
however the death is told, is not a shooting's day that would make the period another
incident's (`other_events._a_period_before_the_day`). `when` and `counts` read one list of
the verbs of dying (`lexicon.DEATH_VERBS`). Every text is invented."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import tolls


@pytest.mark.parametrize(
    "death",
    [
        "died on Sunday",
        "succumbed to his wounds on Sunday",
        "passed away on Sunday",
        "was pronounced dead on Sunday",
        "was declared dead on Sunday",
        "perished on Sunday",
    ],
)
def test_a_later_death_keeps_the_month_s_toll(death: str) -> None:
    text = (
        f"Three people were shot last month outside a bowling alley in Tamsworth. One of them "
        f"{death}, police said."
    )
    assert tolls(text) == (1, 2)


def test_a_shooting_day_after_the_month_still_tells_another_incident() -> None:
    # the control: a day of a shooting, not of a death, leaves last month's toll another's
    text = (
        "A man was shot and killed on Sunday on Birch Lane. Last month, three people were shot "
        "two blocks away, police said."
    )
    assert tolls(text) == (1, 0)
