"""analyse/where: counties listed under one plural unit word ("Fulton and DeKalb counties"),
and a station's call sign credited in a dateline ("HAMILTON (WKRC) -"). Sentences written
here; the counties, towns and stations are real, the events invented."""

from __future__ import annotations

from newsfold.analyse.where.datelines import _datelines

from .where_helpers import event

NO_OUTLET = "https://www.example.com/news/a-shooting"


def test_two_counties_under_one_plural_are_counties_of_one_state() -> None:
    # "Fulton" and "DeKalb" alone are towns of several states; as counties only Georgia has
    # both
    ev = event("Deputies from Fulton and DeKalb counties chased the man before he was shot.")
    assert ev.admin1 == "Georgia"


def test_parishes_listed_under_one_plural() -> None:
    ev = event("Deputies from Caddo and Bossier parishes chased the man before he was shot.")
    assert ev.admin1 == "Louisiana"


def test_three_counties_listed_with_commas() -> None:
    text = "Deputies from Fulton, DeKalb and Cobb counties chased the man before he was shot."
    assert event(text, NO_OUTLET).admin1 == "Georgia"


def test_listed_counties_are_read_at_county_precision() -> None:
    # not the town of Franklin, Tennessee, the biggest Franklin: a county named Franklin
    ev = event("A man was shot Tuesday in Franklin and Warren counties, deputies said.", NO_OUTLET)
    assert ev.admin2 is not None and ev.admin2.endswith("County")
    assert ev.location != "Franklin"


def test_a_town_beside_counties_said_otherwise_stays_a_town() -> None:
    # the list breaks at a lowercase word: "Franklin" is the town
    text = "A man was shot in Franklin on Tuesday and deputies from two counties searched."
    ev = event(text, NO_OUTLET)
    assert ev.location == "Franklin"


def test_a_singular_county_after_a_list_is_no_plural() -> None:
    # "Warren County" alone: "Franklin" before it is not made a county
    text = "A man from Franklin and a woman from Warren County were shot Tuesday, police said."
    ev = event(text, NO_OUTLET)
    assert ev.admin2 != "Franklin County"


def test_a_credited_station_gives_its_market() -> None:
    # a Cincinnati station's story from Hamilton, Ohio (Butler County), not Ontario's Hamilton
    ev = event("HAMILTON (WKRC) - A man was shot and killed on a porch Tuesday night.", NO_OUTLET)
    assert (ev.admin1, ev.country) == ("Ohio", "United States")


def test_a_wire_credit_is_no_station() -> None:
    ev = event("HAMILTON (CNN) - A man was shot and killed on a porch Tuesday night.", NO_OUTLET)
    assert ev.admin1 != "Ohio"


def test_an_unknown_call_sign_gives_no_market() -> None:
    # the credit counts only for a station the outlet table knows
    ev = event("HAMILTON (WZZZ) - A man was shot and killed on a porch Tuesday night.", NO_OUTLET)
    assert ev.admin1 != "Ohio"


def test_a_station_s_own_address_comes_first() -> None:
    # a Dayton station's own page: the credit of another station does not replace it
    text = "SPRINGFIELD (WKRC) - A man was shot and killed on a porch Tuesday night."
    ev = event(text, "https://www.whio.com/news/local/a-shooting/1234")
    assert ev.admin1 == "Ohio"


def test_a_credit_with_its_band_still_ends_the_dateline() -> None:
    text = "DAYTON (WHIO-TV) -- A man was shot and killed on a porch Tuesday night."
    assert _datelines(text) == [(0, 6)]
    assert event(text, NO_OUTLET).admin1 == "Ohio"
