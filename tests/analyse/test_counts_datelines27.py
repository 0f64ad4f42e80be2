"""Invented reports (session 26, counts27): a dateline whose town the parser makes a second
subject of the verb ("DAYTON, Ohio - A woman was shot and killed" read as two dead, the town
and state a list of two) or the subject with the people after the dash as its apposition
("NASHVILLE, Tenn. - Three people were found shot to death" read as one), with a control where a
second subject is another person. Every text
is made up; the true (killed, injured) is GVA's count."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case

CASES: list[Case] = [
    (
        "dl1",
        "Woman killed on Dorr Street",
        "TOLEDO, Ohio - A 42-year-old woman was shot and killed Monday afternoon on Dorr "
        "Street, Toledo police said.",
        1,
        0,
    ),
    (
        "dl2",
        "Shooting",
        "DAYTON, Ohio - A woman was shot and killed Monday, police said.",
        1,
        0,
    ),
    (
        "dl3",
        "Shooting",
        "DAYTON, Ohio \u2014 A 42-year-old woman was shot and killed Monday, police said.",
        1,
        0,
    ),
    (
        "dl5",
        "Shooting in Antioch",
        "NASHVILLE, Tenn. - Three people were found shot to death inside a home in Antioch on "
        "Wednesday, Metro police said.",
        3,
        0,
    ),
    (
        "dl4",
        "Two killed",
        "A 19-year-old woman, and a 45-year-old man were killed on Elm Street, police said.",
        2,
        0,
    ),
]

MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_dateline_town_is_no_victim(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want
