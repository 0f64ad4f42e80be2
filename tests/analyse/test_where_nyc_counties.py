"""analyse/where: New York City's boroughs are counties, but their names are not its own.

`city_parts._in_nyc` reads a place as New York City's by its state and its county together:
Richmond County is Staten Island's and also Augusta's (Georgia), Kings County is Brooklyn's and
also Hanford's (California). A town of those other counties called a city or a village by the
text is a town of its own (`_called_town_beside`), as anywhere outside New York City; a part of
a borough stays the borough's. Sentences invented here; the places are real.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.city_parts import _called_town_beside, _in_nyc
from newsfold.analyse.where.mentions import _Mention


def _town_row(name: str, state: str) -> int:
    g = get_gazetteer()
    rows = [r for r in g.lookup(name) if g.cc[r] == "US" and g.admin1[r] == state]
    assert rows, (name, state)
    return rows[0]


@pytest.mark.parametrize(
    ("name", "state", "county", "in_nyc"),
    [
        ("Augusta", "Georgia", "Richmond County", False),
        ("Hanford", "California", "Kings County", False),
        ("Great Kills", "New York", "Richmond County", True),
        ("Bushwick", "New York", "Kings County", True),
    ],
)
def test_in_nyc_reads_the_state_with_the_county(
    name: str, state: str, county: str, in_nyc: bool
) -> None:
    g = get_gazetteer()
    row = _town_row(name, state)
    assert g.admin2[row] == county  # the county's name is the same either way
    assert _in_nyc(g, row) is in_nyc


@pytest.mark.parametrize(
    ("text", "name", "state", "own_town"),
    [
        (
            "AUGUSTA, Ga. - A man was shot Friday night in the city of Augusta, deputies said.",
            "Augusta",
            "Georgia",
            True,
        ),
        (
            "A woman was wounded on Lacey Avenue in the city of Hanford, police said.",
            "Hanford",
            "California",
            True,
        ),
        # a neighbourhood of Staten Island is the borough's part, whatever the text calls it
        (
            "A man was shot Sunday in the village of Great Kills, police said.",
            "Great Kills",
            "New York",
            False,
        ),
    ],
)
def test_a_town_called_a_city_is_its_own_outside_new_york_city(
    text: str, name: str, state: str, own_town: bool
) -> None:
    g = get_gazetteer()
    row = _town_row(name, state)
    start = text.rindex(name)
    m = _Mention(0, 0, start, start + len(name), name, name.lower(), (row,), 1)
    assert _called_town_beside(g, row, [m], text) is own_town
