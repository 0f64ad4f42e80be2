"""The event's day and range across reports."""

from __future__ import annotations

from typing import Any

from newsfold.reconcile import reconcile

from .helpers import claim, report


def _run(*pairs: Any):
    rows = [{"article_id": p[0].id, "duplicate_of": None, "kind": None} for p in pairs]
    return reconcile("ev_dates", [p[0] for p in pairs], [p[1] for p in pairs], rows)


def _dated(article_id: str, published: str, day: str, start: str, end: str, precision: int):
    return report(
        article_id,
        source=f"{article_id}.example",
        published=published,
        event_date=day,
        date_start=start,
        date_end=end,
        time_precision=precision,
    )


def test_a_day_beats_a_report_dated_only_by_its_publication_week():
    # the earlier report gives no date of its own: the week before its publication
    week = _dated("a", "2024-05-09", "2024-05-09", "2024-05-02", "2024-05-09", 2)
    day = _dated("b", "2024-05-10", "2024-05-08", "2024-05-08", "2024-05-08", 1)
    event = _run(week, day)
    assert event.event_date == "2024-05-08" and event.time_precision == 1
    # the week-wide guess confirms the day; it does not stretch the range
    assert (event.date_start, event.date_end) == ("2024-05-08", "2024-05-08")


def test_a_report_s_range_supports_each_day_it_contains():
    # one report tells the night from the 10th into the 11th; another says the 11th
    night = _dated("a", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-11", 1)
    day = _dated("b", "2024-05-12", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    event = _run(night, day)
    assert event.event_date == "2024-05-11"
    assert (event.date_start, event.date_end) == ("2024-05-10", "2024-05-11")


def test_an_event_that_grows_keeps_its_first_day_and_widens():
    first = _dated("a", "2024-05-10", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    third = _dated("b", "2024-05-12", "2024-05-10", "2024-05-10", "2024-05-12", 1)
    event = _run(first, third)
    assert (event.event_date, event.date_start, event.date_end) == (
        "2024-05-10",
        "2024-05-10",
        "2024-05-12",
    )


def test_a_follow_up_months_later_does_not_stretch_the_range():
    a = _dated("a", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    b = _dated("b", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    later = _dated("c", "2024-08-20", "2024-08-19", "2024-08-19", "2024-08-19", 1)
    event = _run(a, b, later)
    assert event.event_date == "2024-05-10"
    assert (event.date_start, event.date_end) == ("2024-05-10", "2024-05-10")
    # the other date is still reported as a conflict
    conflict = next(c for c in event.conflicts if c.field == "event_date")
    assert not conflict.compatible


def test_a_tie_between_two_days_goes_to_the_earlier_day():
    # the earlier report dates the death ("died on Saturday"), the later one the shooting
    # ("shot on Friday"): what follows the violence comes after it
    death = _dated("a", "2024-05-12", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    shooting = _dated("b", "2024-05-13", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    event = _run(death, shooting)
    assert event.event_date == "2024-05-10"


def test_more_origins_beat_an_earlier_day():
    early = _dated("a", "2024-05-12", "2024-05-09", "2024-05-09", "2024-05-09", 1)
    b = _dated("b", "2024-05-12", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    c = _dated("c", "2024-05-13", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    event = _run(early, b, c)
    assert event.event_date == "2024-05-11"


def test_a_tie_goes_first_to_the_day_the_reports_tell_most():
    # one report tells Saturday twice ("early Saturday", "at 2:47 a.m. Saturday"), the other
    # Friday once ("last night"): Saturday, though it is the later day
    told = [claim("event_date", "2024-05-11"), claim("event_date", "2024-05-11")]
    sat = _dated("a", "2024-05-11", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    sat[1].event.claims = told
    fri = _dated("b", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    fri[1].event.claims = [claim("event_date", "2024-05-10")]
    assert _run(fri, sat).event_date == "2024-05-11"


def _crediting(day: str, times: int, credit: str | None):
    """A station's report telling `day` `times` times, crediting `credit` (or nothing)."""
    r = report(
        "s",
        source="kxyz.com",
        published="2024-05-11",
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=1,
    )
    r[1].event.claims = [claim("event_date", day) for _ in range(times)]
    if credit:
        r[1].event.claims.append(claim("attribution", credit, "according to " + credit))
    return r


def _paper_friday_twice_saturday_once():
    """The paper's report: shot Friday night (told twice), died Saturday (told once)."""
    paper = report(
        "p",
        source="lakesideherald.com",
        published="2024-05-11",
        event_date="2024-05-10",
        date_start="2024-05-10",
        date_end="2024-05-11",
        time_precision=1,
    )
    paper[1].event.claims = [
        claim("event_date", "2024-05-10"),
        claim("event_date", "2024-05-11"),
        claim("event_date", "2024-05-10"),
    ]
    return paper


def test_the_tellings_of_one_origin_count_once_in_a_tie():
    # the paper: shot Friday night (told twice), died Saturday (once); a station's rewrite,
    # crediting the paper, tells Saturday twice. One origin: its most tellings of each day,
    # two and two, and the tie goes to the earlier day
    paper = _paper_friday_twice_saturday_once()
    station = _crediting("2024-05-11", 2, "Lakeside Herald")
    event = _run(paper, station)
    assert event.n_independent_sources == 1
    assert event.event_date == "2024-05-10"


def test_an_independent_report_s_tellings_still_add_up():
    # the same station's story without the credit is a second origin: Saturday, told three
    # times in all, wins the tie
    paper = _paper_friday_twice_saturday_once()
    station = _crediting("2024-05-11", 2, None)
    event = _run(paper, station)
    assert event.n_independent_sources == 2
    assert event.event_date == "2024-05-11"


def test_a_tie_goes_to_the_day_a_report_gives_as_its_own_over_one_inside_its_range():
    # one report: shot on Friday, died on Saturday (its range covers both, it dates Friday);
    # another: Saturday; a third: Friday. Friday and Saturday are each inside two reports'
    # ranges, but two reports give Friday as their day
    both = _dated("a", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-11", 1)
    sat = _dated("b", "2024-05-11", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    sat[1].event.claims = [claim("event_date", "2024-05-11"), claim("event_date", "2024-05-11")]
    fri = _dated("c", "2024-05-13", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    assert _run(both, sat, fri).event_date == "2024-05-10"


def test_a_tie_goes_to_the_first_reports_day_over_a_follow_up_weeks_later():
    # the first report: killed on Friday the 10th; a story a month later about the suspect
    # turning himself in names another day (the day he surrendered, or a slip): the first
    # report is closer to the event, though its day is later and told less
    first = _dated("a", "2024-05-13", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    later = _dated("b", "2024-06-14", "2024-05-03", "2024-05-03", "2024-05-03", 1)
    later[1].event.claims = [claim("event_date", "2024-05-03")]
    assert _run(first, later).event_date == "2024-05-10"
    # within the first week both are first reports: the earlier day, as before
    soon = _dated("c", "2024-05-15", "2024-05-03", "2024-05-03", "2024-05-03", 1)
    assert _run(first, soon).event_date == "2024-05-03"


def test_a_day_only_an_arrest_gives_yields_to_a_report_that_dates_the_event():
    # the first report dates the shooting; a follow-up two days later says only when the
    # suspect was arrested (analysis's fallback), and says it twice
    first = report(
        "a",
        source="a.example",
        published="2024-05-10",
        event_date="2024-05-09",
        date_start="2024-05-09",
        date_end="2024-05-09",
        time_precision=1,
        claims=[claim("event_date", "2024-05-09", "Thursday night")],
    )
    arrest = [claim("event_date", "2024-05-11", "Saturday", attrs={"fallback": "arrest"})] * 2
    follow_up = report(
        "b",
        source="b.example",
        published="2024-05-12",
        event_date="2024-05-11",
        date_start="2024-05-11",
        date_end="2024-05-11",
        time_precision=1,
        claims=[*arrest],
    )
    event = _run(first, follow_up)
    assert event.event_date == "2024-05-09"
    assert (event.date_start, event.date_end) == ("2024-05-09", "2024-05-09")
    # alone, the arrest's day is still the best there is
    alone = report(
        "c",
        source="c.example",
        published="2024-05-12",
        event_date="2024-05-11",
        date_start="2024-05-11",
        date_end="2024-05-11",
        time_precision=1,
        claims=[claim("event_date", "2024-05-11", "Saturday", attrs={"fallback": "arrest"})],
    )
    assert _run(alone).event_date == "2024-05-11"


def _told(article_id: str, published: str, day: str, text: str):
    r = _dated(article_id, published, day, day, day, 1)
    r[1].event.claims = [claim("event_date", day, text)]
    return r


def test_of_two_neighbouring_days_the_one_written_as_a_date_wins():
    # the first report: "shot early Sunday" (the 12th, read from its publication day); a
    # story about the arrest weeks later: "the shooting on Saturday, May 11": the date
    # settles which side of midnight the police put it
    weekday = _told("a", "2024-05-12", "2024-05-12", "early Sunday")
    dated = _told("b", "2024-06-20", "2024-05-11", "Saturday, May 11")
    assert _run(weekday, dated).event_date == "2024-05-11"
    assert _run(dated, weekday).event_date == "2024-05-11"
    # "Jan. 13" style abbreviations count as dates too
    thursday = _told("c", "2024-01-13", "2024-01-11", "Thursday")
    written = _told("d", "2024-02-09", "2024-01-12", "the Jan. 12 shooting")
    assert _run(thursday, written).event_date == "2024-01-12"


def test_a_date_does_not_win_a_week_away_nor_against_another_date_nor_more_origins():
    # a follow-up a month later writes a day a week after the first report's Friday: the
    # day the suspect was found, or a slip; the first report's day stands
    friday = _told("a", "2024-05-13", "2024-05-10", "on Friday")
    later = _told("b", "2024-06-14", "2024-05-17", "on May 17")
    assert _run(friday, later).event_date == "2024-05-10"
    # both neighbours written as dates: the other rules (the earlier day) decide
    first = _told("c", "2024-05-12", "2024-05-11", "on May 11")
    second = _told("d", "2024-05-13", "2024-05-10", "on May 10")
    assert _run(first, second).event_date == "2024-05-10"
    # two origins giving the weekday's day outvote one date
    other = _told("e", "2024-05-12", "2024-05-12", "early Sunday")
    weekday = _told("f", "2024-05-12", "2024-05-12", "early Sunday")
    dated = _told("g", "2024-06-20", "2024-05-11", "Saturday, May 11")
    assert _run(other, weekday, dated).event_date == "2024-05-12"
    # a fallback day (an arrest's) written as a date is no date of the event
    arrest = _dated("h", "2024-05-14", "2024-05-11", "2024-05-11", "2024-05-11", 1)
    arrest[1].event.claims = [
        claim("event_date", "2024-05-11", "on May 11", attrs={"fallback": "arrest"})
    ]
    assert _run(weekday, arrest).event_date == "2024-05-12"


def test_a_follow_up_dated_only_by_the_month_confirms_the_day_without_taking_it():
    # a same-day report of the shooting, and a death weeks later whose report tells only "shot
    # last month" (analysis keeps the month at precision 3, not the death's day): the day stands
    # and the month neither outvotes it nor stretches its range
    day = _dated("a", "2024-05-11", "2024-05-10", "2024-05-10", "2024-05-10", 1)
    month = _dated("b", "2024-06-04", "2024-05-16", "2024-05-01", "2024-05-31", 3)
    event = _run(day, month)
    assert (event.event_date, event.time_precision) == ("2024-05-10", 1)
    assert (event.date_start, event.date_end) == ("2024-05-10", "2024-05-10")


def _worded(article_id: str, published: str, text: str, days: list[tuple[str, str]]):
    """A report whose date claims point at their words in `text`: (phrase, day) pairs, the
    first day its own."""
    claims = []
    for phrase, day in days:
        start = text.index(phrase)
        claims.append(claim("event_date", day, phrase))
        claims[-1].start, claims[-1].end = start, start + len(phrase)
    own = days[0][1]
    last = max(d for _, d in days)
    return report(
        article_id,
        source=f"{article_id}.example",
        published=published,
        text=text,
        claims=claims,
        event_date=own,
        date_start=own,
        date_end=last,
        time_precision=1,
    )


def test_a_small_hours_clock_takes_the_night_before_it():
    # "late Friday" and "about 12:30 a.m. Saturday": the night of Friday runs into the small
    # hours of Saturday, which the police log as Saturday
    night = _worded(
        "a",
        "2024-03-02",
        "A man was shot late Friday on Copley Road.",
        [("late Friday", "2024-03-01")],
    )
    clock = _worded(
        "b",
        "2024-03-03",
        "Officers were sent there at about 12:30 a.m. Saturday and found him.",
        [("Saturday", "2024-03-02")],
    )
    assert _run(night, clock).event_date == "2024-03-02"
    after = _worded(
        "c",
        "2024-03-02",
        "Police said he was shot Saturday at 12:05 a.m. outside.",
        [("Saturday", "2024-03-02")],
    )
    assert _run(night, after).event_date == "2024-03-02"


def test_an_evening_clock_or_a_death_s_small_hours_leave_the_night_its_day():
    night = _worded(
        "a", "2024-03-02", "A man was shot Friday night.", [("Friday night", "2024-03-01")]
    )
    evening = _worded(
        "b",
        "2024-03-02",
        "He was found about 11:45 p.m. early Saturday.",
        [("Saturday", "2024-03-02")],
    )
    assert _run(night, evening).event_date == "2024-03-01"
    died = _worded(
        "c", "2024-03-02", "The man died at 1:30 a.m. Saturday.", [("Saturday", "2024-03-02")]
    )
    died[1].event.claims[0].attrs["fallback"] = "condition"
    assert _run(night, died).event_date == "2024-03-01"


def test_a_death_s_day_supports_the_shooting_before_it_not_another_death():
    # "shot Friday night died Saturday" spans both; "died Saturday after a shooting" tells only
    # the death: the shooting of both can be Friday's
    both = _worded(
        "a",
        "2024-05-25",
        "A man who was shot Friday night died Saturday at a hospital.",
        [("Friday night", "2024-05-24"), ("Saturday", "2024-05-25")],
    )
    death = _worded(
        "b", "2024-05-26", "A man died Saturday after a shooting.", [("Saturday", "2024-05-25")]
    )
    assert _run(both, death).event_date == "2024-05-24"
    # two reports of the death alone beside one of the shooting
    again = _worded(
        "c",
        "2024-05-26",
        "Police said the man died in the hospital Saturday.",
        [("Saturday", "2024-05-25")],
    )
    assert _run(both, death, again).event_date == "2024-05-24"
    # a shooting on Saturday told by two reports, one of them telling a death that day too
    killed = _worded(
        "d", "2024-05-26", "A man was shot and killed Saturday.", [("Saturday", "2024-05-25")]
    )
    assert _run(killed, death).event_date == "2024-05-25"


def test_a_late_evening_clock_takes_the_early_hours_after_it():
    # "at about 11:50 p.m. Saturday" beside two reports of "early Sunday": a story told after
    # midnight rounds the evening before into the next day
    clock = _worded(
        "a",
        "2024-10-13",
        "A man was shot at about 11:50 p.m. Saturday, police said.",
        [("Saturday", "2024-10-12")],
    )
    early = _worded(
        "b", "2024-10-13", "A man was hurt early Sunday.", [("early Sunday", "2024-10-13")]
    )
    again = _worded(
        "c", "2024-10-14", "The gunman fled early Sunday.", [("early Sunday", "2024-10-13")]
    )
    assert _run(clock, early, again).event_date == "2024-10-12"
    # the clock told in the next sentence, with no other day between
    later = _worded(
        "d",
        "2024-11-03",
        "A man was shot late Saturday on 18th Avenue South, St. Petersburg police said. "
        "Officers arrived at 11:55 p.m.",
        [("late Saturday", "2024-10-12")],
    )
    assert _run(later, early, again).event_date == "2024-10-12"
    # but not a clock of an arrest, nor one whose sentence names another day
    arrest = _worded(
        "e",
        "2024-11-03",
        "A man was shot Saturday. A suspect was arrested at 11:30 p.m.",
        [("Saturday", "2024-10-12")],
    )
    assert _run(arrest, early, again).event_date == "2024-10-13"
