"""analyse/when on correction notes: a day an earlier version of the story got wrong
("An earlier version of this story incorrectly said the shooting happened Friday", "It
happened Saturday night, not Friday") dates nothing; it is kept as a discarded claim with the
reason "correction". Every sentence here is invented (session 27, date31).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse import when
from newsfold.analyse.nlp import get_nlp

from .when_helpers import event_day

SUNDAY = dt.date(2023, 11, 26)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A man was wounded in a shooting Saturday night on Laurens Road, police said. "
            "Correction: An earlier version of this story gave the wrong day of the shooting. "
            "It happened Saturday night, not Friday.",
            "2023-11-25",
        ),
        (
            "A man was shot Saturday afternoon on Troost Avenue, police said. An earlier "
            "version of this story incorrectly said the shooting happened Friday.",
            "2023-11-25",
        ),
        (
            "A man was shot on 15th Street, police said. This story was updated to correct the "
            "day of the shooting, which happened Saturday, rather than Friday.",
            "2023-11-25",
        ),
        # controls: no correction, the earliest day of violence dates the event
        (
            "A man was shot Friday night on Laurens Road and a second man was shot there "
            "Saturday, police said.",
            "2023-11-24",
        ),
        (
            "Police said the man was not shot Friday but on Saturday, on Laurens Road.",
            "2023-11-24",
        ),
    ],
)
def test_a_corrected_day_dates_nothing(text: str, want: str) -> None:
    assert event_day(text, SUNDAY) == want


def _retracted(text: str) -> bool:
    """`when._retracted` of the text's "Friday"."""
    start = text.index("Friday")
    return when._retracted(get_nlp()(text), start, start + len("Friday"))


def test_a_correction_s_reason() -> None:
    retracted = _retracted

    assert retracted("It happened Saturday night, not Friday.")
    assert retracted("An earlier version of this story said the shooting was on Friday.")
    assert not retracted("A man was shot Friday.")
    assert not retracted("An earlier version said Sunday. The man was shot Friday.")
    assert not retracted("The shooting, which was first reported Friday, left a man hurt.")


def test_a_correction_s_clause_runs_past_an_abbreviation() -> None:
    """The correction's clause is the Doc's sentence: an abbreviation's stop ("St. Paul
    Avenue", "Mr. Doe") ends no sentence, so the words that say an earlier version was wrong
    still stand before the day they retract."""
    assert _retracted(
        "An earlier version of this story incorrectly said the shooting on St. Paul Avenue "
        "happened Friday."
    )
    assert _retracted("An earlier version of this story said Mr. Doe was shot on Friday.")
    assert not _retracted("An earlier version said Sunday; the man was shot Friday.")
