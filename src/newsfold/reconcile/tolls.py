"""Tolls across reports: best / low / high (UCDP's triple), by documented rules.

For each report, analyse gives its own best count of the event's dead (and injured) as
value/low/high. Across reports:

0. A roundup's tally ("five killed in weekend shootings across the city":
   `analyse.counts.roundup.is_roundup`, read from the headline and the lead) counts several
   incidents: it is set aside when a report of the one incident gives a count.
   A report that counts the wounded and names no dead ("four people were shot and wounded")
   reads as none killed: a death is the first thing a story of a shooting tells, so its
   silence is a reading of 0, though a weak one (`TollReading.implicit`): it votes (rule 2)
   and bounds the range, and it stands against a stated count of the same day (rule 4), but
   it never supersedes one (rule 3), one published after every stated count is not read
   (a later story about the survivor), and one published before the last day a report
   states a death is not read either (the wounded died: "the victim has died" days later).
   Not the other way: a story of a killing often leaves the wounded out. Silence that fewer
   independent origins keep than state a death gives way to the stated count (the weaker
   reading outnumbered); a tie keeps it, unless the silent reports count as wounded the very
   people a report stating the death tells were shot, no later than it
   (`_same_people_silent`: the first update went out before the death).

1. Copies and rewrites of one report are one reading, not several.
2. Most origins: among three or more independent origins, the count that at least two of them
   and more than any other count give is the best estimate (silence from before the death
   was told, and an open count below a definite one, cast no vote): one report that misread
   its text, a roundup's tally or a story months later at a trial is outvoted (on the GVA
   dev half this beat supersession alone).
3. Supersession: tolls rise as the wounded die and bodies are found, so a definite count
   ("five people were killed") published on a later day than every other reading supersedes
   the earlier or vaguer ones: it is the best estimate. A later count that is exactly an
   earlier report's victims, besides whom that report counted attackers who died, from
   reports of the day that count no attacker's death ("the 14 who died" after "14 killed,
   two suspects killed"), supersedes the victims' count alone: the attackers stay (16).
4. Reports of the same moment (same publication day, or undated) that disagree:
   - if their readings are compatible ("a dozen" and "more than 10"), the best estimate is the
     most conservative value every reading allows (their intersection: 12);
   - if not ("three" and "five"), the more conservative (the lower: 3), of the definite
     counts when there are any: an open reading ("at least one", the people a report names)
     gives way to a definite count ("three were killed" against "at least one" and "at
     least four": 3).
5. The wounded who die leave the injured: when the latest reports count more dead than every
   earlier report, their count of the injured supersedes the earlier ones, definite or not
   ("a girl was shot and is in critical condition", then "the girl has died": none injured);
   when no later report counts the injured, the earlier count less the rise in the dead. Only
   counts of the dead up to the best estimate of rules 0-4 mark a rise: a count above it (one
   report's misreading, a story at a trial months later) is no death among the wounded. A
   later story silent about the dead that counts only people shot, no more than the dead
   ("the shooting of a man", days after he was killed), is no count of the injured
   (`_without_shot_told_later`).
6. The range is what the reports allow between them: low = the lowest reading's low bound,
   high = the highest reading's upper bound, where an open bound ("more than 10") contributes
   its value. Tolls of other events or periods never reach this stage: analyse discards them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from newsfold.analyse.counts.roundup import is_roundup
from newsfold.reconcile.readings import Interval, Report, all_compatible, interval


@dataclass(frozen=True, slots=True)
class TollReading:
    report: Report
    interval: Interval
    implicit: bool = False  # not stated: the dead of a report that counts only the wounded


@dataclass(frozen=True, slots=True)
class Toll:
    best: int | None
    low: int | None
    high: int | None
    readings: tuple[TollReading, ...]
    compatible: bool
    rule: str  # which rule chose the best estimate, for the notes and the UI


def readings_for(reports: list[Report], field: str) -> list[TollReading]:
    """One reading per report that gives the count; a roundup's (`is_roundup`) only when no
    report of one incident gives one. For the dead, a report that counts only the wounded
    gives an implicit 0 (rule 0), also when no report states a count of the dead: a shooting
    whose reports tell of four people shot and taken to hospital and of no death killed no
    one, as an analyst reads them (reports that tell of no one harmed give no reading)."""
    out: list[TollReading] = []
    for report in reports:
        ev = report.analysis.event
        iv = interval(getattr(ev, field), getattr(ev, f"{field}_low"), getattr(ev, f"{field}_high"))
        if iv is not None:
            out.append(TollReading(report, iv))
        elif field == "fatalities" and ev.injuries is not None:
            out.append(TollReading(report, Interval(0, 0, 0), implicit=True))
    # when every report counts only the wounded, their silence is the toll: none killed (a
    # report that tells of no one harmed at all gives no reading, and the toll stays unknown)
    own = [r for r in out if not is_roundup(r.report.article)]
    return own or out


def majority_count(readings: list[TollReading]) -> int | None:
    """The count most independent origins give, or None.

    Each origin (reports that copy or share a source count as one) votes once for each count
    its reports give; among three or more origins, a count given by at least two of them and
    by more than any other count wins (as the event's day is the one most origins support).
    A tie decides nothing."""
    by_origin: dict[int, set[int]] = {}
    for r in readings:
        votes_of = by_origin.setdefault(r.report.origin, set())
        if not _abstains(r, readings):
            votes_of.add(r.interval.value)
    if len(by_origin) < 3:
        return None
    votes = Counter(value for values in by_origin.values() for value in values)
    (top, n), *rest = votes.most_common()
    if n >= 2 and (not rest or rest[0][1] < n):
        return top
    return None


def _abstains(reading: TollReading, readings: list[TollReading]) -> bool:
    """Whether a reading casts no vote in `majority_count`: it is open above ("at least one":
    the victim a report names, "one of the men killed") and another report gives a definite
    count it allows. Reports that name the victims one by one the days after "two men were
    shot and killed" tell of one of the two, not of a toll of one: read as votes for one, they
    outvote the count they are part of."""
    iv = reading.interval
    return iv.high is None and any(
        r.interval.definite and not r.implicit and r.interval.value > iv.value for r in readings
    )


def reconcile_toll(readings: list[TollReading], *, injured: bool = False) -> Toll:
    """The best estimate and range of one field across reports (rules 0-4 and 6); `injured`:
    the readings are of the injured (the wounded who died since leave them,
    `_the_wounded_died_since`)."""
    if not readings:
        return Toll(None, None, None, (), True, "no report gives a toll")
    intervals = [r.interval for r in readings]
    compatible = all_compatible(intervals)
    low = min(iv.low for iv in intervals)
    high = max(iv.high if iv.high is not None else iv.value for iv in intervals)

    # silence from the days just before the toll rose casts no vote in the majority either
    majority = majority_count(
        _without_silence_before_the_death(
            _without_earlier_silence(readings, within=DEATH_WITHIN_DAYS)
        )
    )
    if majority is not None:
        return Toll(
            majority,
            low,
            high,
            tuple(readings),
            compatible,
            "most independent origins give this count",
        )

    readings = _without_outnumbered_silence(
        _without_silence_before_the_death(
            _without_earlier_silence(_without_later_silence(readings))
        )
    )
    intervals = [r.interval for r in readings]
    compatible = all_compatible(intervals)
    dated = [r for r in readings if r.report.published is not None]
    latest_day = max((r.report.published for r in dated), default=None)  # type: ignore[type-var]
    if latest_day is not None:
        latest = [r for r in dated if r.report.published == latest_day]
        earlier = [r for r in readings if r not in latest]
        definite = [r for r in latest if r.interval.definite and not r.implicit]
        if (
            earlier
            and definite
            and all(
                r.report.published is not None and r.report.published < latest_day for r in earlier
            )
        ):
            best = min(r.interval.value for r in definite)
            left_out = _attackers_left_out(best, definite, earlier)
            if left_out:
                return Toll(
                    best + left_out,
                    low,
                    high,
                    tuple(readings),
                    compatible,
                    "a later report counts the victims alone: the attackers who died stay",
                )
            return Toll(
                best,
                low,
                high,
                tuple(readings),
                compatible,
                "a later report's definite count supersedes earlier ones",
            )

    if compatible:
        common = intervals[0]
        for iv in intervals[1:]:
            meet = common.intersect(iv)
            assert meet is not None
            common = meet
        best = (
            common.low if common.high is None else max(common.low, min(common.value, common.high))
        )
        if len(readings) == 1:
            best = intervals[0].value
        rule = (
            "the only report's count"
            if len(readings) == 1
            else "the most conservative count every report allows"
        )
        return Toll(best, low, high, tuple(readings), True, rule)
    died = _the_wounded_died_since(readings, injured)
    if died is not None:
        return Toll(
            died,
            low,
            high,
            tuple(readings),
            False,
            "reports of the same people disagree: the wounded have died since",
        )
    # an open reading ("at least one": often the people a report names) gives way to a
    # definite count it cannot be reconciled with as one: of reports saying "three were
    # killed" and others naming one victim and four, the three is the count, not the one
    definite_counts = [r.interval.value for r in readings if r.interval.definite]
    best = min(definite_counts) if definite_counts else min(iv.value for iv in intervals)
    return Toll(
        best,
        low,
        high,
        tuple(readings),
        False,
        "reports of the same moment disagree: the more conservative count",
    )


def _the_wounded_died_since(readings: list[TollReading], injured: bool = False) -> int | None:
    """The largest count of the dead (`injured`: the smallest of the injured), when reports
    of the same moment disagree but all count the same people harmed, dead and wounded
    together (`_shot`), each stated: "two boys were killed and their mother is on a
    ventilator" and, the same day, "left her and her two sons dead" tell of three people
    before and after one of them died, not two counts to choose the more conservative of
    (tolls rise as the wounded die, rule 3, within a day too). None otherwise (reports that
    count other people, or none harmed, or only silence)."""
    stated = [r for r in readings if not r.implicit]
    if len(stated) < 2 or len(stated) != len(readings):
        return None
    harmed = {_shot(r.report) for r in stated}
    if len(harmed) != 1 or None in harmed:
        return None
    values = [r.interval.value for r in stated]
    return min(values) if injured else max(values)


def _attackers_dead(report: Report) -> int:
    """How many attackers a report says died (the readings analyse marked as the suspect's:
    "the gunman was shot dead by police", "two suspects were killed"): the largest such count,
    as restatements of the same attackers are not added."""
    return max(
        (
            int(c.value or 0)
            for c in report.analysis.event.claims
            if c.field == "fatalities"
            and c.attrs.get("group") == "suspect"
            and not c.attrs.get("restates")
        ),
        default=0,
    )


def _attackers_left_out(best: int, definite: list[TollReading], earlier: list[TollReading]) -> int:
    """The attackers' dead that a later definite count leaves out (rule 3), or 0.

    A story days later about the victims ("the 14 who died", "a vigil for the 49 killed")
    counts the people the attackers killed and says nothing of the attackers: when an earlier
    report counted those same victims and, besides them, attackers who died ("at least 14
    people were killed ... two suspects were killed": 16), and no report of the later day
    counts an attacker's death, the later count supersedes the victims' count alone and the
    attackers stay in the toll (GVA and ACLED count every death of the incident). Only when
    the later count is exactly the earlier report's victims: a later count of any other size
    is a new count of everyone. (Not applied to majorities or to reports of the same moment:
    on the GVA dev half, outlets that leave the attacker out are as often right, as when a
    sniper killed by police is not in the incident's record.)"""
    if any(_attackers_dead(r.report) for r in definite):
        return 0
    return max(
        (
            n
            for r in earlier
            if not r.implicit
            and (n := _attackers_dead(r.report)) > 0
            and r.interval.value - n == best
        ),
        default=0,
    )


def _states_death(reading: TollReading) -> bool:
    """Whether a reading is a report's stated count of at least one dead (not an implicit 0
    nor a stated "no one was killed")."""
    return not reading.implicit and reading.interval.value > 0


def _last_stated_day(
    readings: list[TollReading], *, deaths: bool = True, undated_unknown: bool = True
) -> dt.date | None:
    """The last publication day of the reports that state a count (not an implicit 0), or
    None when none does: the day the silence filters below measure "before" and "after" by.
    `deaths`: only stated counts of at least one dead ("the victim has died"), else any stated
    count, 0 too. `undated_unknown`: an undated stated report makes the day unknown (None: it
    may be the latest), else it is passed over."""
    days = [
        r.report.published for r in readings if (_states_death(r) if deaths else not r.implicit)
    ]
    if undated_unknown and None in days:
        return None
    return max((d for d in days if d is not None), default=None)


def _silent_on_side(
    reading: TollReading,
    day: dt.date,
    side: Literal["before", "after"],
    since: dt.date | None = None,
) -> bool:
    """Whether a reading is a report's silence about the dead (an implicit 0) published on one
    side of `day`: strictly before it (and, with `since`, not before `since`) or strictly
    after it. An undated report is on neither side: its silence is kept."""
    published = reading.report.published
    if not reading.implicit or published is None:
        return False
    if side == "after":
        return published > day
    return published < day and (since is None or published >= since)


def _without_silence(readings: list[TollReading]) -> list[TollReading]:
    """The readings less every report's silence about the dead (the implicit 0s)."""
    return [r for r in readings if not r.implicit]


DEATH_WITHIN_DAYS = 7
"""How long before a report that states a death a report's silence about the dead is read as
told before the wounded died, when origins are counted (`majority_count`): a death told weeks
after four reports of the wounded is more often another incident's, grouped in, than theirs."""


def _without_earlier_silence(
    readings: list[TollReading], within: int | None = None
) -> list[TollReading]:
    """The readings less the implicit ones published before the last day a report stated a
    death: a story of the wounded that names no dead ("a woman was found shot and airlifted")
    followed days later by "the victim has died" tells of the toll before it rose, and a
    later story's "has died" reads as "at least one" (the dead it names), which the earlier
    silence must not outweigh as a same-moment disagreement would."""
    last = _last_stated_day(readings, undated_unknown=False)
    if last is None:
        return readings
    since = last - dt.timedelta(days=within) if within is not None else None
    return [r for r in readings if not _silent_on_side(r, last, "before", since)]


def _without_outnumbered_silence(readings: list[TollReading]) -> list[TollReading]:
    """The readings less the implicit ones when more independent origins state a death than
    are silent about it (after the earlier and later silences are set aside): silence is the
    weaker reading (an arrest story or a follow-up about the wounded often leaves the dead
    out), so a bar shooting that two outlets report with "one of the men died" and a third
    tells only of the wounded killed one. A tie keeps the silence, which then stands against
    the stated count as rule 4 says: one report that misreads a death (a story of "five
    wounded" read as one dead) against one that tells of the wounded alone is the more common
    case. (Silent reports of the same people shot, published before the death, never reach
    here: `_without_silence_before_the_death` has set them aside.)"""
    stated = {r.report.origin for r in readings if _states_death(r)}
    silent = {r.report.origin for r in readings if r.implicit} - stated
    if not silent or len(silent) >= len(stated):
        return readings
    return _without_silence(readings)


def _shot(report: Report) -> int | None:
    """How many people a report tells were shot, the dead and the wounded together, or None
    when it counts neither."""
    ev = report.analysis.event
    if ev.fatalities is None and ev.injuries is None:
        return None
    return (ev.fatalities or 0) + (ev.injuries or 0)


def _same_people_silent(readings: list[TollReading]) -> bool:
    """Whether every silent report (an implicit 0) counts as wounded exactly the people a
    report that states a death tells were shot, dead and wounded together, and was published
    no later than it: "a man was shot and taken to hospital" beside "a man died after he was
    shot", or "three men were shot" beside "a man was killed and two others were wounded".
    They tell of the same people before and after one of them died (a first update often goes
    out before the death, the same day), so the silence says nothing against the death. A
    report that counts other people (five wounded beside a story of one dead and five
    wounded) or that was published after the death was told (a later story that counts
    everyone as wounded: a correction) keeps its silence."""
    stated = [
        (n, r.report.published)
        for r in readings
        if _states_death(r) and (n := _shot(r.report)) is not None
    ]
    silent = [r for r in readings if r.implicit]
    return bool(silent) and all(
        any(
            r.report.analysis.event.injuries == n
            and (day is None or r.report.published is None or r.report.published <= day)
            for n, day in stated
        )
        for r in silent
    )


def _without_silence_before_the_death(readings: list[TollReading]) -> list[TollReading]:
    """The readings less the silent ones when every silent report counts as wounded exactly
    the people a report that states a death tells were shot, published no later
    (`_same_people_silent`): two first reports of "a man was shot and taken to hospital in
    critical condition" and the same day's update "the man shot ... died" tell of one man
    before and after he died, so their silence casts no vote against the death, in
    `majority_count` or after it (two silent origins outvoted the one that told it). Silence
    published after the death was told, or counting other people, keeps its vote."""
    if not any(r.implicit for r in readings) or not _same_people_silent(readings):
        return readings
    return _without_silence(readings)


def _without_later_silence(readings: list[TollReading]) -> list[TollReading]:
    """The readings less the implicit ones published after every stated count: a later story
    about the wounded ("the man hurt at the car wash has left hospital") says nothing about a
    death already reported."""
    last = _last_stated_day(readings, deaths=False)
    if last is None:
        return readings
    return [r for r in readings if not _silent_on_side(r, last, "after")]


def _without_wounded_who_died(
    injuries: list[TollReading], fatalities: list[TollReading], best_dead: int | None
) -> list[TollReading]:
    """The injured readings less those of the silent reports whose silence about the dead gave
    way to a report of the same people that states a death (`_same_people_silent`): "a man
    was shot and taken to hospital" counts as wounded the man another report of the day says
    died, so its one wounded is the one dead, not one more. Only when the dead were counted
    (`best_dead` above 0) and another report still counts the injured."""
    if not best_dead or not _same_people_silent(fatalities):
        return injuries
    silent = {r.report.id for r in fatalities if r.implicit}
    kept = [r for r in injuries if r.report.id not in silent]
    return kept or injuries


def _shot_only(report: Report) -> bool:
    """Whether every count of the injured a report gives is of people it says were shot, not
    hurt ("the shooting of a man", "a man was shot": `basis` "harmed"), so the count is of the
    people harmed whether they lived or died."""
    claims = [c for c in report.analysis.event.claims if c.field == "injuries"]
    return bool(claims) and all(c.attrs.get("basis") == "harmed" for c in claims)


def _without_shot_told_later(
    injuries: list[TollReading], fatalities: list[TollReading], best_dead: int | None
) -> list[TollReading]:
    """The injured readings less those of reports published after every report that states a
    death, that say nothing of the dead and count only people shot, no more of them than the
    dead (`_shot_only`): an arrest story days after "a man was shot and killed" tells of
    "the shooting of a man", the man who died, not of one wounded (its silence about the dead
    is not read either: `_without_later_silence`). Only when another report counts the
    injured."""
    last = _last_stated_day(fatalities)
    if not best_dead or last is None:
        return injuries
    silent_later = {r.report.id for r in fatalities if _silent_on_side(r, last, "after")}
    kept = [
        r
        for r in injuries
        if not (
            r.report.id in silent_later and _shot_only(r.report) and r.interval.value <= best_dead
        )
    ]
    return kept or injuries


def reconcile_injuries(
    injuries: list[TollReading], fatalities: list[TollReading], dead: Toll | None = None
) -> Toll:
    """The injured across reports (`reconcile_toll`), except that the wounded who die leave the
    injured: from the last day on which a report counted more dead than any report before it,
    the reports of that day and after tell the injured, when they count fewer than the earlier
    reports did ("a girl was shot and is in critical condition", then "the girl has died");
    when none of them counts the injured, the earlier count less the rise in the dead. Counts
    of the dead above the reconciled best count of the dead mark no rise (`dead`: that
    reconciled toll, when the caller has it, else `reconcile_toll(fatalities)`)."""
    best_dead = (dead if dead is not None else reconcile_toll(fatalities)).best
    injuries = _without_shot_told_later(
        _without_wounded_who_died(injuries, fatalities, best_dead), fatalities, best_dead
    )
    toll = reconcile_toll(injuries, injured=True)
    days = [r.report.published for r in injuries]
    if toll.best is None or None in days:
        return toll
    first_injured = min(d for d in days if d is not None)
    # a count of the dead above the best estimate across reports (one report's misreading, a
    # story at a trial counting another victim) is no death among the wounded: only counts the
    # toll of the dead accepts mark the day the dead rose
    dead_by_day: dict[dt.date, int] = {}
    for f in fatalities:
        day = f.report.published
        if best_dead is not None and f.interval.value > best_dead:
            continue
        if day is not None:
            dead_by_day[day] = max(dead_by_day.get(day, 0), f.interval.value)
    rose: dt.date | None = None
    most = 0
    for day in sorted(dead_by_day):
        if dead_by_day[day] > most and day > first_injured:
            rose = day
        most = max(most, dead_by_day[day])
    if rose is None:
        return toll
    before = reconcile_toll(
        [r for r in injuries if r.report.published < rose],  # type: ignore[operator]
        injured=True,
    )
    since = reconcile_toll(
        [r for r in injuries if r.report.published >= rose],  # type: ignore[operator]
        injured=True,
    )
    if since.best is None and before.best is not None:
        # no report since counts the injured ("the man shot on Friday has died"): as many
        # leave the injured as the dead rose by
        rise = dead_by_day[rose] - max((v for d, v in dead_by_day.items() if d < rose), default=0)
        return Toll(
            max(0, before.best - rise),
            toll.low,
            toll.high,
            toll.readings,
            toll.compatible,
            "a later report counts more dead: the wounded who died are no longer injured",
        )
    if since.best is None or before.best is None or since.best >= before.best:
        return toll
    return Toll(
        since.best,
        toll.low,
        toll.high,
        toll.readings,
        toll.compatible,
        "a later report counts more dead: the wounded who died are no longer injured",
    )
