"""Tolls after a capitalised dateline (`counts33`): the town of the dateline the parser makes a
second subject of the verb is a place, not a person, even when the state's abbreviation is hung
on the real subject's words ("OMAHA, Neb. - A woman", "Neb." a compound of "A")."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import tolls


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("OMAHA, Neb. - A woman was wounded in a shooting Monday night, police said.", (None, 1)),
        ("OMAHA, Neb. - A woman was killed in a shooting Monday night, police said.", (1, None)),
        ("DURHAM, N.C. - A man was shot Tuesday, police said. He will survive.", (None, 1)),
        ("SPRINGFIELD, Ill.\u2014A man was shot Monday, police said. He should live.", (None, 1)),
        ("RENO, Nev. - A woman and her son were wounded Monday night, police said.", (None, 2)),
        ("BOSTON - A 19-year-old man died after he was shot Sunday, police said.", (1, 0)),
    ],
)
def test_dateline_town_is_not_a_victim(text: str, want: tuple[int | None, int | None]) -> None:
    assert tolls(text) == want
