from __future__ import annotations

import dataclasses
import datetime as dt

from newsfold.reconcile.readings import Interval, Report, interval
from newsfold.reconcile.tolls import TollReading, reconcile_injuries, reconcile_toll
from newsfold.records import Analysis, Article, Event


def reading(value, low=None, high=None, published: str | None = "2024-03-15", rid="a"):
    iv = interval(value, low, high)
    assert iv is not None
    art = Article(id=rid, text="t", published=published)
    rep = Report(
        art,
        Analysis(rid, Event()),
        dt.date.fromisoformat(published) if published else None,
        origin=hash(rid) % 1000,
    )
    return TollReading(rep, iv)


def test_interval_reading_rules():
    assert interval(12, 12, 12) == Interval(12, 12, 12)
    assert interval(11, 11, None) == Interval(11, 11, None)  # "more than 10": open above
    assert interval(3, None, None) == Interval(3, 3, 3)  # a bare count is exact
    assert interval(None, None, None) is None


def test_dozen_and_more_than_ten_are_compatible_best_is_the_common_value():
    toll = reconcile_toll([reading(12, 12, 12, rid="a"), reading(11, 11, None, None, rid="b")])
    assert toll.compatible
    assert (toll.best, toll.low, toll.high) == (12, 11, 12)


def test_same_moment_disagreement_takes_the_more_conservative():
    toll = reconcile_toll([reading(3, rid="a"), reading(5, rid="b")])
    assert not toll.compatible
    assert (toll.best, toll.low, toll.high) == (3, 3, 5)


def test_disagreeing_reports_take_the_definite_count_over_open_ones():
    # "three were killed" (twice), a report naming one victim, a later one naming four
    toll = reconcile_toll(
        [
            reading(3, 3, 3, "2024-03-14", rid="a"),
            reading(3, 3, 3, "2024-03-14", rid="b"),
            reading(1, 1, None, "2024-03-15", rid="c"),
            reading(4, 4, None, "2024-03-20", rid="d"),
        ]
    )
    assert not toll.compatible
    assert (toll.best, toll.low, toll.high) == (3, 1, 4)
    # definite counts that disagree: still the more conservative
    toll = reconcile_toll([reading(3, rid="a"), reading(5, rid="b"), reading(1, 1, None, rid="c")])
    assert toll.best == 3
    # a definite none against an open two: none
    toll = reconcile_toll([reading(2, 2, None, rid="a"), reading(0, 0, 0, rid="b")])
    assert toll.best == 0


def test_later_definite_count_supersedes_earlier_and_vaguer():
    toll = reconcile_toll(
        [
            reading(3, 3, None, "2024-03-14", rid="a"),  # "at least three" on the first day
            reading(2, published="2024-03-14", rid="b"),
            reading(7, published="2024-03-16", rid="c"),  # the toll rose
        ]
    )
    assert toll.best == 7
    assert (toll.low, toll.high) == (2, 7)
    assert "later" in toll.rule


def test_later_vague_count_does_not_supersede():
    toll = reconcile_toll(
        [reading(4, published="2024-03-14", rid="a"), reading(3, 3, None, "2024-03-16", rid="b")]
    )
    assert toll.compatible and toll.best == 4


def test_no_toll_is_none_not_zero():
    toll = reconcile_toll([])
    assert toll.best is None and toll.low is None and toll.high is None


def test_the_wounded_who_died_are_no_longer_injured():
    # "a man was shot and is in critical condition", then "the man has died"
    injured = [
        reading(1, 1, None, "2024-03-14", rid="a"),
        reading(0, 0, None, "2024-03-16", rid="b"),
    ]
    killed = [reading(1, 1, None, "2024-03-16", rid="b")]
    toll = reconcile_injuries(injured, killed)
    assert toll.best == 0 and (toll.low, toll.high) == (0, 1)
    assert "died" in toll.rule


def test_the_injured_stand_when_no_more_have_died():
    injured = [
        reading(1, 1, None, "2024-03-14", rid="a"),
        reading(0, 0, None, "2024-03-16", rid="b"),
    ]
    killed = [
        reading(1, 1, None, "2024-03-14", rid="a"),
        reading(1, 1, None, "2024-03-16", rid="b"),
    ]
    assert reconcile_injuries(injured, killed).best == 1


def test_more_dead_do_not_make_more_injured():
    injured = [reading(4, published="2024-03-14", rid="a"), reading(6, 6, None, "2024-03-16", "b")]
    killed = [reading(1, published="2024-03-16", rid="b")]
    assert reconcile_injuries(injured, killed).best == 4


def test_most_independent_origins_outvote_a_later_report():
    # three outlets say two dead on the day; a story at the trial months later says three
    toll = reconcile_toll(
        [
            reading(2, published="2024-03-14", rid="a"),
            reading(2, published="2024-03-14", rid="b"),
            reading(2, published="2024-03-15", rid="c"),
            reading(3, published="2024-09-01", rid="d"),
        ]
    )
    assert toll.best == 2 and (toll.low, toll.high) == (2, 3)
    assert "most" in toll.rule


def test_reports_sharing_an_origin_vote_once():
    def of_origin(value, published, rid, origin):
        r = reading(value, published=published, rid=rid)
        return TollReading(
            Report(r.report.article, r.report.analysis, r.report.published, origin), r.interval
        )

    # two wire rewrites of one story (one origin) against two others: no majority, so the
    # later definite count supersedes as before
    toll = reconcile_toll(
        [
            of_origin(2, "2024-03-14", "a", 1),
            of_origin(2, "2024-03-14", "b", 1),
            of_origin(4, "2024-03-14", "c", 2),
            of_origin(3, "2024-03-16", "d", 3),
        ]
    )
    assert toll.best == 3 and "later" in toll.rule


def test_no_majority_of_two_origins_or_of_a_split_vote():
    toll = reconcile_toll([reading(2, rid="a"), reading(3, rid="b"), reading(4, rid="c")])
    assert toll.best == 2 and "disagree" in toll.rule
    toll = reconcile_toll([reading(2, rid="a"), reading(4, rid="b")])
    assert toll.best == 2 and "disagree" in toll.rule
    # a tie between two counts decides nothing
    toll = reconcile_toll(
        [reading(3, rid="a"), reading(3, rid="b"), reading(4, rid="c"), reading(4, rid="d")]
    )
    assert toll.best == 3 and "disagree" in toll.rule


def test_the_count_most_origins_give_wins_without_a_majority():
    # two of four origins say two dead, the others one each: two
    toll = reconcile_toll(
        [
            reading(3, published="2024-03-14", rid="a"),
            reading(2, published="2024-03-14", rid="b"),
            reading(2, published="2024-03-15", rid="c"),
            reading(0, published="2024-03-20", rid="d"),
        ]
    )
    assert toll.best == 2 and "most" in toll.rule


def test_the_wounded_who_died_leave_the_injured_when_no_later_report_counts_them():
    # "two men were shot, one is critical" (2 injured), then "one of the men has died", with no
    # count of the injured in the later report: one injured
    injured = [reading(2, published="2024-03-14", rid="a")]
    killed = [reading(1, published="2024-03-16", rid="b")]
    toll = reconcile_injuries(injured, killed)
    assert toll.best == 1 and "died" in toll.rule
    # the dead told of on the first day already: no change
    killed = [reading(1, published="2024-03-14", rid="a"), reading(1, published="2024-03-16")]
    assert reconcile_injuries(injured, killed).best == 2


def test_a_rise_in_the_dead_the_toll_rejects_leaves_the_injured():
    # three outlets: two dead and two wounded; a story at a trial a year later misreads three
    # dead and tells of no one wounded: the best count of the dead stays two (most origins),
    # so no wounded died and the injured stay two
    injured = [
        reading(2, published="2024-03-14", rid="a"),
        reading(2, published="2024-03-15", rid="b"),
        reading(2, published="2024-03-30", rid="c"),
        reading(0, 0, None, "2025-03-01", rid="d"),
    ]
    killed = [
        reading(2, published="2024-03-14", rid="a"),
        reading(2, published="2024-03-15", rid="b"),
        reading(2, published="2024-03-30", rid="c"),
        reading(3, 3, None, "2025-03-01", rid="d"),
    ]
    assert reconcile_toll(killed).best == 2
    assert reconcile_injuries(injured, killed).best == 2
    # a rise the toll accepts still moves the wounded who died out of the injured
    killed[-1] = reading(2, published="2024-03-14", rid="d")
    injured_later = [reading(2, published="2024-03-14", rid="a")]
    later_death = [reading(1, published="2024-03-14", rid="a"), reading(2, published="2024-03-16")]
    assert reconcile_injuries(injured_later, later_death).best == 1


def _reconcile_reports(*pairs):
    from newsfold.reconcile import reconcile

    rows = [{"article_id": p[0].id, "duplicate_of": None, "kind": None} for p in pairs]
    return reconcile("ev_tolls", [p[0] for p in pairs], [p[1] for p in pairs], rows)


def test_reports_counting_only_the_wounded_read_as_none_killed():
    from .helpers import report

    wounded = "Four people were wounded when shots rang out outside a bowling alley on Elm Street."
    a = report("a", source="a.example", text=wounded, injuries=4)
    b = report("b", source="b.example", text=wounded.replace("Four", "4"), injuries=4)
    # a third outlet misreads its own text into one death
    c = report("c", source="c.example", text="One man was hit, police said.", fatalities=1)
    event = _reconcile_reports(a, b, c)
    assert event.fatalities == 0 and (event.fatalities_low, event.fatalities_high) == (0, 1)


def test_silence_about_the_dead_does_not_supersede_a_stated_death():
    from .helpers import report

    first = report(
        "a",
        source="a.example",
        published="2024-03-14",
        fatalities=1,
        injuries=1,
        text="A woman was killed and a man wounded in a shooting at a car wash.",
    )
    later = report(
        "b",
        source="b.example",
        published="2024-03-16",
        injuries=1,
        text="The man wounded at the car wash has left hospital.",
    )
    assert _reconcile_reports(first, later).fatalities == 1


def test_reports_of_the_wounded_alone_count_none_killed():
    from .helpers import report

    only = report("a", source="a.example", injuries=2, text="Two teenagers were shot and hurt.")
    event = _reconcile_reports(only)
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (0, 0, 0)
    assert event.injuries == 2


def test_reports_that_tell_of_no_one_harmed_leave_the_tolls_unknown():
    from .helpers import report

    only = report("a", source="a.example", text="Police closed Elm Street after gunfire.")
    event = _reconcile_reports(only)
    assert event.fatalities is None and event.injuries is None


def test_silence_before_a_later_stated_death_does_not_outweigh_it():
    from .helpers import report

    first = report(
        "a",
        source="a.example",
        published="2024-03-14",
        injuries=1,
        text="A woman was found with a gunshot wound and airlifted to a hospital.",
    )
    # "has died" names one dead: analyse reads it as at least one (open above)
    later = report(
        "b",
        source="b.example",
        published="2024-03-18",
        fatalities=1,
        fatalities_low=1,
        text="The woman shot on Thursday has died, the sheriff said.",
    )
    assert _reconcile_reports(first, later).fatalities == 1


def test_silence_on_the_same_day_as_a_vague_death_still_stands_against_it():
    """(When the silent report counts other people than the one that states the death: of
    the same people, "a teenager was shot" and "a teenager died", the death stands:
    `tolls._same_people_silent`, test_tolls_events27.)"""
    from .helpers import report

    a = report(
        "a",
        source="a.example",
        published="2024-03-14",
        injuries=2,
        text="Two teenagers were shot on Elm Street and taken to a hospital.",
    )
    b = report(
        "b",
        source="b.example",
        published="2024-03-14",
        fatalities=1,
        fatalities_low=1,
        text="A teenager died after a shooting on Elm Street.",
    )
    assert _reconcile_reports(a, b).fatalities == 0


def own(r: TollReading, origin: int) -> TollReading:
    """The reading with an origin of its own (independent reports, no hash collisions)."""
    return dataclasses.replace(r, report=dataclasses.replace(r.report, origin=origin))


def silent(published: str, rid: str) -> TollReading:
    """A report that counts only the wounded: an implicit 0 dead (rule 0)."""
    r = reading(1, published=published, rid=rid)
    return TollReading(r.report, Interval(0, 0, 0), implicit=True)


def test_silence_outnumbered_by_stated_deaths_gives_way():
    # day 1: "one of the men shot at the bar died" and a story of the wounded alone; day 4:
    # "police know who fired the deadly shot" (at least one) and an arrest story silent on
    # the dead: two origins state a death, one stays silent after the earlier silence is
    # set aside, and the dead man counts
    toll = reconcile_toll(
        [
            own(reading(1, 1, 1, published="2024-03-15", rid="bar-a"), 1),
            own(silent("2024-03-15", "bar-b"), 2),
            own(reading(1, 1, None, published="2024-03-18", rid="bar-c"), 3),
            own(silent("2024-03-18", "bar-d"), 4),
        ]
    )
    assert toll.best == 1


def test_silence_holds_a_tie_against_one_stated_death():
    # "five people were wounded at the club" misread as one dead by one report, the other
    # telling only of the five wounded: one origin against one, the silence still stands
    toll = reconcile_toll(
        [own(reading(1, 1, 1, rid="club-a"), 1), own(silent("2024-03-15", "club-b"), 2)]
    )
    assert toll.best == 0


def test_silence_of_more_origins_holds_against_one_stated_death():
    toll = reconcile_toll(
        [
            own(reading(1, 1, None, rid="park-a"), 1),
            own(silent("2024-03-15", "park-b"), 2),
            own(silent("2024-03-15", "park-c"), 3),
        ]
    )
    assert toll.best == 0


def _with_attackers_dead(r: TollReading, n: int) -> TollReading:
    """The reading of a report whose text counts `n` attackers' deaths besides its victims
    ("the two suspects were shot dead by deputies")."""
    from newsfold.records import Claim

    claim = Claim("fatalities", n, "suspects killed", 0, 15, attrs={"group": "suspect"})
    ev = Event(claims=[claim])
    rep = dataclasses.replace(r.report, analysis=Analysis(r.report.id, ev))
    return TollReading(rep, r.interval)


def test_a_later_count_of_the_victims_alone_keeps_the_attackers_who_died():
    # "at least 14 killed ... two suspects were killed" (16), then days later "the 14 who
    # died" in a story about the victims: the later count supersedes the victims' alone
    first = _with_attackers_dead(reading(16, 16, None, "2024-03-14", rid="first"), 2)
    later = reading(14, published="2024-03-20", rid="later")
    toll = reconcile_toll([first, later])
    assert toll.best == 16
    assert "attackers" in toll.rule


def test_a_later_count_of_another_size_still_supersedes_with_attackers_dead():
    # "three killed, the gunman killed by police" (4), then "five are now dead": a new count
    first = _with_attackers_dead(reading(4, published="2024-03-14", rid="first"), 1)
    toll = reconcile_toll([first, reading(5, published="2024-03-20", rid="later")])
    assert toll.best == 5
    # a later count the same as the earlier one's victims but which counts the gunman's death
    # itself ("two people, among them the gunman, died") is a new count of everyone
    later = _with_attackers_dead(reading(3, published="2024-03-20", rid="later"), 1)
    toll = reconcile_toll([first, later])
    assert toll.best == 3


def test_no_attacker_dead_no_change_to_supersession():
    toll = reconcile_toll(
        [reading(4, published="2024-03-14", rid="a"), reading(3, published="2024-03-20", rid="b")]
    )
    assert toll.best == 3


def test_the_silence_filters_measure_sides_from_the_last_stated_day():
    """`_last_stated_day` and `_silent_on_side`, which the silence filters share: a death told
    on the 15th, a stated none on the 18th, silence on the 12th, the 14th, the 20th and undated."""
    from newsfold.reconcile.tolls import _last_stated_day, _silent_on_side

    died = reading(1, published="2024-03-15", rid="died")
    none = reading(0, published="2024-03-18", rid="none")
    undated = reading(1, published=None, rid="undated")
    quiet = {day: silent(f"2024-03-{day}", rid=f"q{day}") for day in ("12", "14", "20")}
    quiet_undated = dataclasses.replace(silent("2024-03-14", rid="qu"), report=undated.report)
    readings = [died, none, *quiet.values()]
    assert _last_stated_day(readings) == dt.date(2024, 3, 15)  # deaths only
    assert _last_stated_day(readings, deaths=False) == dt.date(2024, 3, 18)  # the none too
    assert _last_stated_day([*readings, undated]) is None  # an undated death may be the last
    assert _last_stated_day([*readings, undated], undated_unknown=False) == dt.date(2024, 3, 15)
    assert _last_stated_day(list(quiet.values())) is None  # silence states nothing
    day = dt.date(2024, 3, 15)
    assert [d for d, r in quiet.items() if _silent_on_side(r, day, "before")] == ["12", "14"]
    assert [d for d, r in quiet.items() if _silent_on_side(r, day, "after")] == ["20"]
    assert [
        d for d, r in quiet.items() if _silent_on_side(r, day, "before", dt.date(2024, 3, 13))
    ] == ["14"]
    assert not _silent_on_side(died, dt.date(2024, 3, 20), "before")  # a stated count
    assert not _silent_on_side(quiet_undated, day, "before")  # undated: on neither side
    assert not _silent_on_side(quiet_undated, day, "after")
