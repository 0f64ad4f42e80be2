"""analyse/where: a headline's town before a person's trade is the person's home when the
headline sets the harm in another town ("Memphis rapper shot in Atlanta").

The trades h-city48 added to `vocabulary._PEOPLE` (rapper, pastor, singer ...) feed the
headline's role words too (`headlines._title_homes`): the town before one is someone's home,
as "Brooklyn man charged in Albany shooting" has it, and the town after "in" the scene.
Invented headlines and sentences; the places are real.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.headlines import _title_mentions

from .where_helpers import analysed_event

TRADES = ["rapper", "pastor", "singer", "teacher"]
# the body tells the harm and no town: the headline alone places it
BODY = (
    "A {} was shot outside a recording studio early Sunday, police said.\n\n"
    "He was taken to a hospital in stable condition."
)


@pytest.mark.parametrize("trade", TRADES)
def test_the_town_before_a_trade_is_a_home_beside_the_scene(trade: str) -> None:
    marks = {
        m.key: m.residence
        for m in _title_mentions(get_gazetteer(), f"Memphis {trade} shot in Atlanta")
    }
    assert marks == {"memphis": True, "atlanta": False}


def test_the_town_before_a_trade_alone_is_no_home() -> None:
    # with no other town in the headline, the person's town is often the scene too
    (only,) = _title_mentions(get_gazetteer(), "Memphis rapper shot after album release")
    assert only.key == "memphis"
    assert not only.residence


@pytest.mark.parametrize("trade", TRADES)
def test_the_event_is_in_the_headlines_scene_not_the_home(trade: str) -> None:
    ev = analysed_event(
        BODY.format(trade),
        title=f"Memphis {trade} shot in Atlanta",
        url=f"https://www.example.com/news/{trade}-shot",
        published="2024-05-06T12:00:00Z",
    )
    assert (ev.location, ev.admin1) == ("Atlanta", "Georgia")
