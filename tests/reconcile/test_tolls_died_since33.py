"""Reports of the same day that disagree on the dead but count the same people harmed
(`tolls._the_wounded_died_since`, session 33): the higher count of the dead is the later
state, one of the wounded having died ("two boys were killed and their mother is on a
ventilator", then "left her and her two sons dead"), not a disagreement to settle by the
more conservative count. Reports that count other people keep rule 4."""

from __future__ import annotations

import datetime as dt

from newsfold.reconcile.readings import Report, interval
from newsfold.reconcile.tolls import TollReading, reconcile_injuries, reconcile_toll
from newsfold.records import Analysis, Article, Event

DAY = "2024-03-15"


def toll_reading(
    rid: str,
    dead: int,
    injured: int | None,
    *,
    high: int | None = -1,
    published: str | None = DAY,
) -> tuple[TollReading, TollReading | None]:
    """A report's reading of the dead ("at least" when `high` is None) and of the injured."""
    dead_high = dead if high == -1 else high
    event = Event(
        fatalities=dead,
        fatalities_low=dead,
        fatalities_high=dead_high,
        injuries=injured,
        injuries_low=injured,
        injuries_high=injured,
    )
    rep = Report(
        Article(id=rid, text="t", published=published),
        Analysis(rid, event),
        dt.date.fromisoformat(published) if published else None,
        origin=sum(map(ord, rid)),
    )
    dead_iv = interval(dead, dead, dead_high)
    assert dead_iv is not None
    hurt_iv = interval(injured, injured, injured) if injured is not None else None
    return TollReading(rep, dead_iv), (TollReading(rep, hurt_iv) if hurt_iv else None)


def test_a_death_among_the_same_people_harmed_raises_the_dead() -> None:
    a, _ = toll_reading("a", 2, 1)  # two killed, the father on life support
    b, _ = toll_reading("b", 3, 0, high=None)  # the same day: all three dead
    toll = reconcile_toll([a, b])
    assert toll.best == 3
    assert "died since" in toll.rule


def test_the_same_people_told_by_three_reports() -> None:
    # one, two, then all three of three harmed dead: no count most origins give
    readings = [toll_reading("a", 1, 2)[0], toll_reading("b", 2, 1)[0], toll_reading("c", 3, 0)[0]]
    assert reconcile_toll(readings).best == 3


def test_the_injured_then_leave_as_the_more_conservative_count() -> None:
    a_dead, a_hurt = toll_reading("a", 2, 1)
    b_dead, b_hurt = toll_reading("b", 3, 0)
    injured = [r for r in (a_hurt, b_hurt) if r is not None]
    assert reconcile_injuries(injured, [a_dead, b_dead]).best == 0


def test_other_people_harmed_keep_the_more_conservative_count() -> None:
    # two dead and one hurt against three dead and two hurt: not the same people
    a, _ = toll_reading("a", 2, 1)
    b, _ = toll_reading("b", 3, 2)
    assert reconcile_toll([a, b]).best == 2


def test_a_report_without_the_injured_keeps_the_more_conservative_count() -> None:
    a, _ = toll_reading("a", 2, None)
    b, _ = toll_reading("b", 3, None)
    toll = reconcile_toll([a, b])
    # (two and three harmed: other people)
    assert toll.best == 2
    c, _ = toll_reading("c", 3, 0)
    d, _ = toll_reading("d", 2, None)
    assert reconcile_toll([c, d]).best == 2
