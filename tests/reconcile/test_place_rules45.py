"""reconcile: h-city45's rules for the event's town, each on invented sentences or reports."""

from __future__ import annotations

from newsfold.reconcile.consensus import (
    named_only_away,
    police_named,
    street_word,
    told_away,
    words_name,
)
from newsfold.reconcile.readings import Report

from .helpers import placed_report, report


def _said(text: str, title: str = "", origin: int = 0) -> Report:
    a, an = report(f"a{origin}", source="paper.example", text=text)
    a.title = title
    return Report(article=a, analysis=an, published=None, origin=origin)


def test_a_street_named_for_a_town_is_not_the_town():
    assert street_word("avenue") and not street_word("police")
    assert not words_name(_said("He was hit on Frankford Avenue on Saturday."), "Frankford")
    assert not words_name(_said("A car crashed on Conroe Highway."), "Conroe")
    assert words_name(_said("A man was shot in Frankford on Saturday."), "Frankford")


def test_a_town_named_before_vigil_or_court_words_is_not_the_scene():
    said = _said("Dozens came to pray.", title="Warner Robins vigil for slain father")
    assert not words_name(said, "Warner Robins")
    assert not words_name(_said("He stood in the Hackensack courthouse."), "Hackensack")


def test_the_town_whose_police_a_report_names():
    first = _said("A man was shot in Frankford on Saturday night.", origin=0)
    second = _said("He was shot on Frankford Avenue, Philadelphia police said.", origin=1)
    keys = {"f": "Frankford", "p": "Philadelphia"}
    assert police_named([first, second], keys) == {"f": set(), "p": {1}}


def test_a_town_named_only_as_a_home_or_a_vigil_s():
    vigil = _said(
        "Friends held a vigil in Warner Robins for a Warner Robins man killed in Macon.",
        title="Warner Robins vigil for slain father",
    )
    assert named_only_away(vigil, "Warner Robins")
    assert not named_only_away(vigil, "Macon")
    near = _said("They were found just outside of Tahoka, near a roadside park.")
    assert not named_only_away(near, "Tahoka")
    assert not named_only_away(_said("Nothing was said."), "Tahoka")


def _placed(rid: str, town: str, text: str, origin: int) -> Report:
    return placed_report(rid, town, text, origin)


def test_a_report_naming_its_town_only_as_the_hospital_s_gives_no_vote():
    station = _placed(
        "a", "Charlotte", "CHARLOTTE, N.C. - A man was flown to a Charlotte hospital.", 0
    )
    paper = _placed("b", "Gastonia", "Gastonia police said a man was shot on Main Street.", 1)
    names = {"Charlotte": "Charlotte", "Gastonia": "Gastonia"}

    def key(r: Report) -> str:
        return str(r.analysis.event.location)

    assert told_away([station, paper], key, names, {}) == {"a"}
    # no report names its own town as the scene: every report keeps its vote
    assert told_away([station], key, names, {}) == set()
