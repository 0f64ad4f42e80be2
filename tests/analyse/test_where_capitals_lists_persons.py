"""analyse/where: a US state or Canadian province named alone is written at its capital (not
its biggest city), counties listed with commas are no town and its county, and a town the model
tags PERSON after "in" / "at" / "near" is a place. Sentences written here; the places are real,
the events invented."""

from __future__ import annotations

import pytest

from newsfold.analyse import analyse
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.capitals import CAPITALS, capital
from newsfold.records import Article

from .where_helpers import NO_OUTLET, event


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "Police said a man was shot dead at a party in B.C. on Saturday.",
            "British Columbia",
            "Victoria",
        ),
        (
            "Three people were shot across N.C. on Friday night, troopers said.",
            "North Carolina",
            "Raleigh",
        ),
        ("A trooper was shot and wounded in Texas on Monday, officials said.", "Texas", "Austin"),
    ],
)
def test_a_state_alone_is_written_at_its_capital(text: str, admin1: str, location: str) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.admin1, ev.location, ev.geo_precision) == (admin1, location, 3)


def test_the_capitals_coordinates_go_with_its_name() -> None:
    ev = event("Three people were shot across N.C. on Friday night, troopers said.", NO_OUTLET)
    assert ev.latitude is not None and abs(ev.latitude - 35.8) < 0.3  # Raleigh, not Charlotte


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a town named keeps the town, the state being only its qualifier
        ("A man was shot in Charlotte, N.C., on Friday night, police said.", "Charlotte"),
        ("A man was shot on Friday in Kelowna, B.C., police said.", "Kelowna"),
    ],
)
def test_a_town_in_the_state_stays_the_location(text: str, location: str) -> None:
    assert event(text, NO_OUTLET).location == location


def test_a_province_elsewhere_keeps_the_gazetteers_seat() -> None:
    # the table is of US states and Canada's provinces only
    g = get_gazetteer()
    kandahar = next(r for r in g.lookup("Kandahar") if g.kind[r] == "admin1")
    assert capital(g, kandahar) == -1
    ev = event("Gunmen attacked a checkpoint in Kandahar province on Friday.")
    assert ev.location == g.name[g.seat[kandahar]]


def test_every_capital_is_a_town_of_its_state() -> None:
    g = get_gazetteer()
    states = {(g.cc[r], g.admin1[r]): r for r in range(len(g.kind)) if g.kind[r] == "admin1"}
    for cc, capitals in CAPITALS.items():
        for a1, town in capitals.items():
            row = capital(g, states[(cc, a1)])
            assert row >= 0 and g.name[row] == town, (cc, a1, town)


def test_counties_listed_with_commas_are_no_town() -> None:
    # "Fulton, DeKalb" is no town of Fulton qualified by DeKalb County (a county lies in no
    # other county): one of the counties, written as a county named alone is (at its seat)
    text = "Deputies from Fulton, DeKalb and Cobb counties chased the man before he was shot."
    ev = event(text, NO_OUTLET)
    assert ev.admin1 == "Georgia"
    assert ev.admin2 in ("Fulton County", "DeKalb County", "Cobb County")
    assert ev.geo_precision == 3
    assert ev.location != "Fulton"


def test_a_town_and_its_county_stay_a_pair() -> None:
    ev = event("A man was shot in Decatur, DeKalb County, on Tuesday, police said.", NO_OUTLET)
    assert (ev.admin1, ev.location, ev.geo_precision) == ("Georgia", "Decatur", 1)


def test_a_town_the_model_takes_for_a_person_after_in_is_a_place() -> None:
    # the model tags "Aurora" PERSON here; "aurora" is also an English word
    text = "A fired employee opened fire in Aurora on Friday afternoon, killing five workers."
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1) == ("Aurora", "Colorado")


def test_the_dateline_still_chooses_among_namesakes() -> None:
    text = (
        "CHICAGO (Reuters) - A gunman opened fire at a warehouse in Aurora on Friday, killing "
        "five workers, police said."
    )
    # (the whole analysis: the scene beats the dateline city through the harm sentences)
    ev = analyse(Article(id="t", text=text, url=NO_OUTLET)).event
    assert (ev.location, ev.admin1) == ("Aurora", "Illinois")


@pytest.mark.parametrize(
    "text",
    [
        # a word of a person's name the text gives: her, not the town
        "Aurora Lopez, 24, was shot Friday on Elm Street. Friends stood near Aurora as medics "
        "arrived.",
        # no place word before it
        "Police said Aurora was shot Friday on Elm Street.",
    ],
)
def test_a_persons_name_is_no_town(text: str) -> None:
    assert event(text, NO_OUTLET).location != "Aurora"


def test_a_state_named_like_its_big_city_keeps_the_city() -> None:
    # "New York" names the city as well as the state: not Albany
    text = "NEW YORK (Reuters) - Two men were wounded outside a deli early Sunday, police said."
    assert event(text).location == "New York City"
