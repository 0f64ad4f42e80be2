"""Two rules for reports of one shooting that name different people: the numbers of one spot
(decide.same_spot: three ages, a house number, a block number and an age, in one province and
one week) and a small town's follow-up of the day (decide.accused_and_victim: the accused named
in the one, the victim in the other). Invented signatures only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import index_keys, query_keys, spot_numbers

# two suburbs of one county some 20 km apart, and a town in another state
ASHGROVE = {"gid": "1", "loc": "ashgrove", "admin1": "ohio", "lat": 40.00, "lon": -83.00, "prec": 1}
BRINDLE = {"gid": "2", "loc": "brindle", "admin1": "ohio", "lat": 40.18, "lon": -83.00, "prec": 1}
FARPORT = {"gid": "3", "loc": "farport", "admin1": "indiana", "lat": 40.0, "lon": -86.0, "prec": 1}
# a small town and a big city
MILLBROOK = {**ASHGROVE, "gid": "4", "loc": "millbrook", "pop": 6_000}
HARBOR_CITY = {**ASHGROVE, "gid": "5", "loc": "harbor city", "pop": 650_000}


def _flat(_: str) -> float:
    return 0.8


def _sig(rid: str, pub: str, day: str | None = None, **extra: Any) -> dict[str, Any]:
    sig: dict[str, Any] = {"id": rid, "pub": pub}
    if day:
        sig.update(d0=day, d1=day, prec=1)
    sig.update(extra)
    return sig


AGES = ["age:16", "age:17", "age:22"]


# the numbers two reports share, and whether they make one address (same_address: the next
# day's report of it costs no other day) and one spot (same_spot: in one week); both count them
# by one `_shared_numbers`
HOUSE = ["addr:4411:quillan"]
SHARED_NUMBERS = [
    pytest.param(AGES, [*AGES, "age:40"], True, True, id="three ages"),
    pytest.param(HOUSE, HOUSE, True, True, id="a house number"),
    pytest.param(
        ["age:4", "block:6200"], ["age:4", "age:30", "block:6200"], True, True, id="block+age"
    ),
    # a block alone: an address for the next day's report, but no spot (a city's many streets)
    pytest.param(["age:30", "block:6200"], ["block:6200"], True, False, id="a block alone"),
    pytest.param(["block:1300"], ["block:1300"], True, False, id="only a block"),
    # one or two ages match too often to say either
    pytest.param(AGES[:2], AGES[:2], False, False, id="two ages"),
    pytest.param(AGES, ["age:16", "age:17", "age:23"], False, False, id="another third age"),
]


def _victim_and_wanted(names: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """A small town's report naming the victim and, three days on, one naming the accused (the
    same day of the shooting); with `names`, their rare name words too."""
    victim = _sig(
        "v",
        "2025-07-28",
        "2025-07-26",
        place=MILLBROOK,
        ppl=["keyra mallin"],
        who=["keyra mallin"],
        title=["victim", "reveal", "shoot"],
        **({"names": ["keyra", "mallin"]} if names else {}),
    )
    wanted = _sig(
        "w",
        "2025-07-31",
        "2025-07-26",
        place=MILLBROOK,
        ppl=["odell trask"],
        who=["odell trask"],
        title=["teen", "want", "arrest"],
        **({"names": ["odell", "trask"]} if names else {}),
    )
    return victim, wanted


@pytest.mark.parametrize(("nums_a", "nums_b", "address", "spot"), SHARED_NUMBERS)
def test_the_numbers_of_one_address_and_of_one_spot(
    nums_a: list[str], nums_b: list[str], address: bool, spot: bool
) -> None:
    a = _sig("a", "2025-05-02", "2025-05-01", nums=nums_a, place=ASHGROVE)
    b = _sig("b", "2025-05-04", "2025-05-01", nums=nums_b, place=BRINDLE)
    assert decide.same_address(a, b) is address
    assert decide.same_spot(a, b) is spot
    assert decide.same_spot(b, a) is spot


def test_other_provinces_weeks_apart_or_a_roundup_are_no_spot() -> None:
    a = _sig("a", "2025-05-02", "2025-05-01", nums=AGES, place=ASHGROVE)
    b = _sig("b", "2025-05-04", "2025-05-01", nums=AGES, place=BRINDLE)
    # another state, or three weeks apart
    assert not decide.same_spot(a, {**b, "place": FARPORT})
    later = _sig("c", "2025-05-23", "2025-05-22", nums=AGES, place=BRINDLE)
    assert not decide.same_spot(a, later)
    # a roundup of a weekend gives many numbers, and shares some with every report of it
    roundup = {**b, "nums": [*AGES, "age:19", "age:31", "block:300", "block:5100"]}
    assert not decide.same_spot(a, roundup)
    # a report placed nowhere, dated by nothing but its publication day, is still weighed
    nowhere = _sig("d", "2025-05-03", nums=AGES)
    assert decide.same_spot(a, nowhere)


def test_reports_of_one_spot_naming_other_people_and_towns_are_one_event() -> None:
    victim = _sig(
        "v",
        "2025-05-02",
        "2025-05-01",
        nums=AGES,
        place=ASHGROVE,
        ppl=["dorian vessel"],
        who=["dorian vessel"],
    )
    accused = _sig(
        "x",
        "2025-05-04",
        "2025-05-01",
        nums=AGES,
        place=BRINDLE,
        ppl=["ansel thorne"],
        who=["ansel thorne"],
    )
    ev = decide.compare(victim, accused, _flat)
    assert "the numbers of one spot" in ev.reasons and ev.same
    assert "another place" not in ev.reasons
    # without the rule, the people named apart and the other town keep them apart
    saved = decide.W_SAME_SPOT
    try:
        decide.W_SAME_SPOT = 0.0
        off = decide.compare(victim, accused, _flat)
    finally:
        decide.W_SAME_SPOT = saved
    assert not off.same and "another place" in off.reasons
    assert ev.score - off.score >= saved
    # two ages shared are no spot: the two reports stay apart
    two = decide.compare({**victim, "nums": AGES[:2]}, {**accused, "nums": AGES[:2]}, _flat)
    assert not two.same


def test_the_names_each_report_of_one_spot_has_alone_cost_nothing() -> None:
    # the victim's name and street in the one, the accused's in the other: rare name words
    # each report has and the other lacks, which between two reports of no one spot tell of
    # two events' people (W_CONFLICT)
    victim = _sig(
        "v", "2025-05-02", "2025-05-01", nums=AGES, place=ASHGROVE, names=["dorian", "vessel"]
    )
    accused = _sig(
        "x", "2025-05-04", "2025-05-01", nums=AGES, place=BRINDLE, names=["ansel", "thorne"]
    )
    assert decide.compare(victim, accused, _flat).conflict == 0.0
    apart = decide.compare({**victim, "nums": AGES[:2]}, {**accused, "nums": AGES[:2]}, _flat)
    assert apart.conflict == pytest.approx(
        2 * 0.8
    )  # (each report's own two words, at the flat IDF 0.8)


def test_spot_keys_bring_a_report_placed_nowhere_to_the_spot() -> None:
    block = spot_numbers({"nums": ["age:30", "age:4", "block:6200"]})
    assert block == ["block:6200+age:30", "block:6200+age:4"]
    assert "age:16+age:17+age:22" in spot_numbers({"nums": [*AGES, "age:40"]})
    assert spot_numbers({"nums": [*AGES, "age:19", "age:31", "block:300", "block:5100"]}) == []
    stored = _sig("a", "2025-05-02", "2025-05-01", nums=AGES, place=ASHGROVE)
    looking = _sig("b", "2025-05-03", "2025-05-01", nums=[*AGES, "age:2"])
    assert set(index_keys(stored)) & set(query_keys(looking))
    weeks_later = _sig("c", "2025-06-03", "2025-06-01", nums=AGES)
    assert not {k for k in index_keys(stored) if k.startswith("k:")} & set(query_keys(weeks_later))


def test_a_small_towns_follow_up_of_the_day_names_the_accused_not_other_people() -> None:
    victim, wanted = _victim_and_wanted()
    assert decide.accused_and_victim(victim, wanted)
    ev = decide.compare(victim, wanted, _flat)
    assert "a follow-up of the day in one small town" in ev.reasons and ev.same
    # in a big city two shootings a day are common: the people named apart still count
    city = decide.compare({**victim, "place": HARBOR_CITY}, {**wanted, "place": HARBOR_CITY}, _flat)
    assert not city.same
    # another day, no follow-up, or a report that dates nothing: no such reading
    assert not decide.accused_and_victim(victim, {**wanted, "d0": "2025-07-29", "d1": "2025-07-29"})
    assert not decide.accused_and_victim(victim, {**wanted, "title": ["teen", "shot"]})
    assert not decide.accused_and_victim(victim, {**wanted, "nd": 1})
    # a report dated only to its week "meets" every day of it: no day to match
    week = {**wanted, "d0": "2025-07-21", "d1": "2025-07-27", "prec": 2}
    assert not decide.accused_and_victim(victim, week)
    assert not decide.compare(victim, {**wanted, "title": ["teen", "shot"]}, _flat).same


def test_a_ranged_date_is_no_day_of_the_spot_s_week() -> None:
    # two shootings at one house three weeks apart: a report dated only to the month (a court
    # story's "in May") "meets" every day of May, and so the later shooting's day too
    later = _sig("l", "2025-05-29", "2025-05-28", nums=HOUSE, place=ASHGROVE)
    month = {
        **_sig("m", "2025-06-20", nums=HOUSE, place=BRINDLE),
        **{"d0": "2025-05-01", "d1": "2025-05-31", "prec": 3},
    }
    assert decide.date_gap(later, month) == 0
    assert not decide.same_spot(later, month)
    assert "the numbers of one spot" not in decide.compare(later, month, _flat).reasons
    # so does a week's range: its farthest day is more than a week from the other's day
    week = {**month, "d0": "2025-05-19", "d1": "2025-05-25", "prec": 2}
    assert decide.date_gap(later, week) == 3
    assert not decide.same_spot(later, week)
    # a week's range all within a week of the day, or a day a week off, still is
    assert decide.same_spot(later, {**week, "d0": "2025-05-22", "d1": "2025-05-28"})
    assert decide.same_spot(later, {**month, "d0": "2025-05-21", "d1": "2025-05-21", "prec": 1})
    assert decide.farthest_days(later, {**month, "d0": "2025-05-21", "d1": "2025-05-21"}) == 7


def test_a_follow_up_of_the_day_frees_the_people_named_apart_but_not_their_rare_names() -> None:
    # decide.FOLLOW_UP_PEOPLE: the victim named in the one report, the accused in the other
    # are not taken for two events' people (no who or people conflict), but the rare name
    # words each has alone still cost W_CONFLICT: SPOT_NAMES_FREE is one spot's alone
    victim, wanted = _victim_and_wanted(names=True)
    ev = decide.compare(victim, wanted, _flat)
    assert "a follow-up of the day in one small town" in ev.reasons
    assert "the numbers of one spot" not in ev.reasons
    assert not ev.who_conflict
    assert ev.conflict == pytest.approx(2 * 0.8)  # (each report's own two words)
    # the same two reports in a big city: the people named apart are two events' people
    city = decide.compare({**victim, "place": HARBOR_CITY}, {**wanted, "place": HARBOR_CITY}, _flat)
    assert city.who_conflict and city.conflict == ev.conflict
    assert city.score < ev.score
