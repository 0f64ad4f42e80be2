"""reconcile: h-city39's word rules for the event's town, each on an invented sentence."""

from __future__ import annotations

from newsfold.reconcile.consensus import (
    _in_dateline,
    names_as_home,
    own_police,
    words_name,
)
from newsfold.reconcile.readings import Report

from .helpers import report


def _said(text: str, title: str = "") -> Report:
    a, an = report("a", source="paper.example", text=text)
    a.title = title
    return Report(article=a, analysis=an, published=None, origin=0)


def test_a_county_of_the_town_s_name_is_not_the_town():
    said = _said("A teen was shot at a park, Sacramento County deputies said.")
    assert not words_name(said, "Sacramento")
    assert not words_name(_said("Caddo Parish deputies found him."), "Caddo")
    assert words_name(_said("Sacramento police said a teen was shot."), "Sacramento")


def test_a_vigil_s_or_a_court_s_town_is_not_the_scene():
    assert not words_name(_said("Friends held a vigil in Rock Hill on Sunday."), "Rock Hill")
    assert not words_name(_said("He pleaded guilty in Superior Court in Hackensack."), "Hackensack")
    assert words_name(_said("A man was shot outside a church in Hammond."), "Hammond")


def test_a_town_named_only_as_a_home():
    said = _said("A 19-year-old man from Lowell was shot in Lawrence on Saturday.")
    assert names_as_home(said, "Lowell", ["Lowell", "Lawrence"])
    assert not names_as_home(said, "Lawrence", ["Lowell", "Lawrence"])
    both = _said("A Lowell man was shot in Lowell on Saturday.")
    assert not names_as_home(both, "Lowell")


def test_police_of_their_own_make_a_town():
    assert own_police(_said("East Point police said he was shot."), " east point ")
    assert own_police(_said("He was shot, according to police in East Point."), " east point ")
    assert not own_police(_said("A man was shot in Germantown."), " germantown ")


def test_a_dateline_s_town():
    said = _said("BARTOW, Fla. - Polk County deputies shot a man on Sunday.")
    assert _in_dateline(said, "Bartow")
    assert not _in_dateline(said, "Poinciana")
