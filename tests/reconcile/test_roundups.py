"""A roundup's tally (several incidents in one article) is set aside for the event's own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse.counts.roundup import is_roundup
from newsfold.reconcile.readings import Report
from newsfold.reconcile.tolls import readings_for, reconcile_toll
from newsfold.records import Analysis, Article, Event


@pytest.mark.parametrize(
    "title",
    [
        "Five killed in overnight shootings across Riverton",
        "3 dead, 5 hurt in 4 shootings overnight in Fenwick",
        "6 hurt in 2 downtown Marrowfield shootings, suspect arrested",
        "Two girls shot in separate shootings on the East Side",
        "Seven adults and a child shot in 12 hours",
        "Police chief angry after violent weekend",
        "A spate of shootings leaves four dead in Tallow Bay",
    ],
)
def test_headlines_announcing_several_incidents_are_roundups(title: str) -> None:
    assert is_roundup(Article(id="r", text="Police said on Monday.", title=title))


@pytest.mark.parametrize(
    "title",
    [
        "Man killed in shooting outside Riverton diner",
        "Third victim in Brisk Hollow shootings identified",  # one incident, several shot
        "14 dead, 21 injured in Marrowfield mass shooting",
        "Police: gunman shot himself after shooting two neighbours",
    ],
)
def test_reports_of_one_incident_are_not(title: str) -> None:
    assert not is_roundup(Article(id="r", text="Police said on Monday.", title=title))


def test_only_the_lead_is_read() -> None:
    text = "A man was shot dead on Quillen Street on Friday. " + "Police said. " * 40
    text += "It was one of several shootings in Marrowfield this month."
    assert not is_roundup(Article(id="r", text=text, title="Man shot dead on Quillen Street"))
    assert is_roundup(Article(id="r", text="Three shootings overnight. " + text, title="Update"))


def _report(rid: str, title: str, killed: int, published: str) -> Report:
    article = Article(id=rid, text="Police said on Monday.", title=title, published=published)
    event = Event(fatalities=killed, fatalities_low=killed, fatalities_high=killed)
    return Report(article, Analysis(rid, event), dt.date.fromisoformat(published), origin=0)


def test_a_roundups_tally_gives_way_to_the_incidents_own_count() -> None:
    own = _report("own", "Man shot dead outside Riverton diner", 1, "2024-03-10")
    roundup = _report("sum", "Four killed in weekend shootings across Riverton", 4, "2024-03-11")
    # the later report's definite count would otherwise supersede the earlier one
    readings = readings_for([own, roundup], "fatalities")
    assert [r.report.id for r in readings] == ["own"]
    assert reconcile_toll(readings).best == 1
    # with nothing else to go on, the roundup's count stands
    assert reconcile_toll(readings_for([roundup], "fatalities")).best == 4
