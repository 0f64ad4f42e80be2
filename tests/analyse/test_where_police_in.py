"""`where.scanner.police_in_said`: a town written as the seat of a police force that speaks."""

import pytest

from newsfold.analyse.where.scanner import police_in_said


def _reads(text: str, name: str) -> bool:
    start = text.index(name)
    return police_in_said(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "seat"),
    [
        ("A man was hurt, police in Lower Merion said.", "Merion", True),
        ("The boy was shot, according to authorities in Upper Darby.", "Darby", True),
        ("Officers in Cheltenham told reporters the car was found.", "Cheltenham", True),
        ("A man was shot in Lower Merion on Saturday.", "Merion", False),
        ("Police in Ardmore found the car near Haverford Avenue.", "Ardmore", False),
    ],
)
def test_a_police_force_s_seat(text: str, name: str, seat: bool) -> None:
    assert _reads(text, name) is seat


def test_the_seat_is_read_deep_in_a_long_page() -> None:
    """The words before the name are read beside it, however much text comes first."""
    filler = "A neighbor said the street had been quiet for years. " * 4000
    assert _reads(filler + "The driver fled, police in Lower Merion said.", "Merion")
    assert not _reads(filler + "The driver fled to Lower Merion, police said.", "Merion")
